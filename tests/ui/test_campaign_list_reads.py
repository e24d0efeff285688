"""The bulk tab's list of campaigns is read once at start (the latest campaign shows below
it), then only while it is in view: what changes while another tab is shown is read once,
when the bulk tab is shown again."""

from __future__ import annotations

from import_helpers import import_page
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from juhe_desk.services.sync import SyncSummary
from juhe_desk.ui.importing.campaign_list import CampaignList


def test_the_list_is_read_while_shown_and_caught_up_when_shown_again(
        main_window: QMainWindow, qtbot: QtBot) -> None:
    window = main_window
    page = import_page(window)
    campaigns = page.findChild(CampaignList, "campaignListView")
    assert campaigns is not None
    tabs = window.tabs  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: campaigns.reads == 1 and not campaigns._reading, timeout=5000)
    tabs.setCurrentWidget(page)
    with qtbot.waitSignal(campaigns.refreshed, timeout=5000):
        window.session.synced.emit(SyncSummary(new_reports=1))  # type: ignore[attr-defined]
    shown_reads = campaigns.reads

    tabs.setCurrentIndex(0)  # the Send tab: the list is out of view
    assert not campaigns.isVisible()
    for _ in range(3):  # pulls and another desk's progress
        window.session.synced.emit(SyncSummary(new_reports=1))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not campaigns._timer.isActive(), timeout=5000)
    assert campaigns.reads == shown_reads  # nothing read while not shown

    with qtbot.waitSignal(campaigns.refreshed, timeout=5000):
        tabs.setCurrentWidget(page)  # caught up once
    assert campaigns.reads == shown_reads + 1
