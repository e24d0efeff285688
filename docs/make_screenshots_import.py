"""Renders the Bulk import tab to docs/screenshots/import.png (and the pre-send check).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_import.py``.
An online shop imports its dispatch list (32 rows with a title row, numbers stored as
numbers): one number is short of a digit, one order is listed twice, one customer's long
address-style name pushes the text over 70 characters. It sends "your order has shipped"
texts through a simulated gateway; the delivery reports come back while the window is open.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QAbstractItemView, QMainWindow
from screenshot_support import (
    SCREENSHOTS,
    settle,
    shop_desk,
    shop_gateway,
    shop_window,
    start_app,
    wait_until,
)

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.pages.import_page import ImportPage

OUTPUT = SCREENSHOTS / "import.png"
SIGNATURE = "【优鲜果园】"
TEMPLATE = "{姓名}您好，您的订单{单号}已发货，预计2天内送达，请保持电话畅通。"
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐涛",
         "孙丽", "马超", "朱琳", "胡军", "郭燕", "何平", "高峰", "林慧", "罗斌", "梁晨", "宋佳",
         "谢婷", "韩冰", "唐敏", "冯雪", "董浩", "萧然", "程亮")
LONG_NAME = "浦东新区张江路88号智慧园3号楼前台代收（李先生）"



def write_dispatch_list(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "11月发货"
    sheet.append(["优鲜果园 11月5日发货清单"])
    sheet.append(["姓名", "手机号", "单号", "金额", "快递"])
    for index, name in enumerate(NAMES):
        phone: object = float(13812345600 + index * 37)
        if index == 6:
            phone = "1391234567"  # a digit short
        sheet.append([name, phone, f"YX2026110{5000 + index}", 39.9 + index * 3,
                      "顺丰" if index % 3 else "京东"])
        if index == 3:
            sheet.append([name, phone, f"YX2026110{5000 + index}", 39.9 + index * 3, "京东"])
        if index == 10:
            sheet.append([LONG_NAME, 13698765432.0, "YX20261105888", 268.0, "顺丰"])
    workbook.save(path)
    return path


def main() -> int:
    app = start_app()
    sim = shop_gateway(SIGNATURE, balance=812_400, price=45, seed=21)
    for index, name in enumerate(NAMES):
        stat = "UNDELIV" if name in ("吴霞", "萧然") else "DELIVRD"
        sim.set_report_stat(str(13812345600 + index * 37), stat)
    with sim, tempfile.TemporaryDirectory() as folder:
        data_dir = shop_desk(folder, sim.base_url, "优鲜果园", SIGNATURE)
        sheet = write_dispatch_list(Path(folder) / "11月5日发货清单.xlsx")
        window = shop_window(data_dir, sim.base_url, size=(1280, 860), files=[sheet])
        _shoot(window, sim)
        window.close()
    del app
    return 0


def _shoot(window: QMainWindow, sim: GatewaySimulator) -> None:
    page = window.findChild(ImportPage, "importPage")
    assert page is not None
    wait_until(lambda: page.session.balance is not None and page.data is not None)
    page.message_panel.template_edit.setPlainText(TEMPLATE)
    wait_until(lambda: page.checked_rows is not None and page.checked_rows.personalised
                and not page.checker.busy)
    page.start_campaign()  # the journal is read first (sent before?), then the check opens
    launcher = page.launcher
    wait_until(lambda: launcher.precheck_dialog is not None
               and launcher.precheck_dialog.isVisible())
    dialog = launcher.precheck_dialog
    assert dialog is not None
    dialog.grab().save(str(OUTPUT.with_name("import-precheck.png")))
    dialog.accept()
    wait_until(lambda: page.campaign_panel.campaign_id is not None
                and not page.control.busy and not page.launcher.busy)
    sim.flush_reports()
    page.session.poll_now()
    wait_until(lambda: page.session.store.campaign_totals(
        page.campaign_panel.campaign_id or 0).submitted == 0)
    page.campaign_panel.refresh()
    # The duplicate (sheet row 7), the short number (10) and the long text (15) in view.
    invalid = next(r for r in range(page.preview_model.rowCount())
                   if (row := page.preview_model.checked_row(r)) is not None and not row.mobile)
    page.preview_view.scrollTo(page.preview_model.index(invalid + 1, 0),
                               QAbstractItemView.ScrollHint.PositionAtCenter)
    campaign = page.campaign_panel
    wait_until(lambda: any(campaign.model.record(r) is not None
                            and campaign.model.record(r).status == "failed"  # type: ignore
                            for r in range(campaign.model.rowCount())))
    failed = next(r for r in range(campaign.model.rowCount())
                  if (m := campaign.model.record(r)) is not None and m.status == "failed")
    campaign.view.scrollTo(campaign.model.index(failed, 0),
                           QAbstractItemView.ScrollHint.PositionAtCenter)
    settle()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUTPUT))


if __name__ == "__main__":
    raise SystemExit(main())
