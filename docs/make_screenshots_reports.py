"""Render the delivery reports tab with realistic data to docs/screenshots/reports.png.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_reports.py
It starts the app in demo mode in a temporary folder, sends two campaigns through the demo
gateway (the first one's reports all back, the second one's half), lets the app pull the
reports and shows the first campaign with its totals.
"""

from __future__ import annotations

import random
import sys
import tempfile

from screenshot_support import (
    SCREENSHOTS,
    demo_window,
    send_in_demo,
    settle,
    start_app,
    wait_until,
)

from juhe_desk.ui.main_window import MainWindow

OUT = SCREENSHOTS / "reports.png"
FAILURES = ("UNDELIV", "EXPIRED", "MA:0001", "REJECTED", "MO:0254", "MA:0022")


def send_campaign(window: MainWindow, name: str, count: int, first: int,
                  rng: random.Random) -> None:
    session = window.session
    assert session.account is not None and session.simulator is not None
    mobiles = [f"1{rng.choice('35789')}{rng.randrange(10**9):09d}" for _ in range(count)]
    for mobile in rng.sample(mobiles, count // 12):
        session.simulator.set_report_stat(mobile, rng.choice(FAILURES))
    signature = session.account.signatures[0]
    send_in_demo(window, name, mobiles, f"{signature}尊敬的会员，您好！本店{name}，"
                 f"详询 0571-8888{first:04d}，回T退订")


def main() -> int:
    app = start_app()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as data_dir:
        window = demo_window(data_dir)
        page = window.pages.reports  # built as its tab is first opened
        wait_until(lambda: window.session.simulator is not None)  # the demo gateway is up
        window.tabs.setCurrentWidget(page)
        send_campaign(window, "双十一会员日活动", 320, 1, rng)
        window.session.simulator.flush_reports()
        send_campaign(window, "门店搬迁通知", 180, 2, rng)

        def pulled() -> bool:
            window.session.poll_now()
            return page.model.rowCount() >= 320 and not page.model.is_loading()

        wait_until(pulled, 20_000)
        combo = page.filter_bar.campaign_combo
        combo.setCurrentIndex(combo.count() - 1)  # the first campaign (newest first)
        wait_until(lambda: not page.model.is_loading() and bool(page.totals.delivered_label
                                                                .text()), 20_000)
        page.select_row(2)
        wait_until(lambda: page.model.record(20) is not None, 20_000)
        settle(300)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))
        window.close()
    del app
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
