"""The lazy, paged table model: pages on demand, store sorting and filtering, refresh in place."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from multidata_checks import counting
from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.store import ReportFilter, Store
from juhe_desk.ui.models import SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.models.paged_table import DISPLAY, PLACEHOLDER
from juhe_desk.ui.models.reports_model import ReportsModel, report_query
from juhe_desk.ui.tasks import TaskRunner

START = dt.datetime(2026, 11, 1, 8, 0, 0)


def make_reports(count: int, first: int = 0) -> list[DeliveryReport]:
    """Report i: a minute after report i-1, number 1380000xxxx, every 7th one failed."""
    return [DeliveryReport(
        mid=f"{0xF000000000000000 + i:016X}", mobile=f"138{i * 7919 % 100_000_000:08d}",
        stat="UNDELIV" if i % 7 == 0 else "DELIVRD",
        time=(START + dt.timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S"),
        access_code="1069012345") for i in range(first, first + count)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        opened.add_reports(make_reports(450), "pull")
        yield opened


def texts(model: PagedTableModel[ReportFilter, object], column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def wait_loaded(qtbot: QtBot, model: PagedTableModel[ReportFilter, object]) -> None:
    if model.is_loading():
        with qtbot.waitSignal(model.loaded, timeout=5000):
            pass


# --- the Qt model contract ------------------------------------------------------------------
def test_model_tester_passes_reading_in_place(store: Store, qtmodeltester: ModelTester) -> None:
    model = ReportsModel(store, page_size=50, cache_pages=3)
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    model.sort(ReportsModel.COL_MOBILE, Qt.SortOrder.AscendingOrder)
    model.set_filter(ReportFilter(delivered=False))
    assert model.rowCount() == 65  # every 7th of 450


def test_model_tester_passes_reading_in_the_background(
        store: Store, runner: TaskRunner, qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    model = ReportsModel(store, runner=runner, page_size=50, cache_pages=3)
    qtmodeltester.check(model)  # watches every signal from here on
    wait_loaded(qtbot, model)
    assert model.rowCount() == 450
    model.data(model.index(449, 0))  # a page far away: fetched in the background
    qtbot.waitUntil(lambda: model.data(model.index(449, 0)) != PLACEHOLDER, timeout=5000)
    store.add_reports(make_reports(30, first=450), "pull")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    assert model.rowCount() == 480


# --- paging -------------------------------------------------------------------------------
def test_only_the_pages_asked_for_are_read_and_few_are_kept(store: Store) -> None:
    reads: list[int] = []
    inner = report_query(store)

    def fetch(f: ReportFilter, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[object]:
        reads.append(offset)
        return inner.fetch(f, offset, limit, order, descending)

    model = ReportsModel(store, page_size=50, cache_pages=3)
    model._query = PagedQuery(inner.count, fetch)  # count what the model reads
    assert reads == []
    for row in (0, 10, 49, 60, 449, 200, 0):
        model.data(model.index(row, 0))
    # Page 0 came with the count; three pages are kept, so 0 (least recently used) went.
    assert reads == [50, 400, 200, 0]
    assert len(list(model.cached_records())) == 3 * 50


def test_a_page_not_yet_read_shows_a_placeholder_then_its_rows(
        store: Store, runner: TaskRunner, qtbot: QtBot) -> None:
    model = ReportsModel(store, runner=runner, page_size=50)
    wait_loaded(qtbot, model)
    newest_first = sorted(make_reports(450), key=lambda r: r.time, reverse=True)
    assert model.data(model.index(0, ReportsModel.COL_MID)) == newest_first[0].mid
    assert model.data(model.index(300, 0)) == PLACEHOLDER
    assert model.data(model.index(300, ReportsModel.COL_MID)) is None
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), bottom.row()) == (300, 349)
    assert model.data(model.index(300, ReportsModel.COL_MID)) == newest_first[300].mid


# --- sorting and filtering in the store ---------------------------------------------------
def test_sorting_is_done_by_the_store(store: Store) -> None:
    model = ReportsModel(store, page_size=50)
    model.sort(ReportsModel.COL_MOBILE, Qt.SortOrder.AscendingOrder)
    mobiles = texts(model, ReportsModel.COL_MOBILE)
    assert mobiles == sorted(r.mobile for r in make_reports(450))
    assert model.order == ("mobile", False)
    assert model.sort_column() == ReportsModel.COL_MOBILE
    model.sort(ReportsModel.COL_CAMPAIGN, Qt.SortOrder.DescendingOrder)  # not sortable
    assert model.order == ("mobile", False)
    model.sort(ReportsModel.COL_TIME, Qt.SortOrder.DescendingOrder)
    times = texts(model, ReportsModel.COL_TIME)
    assert times == sorted(times, reverse=True) and len(times) == 450


def test_swapping_the_filter_counts_and_reads_the_matching_rows(store: Store) -> None:
    model = ReportsModel(store, page_size=50)
    model.set_filter(ReportFilter(mobile_prefix="1380"))
    expected = [r for r in make_reports(450) if r.mobile.startswith("1380")]
    assert model.rowCount() == len(expected) > 0
    assert set(texts(model, ReportsModel.COL_MOBILE)) == {r.mobile for r in expected}
    model.set_filter(ReportFilter(stat="UNDELIV", mobile_prefix="1380"))
    assert set(texts(model, ReportsModel.COL_STAT)) == {"UNDELIV"}


def test_the_latest_filter_wins_when_several_come_quickly(
        store: Store, runner: TaskRunner, qtbot: QtBot) -> None:
    model = ReportsModel(store, runner=runner, page_size=50)
    for prefix in ("1", "13", "138", "1381"):
        model.set_filter(ReportFilter(mobile_prefix=prefix))
    assert model.is_loading()
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    expected = [r for r in make_reports(450) if r.mobile.startswith("1381")]
    assert model.rowCount() == len(expected)
    assert model.filter == ReportFilter(mobile_prefix="1381")


def test_native_values_for_sorting_and_mids_as_full_text(store: Store) -> None:
    model = ReportsModel(store)
    top = model.index(0, ReportsModel.COL_MID)
    mid = model.data(top, SORT_ROLE)
    assert isinstance(mid, str) and len(mid) == 16 and mid.startswith("F")
    assert model.data(model.index(0, ReportsModel.COL_CAMPAIGN), SORT_ROLE) == -1


# --- refresh ------------------------------------------------------------------------------
def test_refresh_adds_rows_and_the_selection_follows_its_record(
        store: Store, runner: TaskRunner, qtbot: QtBot) -> None:
    model = ReportsModel(store, runner=runner, page_size=50)
    wait_loaded(qtbot, model)
    selected = QPersistentModelIndex(model.index(10, ReportsModel.COL_MOBILE))
    mobile = selected.data()
    store.add_reports(make_reports(5, first=450), "pull")  # newer: they sort on top
    with qtbot.waitSignal(model.rowsInserted, timeout=5000) as inserted:
        model.refresh()
    assert (inserted.args[1], inserted.args[2]) == (450, 454)
    wait_loaded(qtbot, model)
    assert model.rowCount() == 455
    assert selected.row() == 15
    assert selected.data() == mobile


def test_refresh_with_nothing_held_repaints_rather_than_lays_out(
        store: Store, runner: TaskRunner, qtbot: QtBot) -> None:
    """While reports stream in, a refresh tells the view the rows changed: a view lays out
    every row again after a layout change, and that is what stalled the window."""
    model = ReportsModel(store, runner=runner, page_size=50)
    wait_loaded(qtbot, model)
    top = model.index(0, ReportsModel.COL_MOBILE).data()
    layouts: list[str] = []
    changed: list[tuple[int, int]] = []
    model.layoutChanged.connect(lambda *_a: layouts.append("layout"))
    model.dataChanged.connect(lambda first, last, *_r: changed.append((first.row(), last.row())))
    store.add_reports(make_reports(5, first=450), "pull")  # newer: they sort on top
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    assert layouts == [] and changed == [(0, 454)]
    assert model.index(5, ReportsModel.COL_MOBILE).data() == top  # shown below the new ones
    held = QPersistentModelIndex(model.index(3, 0))  # now a row is held: it follows its record
    store.add_reports(make_reports(2, first=455), "pull")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    assert layouts == ["layout"] and held.row() == 5


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class ItemsModel(PagedTableModel[str, Item]):
    """A table over a plain list: the base needs nothing from the store."""

    sort_orders: ClassVar[dict[int, str]] = {0: "id"}

    def column_count(self) -> int:
        return 2

    def header(self, column: int) -> str:
        return ("Id", "Name")[column]

    def cell(self, record: Item, column: int, role: int) -> object:
        if role in (DISPLAY, SORT_ROLE):
            return (record.id, record.name)[column] if role == SORT_ROLE else \
                str((record.id, record.name)[column])
        return None


def list_query(items: list[Item], fail: list[bool]) -> PagedQuery[str, Item]:
    def matching(text: str) -> list[Item]:
        if fail and fail[0]:
            raise OSError(5, "disk read error")
        return [i for i in items if text in i.name]

    def fetch(text: str, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[Item]:
        rows = sorted(matching(text), key=lambda i: i.id, reverse=descending)
        return rows[offset:offset + limit]

    return PagedQuery(lambda text: len(matching(text)), fetch)


def test_refresh_that_reads_the_same_rows_repaints_nothing() -> None:
    """New rows below the ones in view (an ascending order) are inserted; the rows in view
    are not repainted, since what they show did not change."""
    items = [Item(i, f"item {i}") for i in range(30)]
    model = ItemsModel(list_query(items, []), "", order="id", descending=False, page_size=8)
    assert model.index(0, 1).data() == "item 0"  # reads page 0
    changed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_r: changed.append((first.row(), last.row())))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    items.append(Item(30, "item 30"))
    model.refresh()
    assert inserted == [(30, 30)] and changed == []
    items[0] = Item(0, "item zero")
    model.refresh()
    assert changed == [(0, 30)] and model.index(0, 1).data() == "item zero"


def test_refresh_removes_rows_when_fewer_match(qtmodeltester: ModelTester) -> None:
    items = [Item(i, f"item {i}") for i in range(30)]
    model = ItemsModel(list_query(items, []), "", order="id", descending=False, page_size=8)
    qtmodeltester.check(model)
    del items[20:]
    model.refresh()
    assert model.rowCount() == 20
    assert [model.data(model.index(r, 0)) for r in range(20)] == [str(i) for i in range(20)]


def test_a_failing_query_is_explained_and_shows_no_rows(qtbot: QtBot) -> None:
    items = [Item(i, f"item {i}") for i in range(30)]
    fail = [False]
    model = ItemsModel(list_query(items, fail), "", order="id", page_size=8)
    assert model.rowCount() == 30
    fail[0] = True
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.set_filter("item 1")
    assert "disk read error" in failed.args[0]
    assert model.rowCount() == 0
    fail[0] = False
    model.set_filter("item 29")
    assert model.rowCount() == 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.data(QModelIndex()) is None


def test_a_cell_gives_every_role_in_one_call(store: Store, qtbot: QtBot) -> None:
    model_class, calls = counting(ReportsModel)
    model = model_class(store)
    for row, column in ((0, ReportsModel.COL_STAT), (6, ReportsModel.COL_MEANING),
                        (7, ReportsModel.COL_MID)):
        index = model.index(row, column)
        for role in (DISPLAY, SORT_ROLE, Qt.ItemDataRole.ForegroundRole,
                     Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole):
            item = QModelRoleData(role)
            model.multiData(index, QModelRoleDataSpan(item))
            assert item.data() == model.data(index, role)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    calls.update(data=0, multiData=0)
    view.grab()  # a paint: one call per visible cell, not one per role
    assert calls["multiData"] >= 7 * 10
    assert calls["data"] < calls["multiData"]


def test_refresh_reads_another_thing_in_the_same_job(
        store: Store, runner: TaskRunner, qtbot: QtBot) -> None:
    """``refresh(along=...)``: one job reads the rows and the other thing (one hand-over of
    the GIL to a pool thread, not two); its result comes to the GUI thread after the rows.
    Asked while a refresh runs, the latest one goes with the refresh that follows."""
    model = ReportsModel(store, runner=runner, page_size=50)
    wait_loaded(qtbot, model)
    gui = threading.get_ident()
    read_on: list[int] = []
    given: list[tuple[str, int]] = []

    def codes() -> list[str]:
        read_on.append(threading.get_ident())
        return store.report_stat_codes()

    def give(name: str) -> Callable[[list[str]], None]:
        return lambda result: given.append((f"{name}: {','.join(result)}", model.rowCount()))

    submitted = runner_jobs(runner)
    store.add_reports(make_reports(5, first=450), "pull")
    model.refresh(along=(codes, give("first")))
    model.refresh(along=(codes, give("second")))  # due after the one running
    model.refresh(along=(codes, give("third")))  # replaces the second
    qtbot.waitUntil(lambda: len(given) == 2 and not model.is_loading(), timeout=5000)
    assert given == [("first: DELIVRD,UNDELIV", 455), ("third: DELIVRD,UNDELIV", 455)]
    assert gui not in read_on and len(read_on) == 2
    assert len(submitted) == 2  # a job per refresh, with its other read inside


def runner_jobs(runner: TaskRunner) -> list[object]:
    """The jobs ``runner`` is given from now on (each still runs)."""
    jobs: list[object] = []
    submit = runner.submit

    def counting(fn: Callable[..., object], **callbacks: Any) -> object:
        jobs.append(fn)
        return submit(fn, **callbacks)

    runner.submit = counting  # type: ignore[method-assign,assignment]
    return jobs
