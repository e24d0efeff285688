"""Templates that help instead of refusing, through the real window, simulator and SQLite:
every missing column listed with the header it likely meant (a click puts it in), a blank
cell that flags its row "字段为空" with a one-click default for all, messages told from
numbers, and the numbers counted by carrier, in the import tab and its pre-send check."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import (
    ACCOUNT,
    SIGNATURE,
    SignedIn,
    confirm_with_enter,
    import_page,
    label,
    open_and_check,
    open_precheck,
    summary_counts,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.importing.field_default import FieldDefaultDialog
from juhe_desk.ui.importing.message_panel import rename_link
from juhe_desk.ui.models.preview_model import PreviewModel
from juhe_desk.ui.pages.import_page import ImportPage

HEADER = ("姓名", "手机号", "订单编号", "收货地址")
# 移动 4, 联通 1, 电信 1; 王芳 twice with two orders; 两位 without a name; one unused prefix.
ROWS = [
    ("张伟", "13800138001", "SO001", "上海市浦东新区"),
    ("", "13800138002", "SO002", "北京市海淀区"),
    ("王芳", "13000130003", "SO003", "杭州市西湖区"),
    ("王芳", "13000130003", "SO004", "杭州市西湖区"),
    ("李娜", "18900189004", "SO005", "广州市天河区"),
    ("", "13900139005", "SO006", "南京市鼓楼区"),
    ("刘洋", "15400154006", "SO007", "成都市武侯区"),
    ("陈静", "13700137007", "SO008", "武汉市洪山区"),
]


@pytest.fixture
def page(signed_in: SignedIn) -> ImportPage:
    return import_page(signed_in())


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "订单.xlsx", ROWS, header=HEADER)


def test_every_missing_column_is_listed_with_the_header_it_likely_meant(
        qtbot: QtBot, page: ImportPage, sheet: Path) -> None:
    open_and_check(qtbot, page, sheet)
    type_template(qtbot, page, "{名字}您好，订单{订单号}寄往{地址}，运费{运费}元")
    error = label(page, "templateErrorLabel")
    qtbot.waitUntil(error.isVisible, timeout=3000)
    lines = error.text().split("<br>")
    assert len(lines) == 4  # all at once, in the order of the text
    assert "{名字}：表格里没有这一列，是 " in lines[0] and "{姓名}</a></span> 吗？" in lines[0]
    assert "{订单编号}</a>" in lines[1]
    assert "{地址}：表格里没有这一列，是 " in lines[2] and ">{收货地址}</a>" in lines[2]
    assert lines[3] == "{运费}：表格里没有这一列。"  # nothing like it: no guess
    assert summary_counts(page) == [] and not page.start_button.isEnabled()

    # A click on a suggestion (the keyboard reaches the links too) puts it in the text.
    error.setFocus()
    qtbot.keyClick(error, Qt.Key.Key_Tab)
    qtbot.keyClick(error, Qt.Key.Key_Return)
    edit = page.message_panel.template_edit
    assert edit.toPlainText() == "{姓名}您好，订单{订单号}寄往{地址}，运费{运费}元"
    for field, header in (("订单号", "订单编号"), ("地址", "收货地址")):
        link = rename_link(field, header)
        assert f'href="{link}"' in error.text()  # the link shown now
        error.linkActivated.emit(link)
    assert edit.toPlainText() == "{姓名}您好，订单{订单编号}寄往{收货地址}，运费{运费}元"
    qtbot.waitUntil(lambda: error.text() == "{运费}：表格里没有这一列。", timeout=3000)
    edit.undo()  # the last rename is one step of undo
    assert edit.toPlainText() == "{姓名}您好，订单{订单编号}寄往{地址}，运费{运费}元"


def test_a_blank_cell_flags_its_row_and_a_default_sends_it(
        qtbot: QtBot, page: ImportPage, sheet: Path, gateway: GatewaySimulator) -> None:
    open_and_check(qtbot, page, sheet)
    type_template(qtbot, page, "{姓名}您好，订单{订单编号}已发货")
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.personalised, timeout=5000)
    assert wait_checked(qtbot, page) == [5, 1, 0, 0]
    model = page.preview_model
    verdicts = [model.index(r, PreviewModel.COL_VERDICT).data() for r in range(model.rowCount())]
    assert verdicts.count("字段为空: 姓名") == 2
    assert "号码无效: 号段 154 不是在用的手机号段" in verdicts
    details_label = label(page, "planDetailsLabel")  # counted in a job
    qtbot.waitUntil(lambda: "运营商" in details_label.text(), timeout=5000)
    details = details_label.text()
    assert "运营商：移动 2 · 联通 1 · 电信 1" in details
    assert "1 个号码会收到不止一条短信" in details
    assert "字段为空: 姓名（2 行，不发送）" in details and 'href="default:0"' in details

    dialog = open_precheck(qtbot, page)
    assert label(dialog, "precheckMessagesLabel").text() == "5 条短信，发给 4 个号码"
    assert label(dialog, "precheckCarriersLabel").text() == "移动 2 · 联通 1 · 电信 1"
    assert "字段为空 2" in label(dialog, "precheckLeftOutLabel").text()
    several = label(dialog, "precheckSeveralTextsLabel").text()
    assert "13000130003：第 5、6 行" in several and "同一号码只保留第一行" in several
    assert label(dialog, "emptyFieldLabel").text() == "字段为空: 姓名（2 行）"

    use_default = dialog.findChild(QPushButton, "emptyFieldDefaultButton")
    assert use_default is not None and not use_default.isDefault()
    qtbot.mouseClick(use_default, Qt.MouseButton.LeftButton)
    asked = page.field_default_dialog
    assert isinstance(asked, FieldDefaultDialog) and asked.isVisible()
    asked.edit.setText("{顾客}")
    assert not asked.ok_button.isEnabled()  # braces cannot be in a default
    asked.edit.setText("顾客")
    qtbot.mouseClick(asked.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # its counts are out of date

    # The template gets the default; the rows are checked again and the check comes back.
    assert page.message_panel.template() == "{姓名|顾客}您好，订单{订单编号}已发货"
    qtbot.waitUntil(lambda: page.launcher.precheck_dialog not in (None, dialog)
                    and page.launcher.precheck_dialog.isVisible(), timeout=10_000)
    again = page.launcher.precheck_dialog
    assert again is not None
    assert label(again, "precheckMessagesLabel").text() == "7 条短信，发给 6 个号码"
    assert again.findChild(QPushButton, "emptyFieldDefaultButton") is None
    confirm_with_enter(qtbot, again)
    wait_sent(qtbot, page)
    texts = {s.mobile: s.content for s in gateway.submissions(ACCOUNT)}
    assert texts["13800138002"] == f"{SIGNATURE}顾客您好，订单SO002已发货"
    assert texts["13800138001"] == f"{SIGNATURE}张伟您好，订单SO001已发货"
    assert "15400154006" not in texts


def test_a_default_from_the_import_tab_link(qtbot: QtBot, page: ImportPage,
                                            sheet: Path) -> None:
    open_and_check(qtbot, page, sheet)
    type_template(qtbot, page, "{姓名}您好")
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.empty_fields == {"姓名": 2},
                    timeout=5000)
    details = label(page, "planDetailsLabel")
    qtbot.waitUntil(lambda: 'href="default:0"' in details.text(), timeout=5000)  # a job's
    details.linkActivated.emit("default:0")
    asked = page.field_default_dialog
    assert asked is not None and asked.isVisible()
    qtbot.mouseClick(asked.ok_button, Qt.MouseButton.LeftButton)  # nothing typed: left out
    assert page.message_panel.template() == "{姓名|}您好"
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.empty_fields == {}
                    and not page.checker.busy, timeout=5000)
    assert page.launcher.precheck_dialog is None  # asked from the tab: no check opens
