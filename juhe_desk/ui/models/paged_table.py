"""A lazy, paged table model over a store query: the base of the big history tables.

The store counts the rows a filter matches and reads one page of them (``PagedQuery``;
sorting and filtering are SQL's). The model holds a few pages (``paged_pages.PageCache``);
a row whose page is not held shows a placeholder while that page is read.

Where the work runs: on 1,000,000 reports (bench/history_bench.py, 2 CPUs) count plus first
page take 1-75 ms (most for a filter matching nearly every row) and a page deep in the table
up to 300 ms, so, given a ``TaskRunner``, every count and page is read in its pool and the
GUI thread only swaps results in; without a runner (tests, small tables) all runs in place.
A view's paint asks ~7 roles per visible cell: ``multiData`` answers them in one call into
Python (each call must take the GIL, which busy workers hold).

Freshness: ``set_filter``/``sort`` load count and first page, then reset the model (the
latest request wins). ``refresh()`` re-reads the count and the pages viewed last, inserts or
removes rows at the end, and moves persistent indexes (selection, current row) to where
their record went, so scroll position and selection survive new rows arriving.

Subclasses give ``column_count``, ``header``, ``cell``, ``roles`` and ``sort_orders``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, ClassVar, Generic, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    Qt,
    Signal,
)

from juhe_desk.store.paged_query import (
    F,
    PagedQuery,
    QueryState,
    R,
    Snapshot,
    read_all,
    read_snapshot,
)
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.models.model_index import Index
from juhe_desk.ui.models.paged_pages import PageCache
from juhe_desk.ui.tasks import TaskRunner

__all__ = ["DISPLAY", "PLACEHOLDER", "SORT_ROLE", "PagedQuery", "PagedTableModel"]


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # native values (text, int) for sorting
PLACEHOLDER = "…"
REFRESH_PAGES = 2  # pages re-read on refresh(): the ones the view showed last
Along = tuple[Callable[[], Any], Callable[[Any], None]]  # refresh()'s other read


class PagedTableModel(QAbstractTableModel, Generic[F, R]):
    """Rows ``0..count-1`` of a store query, read page by page on demand."""

    loaded = Signal()  # after a (re)load or refresh was swapped in
    loadFailed = Signal(str)  # noqa: N815 - Qt signal naming; a plain-words explanation

    #: column -> the store's order name; columns not listed are not sortable
    sort_orders: ClassVar[dict[int, str]] = {}
    #: the roles ``cell`` answers (as ints); ``data`` returns None for any other at once
    roles: ClassVar[frozenset[int]] = frozenset({DISPLAY, SORT_ROLE})

    def __init__(self, query: PagedQuery[F, R], filter: F, *, order: str,
                 descending: bool = True, runner: TaskRunner | None = None,
                 page_size: int = 200, cache_pages: int = 16,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = query
        self._runner = runner
        self._page_size = page_size
        self._pages: PageCache[R] = PageCache(page_size, max(cache_pages, REFRESH_PAGES + 1),
                                             wanted_limit=REFRESH_PAGES * 2)
        self._epochs = 0
        self._shown = QueryState(filter, order, descending, 0)
        self._target = self._shown
        self._count = 0
        self._page_in_flight = False
        self._load_in_flight = False
        self._refresh_in_flight = False
        self._refresh_again = False
        self._along: Along | None = None  # to be read with the next refresh
        self._start_load()

    # --- what subclasses give -------------------------------------------------------------
    def column_count(self) -> int:
        raise NotImplementedError

    def header(self, column: int) -> str:
        raise NotImplementedError

    def cell(self, record: R, column: int, role: int) -> object:
        """The value of ``record`` in ``column`` for ``role`` (SORT_ROLE: a native value)."""
        raise NotImplementedError

    def record_key(self, record: R) -> Hashable:
        """What identifies a record across refreshes (its ``id`` by default)."""
        key: Hashable = getattr(record, "id")  # noqa: B009 - records are plain dataclasses
        return key

    # --- public API -----------------------------------------------------------------------
    @property
    def filter(self) -> F:
        """The filter asked for last (the rows may still show the previous one)."""
        return self._target.filter

    @property
    def order(self) -> tuple[str, bool]:
        """(order name, descending) asked for last."""
        return self._target.order, self._target.descending

    def set_filter(self, filter: F) -> None:
        if filter != self._target.filter:
            self._retarget(filter, self._target.order, self._target.descending)

    def set_order(self, order: str, descending: bool) -> None:
        if (order, descending) != (self._target.order, self._target.descending):
            self._retarget(self._target.filter, order, descending)

    def sort_column(self) -> int:
        """The first column sorted by the current order, or -1."""
        return next((c for c, o in self.sort_orders.items() if o == self._target.order), -1)

    def is_loading(self) -> bool:
        """True until the rows reflect the latest filter and order."""
        return self._load_in_flight or self._shown != self._target

    def refresh(self, along: Along | None = None) -> None:
        """Re-read count and the pages in view (e.g. after new rows arrived), keeping place.

        ``along``: another read (a plain function, run in the same job) and what to do with
        its result on the GUI thread. One job instead of two: each job started hands the GIL
        to a pool thread, and the GUI thread waits to get it back. While a refresh is due
        already, the latest ``along`` goes with it."""
        if along is not None:
            self._along = along
        if self._load_in_flight or self._refresh_in_flight:
            self._refresh_again = True
            return
        recent = self._pages.recent(REFRESH_PAGES) or [0]
        shown, along, self._along = self._shown, self._along, None
        query, size = self._query, self._page_size

        def job() -> tuple[Snapshot[R], object]:
            return read_snapshot(query, shown, size, recent), along[0]() if along else None

        self._refresh_in_flight = True
        self._run(job, lambda result: self._refreshed(shown, result[0], result[1], along),
                  self._refresh_failed)

    def record(self, row: int) -> R | None:
        """The record of ``row`` when its page is loaded (None otherwise; nothing is fetched)."""
        return self._pages.record(row)

    def painted_record(self, row: int) -> R | None:
        """The record of ``row`` for a delegate painting it, as ``data()`` reads it: its page
        counts as in view (``refresh`` reads it again); a page not held is asked for (None
        meanwhile, and None past the end)."""
        return self._row_record(row)[0]

    def cached_records(self) -> Iterator[R]:
        """The records loaded now, a few pages at most."""
        return self._pages.records()

    def column_changed(self, column: int) -> None:
        """Every row's ``column`` shows something new (names arrived): one ``dataChanged``."""
        if self._count and 0 <= column < self.column_count():
            self.dataChanged.emit(self.index(0, column), self.index(self._count - 1, column))

    def all_rows(self, page_size: int = 10_000) -> Callable[[], Iterator[R]]:
        """A reader of every row of the shown filter and order, page by page.

        Call this on the GUI thread and iterate the result in a job: it reads the store
        directly and touches nothing of the model's.
        """
        query, shown = self._query, self._shown
        return lambda: read_all(query, shown, page_size)

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.column_count():
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell at each paint: leave early.
        if role not in self.roles:
            return None
        record, loading = self._cell_record(index)
        if record is not None:
            return self.cell(record, index.column(), role)
        return PLACEHOLDER if loading and role == DISPLAY and index.column() == 0 else None

    def multiData(self, index: Index,  # noqa: N802 - Qt API
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803
        """Every role of a cell in one call (see the module's note on painting)."""
        # The type stubs lack the span's sequence methods, which it has.
        span = cast("Sequence[QModelRoleData]", roleDataSpan if isinstance(
            roleDataSpan, QModelRoleDataSpan) else QModelRoleDataSpan(roleDataSpan))
        record, loading = self._cell_record(index)
        column = index.column()
        for number in range(len(span)):
            item = span[number]
            role = item.role()
            value: object = None
            if role in self.roles:
                if record is not None:
                    value = self.cell(record, column, role)
                elif loading and role == DISPLAY and column == 0:
                    value = PLACEHOLDER
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _cell_record(self, index: Index) -> tuple[R | None, bool]:
        """(the record, or None) and whether its page is being read."""
        if not index.isValid():
            return None, False
        return self._row_record(index.row())

    def _row_record(self, row: int) -> tuple[R | None, bool]:
        if not 0 <= row < self._count:
            return None, False
        number, offset = divmod(row, self._page_size)
        page = self._pages.use(number)
        if page is None:
            page = self._missing_page(number)
            if page is None:
                return None, True
        # The table may have shrunk since the count.
        return (page[offset] if offset < len(page) else None), False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the store's: a column without a store order is left as it is."""
        name = self.sort_orders.get(column)
        if name is not None:
            self.set_order(name, order == Qt.SortOrder.DescendingOrder)

    # --- loading --------------------------------------------------------------------------
    def _retarget(self, filter: F, order: str, descending: bool) -> None:
        self._epochs += 1
        self._target = QueryState(filter, order, descending, self._epochs)
        self._pages.forget_wanted()
        if not self._load_in_flight:
            self._start_load()

    def _start_load(self) -> None:
        target = self._target
        query, size = self._query, self._page_size

        def job() -> Snapshot[R]:
            return read_snapshot(query, target, size, [0])

        self._load_in_flight = True
        self._run(job, lambda snap: self._load_done(target, snap),
                  lambda error: self._load_failed(target, error))

    def _load_done(self, target: QueryState[F], snap: Snapshot[R]) -> None:
        self._load_in_flight = False
        if target != self._target:  # asked for something else meanwhile: that one now
            self._start_load()
            return
        self.beginResetModel()
        self._shown = target
        self._count = snap.count
        self._pages.replace(snap.pages)
        self.endResetModel()
        self.loaded.emit()
        self._after_load()

    def _load_failed(self, target: QueryState[F], error: BaseException) -> None:
        self._load_in_flight = False
        if target != self._target:
            self._start_load()
            return
        self.beginResetModel()  # show nothing rather than rows of another filter
        self._shown = self._target
        self._count = 0
        self._pages.clear()
        self.endResetModel()
        self.loadFailed.emit(explain_error(error))
        self._after_load()

    def _after_load(self) -> None:
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
        self._pump()

    # --- refresh --------------------------------------------------------------------------
    def _refreshed(self, shown: QueryState[F], snap: Snapshot[R], other: object,
                   along: Along | None) -> None:
        self._refresh_in_flight = False
        if shown == self._shown and not self._load_in_flight:
            self._swap_in(snap)
            self.loaded.emit()
        if along is not None:  # of the store as it is, whatever the rows show
            along[1](other)
        if self._refresh_again and not self._load_in_flight:
            self._refresh_again = False
            self.refresh()
        self._pump()

    def _refresh_failed(self, error: BaseException) -> None:
        self._refresh_in_flight = False
        self._refresh_again = False
        self.loadFailed.emit(explain_error(error))

    def _swap_in(self, snap: Snapshot[R]) -> None:
        """New count and pages. Persistent indexes follow their records where found: only
        a move needs a layout change (the view lays out every row again: 7-12 ms for 20,000
        rows); otherwise a repaint, only when a page re-read holds other records."""
        old_count, new_count = self._count, snap.count
        if new_count > old_count:
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self._count = new_count
            self.endInsertRows()
        elif new_count < old_count:
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            self._count = new_count
            self.endRemoveRows()
        held = self.persistentIndexList()
        new_rows = {self.record_key(record): number * self._page_size + offset
                    for number, page in snap.pages.items()
                    for offset, record in enumerate(page)} if held else {}
        moved_from: list[QModelIndex] = []
        moved_to: list[QModelIndex] = []
        for old in held:
            record = self.record(old.row())
            row = new_rows.get(self.record_key(record)) if record is not None else None
            if row is not None and row != old.row():
                moved_from.append(old)
                moved_to.append(self.index(row, old.column()))
        changed = any(self._pages.peek(number) != page for number, page in snap.pages.items())
        if moved_from:
            self.layoutAboutToBeChanged.emit()
        self._epochs += 1
        shown = self._shown
        self._shown = QueryState(shown.filter, shown.order, shown.descending, self._epochs)
        self._target = self._shown
        self._pages.replace(snap.pages)
        if moved_from:
            self.changePersistentIndexList(moved_from, moved_to)
            self.layoutChanged.emit()
        elif self._count and changed:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, self.column_count() - 1))

    # --- pages ----------------------------------------------------------------------------
    def _missing_page(self, number: int) -> list[R] | None:
        if self._runner is None:  # in place: read it now, no signal from inside data()
            rows = self._page_reader(number)()
            self._pages.put(number, rows)
            return rows
        if self._shown == self._target and not self._load_in_flight:
            self._pages.want(number)
            self._pump()
        return None

    def _pump(self) -> None:
        """Fetch the page asked for last, one page at a time."""
        if self._page_in_flight or self._load_in_flight:
            return
        number = self._pages.next_wanted()
        if number is None:
            return
        shown = self._shown
        self._page_in_flight = True
        self._run(self._page_reader(number), lambda rows: self._page_done(shown, number, rows),
                  self._page_failed)

    def _page_reader(self, number: int) -> Callable[[], list[R]]:
        """Reads page ``number`` of the rows shown now (touches nothing of the model's)."""
        shown, query, size = self._shown, self._query, self._page_size
        return lambda: list(query.fetch(shown.filter, number * size, size, shown.order,
                                        shown.descending))

    def _page_done(self, shown: QueryState[F], number: int, rows: list[R]) -> None:
        self._page_in_flight = False
        if shown == self._shown:
            self._pages.put(number, rows)
            last = min(self._count, (number + 1) * self._page_size) - 1
            first = number * self._page_size
            if first <= last:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.column_count() - 1))
        self._pump()

    def _page_failed(self, error: BaseException) -> None:
        self._page_in_flight = False
        self.loadFailed.emit(explain_error(error))

    # --- running jobs ---------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], on_result: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> None:
        if self._runner is None:
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - shown to the user in plain words
                on_error(exc)
            else:
                on_result(result)
            return
        self._runner.submit(lambda ctx: job(), on_result=on_result, on_error=on_error)

