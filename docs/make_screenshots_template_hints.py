"""Renders templates that help instead of refusing to docs/screenshots/template-hints*.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_template_hints.py``
(``--lang en`` and ``--out FOLDER`` to look at the English screens elsewhere).
A clinic's reminder list: two patients without a name, one number twice with two
appointments, one number of an unused prefix, numbers of four carriers.

- ``template-hints.png``: the import tab with a text naming columns the sheet lacks, each
  with the header it likely meant as a link;
- ``template-hints-blank.png``: the tab once the text is right: the rows of a blank name
  flagged 字段为空, the numbers by carrier, a link giving the name a default;
- ``template-hints-check.png``: the pre-send check: messages and numbers apart, which number
  gets two texts, the rows of a blank name with one click for a default.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMainWindow
from screenshot_support import (
    SCREENSHOTS,
    settle,
    shop_desk,
    shop_gateway,
    shop_window,
    start_app,
    wait_until,
)

from juhe_desk.ui.pages.import_page import ImportPage

SIGNATURE = "【康宁口腔】"
WRONG = "{姓名}您好，您预约了{预约日期}{时段}的{项目}，请提前10分钟到{门店}。"
RIGHT = "{姓名}您好，您预约了{就诊日期}{就诊时段}的{项目}，请提前10分钟到店。"
HEADER = ("姓名", "手机号", "就诊日期", "就诊时段", "项目", "门店地址")
ROWS = [
    ("张伟", "13812345601", "11月8日", "上午9:30", "洗牙"),
    ("", "13912345602", "11月8日", "上午10:00", "补牙复诊"),
    ("王芳", "13012345603", "11月8日", "上午10:30", "正畸复查"),
    ("王芳", "13012345603", "11月8日", "下午2:00", "洗牙"),
    ("李娜", "18912345604", "11月8日", "下午2:30", "拔牙"),
    ("刘洋", "15412345605", "11月8日", "下午3:00", "洗牙"),
    ("", "19212345606", "11月8日", "下午3:30", "种植咨询"),
    ("陈静", "13712345607", "11月8日", "下午4:00", "根管治疗"),
    ("杨磊", "15512345608", "11月8日", "下午4:30", "洗牙"),
    ("赵敏", "18212345609", "11月8日", "下午5:00", "儿童涂氟"),
]


def write_reminders(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "明日预约"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([*row, "滨江区江南大道188号"])
    workbook.save(path)
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=SCREENSHOTS)
    args = parser.parse_args(argv)
    app = start_app()
    sim = shop_gateway(SIGNATURE, balance=326_800, price=45, seed=5)
    with sim, tempfile.TemporaryDirectory() as folder:
        data_dir = shop_desk(folder, sim.base_url, "康宁口腔", SIGNATURE)
        sheet = write_reminders(Path(folder) / "明日预约提醒.xlsx")
        window = shop_window(data_dir, sim.base_url, lang=args.lang, size=(1280, 860),
                             files=[sheet])
        _shoot(window, args.out)
        window.close()
    del app
    return 0


def _shoot(window: QMainWindow, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    page = window.findChild(ImportPage, "importPage")
    assert page is not None
    wait_until(lambda: page.session.balance is not None and page.data is not None)
    page.message_panel.template_edit.setPlainText(WRONG)
    error = page.message_panel.error_label
    wait_until(lambda: error.isVisible() and "{" in error.text())
    settle()
    window.grab().save(str(out / "template-hints.png"))

    page.message_panel.template_edit.setPlainText(RIGHT)
    wait_until(lambda: page.checked_rows is not None and page.checked_rows.personalised
               and bool(page.checked_rows.empty_fields) and not page.checker.busy)
    settle()
    window.grab().save(str(out / "template-hints-blank.png"))

    page.start_campaign()  # the journal is read first (sent before?), then the check opens
    launcher = page.launcher
    wait_until(lambda: launcher.precheck_dialog is not None
               and launcher.precheck_dialog.isVisible())
    dialog = launcher.precheck_dialog
    assert dialog is not None
    settle(300)
    dialog.grab().save(str(out / "template-hints-check.png"))
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
