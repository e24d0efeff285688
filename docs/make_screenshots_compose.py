"""Renders the Send tab filled in (compose.png), its confirmation (compose-confirm.png) and
the tab after the send (compose-sent.png) in docs/screenshots/.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_compose.py``.
A flower shop pastes a column of customer numbers (one typo, one repeat, one customer who
opted out), writes a promotion, sends it through a simulated gateway, and the delivery
reports come back while the window is open; the boxes are cleared for the next message.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from screenshot_support import (
    SCREENSHOTS,
    shop_account,
    shop_gateway,
    shop_window,
    start_app,
    wait_until,
)

from juhe_desk.store import Store
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.session import DATABASE_NAME

OUTPUT = SCREENSHOTS / "compose.png"
SIGNATURE = "【花语鲜花店】"
OPTED_OUT = "13912345678"
PASTED = "\n".join([
    "手机号", "13800138000", "139 1234 5670", "+86 137-0013-8001", "13612345671",
    "13800138000", "1581234567", OPTED_OUT, "18612345672", "13512345673", "010-62345678",
    "18912345674", "15012345675",
])
TEXT = "母亲节花束预订开始啦！5月12日前到店或电话预订，康乃馨花束一律8折，满200元送贺卡。"


def main() -> int:
    app = start_app()
    sim = shop_gateway(SIGNATURE, balance=356_800, price=45, seed=12)
    sim.set_report_stat("13512345673", "UNDELIV")
    with sim, tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Store.open(data_dir / DATABASE_NAME) as store:
            store.save_account(shop_account(sim.base_url, "花语鲜花店", SIGNATURE,
                                            poll_interval_s=1))
            store.add_opt_outs([OPTED_OUT], "mo", "回复了 TD")
            store.add_template("母亲节预订", TEXT)
            store.add_template("到店取花提醒", "您预订的花束已经准备好，今天营业到晚上9点，"
                               "欢迎到店取花。")
        window = shop_window(data_dir, sim.base_url)
        _shoot(window)
        window.close()
    del app
    return 0


def _shoot(window: QMainWindow) -> None:
    page = window.findChild(ComposePage, "composePage")
    assert page is not None
    wait_until(lambda: page.session.balance is not None)
    page.recipients.set_numbers(PASTED)
    combo = page.content.template_combo
    combo.setCurrentIndex(combo.findText("母亲节预订"))
    combo.activated.emit(combo.currentIndex())
    page.content.suffix_check.setChecked(True)
    wait_until(lambda: page.recipients.up_to_date and bool(page.recipients.check.valid))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUTPUT))
    page.send()
    wait_until(lambda: page.confirm_dialog is not None and page.confirm_dialog.isVisible())
    assert page.confirm_dialog is not None
    page.confirm_dialog.grab().save(str(OUTPUT.with_name("compose-confirm.png")))
    page.confirm_dialog.accept()
    wait_until(lambda: not page.campaign_runner.busy and page.results_model.rowCount() > 0)
    page.session.poll_now()
    wait_until(lambda: all(m.status in ("delivered", "failed")
                            for m in page.results_model.cached_records())
               and page.recipients.up_to_date)
    window.grab().save(str(OUTPUT.with_name("compose-sent.png")))
    print(OUTPUT)


if __name__ == "__main__":
    raise SystemExit(main())
