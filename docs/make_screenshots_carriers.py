"""Renders delivery by carrier in the reports tab to docs/screenshots/carriers.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_carriers.py``
(``--lang en`` and ``--out FOLDER`` to look at the English screen elsewhere).
It starts the app in demo mode in a temporary folder and sends two campaigns through the
demo gateway to numbers of the four carriers, where the 电信 channel fails more often than
the others; the tab shows every report with its carrier and, under the table, the delivered
and failed rates of each carrier.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from screenshot_support import (
    SCREENSHOTS,
    demo_window,
    send_in_demo,
    settle,
    start_app,
    wait_until,
)

from juhe_desk.ui.main_window import MainWindow

# First three digits of each carrier's numbers, and how often its channel fails here.
CARRIERS = {"移动": (("135", "138", "139", "150", "188"), 0.03),
            "联通": (("130", "131", "156", "186"), 0.05),
            "电信": (("133", "153", "180", "189"), 0.16),
            "广电": (("192",), 0.04)}
WEIGHTS = (55, 25, 17, 3)
FAILURES = ("UNDELIV", "EXPIRED", "MA:0001", "REJECTED", "MO:0254")


def send_campaign(window: MainWindow, name: str, count: int, rng: random.Random) -> None:
    session = window.session
    assert session.account is not None and session.simulator is not None
    mobiles = []
    for carrier in rng.choices(list(CARRIERS), WEIGHTS, k=count):
        prefixes, failing = CARRIERS[carrier]
        mobile = f"{rng.choice(prefixes)}{rng.randrange(10**8):08d}"
        stat = rng.choice(FAILURES) if rng.random() < failing else "DELIVRD"
        session.simulator.set_report_stat(mobile, stat)  # not the demo's own chance
        mobiles.append(mobile)
    signature = session.account.signatures[0]
    send_in_demo(window, name, mobiles, f"{signature}尊敬的会员，您好！本店{name}，"
                 "详询 0571-88886666，回T退订")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=SCREENSHOTS)
    args = parser.parse_args(argv)
    app = start_app()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as data_dir:
        window = demo_window(data_dir, lang=args.lang)
        page = window.pages.reports  # built as its tab is first opened
        wait_until(lambda: window.session.simulator is not None)  # the demo gateway is up
        window.tabs.setCurrentWidget(page)
        send_campaign(window, "双十一会员日活动", 420, rng)
        send_campaign(window, "门店搬迁通知", 260, rng)
        window.session.simulator.flush_reports()

        def pulled() -> bool:
            window.session.poll_now()
            return page.model.rowCount() >= 680 and not page.model.is_loading()

        wait_until(pulled, 30_000)
        rates = page.carrier_rates
        wait_until(lambda: rates.isVisible() and rates.outcomes is not None
                   and sum(o.total for o in rates.outcomes.values()) >= 680)
        page.select_row(1)
        settle()
        args.out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out / "carriers.png"))
        window.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
