"""The bulk tab's campaign panel while a campaign it shows is sent from elsewhere (the Send
tab, another desk): its totals read again at each step, its rates by carrier once it stops,
and a new count lays nothing out again (the whole tab would repaint, a stall of the window
while a sheet is checked)."""

from __future__ import annotations

from import_helpers import import_page
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO

from juhe_desk.services.campaigns import create_campaign_from_messages


def test_rates_by_carrier_wait_until_a_campaign_sent_elsewhere_stops(
        qtbot: QtBot, window: QMainWindow) -> None:
    page = import_page(window)
    tabs = window.tabs  # type: ignore[attr-defined]
    tabs.setCurrentWidget(page)
    store = page.session.store
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="店庆", extno=EXTNO,
        messages=[(f"1380000{i:04d}", "您好，回T退订") for i in range(12)], batch_size=5)
    store.set_campaign_state(campaign.id, "sending")  # as the Send tab's runner does
    panel = page.campaign_panel
    reads: list[int] = []
    outcomes = store.campaign_carrier_outcomes

    def counted(campaign_id: int) -> object:
        reads.append(campaign_id)
        return outcomes(campaign_id)

    store.campaign_carrier_outcomes = counted  # type: ignore[method-assign]
    panel.show_campaign(campaign.id)
    qtbot.waitUntil(lambda: panel.status is not None and panel.status.campaign.id
                    == campaign.id, timeout=5000)
    assert panel.totals_label.text().startswith("共 12 条")
    assert reads == [] and panel.carriers_label.text() == ""
    # A count that fits changes no size: the labels' sizes are fixed, nothing laid out.
    size = panel.totals_label.size()
    assert panel.totals_label.minimumSize() == panel.totals_label.maximumSize()
    before = panel.status
    panel.refresh()
    qtbot.waitUntil(lambda: panel.status is not before, timeout=5000)
    assert panel.totals_label.size() == size and reads == []

    store.set_campaign_state(campaign.id, "paused")
    panel.refresh()
    qtbot.waitUntil(lambda: reads == [campaign.id], timeout=5000)
    qtbot.waitUntil(lambda: panel.carriers_label.text() != "", timeout=5000)
