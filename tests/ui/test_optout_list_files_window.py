"""The opt-out list dialog imports other platforms' blacklists and exports the list, through
the real window, the spreadsheet reader and SQLite."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from juhe_desk.store import Store
from juhe_desk.ui.dialogs.optout_dialog import OptOutDialog
from juhe_desk.ui.pages.inbox_page import InboxPage


def open_dialog(window: QMainWindow, qtbot: QtBot) -> OptOutDialog:
    action = window.findChild(QAction, "optOutListAction")
    assert action is not None
    action.trigger()
    page = window.findChild(InboxPage, "inboxPage")
    assert page is not None and page.optout_dialog is not None
    dialog = page.optout_dialog
    qtbot.waitUntil(lambda: not dialog.model.is_loading(), timeout=5000)
    return dialog


def click(qtbot: QtBot, dialog: OptOutDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def imported(qtbot: QtBot, dialog: OptOutDialog, path: Path) -> str:
    """Import ``path`` through the button; the dialog's words once it is done."""
    assert dialog.files is not None
    dialog.files.ask_open_path = lambda *_args: path
    click(qtbot, dialog, "optOutImportFileButton")
    qtbot.waitUntil(lambda: dialog.files is not None and dialog.files.import_button.isEnabled()
                    and "…" not in dialog.message_label.text(), timeout=10_000)
    return dialog.message_label.text()


def test_a_gbk_blacklist_with_a_header_and_other_columns(main_window: QMainWindow,
                                                         qtbot: QtBot, tmp_path: Path) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    store.add_opt_outs(["13800000003"], "mo", note="reply")
    blacklist = tmp_path / "某平台黑名单.csv"
    rows = [("客户名称", "手机号码", "拉黑原因"), ("张三", "13800000001", "投诉"),
            ("李四", "138-0000-0002", "退订"), ("王五", "13800000003", "退订"),
            ("赵六", "12345", "号码错误"), ("钱七", "", "无号码"), ("孙八", "13800000001", "重复")]
    blacklist.write_bytes("\r\n".join(",".join(r) for r in rows).encode("gbk"))
    dialog = open_dialog(main_window, qtbot)

    said = imported(qtbot, dialog, blacklist)

    assert "导入完成" in said and "手机号码" in said
    assert "添加了 2 个号码" in said and "1 个原本就在名单中" in said and "1 个无效" in said
    listed = {o.mobile: o for o in store.list_opt_outs()}
    assert set(listed) == {"13800000001", "13800000002", "13800000003"}
    assert (listed["13800000001"].source, listed["13800000001"].note) == \
        ("import", "某平台黑名单.csv")
    assert listed["13800000003"].source == "mo"  # kept what it had
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)


def test_a_workbook_of_bare_numbers_and_one_without_any(main_window: QMainWindow, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for number in (13900000001, 13900000002, 13900000003):  # typed in: stored as numbers
        sheet.append([number])
    bare = tmp_path / "blacklist.xlsx"
    workbook.save(bare)
    dialog = open_dialog(main_window, qtbot)

    assert "添加了 3 个号码" in imported(qtbot, dialog, bare)
    assert store.count_opt_outs() == 3

    words = tmp_path / "说明.csv"
    words.write_text("说明\n这里没有号码\n", encoding="utf-8")
    said = imported(qtbot, dialog, words)
    assert "没有找到手机号码列" in said and store.count_opt_outs() == 3


def test_the_list_exports_to_csv_and_xlsx_and_comes_back(main_window: QMainWindow,
                                                         qtbot: QtBot, tmp_path: Path) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    store.add_opt_outs(["13800000001"], "mo", note="reply")
    store.add_opt_outs(["13800000002"], "manual", note="=HYPERLINK(\"http://x\")")
    dialog = open_dialog(main_window, qtbot)
    assert dialog.files is not None

    for name in ("名单.csv", "名单.xlsx"):
        out = tmp_path / name
        dialog.files.ask_save_path = lambda *_args, out=out: out
        click(qtbot, dialog, "optOutExportButton")
        qtbot.waitUntil(out.exists, timeout=10_000)
        qtbot.waitUntil(lambda: dialog.files is not None
                        and dialog.files.export_button.isEnabled(), timeout=5000)
        assert "2 个号码" in dialog.message_label.text()

    with (tmp_path / "名单.csv").open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0] == ["手机号码", "加入时间", "来源", "备注"]
    assert [line[0] for line in lines[1:]] == ["13800000001", "13800000002"]
    assert lines[1][2:] == ["短信回复", ""] and lines[2][3].startswith("'=")  # never a formula
    sheet = openpyxl.load_workbook(tmp_path / "名单.xlsx").active
    assert sheet is not None
    assert [sheet.cell(r, 1).value for r in (2, 3)] == ["13800000001", "13800000002"]

    store.remove_opt_outs(["13800000001", "13800000002"])
    assert "添加了 2 个号码" in imported(qtbot, dialog, tmp_path / "名单.csv")
    assert {o.mobile for o in store.list_opt_outs()} == {"13800000001", "13800000002"}
