"""The inbox table: inbound messages (replies), read from the store a page at a time.

Each reply shows the campaign it most likely answers (the store links it to the latest
campaign sent to that number before it arrived); the text of the message that campaign
sent to the number is the campaign cell's tooltip. Both are read with the page, in its job
(``inbox_rows``), so ``data()`` never reads the store. Replies that ask to opt out are
highlighted in red; those that only look like it, waiting for a person to check them, in
amber.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import ClassVar, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from juhe_desk.domain.numbers import to_ascii
from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.store import InboundFilter, InboundOrder, InboundRecord, Store
from juhe_desk.ui import status_style
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

OPT_OUT_BACKGROUND = QColor("#fdecea")
OPT_OUT_FOREGROUND = QColor(status_style.STOP_REPLY)
REVIEW_BACKGROUND = QColor("#fff4d6")
REVIEW_FOREGROUND = QColor(status_style.REVIEW)
_NUMBER_LIKE = re.compile(r"\+?[0-9][0-9\s-]*")


_tr = translator_for("InboxModel")


@dataclass(frozen=True, slots=True)
class InboxRow(InboundRecord):
    """A reply as the inbox shows it: the stored reply, the name of the campaign it most
    likely answers ("#id" when unnamed or deleted), the text that campaign sent to the
    number and whether the reply's words ask to opt out. All read (and judged) in the job
    that fetches the page, so ``data()`` neither reads the store nor parses a reply."""

    campaign_name: str = ""
    sent_text: str = ""
    asks_opt_out: bool = False


_REPLY_FIELDS = tuple(f.name for f in fields(InboundRecord))


def inbox_rows(store: Store, replies: Sequence[InboundRecord]) -> list[InboxRow]:
    """``replies`` with their campaigns' names and sent texts (a job: it reads the store)."""
    linked = [(r.campaign_id, r.mobile) for r in replies if r.campaign_id is not None]
    names = store.campaign_names(campaign_id for campaign_id, _ in linked)
    texts = store.sent_texts(linked)
    rows = []
    for reply in replies:
        values = {name: getattr(reply, name) for name in _REPLY_FIELDS}
        values["asks_opt_out"] = is_optout_reply(reply.content)
        campaign_id = reply.campaign_id
        if campaign_id is not None:
            values["campaign_name"] = names.get(campaign_id) or f"#{campaign_id}"
            values["sent_text"] = texts.get((campaign_id, reply.mobile), "")
        rows.append(InboxRow(**values))
    return rows


def inbox_query(store: Store) -> PagedQuery[InboundFilter, InboxRow]:
    def fetch(filter: InboundFilter, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[InboxRow]:
        return inbox_rows(store, store.fetch_inbound(
            filter, offset, limit, cast(InboundOrder, order), descending))

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


class InboxModel(PagedTableModel[InboundFilter, InboxRow]):
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
        self._headers = self.headers()
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__(inbox_query(store), filter, order="time", descending=True,
                         runner=runner, page_size=page_size, cache_pages=cache_pages,
                         parent=parent)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (_tr("Time"), _tr("Number"), _tr("Reply"), _tr("Campaign answered"),
                _tr("Access code"))

    # --- PagedTableModel ------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._headers)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: InboxRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if role == SORT_ROLE and column == self.COL_CAMPAIGN:
                return record.campaign_id if record.campaign_id is not None else -1
            return self._text(record, column)
        opted_out = record.asks_opt_out or record.review == "added"
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

    def _text(self, record: InboxRow, column: int) -> str:
        if column == self.COL_TIME:
            return record.time
        if column == self.COL_MOBILE:
            return record.mobile
        if column == self.COL_CONTENT:
            return record.content.replace("\r", " ").replace("\n", " ")
        if column == self.COL_CAMPAIGN:
            return record.campaign_name
        return record.access_code

    def _tooltip(self, record: InboxRow, column: int, opted_out: bool,
                 waiting: bool) -> str | None:
        if column == self.COL_CAMPAIGN:
            sent = record.sent_text
            text = _tr("Sent to this number:\n{text}").format(text=sent) if sent else ""
            if record.link_kind == "guess":  # no extension of the 接入号 named the campaign
                text = "\n\n".join(t for t in (_tr(
                    "A guess: the latest campaign sent to this number before the reply."),
                    text) if t)
            elif record.link_kind == "exact":
                text = "\n\n".join(t for t in (_tr(
                    "Sure: the reply came to this campaign's own extension of the access "
                    "number."), text) if t)
            return text or None
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


def export_formatter() -> Callable[[InboxRow], tuple[str, ...]]:
    """Texts of one exported row (the table's columns and an opt-out mark); for a job."""
    marked, likely = _tr("Opt-out"), _tr("Likely opt-out: check it")

    def texts(row: InboxRow) -> tuple[str, ...]:
        mark = ""
        if row.asks_opt_out or row.review == "added":
            mark = marked
        elif row.review == "open":
            mark = likely
        return (row.time, row.mobile, row.content, row.campaign_name, row.access_code, mark)

    return texts


def export_headers() -> tuple[str, ...]:
    return (*InboxModel.headers(), _tr("Opt-out"))
