"""Twice only on purpose, in the Send tab: the repeat warning, and the boxes after a send.

Through the real window, against the simulator on 127.0.0.1, with a real SQLite store.
"""

from __future__ import annotations

from collections import Counter

from import_helpers import sent_numbers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, SIGNATURE
from test_send_end_to_end import (
    compose_page,
    confirm_with_enter,
    fill_in,
    label,
    open_confirmation,
    send_and_wait,
)

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.dialogs.confirm_send import ConfirmSendDialog
from juhe_desk.ui.dialogs.repeat_send_warning import RepeatSendWarning, short_time
from juhe_desk.ui.pages.compose_page import ComposePage

TEXT = "周末全场八折，欢迎光临"
FIRST = ("13800000001", "13800000002", "13800000003")


def click_send(qtbot: QtBot, page: ComposePage) -> None:
    qtbot.waitUntil(page.send_button.isEnabled, timeout=5000)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)


def open_warning(qtbot: QtBot, page: ComposePage) -> RepeatSendWarning:
    click_send(qtbot, page)
    qtbot.waitUntil(lambda: page.repeat_guard.dialog is not None
                    and page.repeat_guard.dialog.isVisible(), timeout=5000)
    dialog = page.repeat_guard.dialog
    assert dialog is not None and dialog.isModal()
    assert dialog.objectName() == "repeatSendWarning"
    return dialog


def boxes(page: ComposePage) -> tuple[str, str]:
    return page.recipients.edit.toPlainText(), page.content.edit.toPlainText()


def first_send(qtbot: QtBot, page: ComposePage, gateway: GatewaySimulator) -> None:
    fill_in(qtbot, page, "\n".join(FIRST), TEXT)
    send_and_wait(qtbot, page)
    assert sent_numbers(gateway) == Counter(FIRST)


def answer_warning(qtbot: QtBot, page: ComposePage, gateway: GatewaySimulator,
                   button_name: str, count: str) -> ConfirmSendDialog:
    """After a first send, two of its numbers and a new one again: the warning's
    ``button_name`` (saying ``count`` numbers) clicked; returns the confirmation it opens."""
    first_send(qtbot, page, gateway)
    fill_in(qtbot, page, "13800000002\n13800000003\n13800000009", TEXT)
    dialog = open_warning(qtbot, page)
    button = dialog.findChild(QPushButton, button_name)
    assert button is not None and count in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None and page.confirm_dialog.isVisible(),
                    timeout=3000)
    confirm = page.confirm_dialog
    assert confirm is not None
    return confirm


def test_a_successful_send_clears_the_boxes_and_keeps_the_text_elsewhere(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    fill_in(qtbot, page, "\n".join(FIRST), TEXT)
    page.content.save_template("店庆")  # what "Save as template…" does with the name given
    qtbot.waitUntil(lambda: page.content.template_combo.currentText() == "店庆", timeout=3000)
    send_and_wait(qtbot, page)

    qtbot.waitUntil(lambda: boxes(page) == ("", ""), timeout=5000)
    assert page.content.template_combo.currentIndex() == 0
    counts = page.recipients.counts_label
    qtbot.waitUntil(lambda: counts.text().startswith("有效 0 个"), timeout=3000)
    assert "Ctrl+Z" in page.status_label.text()
    store = page.session.store
    assert [(t.name, t.text) for t in store.list_templates()] == [("店庆", TEXT)]
    campaign = store.list_campaigns()[0]
    assert campaign.content == SIGNATURE + TEXT  # the history keeps the text as sent
    # Ctrl+Z brings each box back, as the status line says.
    qtbot.keyClick(page.recipients.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.content.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert boxes(page) == ("\n".join(FIRST), TEXT)


def test_ctrl_z_after_a_clear_undoes_typing_first_then_brings_the_numbers_back(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    first_send(qtbot, page, gateway)
    qtbot.waitUntil(lambda: boxes(page) == ("", ""), timeout=5000)
    edit = page.recipients.edit
    qtbot.keyClicks(edit, "139")
    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, *undo)
    assert edit.toPlainText() == ""  # the typing goes first
    qtbot.keyClick(edit, *undo)
    assert edit.toPlainText() == "\n".join(FIRST)
    qtbot.keyClick(edit, *undo)
    assert edit.toPlainText() == "\n".join(FIRST)  # once only: nothing older to bring back


def test_sending_the_same_text_again_warns_and_enter_does_not_send(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    first_send(qtbot, page, gateway)
    batch = page.session.store.campaign_batches(page.session.store.list_campaigns()[0].id)[0]
    assert batch.request_started_at is not None
    fill_in(qtbot, page, "13800000002\n13800000003\n13800000009", TEXT)

    dialog = open_warning(qtbot, page)
    assert label(dialog, "repeatHeadlineLabel").text().startswith("3 个号码中有 2 个")
    sends = label(dialog, "repeatSendsLabel").text()
    assert "快速发送" in sends and short_time(batch.request_started_at) in sends
    assert "2 个号码" in sends
    assert label(dialog, "repeatNumbersLabel").text().endswith("13800000002, 13800000003")
    dont_send = dialog.findChild(QPushButton, "repeatDontSendButton")
    assert dont_send is not None and dont_send.isDefault() and dont_send.hasFocus()
    for name in ("repeatLeaveOutButton", "repeatSendAllButton"):
        other = dialog.findChild(QPushButton, name)
        assert other is not None and not other.isDefault() and not other.autoDefault()

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: nothing is sent
    assert not dialog.isVisible()
    qtbot.waitUntil(page.send_button.isEnabled, timeout=3000)
    assert page.confirm_dialog is None or not page.confirm_dialog.isVisible()
    assert len(page.session.store.list_campaigns()) == 1
    assert sent_numbers(gateway) == Counter(FIRST)
    assert boxes(page) == ("13800000002\n13800000003\n13800000009", TEXT)  # nothing lost

    qtbot.keyClick(open_warning(qtbot, page), Qt.Key.Key_Escape)  # Esc: not sent either
    qtbot.waitUntil(page.send_button.isEnabled, timeout=3000)
    assert sent_numbers(gateway) == Counter(FIRST)


def test_leave_them_out_sends_to_the_rest_only(window: QMainWindow, qtbot: QtBot,
                                               gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    confirm = answer_warning(qtbot, page, gateway, "repeatLeaveOutButton", "1")
    assert label(confirm, "confirmNumbersLabel").text().startswith("1  (13800000009)")
    assert "2" in page.status_label.text() and "24" in page.status_label.text()
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000):
        confirm_with_enter(qtbot, confirm)
    assert sent_numbers(gateway) == Counter([*FIRST, "13800000009"])


def test_send_anyway_sends_to_all(window: QMainWindow, qtbot: QtBot,
                                  gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    confirm = answer_warning(qtbot, page, gateway, "repeatSendAllButton", "3")
    assert label(confirm, "confirmNumbersLabel").text().startswith("3")
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000):
        confirm_with_enter(qtbot, confirm)
    assert sent_numbers(gateway) == Counter([*FIRST, "13800000002", "13800000003", "13800000009"])


def test_another_text_or_other_numbers_go_without_a_warning(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    first_send(qtbot, page, gateway)
    fill_in(qtbot, page, "\n".join(FIRST), "下周一照常营业")
    send_and_wait(qtbot, page)  # open_confirmation fails if anything else opens first
    fill_in(qtbot, page, "13800000007", TEXT)
    send_and_wait(qtbot, page)
    assert page.repeat_guard.dialog is None
    assert sent_numbers(gateway) == Counter([*FIRST, *FIRST, "13800000007"])


def test_after_a_partly_refused_send_the_box_keeps_the_numbers_not_accepted(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    qtbot.waitUntil(lambda: page.session.balance is not None, timeout=5000)
    fill_in(qtbot, page, "\n".join(FIRST), TEXT)
    dialog = open_confirmation(qtbot, page)
    gateway.set_balance(ACCOUNT, 50)  # enough for the first number only (price 50 厘)
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000) as finished:
        confirm_with_enter(qtbot, dialog)
    assert finished.args[0].progress.accepted == 1

    qtbot.waitUntil(lambda: boxes(page)[0] == "13800000002\n13800000003", timeout=5000)
    assert boxes(page)[1] == TEXT
    assert "2" in page.status_label.text()
    gateway.set_balance(ACCOUNT, 1_000_000)
    page.session.refresh_balance()
    qtbot.waitUntil(lambda: page.session.balance is not None
                    and page.session.balance.balance == 1_000_000, timeout=5000)
    send_and_wait(qtbot, page)  # the rest, with no warning: they never got it
    assert sent_numbers(gateway) == Counter(FIRST)
    qtbot.waitUntil(lambda: boxes(page) == ("", ""), timeout=5000)


def test_after_an_uncertain_send_sending_again_warns(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    page.session.read_timeout = 1.0
    gateway.faults.hang_seconds = 2
    gateway.faults.inject("hang", actions={"send"})
    fill_in(qtbot, page, "\n".join(FIRST), TEXT)
    send_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: page.session.store.count_messages() == 3, timeout=3000)

    assert boxes(page) == ("\n".join(FIRST), TEXT)  # uncertain: all kept, to decide on
    dialog = open_warning(qtbot, page)
    assert label(dialog, "repeatHeadlineLabel").text().startswith("3 个号码中有 3 个")
    assert dialog.findChild(QPushButton, "repeatLeaveOutButton") is None  # nobody is left
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(page.send_button.isEnabled, timeout=3000)
    assert len(page.session.store.list_campaigns()) == 1
    assert len(gateway.submissions(ACCOUNT)) == 3  # the hung request went through, once


def test_boxes_edited_during_the_send_are_left_alone(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    gateway.faults.latency = 0.3
    fill_in(qtbot, page, "\n".join(FIRST), TEXT)
    dialog = open_confirmation(qtbot, page)
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000):
        confirm_with_enter(qtbot, dialog)
        page.recipients.edit.setPlainText("13900000000")  # the next message, typed meanwhile
    # The page heard of the end before sendFinished: the boxes were looked at already.
    assert boxes(page) == ("13900000000", TEXT)
    assert "Ctrl+Z" not in page.status_label.text()
