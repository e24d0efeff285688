"""How often new reports make the reports tab read: the rows at most every half second, the
totals and rates by carrier (summaries, each a pass over the reports and labels laid out as
rich text) at most every two seconds, the last news always read in the end."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QMainWindow, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.services.sync import SyncSummary
from juhe_desk.store import ReportFilter
from juhe_desk.ui.pages.reports_page import TOTALS_COOLDOWN_MS, ReportsPage


def shown_reports(window: QMainWindow, qtbot: QtBot) -> ReportsPage:
    page = window.findChild(ReportsPage, "reportsPage")
    assert page is not None
    window.findChild(QTabWidget, "mainTabs").setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=5000)
    return page


def arrive(page: ReportsPage, first: int, count: int) -> None:
    """Reports stored, and the session saying so, as after a pull."""
    page.session.store.add_reports(
        [DeliveryReport(f"M{n}", f"1390000{n:04d}", "DELIVRD", f"2026-11-01 08:00:{n % 60:02d}")
         for n in range(first, first + count)], "pull")
    page.session.synced.emit(SyncSummary(new_reports=count))


def test_new_reports_read_the_totals_and_rates_at_most_every_two_seconds(
        main_window: QMainWindow, qtbot: QtBot) -> None:
    page = shown_reports(main_window, qtbot)
    # The campaigns listed at the start read the totals too: that has happened first.
    qtbot.waitUntil(lambda: page.filter_bar.campaign_combo.count() > 0
                    and page.session.runner.busy() == 0, timeout=5000)
    asked: list[float] = []
    show_for = page.carrier_rates.show_for

    def counting(filter: ReportFilter, campaign_name: str = "") -> None:
        asked.append(time.monotonic())
        show_for(filter, campaign_name)

    page.carrier_rates.show_for = counting  # type: ignore[method-assign]
    arrive(page, 0, 3)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert len(asked) == 1  # the first news: read at once
    arrive(page, 3, 2)  # within the rows' half second: read when it ends
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and not page.model.is_loading(),
                    timeout=5000)
    assert len(asked) == 1  # the totals wait for their cooldown
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=TOTALS_COOLDOWN_MS + 2000)
    assert asked[1] - asked[0] >= TOTALS_COOLDOWN_MS / 1000 * 0.9
    qtbot.waitUntil(lambda: "5" in page.carrier_rates.rates_text(), timeout=5000)
    refresh = main_window.findChild(QPushButton, "reportsRefreshButton")
    refresh.click()  # asked for: everything at once
    assert len(asked) == 3


def test_showing_the_tab_starts_its_reads_after_the_switch(
        main_window: QMainWindow, qtbot: QtBot) -> None:
    """News while hidden: read once the tab is shown, in a job started after the switch (a
    job started hands the GIL to a pool thread, and the switch would wait to get it back)."""
    page = shown_reports(main_window, qtbot)
    tabs = main_window.findChild(QTabWidget, "mainTabs")
    tabs.setCurrentIndex(0 if tabs.currentWidget() is not tabs.widget(0) else 1)
    assert not page.isVisible()
    arrive(page, 0, 4)
    runner = page.session.runner
    submit = runner.submit
    started: list[bool] = []

    def counting(fn: Any, **callbacks: Any) -> Any:
        started.append(page.isVisible())
        return submit(fn, **callbacks)

    runner.submit = counting  # type: ignore[method-assign]
    tabs.setCurrentWidget(page)
    assert started == []  # nothing started within the switch
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.model.is_loading(),
                    timeout=5000)
    assert started and all(started)
