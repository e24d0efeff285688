"""The inbox table: inbound messages (replies), read from the store a page at a time.

Each reply shows the campaign it most likely answers (the store links it to the latest
campaign sent to that number before it arrived); the text of the message that campaign
sent to the number is the campaign cell's tooltip, read when first hovered. Replies that
ask to opt out are highlighted in red; those that only look like it, waiting for a person to
check them, in amber.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import ClassVar, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from juhe_desk.domain.numbers import to_ascii
from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.store import (
    InboundFilter,
    InboundOrder,
    InboundRecord,
    MessageFilter,
    NotFoundError,
    Store,
)
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

OPT_OUT_BACKGROUND = QColor("#fdecea")
OPT_OUT_FOREGROUND = QColor("#a0281b")
REVIEW_BACKGROUND = QColor("#fff4d6")
REVIEW_FOREGROUND = QColor("#8a5a00")
_NUMBER_LIKE = re.compile(r"\+?[0-9][0-9\s-]*")


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxModel", text)


def inbound_query(store: Store) -> PagedQuery[InboundFilter, InboundRecord]:
    def fetch(filter: InboundFilter, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[InboundRecord]:
        return store.fetch_inbound(filter, offset, limit, cast(InboundOrder, order), descending)

    return PagedQuery(store.count_inbound, fetch)


def inbound_filter_for(text: str) -> InboundFilter:
    """What the filter box means: digits are the start of a number, anything else is a
    piece of the reply's text."""
    text = text.strip()
    if not text:
        return InboundFilter()
    ascii_text = to_ascii(text).strip()
    if _NUMBER_LIKE.fullmatch(ascii_text):
        digits = re.sub(r"[\s-]", "", ascii_text)
        if digits.startswith("+86"):
            digits = digits[3:]
        if digits.isdigit():
            return InboundFilter(mobile_prefix=digits)
    return InboundFilter(text=text)


def campaign_namer(store: Store) -> Callable[[int | None], str]:
    """A cached lookup of campaign names; use one per thread (it reads the store)."""
    names: dict[int, str] = {}

    def name(campaign_id: int | None) -> str:
        if campaign_id is None:
            return ""
        found = names.get(campaign_id)
        if found is None:
            try:
                found = store.get_campaign(campaign_id).name or f"#{campaign_id}"
            except NotFoundError:  # deleted since: its replies stay
                found = f"#{campaign_id}"
            names[campaign_id] = found
        return found

    return name


class InboxModel(PagedTableModel[InboundFilter, InboundRecord]):
    """Time, number, text, campaign answered, access code (接入号); newest first."""

    COL_TIME, COL_MOBILE, COL_CONTENT, COL_CAMPAIGN, COL_ACCESS_CODE = range(5)
    sort_orders: ClassVar[dict[int, str]] = {COL_TIME: "time", COL_MOBILE: "mobile"}
    roles: ClassVar[frozenset[int]] = frozenset({
        DISPLAY, SORT_ROLE, int(Qt.ItemDataRole.BackgroundRole),
        int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole),
        int(Qt.ItemDataRole.ToolTipRole)})

    def __init__(self, store: Store, *, runner: TaskRunner | None = None,
                 filter: InboundFilter = InboundFilter(),  # noqa: B008 - frozen
                 page_size: int = 200, cache_pages: int = 16,
                 parent: QObject | None = None) -> None:
        self._store = store
        self._campaign_name = campaign_namer(store)
        self._sent_texts: dict[tuple[int, str], str] = {}
        self._headers = self.headers()
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__(inbound_query(store), filter, order="time", descending=True,
                         runner=runner, page_size=page_size, cache_pages=cache_pages,
                         parent=parent)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (_tr("Time"), _tr("Number"), _tr("Reply"), _tr("Campaign answered"),
                _tr("Access code"))

    def sent_text(self, record: InboundRecord) -> str:
        """The text the linked campaign sent to this number (cached; GUI thread)."""
        if record.campaign_id is None:
            return ""
        key = (record.campaign_id, record.mobile)
        text = self._sent_texts.get(key)
        if text is None:
            messages = self._store.fetch_messages(
                MessageFilter(campaign_id=record.campaign_id, mobile_prefix=record.mobile),
                limit=1, order_by="row", descending=True)
            text = self._sent_texts[key] = messages[0].content if messages else ""
        return text

    # --- PagedTableModel ------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._headers)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: InboundRecord, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if role == SORT_ROLE and column == self.COL_CAMPAIGN:
                return record.campaign_id if record.campaign_id is not None else -1
            return self._text(record, column)
        opted_out = is_optout_reply(record.content) or record.review == "added"
        waiting = record.review == "open"
        if role == Qt.ItemDataRole.BackgroundRole and (opted_out or waiting):
            return OPT_OUT_BACKGROUND if opted_out else REVIEW_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and (opted_out or waiting):
            return OPT_OUT_FOREGROUND if opted_out else REVIEW_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and (opted_out or waiting) \
                and column == self.COL_CONTENT:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column, opted_out, waiting)
        return None

    def _text(self, record: InboundRecord, column: int) -> str:
        if column == self.COL_TIME:
            return record.time
        if column == self.COL_MOBILE:
            return record.mobile
        if column == self.COL_CONTENT:
            return record.content.replace("\r", " ").replace("\n", " ")
        if column == self.COL_CAMPAIGN:
            return self._campaign_name(record.campaign_id)
        return record.access_code

    def _tooltip(self, record: InboundRecord, column: int, opted_out: bool,
                 waiting: bool) -> str | None:
        if column == self.COL_CAMPAIGN:
            sent = self.sent_text(record)
            return _tr("Sent to this number:\n{text}").format(text=sent) if sent else None
        if column == self.COL_CONTENT:
            note = ""
            if opted_out:
                note = _tr("This reply asks to opt out: the number is on the opt-out list "
                           "unless someone removed it.")
            elif waiting:
                note = _tr("This reply looks like a request to stop messages. Add the number "
                           "to the opt-out list, or mark it as not an opt-out.")
            return "\n\n".join(t for t in (record.content, note) if t)
        if opted_out:
            return _tr("Opt-out reply")
        if waiting:
            return _tr("Likely opt-out: check it")
        return None


def export_formatter(store: Store) -> Callable[[InboundRecord], tuple[str, ...]]:
    """Texts of one exported row (the table's columns and an opt-out mark); for a job."""
    name = campaign_namer(store)
    marked, likely = _tr("Opt-out"), _tr("Likely opt-out: check it")

    def texts(record: InboundRecord) -> tuple[str, ...]:
        mark = ""
        if is_optout_reply(record.content) or record.review == "added":
            mark = marked
        elif record.review == "open":
            mark = likely
        return (record.time, record.mobile, record.content, name(record.campaign_id),
                record.access_code, mark)

    return texts


def export_headers() -> tuple[str, ...]:
    return (*InboxModel.headers(), _tr("Opt-out"))
