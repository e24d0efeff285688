"""Plain records of conversations with customers (store/conversations.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from juhe_desk.store.records import MessageStatus, OptOutReview, ReplyLink

EntryKind = Literal["sent", "received"]


@dataclass(frozen=True, slots=True)
class ConversationFilter:
    """Which conversations the list shows; all of them by default."""

    mobile_prefix: str = ""
    text: str = ""  # a piece of the customer's name or of any of their replies
    unread_only: bool = False


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """One line of the list: a number that replied, with its latest reply."""

    mobile: str
    name: str  # from a campaign's sheet; "" when none gave one
    last_time: str
    last_text: str
    replies: int
    unread: int
    opted_out: bool
    waiting_review: bool = False  # its latest reply looks like an opt-out, not yet decided


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A message we sent to the number, or one it sent us."""

    kind: EntryKind
    id: int  # messages.id or inbound.id
    time: str
    text: str
    campaign_id: int | None = None
    campaign_name: str = ""
    # sent: where it stands, and the delivery report's code once one came
    status: MessageStatus | None = None
    stat: str | None = None
    result: int | None = None  # the gateway's RESULT (a refused one says why)
    parts: int = 1
    # received: the message it answers, and how sure that is
    answers: int | None = None
    link: ReplyLink | None = None
    review: OptOutReview | None = None


@dataclass(frozen=True, slots=True)
class Conversation:
    """Everything between us and one number, oldest first (the latest ``limit`` entries)."""

    mobile: str
    name: str
    entries: tuple[TimelineEntry, ...]
    unread: int = 0
    opted_out: bool = False
    earlier: int = 0  # older entries not in ``entries``

    def latest_reply(self) -> TimelineEntry | None:
        return next((e for e in reversed(self.entries) if e.kind == "received"), None)

    def entry(self, kind: EntryKind, entry_id: int) -> TimelineEntry | None:
        return next((e for e in self.entries if e.kind == kind and e.id == entry_id), None)


@dataclass(frozen=True, slots=True)
class QuickReply:
    """A saved text one click puts into the reply box (the shop's address, its hours)."""

    id: int
    title: str
    text: str
    position: int

    def label(self, width: int = 12) -> str:
        """The title, or the start of the text when it has none."""
        if self.title.strip():
            return self.title.strip()
        flat = " ".join(self.text.split())
        return flat if len(flat) <= width else flat[:width - 1] + "…"
