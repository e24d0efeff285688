"""A spreadsheet in, a campaign sent exactly once, results back in the same spreadsheet.

Through the real window against the simulator: open, check, confirm, send, reports, export,
and "send failed rows again".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from import_helpers import (
    ACCOUNT,
    SIGNATURE,
    TEMPLATE,
    TITLE,
    SignedIn,
    button,
    campaign_statuses,
    confirm_with_enter,
    customer_rows,
    import_page,
    open_and_check,
    open_precheck,
    sample_rows,
    save_account,
    start_until_paused,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from juhe_desk.domain.workbook_export import RESULT_HEADERS
from juhe_desk.gateway.codes import describe_result
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import MessageFilter, Store
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.outcomes import outcome_words
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.session import DATABASE_NAME

FAILING = ("13800138004", "13800138010")


@pytest.fixture
def window(signed_in: SignedIn) -> QMainWindow:
    return signed_in(batch_size=5)


def expected_texts(rows: list[tuple[object, ...]]) -> dict[str, str]:
    """Number -> merged text, for every row with a valid number (the duplicate once)."""
    texts: dict[str, str] = {}
    for name, phone, order, _amount in rows:
        digits = str(int(phone)) if isinstance(phone, float) else str(phone)
        if len(digits) == 11:
            body = TEMPLATE.replace("{姓名}", str(name)).replace("{单号}", str(order))
            texts[digits] = SIGNATURE + body
    return texts


def test_spreadsheet_to_campaign_to_results(qtbot: QtBot, window: QMainWindow,
                                            gateway: GatewaySimulator, tmp_path: Path) -> None:
    page: ImportPage = import_page(window)
    rows = sample_rows()
    source = write_xlsx(tmp_path / "11月订单.xlsx", rows)
    wanted = expected_texts(rows)
    for mobile in wanted:
        gateway.set_report_stat(mobile, "UNDELIV" if mobile in FAILING else "DELIVRD")

    open_and_check(qtbot, page, source)
    assert page.message_panel.phone_combo.currentText() == "手机号"
    type_template(qtbot, page, TEMPLATE)
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.personalised, timeout=5000)
    assert wait_checked(qtbot, page) == [19, 1, 1, 0]

    dialog = open_precheck(qtbot, page)
    messages = dialog.findChild(QLabel, "precheckMessagesLabel")
    parts = dialog.findChild(QLabel, "precheckPartsLabel")
    cost = dialog.findChild(QLabel, "precheckCostLabel")
    assert messages is not None and messages.text() == "19 条短信，发给 19 个号码"
    assert parts is not None and parts.text().startswith("20")
    assert cost is not None and "1.00" in cost.text()
    confirm_with_enter(qtbot, dialog)
    wait_sent(qtbot, page)

    # Exactly once per valid number, each with its own merged text.
    submissions = gateway.submissions(ACCOUNT)
    assert Counter(s.mobile for s in submissions) == Counter(list(wanted))
    assert {s.mobile: s.content for s in submissions} == wanted
    assert {s.action for s in submissions} == {"p2p"}
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    campaign = page.session.store.get_campaign(campaign_id)
    assert campaign.state == "done" and campaign.source_file == str(source)

    # Reports come in: the view shows delivered and failed, with the meaning.
    gateway.flush_reports()
    store = page.session.store

    def pulled() -> bool:
        page.session.poll_now()  # skipped while an earlier pull still runs
        return store.count_reports() == 19

    qtbot.waitUntil(pulled, timeout=10_000)
    words = outcome_words(current_language())
    qtbot.waitUntil(lambda: Counter(campaign_statuses(page).values())
                    == Counter({words.delivered: 17, words.failed: 2}), timeout=10_000)
    statuses = campaign_statuses(page)
    assert {m for m, s in statuses.items() if s == words.failed} == set(FAILING)
    carriers = page.findChild(QLabel, "campaignCarriersLabel")
    assert carriers is not None
    qtbot.waitUntil(lambda: "失败 10.5%" in carriers.text(), timeout=5000)
    assert carriers.text() == "按运营商：移动：送达 89.5%，失败 10.5%"

    # Export: the user's workbook, original cells untouched, the result columns filled.
    out = tmp_path / "results" / "结果.xlsx"
    out.parent.mkdir()
    page.file_panel.ask_save_path = lambda *_args: out
    qtbot.mouseClick(button(page, "exportResultsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    original = openpyxl.load_workbook(source).active
    exported = openpyxl.load_workbook(out).active
    assert original is not None and exported is not None
    assert exported.cell(1, 1).value == TITLE
    header = [c.value for c in exported[2]]
    assert header[:4] == ["姓名", "手机号", "单号", "金额"]
    assert tuple(header[4:9]) == RESULT_HEADERS
    for row in range(3, original.max_row + 1):
        assert [exported.cell(row, c).value for c in range(1, 5)] == \
            [original.cell(row, c).value for c in range(1, 5)]
    by_mobile = {}
    for row in range(3, exported.max_row + 1):
        phone = exported.cell(row, 2).value
        digits = str(int(phone)) if isinstance(phone, float) else str(phone)
        by_mobile.setdefault(digits, []).append([exported.cell(row, c).value
                                                 for c in range(5, 10)])
    outcome, report, reason, mid, when = by_mobile["13800138001"][0]
    assert (outcome, report) == (words.delivered, "DELIVRD") and mid and when
    outcome, report, reason, mid, _when = by_mobile["13800138004"][0]
    assert (outcome, report) == (words.failed, "UNDELIV") and reason and mid
    outcome, _report, reason, mid, _when = by_mobile["1380013"][0]
    assert outcome == words.not_sent and reason and mid is None
    duplicate = by_mobile["13800138003"]
    assert len(duplicate) == 2 and duplicate[0][0] == words.delivered
    assert duplicate[1][0] == words.not_sent and duplicate[1][2]  # with the reason
    assert by_mobile["13900139000"][0][0] == words.delivered

    # Only the failed rows.
    failed_out = tmp_path / "results" / "失败.xlsx"
    page.file_panel.ask_save_path = lambda *_args: failed_out
    qtbot.mouseClick(button(page, "exportFailedButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(failed_out.exists, timeout=10_000)
    failed_sheet = openpyxl.load_workbook(failed_out).active
    assert failed_sheet is not None
    failed_numbers = {str(int(r[1])) if isinstance(r[1], float) else str(r[1])
                      for r in failed_sheet.iter_rows(min_row=2, values_only=True)}
    assert failed_numbers == set(FAILING)

    # Send the failed rows again: a new campaign linked to the first, only those rows.
    for mobile in FAILING:
        gateway.set_report_stat(mobile, "DELIVRD")
    dialog = open_precheck(qtbot, page, "resendFailedButton")
    messages = dialog.findChild(QLabel, "precheckMessagesLabel")
    assert messages is not None and messages.text() == "2 条短信，发给 2 个号码"
    confirm_with_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: page.campaign_panel.campaign_id not in (None, campaign_id),
                    timeout=10_000)
    wait_sent(qtbot, page)
    resend_id = page.campaign_panel.campaign_id
    assert resend_id is not None
    resend = store.get_campaign(resend_id)
    assert resend.parent_campaign_id == campaign_id and resend.state == "done"
    again = store.fetch_messages(MessageFilter(campaign_id=resend_id), limit=100)
    assert sorted(m.mobile for m in again) == sorted(FAILING)
    assert {m.mobile: m.content for m in again} == {m: wanted[m] for m in FAILING}
    counts = Counter(s.mobile for s in gateway.submissions(ACCOUNT))
    assert {m for m, n in counts.items() if n == 2} == set(FAILING)
    assert all(n == 1 for m, n in counts.items() if m not in FAILING)


def test_an_unregistered_signature_stops_the_campaign_with_the_fix(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    data_dir = signed_in.data_dir
    save_account(data_dir, gateway, batch_size=3)
    with Store.open(data_dir / DATABASE_NAME) as store:  # a signature the gateway never saw
        store.save_account(replace(store.get_account(ACCOUNT), signatures=("【别家小店】",)))
    page = import_page(signed_in.open())
    open_and_check(qtbot, page, write_xlsx(tmp_path / "list.xlsx", customer_rows(9)))
    type_template(qtbot, page, "周末全场八折，欢迎光临")
    assert wait_checked(qtbot, page) == [9, 0, 0, 0]
    campaign_id = start_until_paused(qtbot, page)
    store = page.session.store
    label = page.findChild(QLabel, "campaignMessageLabel")
    assert label is not None
    info = describe_result(17)
    assert info.fix(current_language()) in label.text()
    assert gateway.submissions(ACCOUNT) == []
    planned = [b for b in store.campaign_batches(campaign_id) if b.state == "planned"]
    assert planned  # the rest waits for the fix; nothing more was tried
    assert button(page, "resumeCampaignButton").isEnabled()

    # The registered signature goes into the account; the refused rows go again with it.
    account = page.session.account
    assert account is not None
    page.session.use_account(replace(account, signatures=(SIGNATURE,)), None)
    refused = {m.mobile for m in store.fetch_messages(MessageFilter(campaign_id=campaign_id))
               if m.status == "refused"}
    assert refused
    confirm_with_enter(qtbot, open_precheck(qtbot, page, "resendFailedButton"))
    qtbot.waitUntil(lambda: page.campaign_panel.campaign_id != campaign_id, timeout=10_000)
    wait_sent(qtbot, page)
    sent = gateway.submissions(ACCOUNT)
    assert {s.mobile for s in sent} == refused and len(sent) == len(refused)
    assert all(s.content == f"{SIGNATURE}周末全场八折，欢迎光临" for s in sent)
