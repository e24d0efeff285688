"""One conversation, oldest first: what we sent the number (with where each message stands)
and what it sent us (with what it answers, and how sure that is).

Plain values only: ``show()`` takes a ``Conversation`` the store read in a job; the words
for each entry are made there and then, so ``data()`` only looks them up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.gateway.codes import describe_result, describe_stat
from juhe_desk.store import Conversation, TimelineEntry
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.model_index import Index

KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 20
META_ROLE = KIND_ROLE + 1  # the small line under the bubble
SEVERITY_ROLE = KIND_ROLE + 2  # "ok", "warning", "error" or "": the meta line's colour
ENTRY_ROLE = KIND_ROLE + 3  # the TimelineEntry itself



@dataclass(frozen=True, slots=True)
class _Shown:
    entry: TimelineEntry
    meta: str
    severity: str
    tooltip: str


class ConversationModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conversation: Conversation | None = None
        self._rows: list[_Shown] = []

    # --- public ---------------------------------------------------------------------------
    def show(self, conversation: Conversation | None) -> None:
        self.beginResetModel()
        self.conversation = conversation
        entries = conversation.entries if conversation is not None else ()
        self._rows = [self._shown(entry) for entry in entries]
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    # --- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        shown = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.entry.text
        if role == KIND_ROLE:
            return shown.entry.kind
        if role == META_ROLE:
            return shown.meta
        if role == SEVERITY_ROLE:
            return shown.severity
        if role == ENTRY_ROLE:
            return shown.entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown.tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = self.tr("We sent") if shown.entry.kind == "sent" else self.tr("They replied")
            return f"{who}: {shown.entry.text}. {shown.meta}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- words ----------------------------------------------------------------------------
    def _shown(self, entry: TimelineEntry) -> _Shown:
        if entry.kind == "sent":
            status, severity = self.status_words(entry)
            pieces = [entry.time[:16], entry.campaign_name, status]
            tooltip = self.tr("Sent in “{campaign}”, {parts} SMS part(s)").format(
                campaign=entry.campaign_name, parts=entry.parts) + "\n" + status
        else:
            link, severity = self.link_words(entry)
            pieces = [entry.time[:16], link]
            tooltip = link
        return _Shown(entry, " · ".join(p for p in pieces if p), severity, tooltip)

    def status_words(self, entry: TimelineEntry) -> tuple[str, str]:
        """Where a message we sent stands, and how it should look."""
        lang = current_language()
        status = entry.status
        if status == "delivered":
            return self.tr("Delivered"), "ok"
        if status == "submitted":
            return self.tr("Sent, waiting for its delivery report"), ""
        if status == "pending":
            return self.tr("Waiting to be sent"), ""
        if status == "failed":
            reason = describe_stat(entry.stat or "").meaning(lang)
            return self.tr("Not delivered: {reason}").format(reason=reason), "error"
        if status == "refused":
            info = describe_result(entry.result if entry.result is not None else -1)
            return self.tr("Refused by the gateway: {reason}").format(
                reason=info.meaning(lang)), "error"
        if status == "opted_out":
            return self.tr("Not sent: the number is on the opt-out list"), "warning"
        return self.tr("Unknown whether it was sent: wait for its delivery report"), "warning"

    def link_words(self, entry: TimelineEntry) -> tuple[str, str]:
        """What a reply answers (sure, or a guess), or what it asks for."""
        if is_optout_reply(entry.text):
            return self.tr("Opt-out: the number was put on the opt-out list"), "warning"
        if entry.review == "open":
            return self.tr("Looks like a request to stop messages: check it"), "warning"
        if not entry.campaign_name:
            return "", ""
        if entry.link == "exact":
            return self.tr("Answers “{campaign}”").format(campaign=entry.campaign_name), ""
        return self.tr("Probably answers “{campaign}” (a guess: the latest message sent to "
                       "this number)").format(campaign=entry.campaign_name), ""
