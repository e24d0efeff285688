"""Twice only on purpose, in the Bulk import tab: the same sheet again, and texts sent already.

Through the real window, against the simulator on 127.0.0.1, with a real SQLite store.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from import_helpers import (
    ACCOUNT,
    SHIPPED,
    SignedIn,
    button,
    confirm_with_enter,
    customer_rows,
    import_page,
    open_and_check,
    open_precheck,
    schedule,
    sent_numbers,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.dialogs.repeat_send_warning import RepeatSendWarning, short_time
from juhe_desk.ui.importing.precheck_dialog import PrecheckDialog
from juhe_desk.ui.pages.import_page import ImportPage


@pytest.fixture
def window(signed_in: SignedIn) -> QMainWindow:
    return signed_in(batch_size=5)


def numbers(count: int, first: int = 0) -> list[str]:
    return [str(13800138001 + i) for i in range(first, count)]


def load(qtbot: QtBot, page: ImportPage, path: Path, count: int,
         template: str = SHIPPED) -> None:
    open_and_check(qtbot, page, path)
    type_template(qtbot, page, template)
    qtbot.waitUntil(lambda: page.check_request is not None
                    and page.check_request.options.template == template, timeout=5000)
    assert wait_checked(qtbot, page) == [count, 0, 0, 0]


def send_campaign(qtbot: QtBot, page: ImportPage) -> int:
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    wait_sent(qtbot, page)
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    qtbot.waitUntil(lambda: page.session.store.get_campaign(campaign_id).state == "done",
                    timeout=5000)
    return campaign_id


def start_button(page: ImportPage) -> QPushButton:
    return button(page, "startCampaignButton")


def click_start(qtbot: QtBot, page: ImportPage) -> None:
    qtbot.waitUntil(start_button(page).isEnabled, timeout=10_000)
    qtbot.mouseClick(start_button(page), Qt.MouseButton.LeftButton)


def open_repeat_warning(qtbot: QtBot, page: ImportPage) -> RepeatSendWarning:
    click_start(qtbot, page)
    guard = page.launcher.repeat_guard
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=5000)
    dialog = guard.dialog
    assert dialog is not None and dialog.isModal()
    assert dialog.objectName() == "repeatSendWarning"
    return dialog


def open_box(qtbot: QtBot, page: ImportPage, name: str) -> QMessageBox:
    click_start(qtbot, page)

    def found() -> bool:
        box = QApplication.activeModalWidget()
        return isinstance(box, QMessageBox) and box.objectName() == name

    qtbot.waitUntil(found, timeout=5000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def precheck_open(page: ImportPage) -> bool:
    dialog = page.launcher.precheck_dialog
    return dialog is not None and dialog.isVisible()


def text_of(parent: RepeatSendWarning, name: str) -> str:
    label = parent.findChild(QLabel, name)
    assert label is not None, name
    return str(label.text())


def age_history(page: ImportPage, days: int) -> None:
    """Move every campaign and request ``days`` back (the store's times are text)."""
    with page.session.store._db.write() as conn:
        for table, column in (("campaigns", "created_at"), ("batches", "request_started_at")):
            conn.execute(f"UPDATE {table} SET {column} = datetime({column}, ?)",
                         (f"-{days} days",))


def test_the_same_sheet_again_within_a_day_names_the_campaign_and_enter_does_not_send(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    page = import_page(window)
    path = write_xlsx(tmp_path / "客户.xlsx", customer_rows(8))
    load(qtbot, page, path, 8)
    assert start_button(page).text() == "开始群发(&S)…"
    first = send_campaign(qtbot, page)
    assert sent_numbers(gateway) == Counter(numbers(8))
    earlier = page.session.store.get_campaign(first)

    # The button now says what it does: a new campaign, not this one again.
    qtbot.waitUntil(lambda: start_button(page).text() == "再次群发（新建任务）(&S)…",
                    timeout=5000)
    assert earlier.name in start_button(page).toolTip()
    dialog = open_repeat_warning(qtbot, page)
    same = text_of(dialog, "repeatSameSourceLabel")
    assert earlier.name in same and earlier.created_at[:10] in same
    assert text_of(dialog, "repeatHeadlineLabel").startswith("8 个号码中有 8 个")
    assert earlier.name in text_of(dialog, "repeatSendsLabel")
    assert dialog.findChild(QPushButton, "repeatLeaveOutButton") is None  # all of them
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(start_button(page).isEnabled, timeout=3000)
    assert not precheck_open(page)
    assert [c.id for c in page.session.store.list_campaigns()] == [first]

    # "Send to all anyway": a new campaign, each number gets it a second time.
    dialog = open_repeat_warning(qtbot, page)
    send_all = dialog.findChild(QPushButton, "repeatSendAllButton")
    assert send_all is not None
    qtbot.mouseClick(send_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.launcher.precheck_dialog is not None
                    and page.launcher.precheck_dialog.isVisible(), timeout=5000)
    precheck = page.launcher.precheck_dialog
    assert precheck is not None
    repeats = precheck.findChild(QLabel, "precheckRepeatsLabel")
    assert repeats is not None and "8" in repeats.text()
    confirm_with_enter(qtbot, precheck)
    qtbot.waitUntil(lambda: len(page.session.store.list_campaigns()) == 2, timeout=5000)
    wait_sent(qtbot, page)
    second = page.session.store.list_campaigns()[0]
    assert second.id != first and second.state in ("sending", "done")
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(numbers(8) * 2), timeout=10_000)


def test_the_same_sheet_after_a_week_warns_by_name_and_date(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    page = import_page(window)
    load(qtbot, page, write_xlsx(tmp_path / "客户.xlsx", customer_rows(6)), 6)
    first = send_campaign(qtbot, page)
    age_history(page, 7)
    earlier = page.session.store.get_campaign(first)

    # A renamed copy of the file is the same sheet: it is the content that counts.
    copy = tmp_path / "客户（副本）.xlsx"
    shutil.copy(tmp_path / "客户.xlsx", copy)
    load(qtbot, page, copy, 6)
    box = open_box(qtbot, page, "sameSourceWarning")
    assert earlier.name in box.text() and short_time(earlier.created_at) in box.text()
    assert "6" in box.text()
    dont = box.findChild(QPushButton, "sameSourceDontSendButton")
    assert dont is not None and box.defaultButton() is dont
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button does not send
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert not precheck_open(page)
    assert len(page.session.store.list_campaigns()) == 1

    box = open_box(qtbot, page, "sameSourceWarning")
    again = box.findChild(QPushButton, "sameSourceAgainButton")
    assert again is not None
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    confirm_with_enter(qtbot, wait_precheck(qtbot, page))
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(numbers(6) * 2), timeout=10_000)


def wait_precheck(qtbot: QtBot, page: ImportPage) -> PrecheckDialog:
    qtbot.waitUntil(lambda: page.launcher.precheck_dialog is not None
                    and page.launcher.precheck_dialog.isVisible(), timeout=5000)
    dialog = page.launcher.precheck_dialog
    assert dialog is not None
    return dialog


def test_another_message_for_the_same_sheet_is_a_new_campaign_without_a_warning(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    page = import_page(window)
    path = write_xlsx(tmp_path / "客户.xlsx", customer_rows(5))
    load(qtbot, page, path, 5)
    send_campaign(qtbot, page)
    type_template(qtbot, page, "{姓名}您好，本周六店庆全场八折")
    qtbot.waitUntil(lambda: page.check_request is not None
                    and "店庆" in page.check_request.options.template
                    and not page.checker.busy, timeout=5000)
    qtbot.waitUntil(lambda: page.earlier_source() is not None, timeout=5000)
    assert start_button(page).text() == "开始群发(&S)…"
    confirm_with_enter(qtbot, open_precheck(qtbot, page))  # nothing opens before it
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(numbers(5) * 2), timeout=10_000)
    assert page.launcher.repeat_guard.dialog is None


def test_a_paused_campaign_is_resumed_not_started_again(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    page = import_page(window)
    load(qtbot, page, write_xlsx(tmp_path / "客户.xlsx", customer_rows(18)), 18)
    dialog = open_precheck(qtbot, page)
    gateway.set_balance(ACCOUNT, 250)  # 5 messages at 50 厘: then RESULT 15 pauses it
    confirm_with_enter(qtbot, dialog)
    store = page.session.store
    qtbot.waitUntil(lambda: page.campaign_panel.campaign_id is not None
                    and not page.control.busy and not page.launcher.busy, timeout=10_000)
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "paused", timeout=5000)
    assert sum(sent_numbers(gateway).values()) == 5

    qtbot.waitUntil(lambda: start_button(page).text() == "继续这次群发(&S)…", timeout=5000)
    gateway.set_balance(ACCOUNT, 1_000_000)
    box = open_box(qtbot, page, "unfinishedCampaignBox")
    name = store.get_campaign(campaign_id).name
    assert name in box.text() and "已暂停" in box.text()
    resume = box.findChild(QPushButton, "unfinishedResumeButton")
    assert resume is not None and box.defaultButton() is resume
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "done", timeout=10_000)
    assert [c.id for c in store.list_campaigns()] == [campaign_id]  # no new campaign
    sent = sent_numbers(gateway)
    assert max(sent.values()) == 1  # nothing twice
    refused = {m.mobile for m in store.fetch_messages(limit=100) if m.status == "refused"}
    assert set(sent) == set(numbers(18)) - refused


def test_leave_them_out_sends_a_bigger_sheet_only_to_the_new_rows(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    page = import_page(window)
    load(qtbot, page, write_xlsx(tmp_path / "第一批.xlsx", customer_rows(6)), 6)
    first = send_campaign(qtbot, page)
    rows = customer_rows(10)
    rows[7] = (rows[7][0], rows[7][1], "SO-其他单号", rows[7][3])  # another personal text
    load(qtbot, page, write_xlsx(tmp_path / "全部客户.xlsx", rows), 10)

    dialog = open_repeat_warning(qtbot, page)
    assert dialog.findChild(QLabel, "repeatSameSourceLabel") is None  # another sheet
    assert text_of(dialog, "repeatHeadlineLabel").startswith("10 个号码中有 6 个")
    first_name = page.session.store.get_campaign(first).name
    assert first_name in text_of(dialog, "repeatSendsLabel")
    leave_out = dialog.findChild(QPushButton, "repeatLeaveOutButton")
    assert leave_out is not None and "4" in leave_out.text()
    qtbot.mouseClick(leave_out, Qt.MouseButton.LeftButton)
    precheck = wait_precheck(qtbot, page)
    messages = precheck.findChild(QLabel, "precheckMessagesLabel")
    repeats = precheck.findChild(QLabel, "precheckRepeatsLabel")
    assert messages is not None and messages.text() == "4 条短信，发给 4 个号码"
    assert repeats is not None and "6" in repeats.text()
    confirm_with_enter(qtbot, precheck)
    qtbot.waitUntil(lambda: sum(sent_numbers(gateway).values()) == 10, timeout=10_000)
    wait_sent(qtbot, page)
    assert sent_numbers(gateway) == Counter(numbers(10))
    newest = page.session.store.list_campaigns()[0]
    sent_rows = {m.row_index for m in page.session.store.fetch_messages(limit=100)
                 if m.campaign_id == newest.id}
    assert sent_rows == {6, 7, 8, 9}  # the rows of the new numbers, for the export


def test_a_scheduled_campaign_of_the_same_sheet_keeps_its_time(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    page = import_page(window)
    load(qtbot, page, write_xlsx(tmp_path / "客户.xlsx", customer_rows(4)), 4)
    schedule(qtbot, page, 3600)
    qtbot.waitUntil(lambda: start_button(page).text() == "继续这次群发(&S)…", timeout=5000)

    box = open_box(qtbot, page, "unfinishedCampaignBox")
    assert "定时在" in box.text()
    send_now = box.findChild(QPushButton, "unfinishedResumeButton")
    assert send_now is not None and send_now.text() == "立即发送"
    assert box.defaultButton() is not send_now  # sending now would change the user's plan
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert len(page.session.store.list_campaigns()) == 1
    assert page.session.store.list_campaigns()[0].state == "scheduled"
    assert page.control.scheduler.armed() and not page.control.busy
    assert sent_numbers(gateway) == Counter()
