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
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from juhe_desk.app import make_main_window
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.reports_page import ReportsPage

OUT = Path(__file__).parent / "screenshots" / "reports.png"
FAILURES = ("UNDELIV", "EXPIRED", "MA:0001", "REJECTED", "MO:0254", "MA:0022")


def wait_until(done: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Run the event loop (GIL released) until ``done()``; a script may block like this."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline
                          else None)
    timer.start(20)
    if not done():
        loop.exec()
    timer.stop()
    if not done():
        raise TimeoutError("the screen did not get ready")


def send_campaign(window: MainWindow, name: str, count: int, first: int,
                  rng: random.Random) -> None:
    session = window.session
    assert session.account is not None and session.simulator is not None
    mobiles = [f"1{rng.choice('35789')}{rng.randrange(10**9):09d}" for _ in range(count)]
    for mobile in rng.sample(mobiles, count // 12):
        session.simulator.set_report_stat(mobile, rng.choice(FAILURES))
    signature = session.account.signatures[0]
    text = f"{signature}尊敬的会员，您好！本店{name}，详询 0571-8888{first:04d}，回T退订"
    campaign = create_campaign_from_messages(
        session.store, account_id=session.account.id, name=name, extno=session.account.extno,
        messages=[(m, text) for m in mobiles], batch_size=200)
    report = CampaignSender(session.store, session.make_client, campaign.id).run()
    session.sendFinished.emit(report)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as data_dir:
        window = make_main_window(["--demo", "--data-dir", data_dir, "--lang", "zh_CN"])
        assert isinstance(window, MainWindow)
        window.resize(1280, 760)
        window.show()
        page = window.findChild(ReportsPage, "reportsPage")
        assert page is not None and window.session.simulator is not None
        window.tabs.setCurrentWidget(page)
        send_campaign(window, "双十一会员日活动", 320, 1, rng)
        window.session.simulator.flush_reports()
        send_campaign(window, "门店搬迁通知", 180, 2, rng)

        def pulled() -> bool:
            window.session.poll_now()
            return page.model.rowCount() >= 320 and not page.model.is_loading()

        wait_until(pulled)
        combo = page.filter_bar.campaign_combo
        combo.setCurrentIndex(combo.count() - 1)  # the first campaign (newest first)
        wait_until(lambda: not page.model.is_loading() and bool(page.totals.delivered_label
                                                                .text()))
        page.select_row(2)
        wait_until(lambda: page.model.record(20) is not None)
        settled = time.monotonic() + 0.3  # let pending layouts and paints happen
        wait_until(lambda: time.monotonic() > settled)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))
        window.close()
    del app
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
