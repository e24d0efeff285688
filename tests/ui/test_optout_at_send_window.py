"""Opt-outs checked at the last moment, through the real window against the simulator: a
reply "R" while the confirmation is open (quick send and campaign), and one pulled while a
campaign is sending. The number is not sent, and the results, totals and export say so."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
from import_helpers import (
    ACCOUNT,
    PASSWORD,
    TEMPLATE,
    SignedIn,
    button,
    campaign_statuses,
    commit_text,
    confirm_with_enter,
    customer_rows,
    import_page,
    open_and_check,
    open_precheck,
    save_account,
    sent_numbers,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.send_settings import PACING_SETTING, PARALLEL_SETTING
from juhe_desk.store import Store
from juhe_desk.ui.importing.outcomes import outcome_words
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.session import DATABASE_NAME, Session

NUMBERS = ("13800000001", "13800000002", "13800000003")


def opted_out_word() -> str:
    """The outcome as the window shows it (its translators are loaded once it is open)."""
    return outcome_words("zh_CN").opted_out


def session_of(window: QMainWindow) -> Session:
    session = window.session  # type: ignore[attr-defined]
    assert isinstance(session, Session)
    return session


def reply_and_pull(qtbot: QtBot, gateway: GatewaySimulator, session: Session, mobile: str,
                   text: str = "R") -> None:
    """The customer replies; the app pulls it (as its timer would) and lists the number."""
    gateway.inject_mo(ACCOUNT, mobile, text)

    def pulled() -> bool:
        session.poll_now()  # skipped while an earlier pull still runs
        return session.store.is_opted_out(mobile)

    qtbot.waitUntil(pulled, timeout=10_000)


def test_quick_send_leaves_out_a_number_that_replied_r_while_confirming(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = signed_in()
    page = window.findChild(ComposePage, "composePage")
    assert page is not None
    session = session_of(window)
    recipients = page.findChild(QPlainTextEdit, "recipientsEdit")
    content = page.findChild(QPlainTextEdit, "contentEdit")
    assert recipients is not None and content is not None
    qtbot.keyClicks(recipients, " ".join(NUMBERS))
    commit_text(content, "周末全场八折，欢迎光临")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None
                    and page.confirm_dialog.isVisible(), timeout=5000)
    dialog = page.confirm_dialog
    assert dialog is not None
    assert "3" in dialog.findChild(QLabel, "confirmNumbersLabel").text()

    reply_and_pull(qtbot, gateway, session, NUMBERS[1])  # while the dialog is open
    confirm = dialog.findChild(QPushButton, "confirmSendButton")
    assert confirm is not None and confirm.isDefault()
    with qtbot.waitSignal(session.sendFinished, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.campaign_runner.busy, timeout=5000)

    assert sent_numbers(gateway) == Counter([NUMBERS[0], NUMBERS[2]])
    status = page.findChild(QLabel, "sendStatusLabel")
    assert status is not None and "1 个号码没有发送" in status.text()
    assert "退订" in status.text()
    model = page.results_model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.record(1) is not None, timeout=5000)
    outcomes = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(3)}
    assert outcomes[NUMBERS[1]].startswith("未发送：已退订")
    campaign_id = model.campaign_id
    assert campaign_id is not None
    totals = session.store.campaign_totals(campaign_id)
    assert (totals.opted_out, totals.submitted + totals.delivered) == (1, 2)


def test_a_campaign_leaves_out_a_number_that_replied_while_the_check_was_open(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = signed_in(batch_size=5)
    page = import_page(window)
    rows = customer_rows(8)
    source = write_xlsx(tmp_path / "客户.xlsx", rows)
    numbers = [str(int(float(str(r[1])))) for r in rows]
    open_and_check(qtbot, page, source)
    type_template(qtbot, page, TEMPLATE)
    assert wait_checked(qtbot, page) == [8, 0, 0, 0]
    dialog = open_precheck(qtbot, page)

    reply_and_pull(qtbot, gateway, page.session, numbers[6], "退订")
    confirm_with_enter(qtbot, dialog)
    wait_sent(qtbot, page)

    assert sent_numbers(gateway) == Counter(n for n in numbers if n != numbers[6])
    qtbot.waitUntil(lambda: campaign_statuses(page).get(numbers[6]) == opted_out_word(),
                    timeout=5000)
    message = page.findChild(QLabel, "campaignMessageLabel")
    assert message is not None and "1 个号码没有发送" in message.text()
    totals = page.findChild(QLabel, "campaignTotalsLabel")
    assert totals is not None
    qtbot.waitUntil(lambda: "1 条因退订未发送" in totals.text(), timeout=5000)

    out = tmp_path / "结果.xlsx"
    page.file_panel.ask_save_path = lambda *_args: out
    qtbot.mouseClick(button(page, "exportResultsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    by_mobile = {str(int(float(str(sheet.cell(r, 2).value)))): (sheet.cell(r, 5).value,
                                                                sheet.cell(r, 7).value)
                 for r in range(3, sheet.max_row + 1)}
    outcome, reason = by_mobile[numbers[6]]
    assert outcome == opted_out_word() == "未发送：已退订" and "退订" in reason


def test_an_r_pulled_mid_campaign_keeps_the_number_out_of_the_later_batches(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    data_dir = signed_in.data_dir
    save_account(data_dir, gateway, batch_size=2)
    with Store.open(data_dir / DATABASE_NAME) as store:  # one request at a time, 0.6 s apart
        store.set_setting(PARALLEL_SETTING, "1")
        store.set_setting(PACING_SETTING, "0.6")
    window = signed_in.open()
    page = import_page(window)
    rows = customer_rows(10)  # 5 batches of 2
    numbers = [str(int(float(str(r[1])))) for r in rows]
    last = numbers[-1]
    open_and_check(qtbot, page, write_xlsx(tmp_path / "客户.xlsx", rows))
    type_template(qtbot, page, TEMPLATE)
    assert wait_checked(qtbot, page) == [10, 0, 0, 0]
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    qtbot.waitUntil(lambda: len(gateway.submissions(ACCOUNT)) >= 2, timeout=10_000)

    reply_and_pull(qtbot, gateway, page.session, last)
    assert last not in sent_numbers(gateway)  # its batch had not left yet: the campaign still runs
    assert page.control.busy
    wait_sent(qtbot, page, timeout=20_000)

    assert sent_numbers(gateway) == Counter(numbers[:-1])
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    assert page.session.store.get_campaign(campaign_id).state == "done"
    qtbot.waitUntil(lambda: campaign_statuses(page).get(last) == opted_out_word(),
                    timeout=5000)
    message = page.findChild(QLabel, "campaignMessageLabel")
    assert message is not None and "1 个号码没有发送" in message.text()
    assert PASSWORD not in message.text()
