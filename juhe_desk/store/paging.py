"""Count and page queries that stay fast on millions of rows.

SQLite without statistics may pick an index that fits the filter but not the sort, or the
other way round, and then scan or sort a million rows. So the index is chosen here: the
index that serves the most filter terms (then the best-ranked leading column, then one that
also gives the requested order) is used; the other terms are checked row by row
(``+column`` keeps SQLite off their indexes). When that index does not give the order, the
page sorts the matched rows if they are few, or else walks the sort column's index and
filters as it goes (with many matches a page fills quickly).

PostgreSQL keeps statistics and has no way to be kept off an index: there the same SQL runs
without the ``+`` (``dialect.unindexed``) and its planner chooses. One shape it gets wrong:
a range on a column whose index does not give the order (a number prefix, sorted by time).
Asked for whole rows, it walks the time index and reads each row to test the number (on
1,000,000 reports, prefix '138': 14,000 rows read for a page of 200, 85-280 ms); so such a
page reads the ids first, from the column's index alone (``IndexedTable.ids_first``: an
index that carries ``id``), then those rows (20 ms).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, overload

from juhe_desk.store.dialect import SQLITE, Dialect

# Up to this many matched rows, sorting them beats walking the sort column's index.
SORT_MATCHES_UP_TO = 20_000
_COUNT_CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class Term:
    """One filter condition; ``{c}`` in ``sql`` stands for ``column`` (or ``+column``),
    ``{contains}`` for "the column contains the text bound to ``?``" (``dialect``).

    ``equality``: one value, so an index keeps its order after this column; otherwise the
    term is a range (or a list of values) and is the last index column it can use.
    """

    column: str
    sql: str
    params: tuple[Any, ...] = ()
    indexed: bool = True
    equality: bool = False
    # A range ``{c} >= ? AND {c} < ?`` that holds nearly every row (a number's first digit):
    # counted as the table less the rows on either side of it (``IndexChooser.count_sql``).
    nearly_all: bool = False


@dataclass(frozen=True, slots=True)
class IndexedTable:
    """A table of the store as the index chooser sees it."""

    name: str
    columns: str
    indexes: tuple[tuple[str, ...], ...]  # the rowid (id) follows every index implicitly
    drive_order: tuple[str, ...]  # leading columns, most selective first
    # Columns whose range filters read a page's ids first on PostgreSQL (module doc): their
    # index there holds ``id`` as a column, so the ids come from the index alone.
    ids_first: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _IndexChoice:
    """The filter terms an index serves, and whether it gives the requested order."""

    used: tuple[Term, ...]
    gives_order: bool


class IndexChooser:
    """Chooses the index of each count and page query of one table and builds its SQL;
    remembers recent counts to judge how many rows a filter matches."""

    def __init__(self, table: IndexedTable, dialect: Dialect = SQLITE) -> None:
        self.table = table
        self.dialect = dialect
        self._counts: OrderedDict[tuple[Any, ...], int] = OrderedDict()
        self._lock = threading.Lock()

    def count_sql(self, terms: Sequence[Term]) -> tuple[str, list[Any]]:
        if len(terms) == 1 and terms[0].nearly_all and self.dialect.name == "sqlite":
            # SQLite counts a whole table page by page (a leaf page's entries at once), a
            # range entry by entry: on 1,000,000 reports, prefix "1" takes 10 ms, not 45-95.
            # (PostgreSQL reads every row for either: there the range is counted.)
            table, column = self.table.name, terms[0].column
            return (f"SELECT (SELECT count(*) FROM {table})"
                    f" - (SELECT count(*) FROM {table} WHERE {column} < ?)"
                    f" - (SELECT count(*) FROM {table} WHERE {column} >= ?)",
                    list(terms[0].params))
        where, params = _where(terms, self._best_choice(terms, ("id",)).used, self.dialect)
        return f"SELECT count(*) FROM {self.table.name} {where}", params

    def remember_count(self, terms: Sequence[Term], count: int) -> None:
        key = _key(terms)
        with self._lock:
            self._counts[key] = count
            self._counts.move_to_end(key)
            while len(self._counts) > _COUNT_CACHE_SIZE:
                self._counts.popitem(last=False)

    def page_sql(self, terms: Sequence[Term], order: Sequence[str], descending: bool,
                 offset: int, limit: int,
                 count: Callable[[], int]) -> tuple[str, list[Any]]:
        """``order`` ends with ``id``; ``count`` is called only when the choice depends on it."""
        order = tuple(order)
        choice = self._best_choice(terms, order)
        if not choice.gives_order:
            ordered = self._best_choice(terms, order, ordered_only=True)
            if ordered is not None and ordered != choice and self._many(terms, count):
                # Many matches: walk an index in the wanted order, filtering as it goes,
                # preferably one that still serves some terms (matches cluster: a campaign's
                # reports all fall in a few days).
                choice = ordered
        where, params = _where(terms, choice.used, self.dialect)
        direction = " DESC" if descending else ""
        order_sql = ", ".join(column + direction for column in order)
        table = self.table.name
        if self._reads_ids_first(terms, choice):
            return (f"SELECT {self.table.columns} FROM {table} WHERE id IN (SELECT id"
                    f" FROM {table} {where} ORDER BY {order_sql} LIMIT ? OFFSET ?)"
                    f" ORDER BY {order_sql}", [*params, limit, offset])
        return (f"SELECT {self.table.columns} FROM {table} {where}"
                f" ORDER BY {order_sql} LIMIT ? OFFSET ?", [*params, limit, offset])

    def _reads_ids_first(self, terms: Sequence[Term], choice: _IndexChoice) -> bool:
        """On PostgreSQL, when the chosen index leads with a range on an ``ids_first``
        column and does not give the order (few enough matches to sort: ``page_sql``)."""
        if self.dialect.name != "postgresql" or choice.gives_order or not choice.used:
            return False
        leading = choice.used[0]
        return leading.column in self.table.ids_first and not leading.equality \
            and not leading.nearly_all

    @overload
    def _best_choice(self, terms: Sequence[Term], order: tuple[str, ...]) -> _IndexChoice: ...

    @overload
    def _best_choice(self, terms: Sequence[Term], order: tuple[str, ...], *,
                     ordered_only: bool) -> _IndexChoice | None: ...

    def _best_choice(self, terms: Sequence[Term], order: tuple[str, ...], *,
                     ordered_only: bool = False) -> _IndexChoice | None:
        """The index serving most terms; ``ordered_only``: among those giving ``order``."""
        ranked: list[tuple[tuple[int, int, bool], _IndexChoice]] = []
        for index in self.table.indexes:
            choice = _match(index, terms, order)
            if ordered_only and not choice.gives_order:
                continue
            rank = (self.table.drive_order.index(index[0])
                    if index[0] in self.table.drive_order else len(self.table.drive_order))
            ranked.append(((len(choice.used), -rank, choice.gives_order), choice))
        scan_in_id_order = _IndexChoice((), order == ("id",))
        if not ordered_only or scan_in_id_order.gives_order:
            ranked.append(((0, -len(self.table.drive_order) - 1, scan_in_id_order.gives_order),
                           scan_in_id_order))
        return max(ranked, key=lambda item: item[0])[1] if ranked else None

    def _many(self, terms: Sequence[Term], count: Callable[[], int]) -> bool:
        with self._lock:
            matches = self._counts.get(_key(terms))
        if matches is None:
            matches = count()
        return matches > SORT_MATCHES_UP_TO


def _match(index: tuple[str, ...], terms: Sequence[Term], order: tuple[str, ...]) -> _IndexChoice:
    """The terms ``index`` can serve, and whether it then yields rows in ``order``."""
    usable = {t.column: t for t in terms if t.indexed}
    used: list[Term] = []
    constant: set[str] = set()
    for column in index:
        term = usable.get(column)
        if term is None:
            break
        used.append(term)
        if not term.equality:
            break
        constant.add(column)
    remaining = tuple(c for c in (*index, "id") if c not in constant)
    wanted = tuple(c for c in order if c not in constant)
    return _IndexChoice(tuple(used), remaining[:len(wanted)] == wanted)


def _where(terms: Sequence[Term], used: Sequence[Term],
           dialect: Dialect) -> tuple[str, list[Any]]:
    if not terms:
        return "", []
    parts = []
    for t in terms:
        column = t.column if any(t is u for u in used) else dialect.unindexed(t.column)
        parts.append(t.sql.format(c=column, contains=dialect.contains(column)))
    return "WHERE " + " AND ".join(parts), [p for t in terms for p in t.params]


def _key(terms: Sequence[Term]) -> tuple[Any, ...]:
    return tuple((t.column, t.sql, t.params) for t in terms)
