"""The one campaign runner of both tabs: pausing is cancelling the job's context, which wakes
the sender's pause between requests at once; cancelling also gives up the batches not sent,
even when it comes after the job had ended."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from import_helpers import (
    ACCOUNT,
    SignedIn,
    button,
    checked_customers,
    confirm_with_enter,
    import_page,
    open_precheck,
    sent_numbers,
)
from message_boxes import answer_next_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.send_settings import PACING_SETTING, PARALLEL_SETTING
from juhe_desk.services.sending import SendReport
from juhe_desk.ui.pages.import_page import ImportPage

ROWS, BATCH = 12, 2


def sending_page(qtbot: QtBot, signed_in: SignedIn, tmp_path: Path,
                 pacing_s: float) -> ImportPage:
    """The bulk tab with 12 customers checked, one request at a time, ``pacing_s`` apart."""
    window = signed_in(batch_size=BATCH)
    store = import_page(window).session.store
    store.set_setting(PARALLEL_SETTING, "1")
    store.set_setting(PACING_SETTING, str(pacing_s))
    return checked_customers(qtbot, window, tmp_path, ROWS)


def message_text(page: ImportPage) -> str:
    label = page.findChild(QLabel, "campaignMessageLabel")
    assert label is not None
    return str(label.text())


def test_pause_wakes_the_wait_between_requests_at_once(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    page = sending_page(qtbot, signed_in, tmp_path, pacing_s=60.0)
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    pause = button(page, "pauseCampaignButton")
    # The first request went; the second waits out a minute's pacing.
    qtbot.waitUntil(lambda: sum(sent_numbers(gateway).values()) == BATCH and pause.isEnabled(),
                    timeout=5000)
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.control.busy, timeout=5000)  # not 60 s later
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    assert page.session.store.get_campaign(campaign_id).state == "paused"
    assert sum(sent_numbers(gateway).values()) == BATCH


def test_cancel_while_sending_gives_up_the_rest(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    page = sending_page(qtbot, signed_in, tmp_path, pacing_s=60.0)
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    cancel = button(page, "cancelCampaignButton")
    qtbot.waitUntil(lambda: sum(sent_numbers(gateway).values()) == BATCH and cancel.isEnabled(),
                    timeout=5000)

    answer_next_box(QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(page.control.campaign_runner.finished, timeout=5000) as ended:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    report: SendReport = ended.args[0]
    assert report.given_up == ROWS - BATCH
    store = page.session.store
    assert store.get_campaign(report.campaign_id).state == "cancelled"
    assert str(ROWS - BATCH) in message_text(page)
    assert sent_numbers(gateway) == Counter({m: 1 for m in sent_numbers(gateway)})
    assert sum(sent_numbers(gateway).values()) == BATCH


def test_a_cancel_that_comes_after_the_job_ended_still_gives_up_the_rest(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    page = sending_page(qtbot, signed_in, tmp_path, pacing_s=0.0)
    gateway.set_balance(ACCOUNT, 2 * 50)  # the first batch is paid for, then RESULT 15
    gateway.faults.latency = 0.3  # the job is still running when it is seen to be
    runner = page.control.campaign_runner
    ended: list[SendReport] = []
    runner.finished.connect(ended.append)
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    qtbot.waitUntil(lambda: runner.busy, timeout=5000)
    # The job ends (the campaign paused for the balance) while its result waits in the
    # GUI thread's queue; only then does the user cancel.
    assert page.session.runner._pool.waitForDone(10_000)
    assert runner.busy
    runner.cancel()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    report = ended[0]
    assert report.outcome == "paused"
    campaign_id = report.campaign_id
    assert report.given_up == ROWS - 2 * BATCH  # the refused batch is not "not sent"
    assert page.session.store.get_campaign(campaign_id).state == "cancelled"
    assert not runner.busy
