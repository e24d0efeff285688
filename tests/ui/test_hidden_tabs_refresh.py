"""A tab that is not shown reads nothing from the store when a pull brings news (each read is a
job holding the GIL while the shown tab wants to paint); shown again, it reads once, so nothing
it shows is stale. The Send tab's results (ResultsModel) and the bulk tab's campaign view
(its state, counts and carrier rates)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from test_send_end_to_end import compose_page, fill_in, send_and_wait

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.models.paged_table import PagedQuery
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.import_page import ImportPage

NUMBERS = "13800000001, 13800000002, 13800000003"


def _show(window: QMainWindow, page: QWidget) -> None:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentWidget(page)
    assert page.isVisible()


def _pull_news(qtbot: QtBot, page: ComposePage, gateway: GatewaySimulator,
               mobile: str) -> None:
    """A customer replies and the desk pulls it: the session's ``synced``."""
    gateway.inject_mo("922011", mobile, "好的")
    with qtbot.waitSignal(page.session.synced, timeout=5000):
        page.session.poll_now()


def _sent(qtbot: QtBot, window: QMainWindow) -> ComposePage:
    page = compose_page(window)
    _show(window, page)
    fill_in(qtbot, page, NUMBERS, "周末全场八折，欢迎光临")
    send_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: not page.results_model.refresh_due
                    and not page.results_model.is_loading(), timeout=5000)
    return page


def _count_reads(page: ComposePage) -> list[object]:
    """Each page of results the Send tab reads from now on."""
    model = page.results_model
    query = model._query
    reads: list[object] = []

    def fetch(*args: Any) -> Sequence[Any]:
        reads.append(args)
        return query.fetch(*args)

    model._query = PagedQuery(query.count, fetch)
    return reads


def test_the_send_tabs_results_are_read_only_while_shown(
        qtbot: QtBot, window: QMainWindow, gateway: GatewaySimulator) -> None:
    page = _sent(qtbot, window)
    reads = _count_reads(page)
    _pull_news(qtbot, page, gateway, "13800000001")  # shown: re-read soon
    assert page.results_model.refresh_due
    qtbot.waitUntil(lambda: len(reads) > 0, timeout=5000)

    inbox = window.findChild(QWidget, "inboxPage")
    assert inbox is not None
    _show(window, inbox)
    assert not page.results_view.isVisible()
    reads.clear()
    _pull_news(qtbot, page, gateway, "13800000002")  # hidden: nothing read, nothing due
    assert not page.results_model.refresh_due and reads == []

    _show(window, page)  # shown again: read once, after the switch (no job started in it)
    assert page.results_model.refresh_due and reads == []
    qtbot.waitUntil(lambda: len(reads) > 0, timeout=5000)
    assert not page.results_model.refresh_due


def test_the_bulk_tabs_campaign_is_read_only_while_shown(
        qtbot: QtBot, window: QMainWindow, gateway: GatewaySimulator,
        monkeypatch: pytest.MonkeyPatch) -> None:
    compose = _sent(qtbot, window)
    importer = window.findChild(ImportPage)
    assert isinstance(importer, ImportPage)
    _show(window, importer)
    panel = importer.campaign_panel
    qtbot.waitUntil(lambda: panel.campaign_id is not None and panel.status is not None,
                    timeout=5000)
    store = compose.session.store
    outcomes = store.campaign_carrier_outcomes
    reads: list[int] = []

    def counted(campaign_id: int) -> Any:
        reads.append(campaign_id)
        return outcomes(campaign_id)

    monkeypatch.setattr(store, "campaign_carrier_outcomes", counted)
    _pull_news(qtbot, compose, gateway, "13800000001")  # shown: re-read soon
    assert panel.refresh_due
    qtbot.waitUntil(lambda: reads == [panel.campaign_id], timeout=5000)

    _show(window, compose)
    assert not panel.isVisible()
    reads.clear()
    _pull_news(qtbot, compose, gateway, "13800000002")  # hidden: nothing read, nothing due
    assert not panel.refresh_due and reads == []

    _show(window, importer)  # shown again: read once
    qtbot.waitUntil(lambda: reads == [panel.campaign_id], timeout=5000)
    assert not panel.refresh_due
