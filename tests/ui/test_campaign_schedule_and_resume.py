"""Campaigns over time: scheduled across a restart, paused for the balance, paused by hand,
uncertain batches, and the offer to resume after a crash. Nothing is ever sent twice."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from import_helpers import (
    ACCOUNT,
    EXTNO,
    SIGNATURE,
    SignedIn,
    button,
    campaign_statuses,
    checked_customers,
    confirm_with_enter,
    import_page,
    open_precheck,
    save_account,
    schedule,
    sent_numbers,
    start_until_paused,
    wait_sent,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.codes import describe_result
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Store
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.outcomes import outcome_words
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.session import DATABASE_NAME


def numbers(count: int) -> set[str]:
    return {str(13800138001 + i) for i in range(count)}


def message_text(page: ImportPage) -> str:
    label = page.findChild(QLabel, "campaignMessageLabel")
    assert label is not None
    return str(label.text())


def test_scheduled_campaign_fires_after_a_restart(qtbot: QtBot, signed_in: SignedIn,
                                                  gateway: GatewaySimulator,
                                                  tmp_path: Path) -> None:
    first = signed_in()
    page = checked_customers(qtbot, first, tmp_path, 6)
    schedule(qtbot, page, 3)
    (campaign_id, when), = page.control.scheduler.armed().items()
    campaign = page.session.store.get_campaign(campaign_id)
    assert campaign.state == "scheduled" and campaign.scheduled_at == when

    assert not page.control.busy  # (a machine this slow would ask "close while sending?")
    first.close()  # before it fires
    assert not first.isVisible()
    assert sent_numbers(gateway) == Counter()

    second = signed_in.open()
    again = import_page(second)
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(numbers(6)), timeout=10_000)
    qtbot.waitUntil(lambda: not again.control.busy, timeout=10_000)
    assert again.session.store.get_campaign(campaign_id).state == "done"
    assert again.recovery_dialog is None  # on time: nothing to ask
    # Nothing can send it again: it is done, no timer is left in either window, no send
    # runs or waits, and no request is still on its way.
    assert page.control.scheduler.armed() == {} == again.control.scheduler.armed()
    assert again.control.queue == [] and gateway.wait_idle()
    assert sent_numbers(gateway) == Counter(numbers(6))  # once each


def test_low_balance_pauses_and_resume_sends_the_rest_once(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    window = signed_in(batch_size=5)
    page = checked_customers(qtbot, window, tmp_path, 18)
    dialog = open_precheck(qtbot, page)
    gateway.set_balance(ACCOUNT, 250)  # 5 messages at 50 厘
    confirm_with_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: page.campaign_panel.campaign_id is not None
                    and not page.control.busy and not page.launcher.busy, timeout=10_000)
    campaign_id = page.campaign_panel.campaign_id
    store = page.session.store
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "paused", timeout=5000)
    assert describe_result(15).meaning(current_language()) in message_text(page)
    resume = button(page, "resumeCampaignButton")
    qtbot.waitUntil(resume.isEnabled, timeout=5000)
    first_round = sent_numbers(gateway)
    assert sum(first_round.values()) == 5 and max(first_round.values()) == 1
    refused = {m.mobile for m in store.fetch_messages(limit=100) if m.status == "refused"}
    assert refused and not refused & set(first_round)

    gateway.set_balance(ACCOUNT, 1_000_000)
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "done", timeout=10_000)
    sent = sent_numbers(gateway)
    assert max(sent.values()) == 1  # nothing twice
    assert set(sent) == numbers(18) - refused
    qtbot.waitUntil(lambda: button(page, "resendFailedButton").isEnabled(), timeout=5000)


def test_a_refused_signature_is_fixed_in_the_account_then_resume_sends_the_rest(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    window = signed_in(batch_size=5, signature="【旧签名】")
    page = checked_customers(qtbot, window, tmp_path, 12)
    campaign_id = start_until_paused(qtbot, page)
    store = page.session.store
    assert describe_result(17).meaning(current_language()) in message_text(page)
    assert sent_numbers(gateway) == Counter()  # the gateway refused all five

    account = page.session.account
    assert account is not None  # the user fixes the signature in the account settings
    page.session.use_account(replace(account, signatures=(SIGNATURE,)), None)
    resume = button(page, "resumeCampaignButton")
    qtbot.waitUntil(resume.isEnabled, timeout=5000)
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "done", timeout=10_000)
    refused = {m.mobile for m in store.fetch_messages(limit=100) if m.status == "refused"}
    assert len(refused) in (5, 10)  # the first batch, or the first two (parallel 2)
    sent = gateway.submissions(ACCOUNT)
    assert {s.mobile for s in sent} == numbers(12) - refused
    assert all(s.content.startswith(SIGNATURE) for s in sent)


def test_pause_by_hand_then_resume(qtbot: QtBot, signed_in: SignedIn,
                                   gateway: GatewaySimulator, tmp_path: Path) -> None:
    window = signed_in(batch_size=2)
    page = checked_customers(qtbot, window, tmp_path, 12)
    parallel = page.findChild(QSpinBox, "parallelSpin")
    assert parallel is not None
    parallel.setValue(1)
    assert page.session.writes.setting("campaign.parallel") == "1"  # what a send uses now
    qtbot.waitUntil(lambda: page.session.store.get_setting("campaign.parallel") == "1",
                    timeout=3000)  # written off the GUI thread once the value settles
    gateway.faults.latency = 0.2
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    pause = button(page, "pauseCampaignButton")
    qtbot.waitUntil(lambda: page.control.busy and pause.isEnabled()
                    and sum(sent_numbers(gateway).values()) >= 2, timeout=5000)
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.control.busy, timeout=10_000)
    campaign_id = page.campaign_panel.campaign_id
    store = page.session.store
    assert store.get_campaign(campaign_id).state == "paused"
    partial = sent_numbers(gateway)
    assert 0 < sum(partial.values()) < 12

    gateway.faults.latency = 0.0
    resume = button(page, "resumeCampaignButton")
    qtbot.waitUntil(resume.isEnabled, timeout=5000)
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    wait_sent(qtbot, page)
    assert store.get_campaign(campaign_id).state == "done"
    assert sent_numbers(gateway) == Counter(numbers(12))


def test_uncertain_batch_is_never_resent_and_can_be_settled(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    window = signed_in(batch_size=5)
    page = checked_customers(qtbot, window, tmp_path, 10)
    gateway.faults.inject("reset", count=1, actions=["p2p"])  # processed, then no answer
    campaign_id = start_until_paused(qtbot, page)
    store = page.session.store
    assert sent_numbers(gateway) == Counter(numbers(10))  # the gateway did get both batches
    words = outcome_words(current_language())
    qtbot.waitUntil(lambda: Counter(campaign_statuses(page).values())[words.uncertain] == 5,
                    timeout=5000)
    settle = button(page, "resolveUncertainButton")
    qtbot.waitUntil(settle.isEnabled, timeout=5000)

    # Resuming sends nothing: the uncertain batch waits for the user's decision. The resume
    # job's answer says so (a warning), and no send starts (it would have, by then).
    with qtbot.waitSignal(page.control.message, timeout=5000,
                          check_params_cb=lambda _id, _text, severity: severity == "warning"):
        qtbot.mouseClick(button(page, "resumeCampaignButton"), Qt.MouseButton.LeftButton)
    assert not page.control.busy and gateway.wait_idle()
    assert sent_numbers(gateway) == Counter(numbers(10))

    qtbot.mouseClick(settle, Qt.MouseButton.LeftButton)
    dialog = page.campaign_panel.uncertain_dialog
    assert dialog is not None and dialog.isModal()
    qtbot.waitUntil(lambda: dialog.batch_list.count() == 1, timeout=5000)  # read in a job
    close = dialog.findChild(QMessageBox)  # no message box: Enter closes, never resends
    assert close is None
    qtbot.mouseClick(dialog.went_button, Qt.MouseButton.LeftButton)
    assert dialog.batch_list.count() == 0
    dialog.reject()
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "done", timeout=5000)
    assert sent_numbers(gateway) == Counter(numbers(10))


def test_unfinished_campaign_is_offered_at_start(qtbot: QtBot, signed_in: SignedIn,
                                                 gateway: GatewaySimulator) -> None:
    data_dir = signed_in.data_dir
    save_account(data_dir, gateway)
    mobiles = sorted(numbers(6))
    with Store.open(data_dir / DATABASE_NAME) as store:
        campaign = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="上次没发完", extno=EXTNO,
            messages=[(m, "【聚合云信】周末八折") for m in mobiles], batch_size=3)
        first_batch = store.campaign_batches(campaign.id)[0]
        store.batch_start(first_batch.id)  # the app died during this request

    window = signed_in.open()
    page = import_page(window)
    qtbot.waitUntil(lambda: page.recovery_dialog is not None
                    and page.recovery_dialog.isVisible(), timeout=5000)
    dialog = page.recovery_dialog
    assert dialog is not None and dialog.isModal()
    assert dialog.campaign_ids() == [campaign.id]
    text = dialog.campaign_list.item(0).text()
    assert "上次没发完" in text and "3" in text
    assert dialog.resume_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: resume
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(mobiles[3:]), timeout=10_000)
    qtbot.waitUntil(lambda: not page.control.busy, timeout=5000)
    store = page.session.store
    assert store.get_campaign(campaign.id).state == "paused"  # the uncertain batch waits
    assert store.get_batch(first_batch.id).state == "uncertain"
    assert sent_numbers(gateway) == Counter(mobiles[3:])  # never the uncertain batch


@pytest.mark.parametrize("answer", ["cancel", "keep"])
def test_cancel_a_scheduled_campaign_asks_first(qtbot: QtBot, signed_in: SignedIn,
                                                gateway: GatewaySimulator, tmp_path: Path,
                                                answer: str) -> None:
    window = signed_in()
    page = checked_customers(qtbot, window, tmp_path, 3)
    schedule(qtbot, page, 3600)
    campaign_id = page.campaign_panel.campaign_id
    cancel = button(page, "cancelCampaignButton")
    qtbot.waitUntil(cancel.isEnabled, timeout=5000)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "cancelCampaignBox")
    assert box is not None and box.isVisible()
    default = box.defaultButton()
    assert default is not None  # Enter keeps the campaign
    assert box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
    chosen = next(b for b in box.buttons()
                  if (box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
                  == (answer == "cancel"))
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    store = page.session.store
    if answer == "cancel":
        qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "cancelled",
                        timeout=5000)
        assert page.control.scheduler.armed() == {}
    else:  # answered at once on the GUI thread; cancelling would first disarm the timer
        assert not box.isVisible()
        assert campaign_id in page.control.scheduler.armed()
        assert store.get_campaign(campaign_id).state == "scheduled"
    assert sent_numbers(gateway) == Counter()


def test_closing_while_sending_pauses_and_the_next_start_resumes(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    window = signed_in(batch_size=2)
    page = checked_customers(qtbot, window, tmp_path, 12)
    page.findChild(QSpinBox, "parallelSpin").setValue(1)  # type: ignore[union-attr]
    gateway.faults.latency = 0.2
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    qtbot.waitUntil(lambda: sum(sent_numbers(gateway).values()) >= 2, timeout=5000)
    campaign_id = page.campaign_panel.campaign_id
    asked: list[str] = []

    def answer() -> None:
        box = page.findChild(QMessageBox, "closeWhileCampaignBox")
        assert box is not None and box.isVisible()
        default = box.defaultButton()
        assert default is not None  # Enter keeps sending
        assert box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
        asked.append(box.text())
        pause = next(b for b in box.buttons()
                     if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        pause.click()

    QTimer.singleShot(0, answer)
    window.close()
    assert asked and not window.isVisible()
    partial = sent_numbers(gateway)
    assert 0 < sum(partial.values()) < 12 and max(partial.values()) == 1
    with Store.open(tmp_path / "data" / DATABASE_NAME) as store:
        assert store.get_campaign(campaign_id).state == "paused"
        assert {b.state for b in store.campaign_batches(campaign_id)} <= {"submitted", "planned"}

    gateway.faults.latency = 0.0
    again = import_page(signed_in.open())
    qtbot.waitUntil(lambda: again.recovery_dialog is not None
                    and again.recovery_dialog.isVisible(), timeout=5000)
    assert again.recovery_dialog is not None
    qtbot.mouseClick(again.recovery_dialog.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(numbers(12)), timeout=10_000)
    qtbot.waitUntil(lambda: not again.control.busy, timeout=5000)
    assert again.session.store.get_campaign(campaign_id).state == "done"
