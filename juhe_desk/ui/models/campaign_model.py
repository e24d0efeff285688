"""The messages of one campaign, read from the store a page at a time, with their outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from juhe_desk.store import Message, MessageFilter, MessageOrder, Store
from juhe_desk.ui import status_style
from juhe_desk.ui.i18n import current_language, translator_for
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from juhe_desk.services.outcomes import OutcomeWords

_COLOURS = {"submitted": QColor(status_style.OK), "delivered": QColor(status_style.OK),
            "failed": QColor(status_style.ERROR), "refused": QColor(status_style.ERROR),
            "uncertain": QColor(status_style.WARNING), "pending": QColor(status_style.MUTED),
            "opted_out": QColor(status_style.OPTED_OUT)}
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)  # ints, read once: asked of every cell
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
# No campaign: a filter that matches nothing (ids start at 1).
NO_CAMPAIGN = MessageFilter(campaign_id=0)


_tr = translator_for("CampaignModel")


def message_query(store: Store) -> PagedQuery[MessageFilter, Message]:
    def fetch(filter: MessageFilter, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[Message]:
        return store.fetch_messages(filter, offset, limit, cast(MessageOrder, order), descending)

    return PagedQuery(store.count_messages, fetch)


class CampaignModel(PagedTableModel[MessageFilter, Message]):
    """Row in the sheet, number, outcome, report code, why, message ID, time, text."""

    COL_ROW, COL_MOBILE, COL_STATUS, COL_STAT, COL_REASON, COL_MID, COL_TIME, COL_TEXT = range(8)
    sort_orders: ClassVar[dict[int, str]] = {COL_ROW: "row", COL_MOBILE: "mobile",
                                             COL_STATUS: "status"}
    # The outcome's colour and the tooltips too (PagedTableModel asks only for these).
    roles: ClassVar[frozenset[int]] = frozenset({DISPLAY, SORT_ROLE, FOREGROUND, TOOLTIP})

    def __init__(self, store: Store, *, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        self._headers = (_tr("Row"), _tr("Number"), _tr("Outcome"), _tr("Report"),
                         _tr("Why"), _tr("Message ID"), _tr("Time"), _tr("Text"))
        # The wording (and the campaign plan its rules come with) is imported by the first
        # model made: the Send tab's results share this module's query, not its words.
        from juhe_desk.ui.importing.outcomes import outcome_words

        self._words: OutcomeWords = outcome_words(current_language())
        self._source_rows: Sequence[int] = ()
        self._sending = False
        super().__init__(message_query(store), NO_CAMPAIGN, order="row", descending=False,
                         runner=runner, parent=parent)

    @property
    def campaign_id(self) -> int | None:
        campaign_id = self.filter.campaign_id
        return campaign_id if campaign_id else None

    def show_campaign(self, campaign_id: int | None, source_rows: Sequence[int] = ()) -> None:
        """The messages of ``campaign_id``; ``source_rows`` maps row indexes to sheet rows."""
        self._source_rows = source_rows
        self.set_filter(MessageFilter(campaign_id=campaign_id) if campaign_id else NO_CAMPAIGN)

    def set_source_rows(self, source_rows: Sequence[int]) -> None:
        self._source_rows = source_rows
        self.column_changed(self.COL_ROW)

    def set_sending(self, sending: bool) -> None:
        """While it sends, a message not yet sent is "waiting"; afterwards "not sent"."""
        if sending != self._sending:
            self._sending = sending
            self.column_changed(self.COL_STATUS)

    # --- PagedTableModel ------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._headers)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: Message, column: int, role: int) -> object:
        if role == DISPLAY:
            return self._text(record, column)
        if role == SORT_ROLE:
            if column == self.COL_ROW:
                return record.row_index if record.row_index is not None else -1
            return self._text(record, column)
        if role == FOREGROUND and column in (self.COL_STATUS, self.COL_REASON):
            return _COLOURS.get(record.status)
        if role == TOOLTIP and column in (self.COL_STATUS, self.COL_REASON, self.COL_TEXT):
            return self._text(record, self.COL_TEXT if column == self.COL_TEXT
                              else self.COL_REASON) or None
        return None

    def _text(self, record: Message, column: int) -> str:
        if column == self.COL_ROW:
            return self._row_text(record)
        if column == self.COL_MOBILE:
            return record.mobile
        if column == self.COL_STATUS:
            return self._words.status(record, self._sending)
        if column == self.COL_STAT:
            return record.stat or ""
        if column == self.COL_REASON:
            return self._words.reason(record)
        if column == self.COL_MID:
            return record.mid or ""
        if column == self.COL_TIME:
            return record.stat_time or ("" if record.status == "pending" else record.updated_at)
        return record.content

    def _row_text(self, record: Message) -> str:
        index = record.row_index
        if index is None:
            return ""
        if 0 <= index < len(self._source_rows):
            return str(self._source_rows[index])
        return f"#{index + 1}"  # the sheet is not open: the n-th data row
