"""A campaign the Send tab sends is not offered for resuming in the bulk tab: resuming it
there would start a second sender on the same batches."""

from __future__ import annotations

from import_helpers import SignedIn, button, compose_page, import_page
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT
from test_send_end_to_end import confirm_with_enter, fill_in, open_confirmation

from juhe_desk.gateway.simulator import GatewaySimulator

NUMBERS = [f"1380000{n:04d}" for n in range(6)]


def test_the_bulk_tab_does_not_resume_what_the_send_tab_sends(
        signed_in: SignedIn, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    window = signed_in(batch_size=1)
    compose = compose_page(window)
    gateway.faults.latency = 0.3
    fill_in(qtbot, compose, "\n".join(NUMBERS), "您好")
    dialog = open_confirmation(qtbot, compose)
    with qtbot.waitSignal(compose.session.sendFinished, timeout=20_000) as finished:
        confirm_with_enter(qtbot, dialog)
        runner = compose.campaign_runner
        qtbot.waitUntil(lambda: runner.busy and runner.campaign_id is not None, timeout=5000)
        campaign_id = runner.campaign_id
        assert campaign_id is not None

        page = import_page(window)
        tabs = window.findChild(QTabWidget)
        assert tabs is not None
        tabs.setCurrentWidget(page)
        page.campaign_panel.show_campaign(campaign_id)
        state = page.findChild(QLabel, "campaignStateLabel")
        assert state is not None
        qtbot.waitUntil(lambda: state.text() == "发送中", timeout=5000)  # not "已中断"
        resume = button(page, "resumeCampaignButton")
        assert not resume.isEnabled()
        assert not button(page, "cancelCampaignButton").isEnabled()
        assert not button(page, "pauseCampaignButton").isEnabled()

        with qtbot.waitSignal(page.control.message, timeout=3000) as said:
            page.control.resume(campaign_id)  # as a click would, were the button enabled
        assert said.args[0] == campaign_id and "发送" in said.args[1]
        assert not page.control.busy
    report = finished.args[0]
    assert report.campaign_id == campaign_id and report.outcome == "done"
    assert sorted(s.mobile for s in gateway.submissions(ACCOUNT)) == NUMBERS  # each once
    assert campaign_id not in window.session.campaigns_sending_here
    qtbot.waitUntil(lambda: state.text() == "已完成", timeout=5000)
