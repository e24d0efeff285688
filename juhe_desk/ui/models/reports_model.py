"""The delivery reports table: one row per report, read from the store a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from juhe_desk.gateway.codes import CodeInfo, describe_stat
from juhe_desk.store import ReportFilter, ReportOrder, ReportRecord, Store
from juhe_desk.ui import status_style
from juhe_desk.ui.carrier_text import carrier_name
from juhe_desk.ui.i18n import current_language, translator_for
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

DELIVERED_COLOR = QColor(status_style.OK)
FAILED_COLOR = QColor(status_style.ERROR)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


_tr = translator_for("ReportsModel")


def report_query(store: Store) -> PagedQuery[ReportFilter, ReportRecord]:
    def fetch(filter: ReportFilter, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[ReportRecord]:
        return store.fetch_reports(filter, offset, limit, cast(ReportOrder, order), descending)

    return PagedQuery(store.count_reports, fetch)


class ReportsModel(PagedTableModel[ReportFilter, ReportRecord]):
    """Time, number, its carrier, code, its meaning, campaign, message id (text), pull or
    push."""

    (COL_TIME, COL_MOBILE, COL_CARRIER, COL_STAT, COL_MEANING, COL_CAMPAIGN, COL_MID,
     COL_VIA) = range(8)
    sort_orders: ClassVar[dict[int, str]] = {
        COL_TIME: "time", COL_MOBILE: "mobile", COL_STAT: "stat", COL_MEANING: "stat"}
    roles: ClassVar[frozenset[int]] = frozenset({DISPLAY, SORT_ROLE, FOREGROUND, TOOLTIP})

    def __init__(self, store: Store, *, runner: TaskRunner | None = None,
                 filter: ReportFilter = ReportFilter(),  # noqa: B008 - frozen
                 page_size: int = 200, cache_pages: int = 16,
                 parent: QObject | None = None) -> None:
        self._language = current_language()
        self._codes: dict[str, CodeInfo] = {}
        self._campaign_names: dict[int, str] = {}
        self._headers = (_tr("Time"), _tr("Number"), _tr("Carrier"), _tr("Status code"),
                         _tr("Meaning"), _tr("Campaign"), _tr("Message ID"),
                         _tr("Received via"))
        self._vias = {"pull": _tr("Pull"), "push": _tr("Push")}
        super().__init__(report_query(store), filter, order="time", descending=True,
                         runner=runner, page_size=page_size, cache_pages=cache_pages,
                         parent=parent)

    def set_campaign_names(self, names: Mapping[int, str]) -> None:
        """Names for the campaign column (the store keeps only the id on a report)."""
        if dict(names) == self._campaign_names:
            return
        self._campaign_names = dict(names)
        self.column_changed(self.COL_CAMPAIGN)

    def row_formatter(self) -> Callable[[ReportRecord], tuple[str, ...]]:
        """A plain function giving a row's texts as the table shows them (mids as text).

        It holds copies of what it needs, so a job may call it off the GUI thread.
        """
        names, vias, language = dict(self._campaign_names), dict(self._vias), self._language

        def texts(record: ReportRecord) -> tuple[str, ...]:
            return (record.time, record.mobile, carrier_name(record.carrier), record.stat,
                    describe_stat(record.stat).meaning(language),
                    _campaign_text(names, record.campaign_id), record.mid,
                    vias.get(record.via, record.via))

        return texts

    def _code(self, stat: str) -> CodeInfo:
        info = self._codes.get(stat)
        if info is None:
            info = self._codes[stat] = describe_stat(stat)
        return info

    def _text(self, record: ReportRecord, column: int) -> str:
        if column == self.COL_TIME:
            return record.time
        if column == self.COL_MOBILE:
            return record.mobile
        if column == self.COL_CARRIER:
            return carrier_name(record.carrier)
        if column == self.COL_STAT:
            return record.stat
        if column == self.COL_MEANING:
            return self._code(record.stat).meaning(self._language)
        if column == self.COL_CAMPAIGN:
            return _campaign_text(self._campaign_names, record.campaign_id)
        if column == self.COL_MID:
            return record.mid
        return self._vias.get(record.via, record.via)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.InitialSortOrderRole and section == self.COL_TIME:
            return Qt.SortOrder.DescendingOrder  # newest first
        return super().headerData(section, orientation, role)

    # --- PagedTableModel ------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._headers)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: ReportRecord, column: int, role: int) -> object:
        if role == DISPLAY:
            return self._text(record, column)
        if role == SORT_ROLE:
            if column == self.COL_CAMPAIGN:
                return record.campaign_id if record.campaign_id is not None else -1
            return self._text(record, column)
        if column not in (self.COL_STAT, self.COL_MEANING):
            return None
        if role == FOREGROUND:
            return DELIVERED_COLOR if record.stat == "DELIVRD" else FAILED_COLOR
        info = self._code(record.stat)  # TOOLTIP
        return "\n".join(t for t in (info.meaning(self._language), info.fix(self._language)) if t)


def _campaign_text(names: Mapping[int, str], campaign_id: int | None) -> str:
    if campaign_id is None:
        return ""
    return names.get(campaign_id, f"#{campaign_id}")
