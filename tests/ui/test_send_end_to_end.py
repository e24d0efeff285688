"""Sending from the Send tab against the simulator, through the real window."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
from import_helpers import (
    SignedIn,
    WindowFactory,
    balance_text,
    commit_text,
    compose_page,
    label,
    save_account,
)
from message_boxes import answer_next_box
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, SIGNATURE

from juhe_desk.gateway.codes import describe_result, describe_status
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import MessageFilter
from juhe_desk.ui.dialogs.confirm_send import ConfirmSendDialog
from juhe_desk.ui.models.results_model import UNCERTAIN_COLOR, ResultsModel
from juhe_desk.ui.pages.compose_page import ComposePage

# The simulator account of tests/ui/conftest.py
NUMBERS = ("13800000001", "13800000002", "13800000003")


def fill_in(qtbot: QtBot, page: ComposePage, numbers: str, text: str) -> None:
    recipients = page.findChild(QPlainTextEdit, "recipientsEdit")
    content = page.findChild(QPlainTextEdit, "contentEdit")
    assert recipients is not None and content is not None
    for index, line in enumerate(numbers.split("\n")):
        if index:
            qtbot.keyClick(recipients, Qt.Key.Key_Return)
        qtbot.keyClicks(recipients, line)
    assert recipients.toPlainText() == numbers
    commit_text(content, text)
    assert content.toPlainText() == text


def open_confirmation(qtbot: QtBot, page: ComposePage) -> ConfirmSendDialog:
    send = page.findChild(QPushButton, "sendButton")
    assert send is not None
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None and page.confirm_dialog.isVisible(),
                    timeout=3000)
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.isModal()
    return dialog


def confirm_with_enter(qtbot: QtBot, dialog: ConfirmSendDialog) -> None:
    """Enter presses the default button, which must be the one that sends."""
    button = dialog.findChild(QPushButton, "confirmSendButton")
    assert button is not None and button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ConfirmSendDialog.DialogCode.Accepted


def send_and_wait(qtbot: QtBot, page: ComposePage, timeout: int = 10_000) -> None:
    with qtbot.waitSignal(page.session.sendFinished, timeout=timeout):
        confirm_with_enter(qtbot, open_confirmation(qtbot, page))
    qtbot.waitUntil(lambda: not page.campaign_runner.busy, timeout=timeout)


def table(page: ComposePage) -> list[tuple[str, ...]]:
    """The rows as shown: number, outcome, message ID."""
    model = page.results_model
    return [tuple(str(model.index(r, c).data()) for c in range(3))
            for r in range(model.rowCount())]


def test_three_numbers_are_sent_once_each(window: QMainWindow, qtbot: QtBot,
                                          gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    fill_in(qtbot, page, "13800000001, 138-0000-0002 +86 138 0000 0003", "周末全场八折，欢迎光临")

    dialog = open_confirmation(qtbot, page)
    assert label(dialog, "confirmTotalLabel").text() == "3"
    assert "0.15" in label(dialog, "confirmCostLabel").text()
    assert "1,000.00" in label(dialog, "confirmBalanceLabel").text()
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000) as finished:
        confirm_with_enter(qtbot, dialog)
    assert finished.args[0].outcome == "done"

    qtbot.waitUntil(lambda: len(table(page)) == 3 and all(row[2] for row in table(page)),
                    timeout=5000)
    rows = table(page)
    assert sorted(row[0] for row in rows) == list(NUMBERS)
    assert all(re.fullmatch(r"[0-9A-F]{16}", mid) for _, _, mid in rows)
    submitted = gateway.submissions(ACCOUNT)
    assert sorted(s.mobile for s in submitted) == list(NUMBERS)
    assert {s.content for s in submitted} == {f"{SIGNATURE}周末全场八折，欢迎光临"}
    assert {s.mobile: s.mid for s in submitted} == {mobile: mid for mobile, _, mid in rows}

    campaign_id = page.results_model.campaign_id
    assert campaign_id is not None
    stored = page.session.store.fetch_messages(MessageFilter(campaign_id=campaign_id))
    assert {m.mobile: m.mid for m in stored} == {mobile: mid for mobile, _, mid in rows}
    assert {m.status for m in stored} <= {"submitted", "delivered"}
    qtbot.waitUntil(lambda: "999.85" in balance_text(window), timeout=5000)
    assert page.send_button.isEnabled()


def test_wrong_password_stops_before_anything_is_sent(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    save_account(tmp_path / "data", gateway)
    keyring.set_password("juhe-desk", ACCOUNT, "wrong")
    window = open_window("--gateway", gateway.base_url, "--account", ACCOUNT)
    page = compose_page(window)
    fill_in(qtbot, page, "\n".join(NUMBERS), "您好")
    dialog = open_confirmation(qtbot, page)
    assert page.session.balance is None  # it could not be checked: said so, and allowed
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000) as finished:
        confirm_with_enter(qtbot, dialog)
    assert finished.args[0].outcome == "stopped"

    status = label(page, "sendStatusLabel")
    info = describe_status(3)
    assert info.meaning("zh_CN") in status.text()
    assert info.fix("zh_CN") in status.text()
    assert gateway.submissions(ACCOUNT) == []
    stored = page.session.store.fetch_messages(MessageFilter(campaign_id=finished.args[0]
                                                             .campaign_id))
    assert [m.status for m in stored] == ["pending"] * 3


def test_a_prepaid_balance_too_low_blocks_the_send(window: QMainWindow, qtbot: QtBot,
                                                   gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    gateway.set_balance(ACCOUNT, 10)
    page.session.refresh_balance()
    qtbot.waitUntil(lambda: "0.01" in balance_text(window), timeout=5000)
    fill_in(qtbot, page, "\n".join(NUMBERS), "您好")

    dialog = open_confirmation(qtbot, page)
    assert dialog.blocked
    assert dialog.findChild(QPushButton, "confirmSendButton") is None
    explanation = dialog.findChild(QLabel, "confirmBlockedLabel")
    assert explanation is not None and explanation.isVisible()
    assert "0.15" in explanation.text() and "0.01" in explanation.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button only closes
    assert not dialog.isVisible()
    assert dialog.result() == ConfirmSendDialog.DialogCode.Rejected
    assert not page.campaign_runner.busy
    assert page.session.store.list_campaigns() == []
    assert gateway.submissions(ACCOUNT) == []


def test_an_unregistered_signature_is_refused_per_number_in_plain_words(
        main_window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(main_window)  # this account has no signature in its settings
    fill_in(qtbot, page, "\n".join(NUMBERS), "【别家小店】周末全场八折")
    send_and_wait(qtbot, page)

    info = describe_result(17)
    qtbot.waitUntil(lambda: len(table(page)) == 3
                    and all(info.meaning("zh_CN") in row[1] for row in table(page)),
                    timeout=5000)
    rows = table(page)
    for _, outcome, mid in rows:
        assert info.meaning("zh_CN") in outcome and info.fix("zh_CN") in outcome
        assert mid == ""
    status = label(page, "sendStatusLabel")
    assert info.fix("zh_CN") in status.text()
    assert gateway.submissions(ACCOUNT) == []


def test_a_hanging_gateway_leaves_the_window_responsive_and_the_batch_uncertain(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    page.session.read_timeout = 1.0
    gateway.faults.hang_seconds = 3
    gateway.faults.inject("hang", actions={"send"})
    fill_in(qtbot, page, "\n".join(NUMBERS), "您好")
    dialog = open_confirmation(qtbot, page)

    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000) as finished:
        confirm_with_enter(qtbot, dialog)
    heartbeat.stop()
    assert len(ticks) >= 20  # the GUI thread kept running through the 1 s wait

    report = finished.args[0]
    assert report.progress.uncertain == 3
    model = page.results_model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and all(
        (m := model.record(r)) is not None and m.status == "uncertain" for r in range(3)),
        timeout=3000)
    for row in range(3):
        message = model.record(row)
        assert message is not None and message.status == "uncertain"
        outcome = model.index(row, ResultsModel.COL_OUTCOME)
        assert outcome.data(Qt.ItemDataRole.ForegroundRole) == UNCERTAIN_COLOR
    assert re.search(r"\b3\b", page.status_label.text())
    batches = page.session.store.campaign_batches(report.campaign_id)
    assert [b.state for b in batches] == ["uncertain"]


def test_cancelling_stops_between_batches(signed_in: SignedIn, qtbot: QtBot,
                                          gateway: GatewaySimulator) -> None:
    window = signed_in(batch_size=1)
    page = compose_page(window)
    gateway.faults.latency = 0.3
    numbers = [f"1380000{n:04d}" for n in range(12)]
    fill_in(qtbot, page, "\n".join(numbers), "您好")
    dialog = open_confirmation(qtbot, page)
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000) as finished:
        confirm_with_enter(qtbot, dialog)
        qtbot.waitUntil(lambda: page.progress.value() >= 1, timeout=5000)
        cancel = page.findChild(QPushButton, "cancelSendButton")
        assert cancel is not None and cancel.isVisible()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    report = finished.args[0]
    assert report.outcome == "cancelled"
    sent = len(gateway.submissions(ACCOUNT))
    assert 1 <= sent < len(numbers)
    store = page.session.store
    assert store.get_campaign(report.campaign_id).state == "cancelled"
    totals = store.campaign_totals(report.campaign_id)
    assert totals.pending == len(numbers) - sent
    assert not page.cancel_button.isVisible()


def test_closing_during_a_send_asks_first(window: QMainWindow, qtbot: QtBot,
                                          gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    page.session.read_timeout = 1.0
    gateway.faults.hang_seconds = 3
    gateway.faults.inject("hang", actions={"send"})
    fill_in(qtbot, page, "\n".join(NUMBERS), "您好")
    confirm_with_enter(qtbot, open_confirmation(qtbot, page))
    assert page.campaign_runner.busy

    answer_next_box(QMessageBox.ButtonRole.RejectRole, name="closeWhileSendingBox")
    assert page.may_close() is False
    assert page.campaign_runner.busy and not page.campaign_runner.stopping
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole, name="closeWhileSendingBox")
    assert page.may_close() is True
    assert page.campaign_runner.stopping
    qtbot.waitUntil(lambda: not page.campaign_runner.busy, timeout=5000)


