"""The Inbox tab's table of every reply against the simulator: replies pulled, opt-outs
marked, "回复" opening the number's conversation, filter, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from inbox_helpers import TEXT, pull, send_campaign
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QPushButton, QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.models.inbox_model import InboxModel, inbound_filter_for
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.session import Session


def inbox_of(window: QMainWindow) -> InboxPage:
    page = window.findChild(InboxPage, "inboxPage")
    assert page is not None
    return page


def settle(session: Session, qtbot: QtBot) -> None:
    """Wait for the start-up work (balance, first pull, first page) to finish."""
    qtbot.waitUntil(lambda: session.runner.busy() == 0, timeout=5000)


def rows_of(model: InboxModel) -> list[tuple[str, str, str]]:
    texts = []
    for row in range(model.rowCount()):
        record = model.record(row)
        assert record is not None
        texts.append((record.mobile, record.content,
                      model.index(row, InboxModel.COL_CAMPAIGN).data()))
    return texts


def test_opt_out_reply_is_listed_marked_and_on_the_opt_out_list(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = inbox_of(main_window)
    settle(session, qtbot)
    send_campaign(session, "春季上新", ["13800000001", "13800000002"])
    gateway.inject_mo(ACCOUNT, "13800000001", "R")
    gateway.inject_mo(ACCOUNT, "13800000002", "几点开门？")

    pull(session, qtbot)

    page.modes.setCurrentIndex(1)  # all replies, one row each
    view = main_window.findChild(QTableView, "repliesView")
    assert view is page.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 2, timeout=5000)
    assert sorted(rows_of(page.model)) == [("13800000001", "R", "春季上新"),
                                           ("13800000002", "几点开门？", "春季上新")]
    assert session.store.is_opted_out("13800000001")
    assert not session.store.is_opted_out("13800000002")
    marked = {page.model.record(r).mobile: page.model.index(r, InboxModel.COL_CONTENT).data(
        Qt.ItemDataRole.BackgroundRole) for r in range(2)}  # type: ignore[union-attr]
    assert marked["13800000001"] is not None and marked["13800000002"] is None
    assert "2" in main_window.statusBar().currentMessage()
    assert "1" in main_window.statusBar().currentMessage()
    row = next(r for r in range(2) if page.model.record(r).mobile == "13800000002")  # type: ignore[union-attr]
    tooltip = page.model.index(row, InboxModel.COL_CAMPAIGN).data(Qt.ItemDataRole.ToolTipRole)
    assert TEXT in tooltip

    qtbot.mouseClick(main_window.findChild(QPushButton, "optOutListButton"),
                     Qt.MouseButton.LeftButton)
    dialog = page.optout_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 0).data() == "13800000001"
    dialog.close()


def test_reply_opens_the_numbers_conversation(main_window: QMainWindow,
                                             gateway: GatewaySimulator, qtbot: QtBot) -> None:
    """Enter, a double-click or the context menu's "回复" on a reply opens its conversation
    (which used to mean the Send tab with the number filled in, and the last text kept)."""
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = inbox_of(main_window)
    tabs = main_window.findChild(QTabWidget, "mainTabs")
    main_window.findChild(QPlainTextEdit, "contentEdit").setPlainText("上次群发的内容")
    settle(session, qtbot)
    gateway.inject_mo(ACCOUNT, "13900000009", "几点开门？")
    pull(session, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    tabs.setCurrentWidget(page)
    page.modes.setCurrentIndex(1)
    reply = next(a for a in page.view.actions() if a.objectName() == "inboxReplyAction")
    assert isinstance(reply, QAction) and not reply.isEnabled()  # nothing selected yet
    panel = page.conversations.panel
    reply_edit = main_window.findChild(QPlainTextEdit, "replyEdit")
    assert reply_edit is panel.reply_box.edit

    def opened_by(action: Callable[[], object]) -> None:
        panel.open("13700000000")  # another one first
        qtbot.waitUntil(lambda: panel.conversation is not None
                        and panel.conversation.mobile == "13700000000", timeout=5000)
        page.modes.setCurrentIndex(1)
        tabs.setCurrentIndex(0)
        action()
        qtbot.waitUntil(lambda: panel.conversation is not None
                        and panel.conversation.mobile == "13900000009", timeout=5000)
        assert tabs.currentWidget() is page and page.modes.currentWidget() is page.conversations
        assert [e.text for e in panel.conversation.entries] == ["几点开门？"]
        assert reply_edit.toPlainText() == ""  # never the last campaign's text

    page.view.selectRow(0)
    opened_by(reply.trigger)

    def double_click() -> None:
        tabs.setCurrentWidget(page)
        page.modes.setCurrentIndex(1)
        rect = page.view.visualRect(page.model.index(0, InboxModel.COL_CONTENT))
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    opened_by(double_click)

    def enter() -> None:
        tabs.setCurrentWidget(page)
        page.modes.setCurrentIndex(1)
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Return)

    opened_by(enter)
    assert main_window.findChild(QPushButton, "replyButton") is panel.reply_box.send_button


def test_filter_by_number_start_or_by_words(main_window: QMainWindow,
                                            gateway: GatewaySimulator, qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = inbox_of(main_window)
    settle(session, qtbot)
    for mobile, text in (("13800000001", "好的，谢谢"), ("13900000002", "几点开门？"),
                         ("13800000003", "退订")):
        gateway.inject_mo(ACCOUNT, mobile, text)
    pull(session, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.modes.setCurrentIndex(1)  # the table of every reply; the box filters both

    qtbot.keyClicks(page.filter_edit, "138")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert {m for m, _, _ in rows_of(page.model)} == {"13800000001", "13800000003"}

    page.filter_edit.setText("开门")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert rows_of(page.model)[0][0] == "13900000002"
    qtbot.waitUntil(lambda: page.count_label.text().startswith("1 条回复"), timeout=5000)
    conversations = page.conversations.model
    qtbot.waitUntil(lambda: not conversations.is_loading()
                    and conversations.rowCount() == 1, timeout=5000)
    assert conversations.record(0).mobile == "13900000002"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "prefix", "words"), [
    ("138 0000", "1380000", ""), ("+86 138", "138", ""), ("１３８", "138", ""),
    ("退订", "", "退订"), ("R", "", "R"), ("  ", "", "")])
def test_filter_text_means_number_start_or_words(text: str, prefix: str, words: str) -> None:
    found = inbound_filter_for(text)
    assert (found.mobile_prefix, found.text) == (prefix, words)


def test_export_writes_formula_like_replies_as_text(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = inbox_of(main_window)
    settle(session, qtbot)
    send_campaign(session, "=HYPERLINK(\"x\")", ["13800000001"])
    gateway.inject_mo(ACCOUNT, "13800000001", "=1+1")
    gateway.inject_mo(ACCOUNT, "13800000002", "@SUM(A1)")
    gateway.inject_mo(ACCOUNT, "13800000003", "-2")
    pull(session, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    out = tmp_path / "replies.xlsx"

    with qtbot.waitSignal(page.exportFinished, timeout=10_000) as finished:
        page.export_to(str(out))
    assert finished.args == [str(out)]

    workbook = openpyxl.load_workbook(out)
    try:
        sheet = workbook.active
        rows = list(sheet.iter_rows(min_row=2, values_only=False))
        by_mobile = {row[1].value: row for row in rows}
        assert set(by_mobile) == {"13800000001", "13800000002", "13800000003"}
        for mobile, text in (("13800000001", "=1+1"), ("13800000002", "@SUM(A1)"),
                             ("13800000003", "-2")):
            cell = by_mobile[mobile][2]
            assert (cell.value, cell.data_type) == (text, "s")
            assert by_mobile[mobile][1].data_type == "s"  # the number stays text
        campaign_cell = by_mobile["13800000001"][3]
        assert (campaign_cell.value, campaign_cell.data_type) == ("=HYPERLINK(\"x\")", "s")
    finally:
        workbook.close()
