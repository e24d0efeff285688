"""The opt-out list table: numbers that asked not to get messages, by number, a page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QObject, Qt

from juhe_desk.store import OptOut, Store
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.models.paged_table import SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

_tr = translator_for("OptOutModel")


def opt_out_query(store: Store) -> PagedQuery[str, OptOut]:
    def fetch(prefix: str, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[OptOut]:
        return store.list_opt_outs(prefix, offset, limit)  # always by number

    return PagedQuery(store.count_opt_outs, fetch)


class OptOutModel(PagedTableModel[str, OptOut]):
    """The list sorted by number; the filter is the start of a number."""

    COL_MOBILE, COL_ADDED, COL_SOURCE, COL_NOTE = range(4)
    sort_orders: ClassVar[dict[int, str]] = {}

    def __init__(self, store: Store, *, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        self._headers = (_tr("Number"), _tr("Added"), _tr("Source"), _tr("Note"))
        self._sources = {"mo": _tr("Reply"), "manual": _tr("Added by hand"),
                         "import": _tr("Imported")}
        super().__init__(opt_out_query(store), "", order="mobile", descending=False,
                         runner=runner, parent=parent)

    def record_key(self, record: OptOut) -> str:
        return record.mobile

    def column_count(self) -> int:
        return len(self._headers)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: OptOut, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == self.COL_MOBILE:
            return record.mobile
        if column == self.COL_ADDED:
            return record.added_at
        if column == self.COL_SOURCE:
            return self._sources.get(record.source, record.source)
        if record.source == "mo" and record.note == "reply":
            return ""  # the sync's own mark; the source column already says "Reply"
        return record.note
