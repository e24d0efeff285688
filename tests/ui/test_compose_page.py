"""The Send tab without sending: recipient counts, length and parts, signature, templates."""

from __future__ import annotations

import re
from typing import TypeVar

import pytest
from import_helpers import SignedIn, WindowFactory, compose_page, save_account
from message_boxes import answer_next_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, SIGNATURE

from juhe_desk.domain.numbers import InvalidReason
from juhe_desk.domain.textlen import ComposeWarning
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Store
from juhe_desk.ui.compose import recipients_panel
from juhe_desk.ui.session import DATABASE_NAME

# The simulator account of tests/ui/conftest.py
W = TypeVar("W", bound=QWidget)

MIXED_PASTE = """13800000001
138-0000-0002
+86 138 0000 0001
0086 13900000003
12345
010-12345678
1380000000a
"""


@pytest.fixture
def window(signed_in: SignedIn, gateway: GatewaySimulator) -> QMainWindow:
    """Signed in to an account whose settings carry the signature and the price."""
    save_account(signed_in.data_dir, gateway)
    with Store.open(signed_in.data_dir / DATABASE_NAME) as store:
        store.add_opt_outs(["13900000003"], "mo")
    return signed_in.open()


def child(window: QMainWindow, cls: type[W], name: str) -> W:
    widget = window.findChild(cls, name)
    assert isinstance(widget, cls), name
    return widget


def counts_of(label: QLabel) -> list[int]:
    """The four counts (valid, invalid, duplicates, opted out) on the label's first line."""
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", label.text().splitlines()[0])]


def length_and_parts(label: QLabel) -> tuple[int, int]:
    chars, parts = re.findall(r"\d+", label.text())[:2]
    return int(chars), int(parts)


def test_counts_follow_a_mixed_paste(window: QMainWindow, qtbot: QtBot) -> None:
    recipients = child(window, QPlainTextEdit, "recipientsEdit")
    label = child(window, QLabel, "recipientCountsLabel")
    show_invalid = child(window, QPushButton, "showInvalidButton")
    assert counts_of(label) == [0, 0, 0, 0]
    assert not show_invalid.isEnabled()

    recipients.setPlainText(MIXED_PASTE)
    qtbot.waitUntil(lambda: counts_of(label) == [2, 3, 1, 1], timeout=3000)
    reasons = label.text().splitlines()[-1]
    for reason in (InvalidReason.TOO_SHORT, InvalidReason.LANDLINE, InvalidReason.LETTERS):
        assert reason.text("zh_CN") in reasons
    page = compose_page(window)
    assert page.recipients.recipients() == ("13800000001", "13800000002")

    child(window, QCheckBox, "includeOptedOutCheck").setChecked(True)
    assert page.recipients.recipients() == ("13800000001", "13800000002", "13900000003")

    assert show_invalid.isEnabled()
    qtbot.mouseClick(show_invalid, Qt.MouseButton.LeftButton)
    view = child(window, QTableView, "invalidNumbersView")
    model = view.model()
    assert model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == ["12345", "010-12345678",
                                                           "1380000000a"]
    assert model.index(1, 1).data() == InvalidReason.LANDLINE.text("zh_CN")

    recipients.appendPlainText("13800000004")  # the list follows the box while it is open
    qtbot.waitUntil(lambda: counts_of(label) == [3, 3, 1, 1], timeout=3000)


def test_a_big_paste_is_checked_in_the_background(window: QMainWindow, qtbot: QtBot) -> None:
    page = compose_page(window)
    lines = recipients_panel.BIG_PASTE_LINES + 1000
    text = "\n".join(f"1380{n:07d}" for n in range(lines)) + "\n12"
    label = child(window, QLabel, "recipientCountsLabel")
    page.recipients.set_numbers(text)
    qtbot.waitUntil(lambda: page.session.runner.busy() > 0 and not page.recipients.up_to_date,
                    timeout=3000)
    qtbot.waitUntil(lambda: counts_of(label) == [lines, 1, 0, 0], timeout=10_000)
    assert page.recipients.up_to_date


def test_length_counts_the_signature_and_the_parts(window: QMainWindow, qtbot: QtBot) -> None:
    content = child(window, QPlainTextEdit, "contentEdit")
    length = child(window, QLabel, "lengthLabel")
    boundary = child(window, QLabel, "boundaryLabel")
    body = "好" * (70 - len(SIGNATURE))
    content.setPlainText(body)
    assert length_and_parts(length) == (70, 1)
    assert int(re.findall(r"\d+", boundary.text())[0]) == 1  # one more makes it 2 parts
    content.setPlainText(body + "好")
    assert length_and_parts(length) == (71, 2)

    content.setPlainText(SIGNATURE + body)  # typed by the user: counted once, not added again
    assert length_and_parts(length) == (70, 1)
    content.setPlainText("好" * 62)
    assert re.findall(r"\d+", boundary.text())[:2] == ["3", "2"]

    child(window, QCheckBox, "optOutSuffixCheck").setChecked(True)  # "拒收请回复R", 6 more
    assert length_and_parts(length) == (74, 2)
    assert compose_page(window).content.composed().text == SIGNATURE + "好" * 62 + "拒收请回复R"
    content.setPlainText("")
    assert length_and_parts(length) == (0, 0)


def test_a_second_or_other_signature_is_pointed_out(window: QMainWindow) -> None:
    content = child(window, QPlainTextEdit, "contentEdit")
    warning = child(window, QLabel, "composeWarningLabel")
    content.setPlainText("周末全场八折")
    assert warning.isHidden()
    content.setPlainText(f"{SIGNATURE}周末全场八折{SIGNATURE}")
    assert ComposeWarning.SIGNATURE_TWICE.text("zh_CN") in warning.text()
    content.setPlainText("【别家小店】周末全场八折")
    assert not warning.isHidden()
    assert ComposeWarning.OTHER_SIGNATURE.text("zh_CN") in warning.text()


def test_templates_are_saved_chosen_and_deleted(window: QMainWindow, qtbot: QtBot) -> None:
    page = compose_page(window)
    content = child(window, QPlainTextEdit, "contentEdit")
    combo = page.content.template_combo
    assert combo.objectName() == "templateCombo"
    content.setPlainText("本周六店庆，全场八折")
    page.content.save_template("店庆")
    qtbot.waitUntil(lambda: combo.currentText() == "店庆", timeout=3000)  # written, then shown
    assert [t.name for t in page.session.store.list_templates()] == ["店庆"]

    content.setPlainText("别的内容")
    combo.setCurrentIndex(0)
    combo.activated.emit(combo.findText("店庆"))
    assert content.toPlainText() == "本周六店庆，全场八折"

    combo.setCurrentIndex(combo.findText("店庆"))
    answer_next_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(child(window, QPushButton, "deleteTemplateButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: combo.findText("店庆") == -1, timeout=3000)  # written, then shown
    assert page.session.store.list_templates() == []
    assert content.toPlainText() == "本周六店庆，全场八折"


def test_send_explains_what_is_missing(window: QMainWindow, qtbot: QtBot) -> None:
    page = compose_page(window)
    status = child(window, QLabel, "sendStatusLabel")
    send = child(window, QPushButton, "sendButton")
    child(window, QPlainTextEdit, "contentEdit").setPlainText("您好")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert status.text()
    assert page.confirm_dialog is None

    page.recipients.set_numbers("13900000003")  # opted out only
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert page.confirm_dialog is None
    opted_out_text = status.text()
    assert opted_out_text

    page.recipients.set_numbers("13800000001")
    child(window, QPlainTextEdit, "contentEdit").setPlainText("   ")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert page.confirm_dialog is None
    assert status.text() and status.text() != opted_out_text
    assert send.isEnabled()


def test_send_needs_an_account(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()  # no account: the first-run dialog opens
    page = compose_page(window)
    page.recipients.set_numbers("13800000001")
    page.content.set_text("您好")
    page.send()
    assert page.confirm_dialog is None
    assert page.status_label.text()


def test_prefill_starts_a_reply(window: QMainWindow, qtbot: QtBot) -> None:
    tabs = child(window, QTabWidget, "mainTabs")
    tabs.setCurrentIndex(tabs.count() - 1)
    page = compose_page(window)
    page.prefill("13800000009", "您好，")
    assert tabs.currentWidget() is page
    assert page.recipients.edit.toPlainText() == "13800000009"
    assert page.content.body() == "您好，"
    qtbot.waitUntil(lambda: counts_of(page.recipients.counts_label) == [1, 0, 0, 0],
                    timeout=3000)


def test_the_numbers_text_is_read_once_per_change_and_never_stale(
        window: QMainWindow, qtbot: QtBot) -> None:
    recipients = compose_page(window).recipients
    recipients.set_numbers("13800000001")
    assert recipients.text() == "13800000001"
    qtbot.keyClicks(recipients.edit, "2")  # typed (at the start): read again
    assert recipients.text() == recipients.edit.toPlainText() == "213800000001"
    recipients.replace_numbers("13900000001")  # keeps what it read for Ctrl+Z
    assert recipients.text() == "13900000001"
    assert recipients.bring_back_replaced()
    assert recipients.text() == "213800000001"


def test_ctrl_enter_in_the_text_asks_to_send(window: QMainWindow, qtbot: QtBot) -> None:
    page = compose_page(window)
    page.recipients.set_numbers("13800000001")
    content = child(window, QPlainTextEdit, "contentEdit")
    content.setPlainText("您好")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    content.setFocus()
    qtbot.keyClick(content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None and page.confirm_dialog.isVisible(),
                    timeout=3000)
    assert content.toPlainText() == "您好"  # no line break typed
    assert page.confirm_dialog is not None
    page.confirm_dialog.reject()


def test_a_number_that_replies_r_is_left_out_from_then_on(window: QMainWindow, qtbot: QtBot,
                                                          gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    label = child(window, QLabel, "recipientCountsLabel")
    page.recipients.set_numbers("13800000001\n13800000002")
    qtbot.waitUntil(lambda: counts_of(label) == [2, 0, 0, 0], timeout=3000)
    gateway.inject_mo(ACCOUNT, "13800000002", "R")

    def pulled_and_rechecked() -> bool:
        page.session.poll_now()  # skipped while the start-up pull still runs
        return counts_of(label) == [1, 0, 0, 1]

    qtbot.waitUntil(pulled_and_rechecked, timeout=5000)
    assert page.recipients.recipients() == ("13800000001",)
