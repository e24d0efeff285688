"""The inbox's list of conversations: one row per number that replied, latest first.

A ``PagedTableModel`` over ``store.fetch_conversations``: the store reads each page (the
customer's name, the latest reply, the unread count) in a job, so ``data()`` never reads the
store. One column; ``ConversationListDelegate`` paints the row from the roles below.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from juhe_desk.domain.numbers import to_ascii
from juhe_desk.store import ConversationFilter, ConversationSummary, Store
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

MOBILE_ROLE = int(Qt.ItemDataRole.UserRole) + 10
NAME_ROLE = MOBILE_ROLE + 1
TIME_ROLE = MOBILE_ROLE + 2
PREVIEW_ROLE = MOBILE_ROLE + 3
UNREAD_ROLE = MOBILE_ROLE + 4
OPTED_OUT_ROLE = MOBILE_ROLE + 5
WAITING_ROLE = MOBILE_ROLE + 6
_NUMBER_LIKE = re.compile(r"\+?[0-9][0-9\s-]*")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConversationsModel", text)


def conversation_filter_for(text: str, unread_only: bool = False) -> ConversationFilter:
    """What the search box means: digits are the start of a number, anything else a piece
    of the customer's name or of a reply."""
    text = text.strip()
    ascii_text = to_ascii(text).strip()
    if text and _NUMBER_LIKE.fullmatch(ascii_text):
        digits = re.sub(r"[\s-]", "", ascii_text).removeprefix("+86")
        if digits.isdigit():
            return ConversationFilter(mobile_prefix=digits, unread_only=unread_only)
    return ConversationFilter(text=text, unread_only=unread_only)


def conversations_query(store: Store) -> PagedQuery[ConversationFilter, ConversationSummary]:
    def fetch(filter: ConversationFilter, offset: int, limit: int, order: str,
              descending: bool) -> Sequence[ConversationSummary]:
        return store.fetch_conversations(filter, offset, limit, order, descending)

    return PagedQuery(store.count_conversations, fetch)


class ConversationsModel(PagedTableModel[ConversationFilter, ConversationSummary]):
    """Who replied, latest first: name (or number), number, time, latest reply, unread."""

    roles: ClassVar[frozenset[int]] = frozenset({
        DISPLAY, SORT_ROLE, int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.FontRole),
        int(Qt.ItemDataRole.AccessibleTextRole), MOBILE_ROLE, NAME_ROLE, TIME_ROLE,
        PREVIEW_ROLE, UNREAD_ROLE, OPTED_OUT_ROLE, WAITING_ROLE})

    def __init__(self, store: Store, *, runner: TaskRunner | None = None,
                 page_size: int = 100, parent: QObject | None = None) -> None:
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__(conversations_query(store), ConversationFilter(), order="time",
                         descending=True, runner=runner, page_size=page_size, parent=parent)

    def column_count(self) -> int:
        return 1

    def header(self, column: int) -> str:
        return _tr("Conversation")

    def record_key(self, record: ConversationSummary) -> Hashable:
        return record.mobile

    def row_of(self, mobile: str) -> int:
        """The row showing ``mobile`` among the pages read, or -1."""
        for row in range(self.rowCount()):
            record = self.record(row)
            if record is not None and record.mobile == mobile:
                return row
        return -1

    def cell(self, record: ConversationSummary, column: int, role: int) -> object:
        if role in (DISPLAY, SORT_ROLE):
            return record.name or record.mobile
        if role == MOBILE_ROLE:
            return record.mobile
        if role == NAME_ROLE:
            return record.name
        if role == TIME_ROLE:
            return record.last_time
        if role == PREVIEW_ROLE:
            return " ".join(record.last_text.split())
        if role == UNREAD_ROLE:
            return record.unread
        if role == OPTED_OUT_ROLE:
            return record.opted_out
        if role == WAITING_ROLE:
            return record.waiting_review
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if record.unread else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = f"{record.name} {record.mobile}".strip()
            unread = self.tr("%n unread", "", record.unread) if record.unread else ""
            return f"{who}, {record.last_time}, {record.last_text} {unread}".strip()
        return None

    def _tooltip(self, record: ConversationSummary) -> str:
        lines = [f"{record.name} {record.mobile}".strip(), record.last_text]
        if record.unread:
            lines.append(self.tr("%n reply(ies) not handled yet", "", record.unread))
        if record.opted_out:
            lines.append(_tr("On the opt-out list"))
        elif record.waiting_review:
            lines.append(_tr("The latest reply looks like a request to stop messages: "
                             "check it"))
        return "\n".join(line for line in lines if line)
