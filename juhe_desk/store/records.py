"""Plain frozen records that the store reads and writes.

Times are text in the gateway's own format (``yyyy-MM-dd HH:mm:ss``, China time) so that
the store's times and the gateway's times compare and sort as plain text.
Money is integer 厘. No record has a password field, and none ever will.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

PasswordMode = Literal["plain", "md5"]
CampaignMode = Literal["send", "p2p"]
CampaignState = Literal["draft", "scheduled", "sending", "paused", "done", "cancelled"]
BatchAction = Literal["send", "p2p"]
# "skipped": every number of the batch opted out before its request would have left.
BatchState = Literal["planned", "sending", "submitted", "refused", "uncertain", "skipped"]
# "opted_out": the number opted out after it was chosen; the message was never sent.
MessageStatus = Literal["pending", "submitted", "refused", "uncertain", "delivered", "failed",
                        "opted_out"]
Via = Literal["pull", "push"]
OptOutSource = Literal["mo", "manual", "import"]
# A reply that looks like an opt-out: waiting for a person ("open"), or decided.
OptOutReview = Literal["open", "added", "dismissed"]
ReplyLink = Literal["exact", "guess"]


# What a new account starts with, however it was made (the first-run dialog, or
# --gateway/--account on the command line): these defaults are the only ones. The price per
# SMS part is not among them: only the user's contract says it, so it starts unset (0) and
# the account dialog asks for it, showing the usual price as a hint.
DEFAULT_BATCH_SIZE = 200  # numbers per request: the gateway suggests at most 200
DEFAULT_POLL_INTERVAL_S = 30  # how often reports and replies are fetched
DEFAULT_LOW_BALANCE_LI = 10_000  # warn below 10 元
USUAL_PRICE_LI = 50  # 0.05 元 a part: a hint in the dialog, never a value on its own


@dataclass(frozen=True, slots=True)
class Account:
    """A gateway account's settings. The password lives in the OS keyring only."""

    id: str
    gateway_url: str
    name: str = ""
    extno: str = ""
    signatures: tuple[str, ...] = ()
    price_li: int = 0  # per SMS part; 0: not set yet
    batch_size: int = DEFAULT_BATCH_SIZE
    poll_interval_s: int = DEFAULT_POLL_INTERVAL_S
    password_mode: PasswordMode = "plain"
    low_balance_li: int = DEFAULT_LOW_BALANCE_LI
    is_active: bool = False
    # 0: campaigns go from the 接入号 as it is; 2-4: each from it plus a suffix of its own,
    # so replies are matched to their campaign (domain/reply_extensions.py).
    reply_extension_digits: int = 0


@dataclass(frozen=True, slots=True)
class Template:
    id: int
    name: str
    text: str
    updated_at: str


class NewMessage(NamedTuple):
    """One recipient of a campaign as planned: the text is final (signature included).

    A tuple, not a dataclass: a campaign makes 100,000 of them, and the store binds one's
    fields to its INSERT as they are, in this order (store/new_campaign.py).
    """

    mobile: str
    content: str
    parts: int = 1
    row_index: int | None = None


@dataclass(frozen=True, slots=True)
class NewBatch:
    """One planned request: ``send`` carries one text for all numbers, ``p2p`` one each."""

    action: BatchAction
    messages: tuple[NewMessage, ...]


@dataclass(frozen=True, slots=True)
class NewCampaign:
    account_id: str
    name: str
    mode: CampaignMode
    content: str | None = None
    extno: str = ""
    signature: str = ""
    state: Literal["draft", "scheduled"] = "scheduled"
    scheduled_at: str | None = None
    source_file: str | None = None
    parent_campaign_id: int | None = None
    # The sheet and message it was made from (domain.fingerprint), to notice a repeat.
    source_fingerprint: str | None = None


@dataclass(frozen=True, slots=True)
class Campaign:
    id: int
    account_id: str
    name: str
    mode: CampaignMode
    state: CampaignState
    created_at: str
    scheduled_at: str | None
    source_file: str | None
    parent_campaign_id: int | None
    content: str | None
    extno: str
    signature: str
    # The campaign's own extension: ``extno`` ends with it (None: the 接入号 as it is).
    reply_suffix: str | None = None
    desk_id: str | None = None  # the desk that wrote it (desks.py); None before version 8


@dataclass(frozen=True, slots=True)
class Batch:
    id: int
    campaign_id: int
    seq: int
    action: BatchAction
    state: BatchState
    attempts: int
    request_started_at: str | None
    finished_at: str | None
    error_code: int | None
    error_text: str
    desk_id: str | None = None  # the desk whose request it was (desks.py)


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    campaign_id: int
    batch_id: int
    row_index: int | None
    mobile: str
    content: str
    parts: int
    mid: str | None
    result: int | None
    status: MessageStatus
    stat: str | None
    stat_time: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class SubmitSummary:
    """What ``batch_submitted`` recorded: counts, and the numbers the gateway did not answer."""

    accepted: int
    refused: int
    missing: tuple[str, ...] = ()
    unexpected: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResolvedBatch:
    """Messages of a batch the user marked as sent, matched to delivery reports by number
    and time (their mids were never answered)."""

    batch_id: int
    campaign_id: int
    matched_messages: int


@dataclass(frozen=True, slots=True)
class UncertainEvidence:
    """What delivery reports say about an uncertain batch: evidence for the user, never a
    verdict. A report names a number and a mid; the batch's mids were lost with its answer,
    so a report for one of its numbers, timed after its request, suggests that it went, and
    cannot prove it (the number may have been sent to from elsewhere, a push may be forged).
    Counted by number: ``delivered`` numbers have a DELIVRD report, ``pushed`` numbers have
    a report that came by push (pulled ones came from the gateway, asked with the password).
    """

    batch_id: int
    numbers: int
    reported: int = 0
    delivered: int = 0
    pushed: int = 0


@dataclass(frozen=True, slots=True)
class ReportRecord:
    id: int
    mid: str
    mobile: str
    stat: str
    time: str
    access_code: str
    received_at: str
    via: Via
    campaign_id: int | None
    message_id: int | None
    raw: str = field(default="", repr=False)
    carrier: str = ""  # a Carrier name, from the number's first digits (carrier_schema.py)


@dataclass(frozen=True, slots=True)
class InboundRecord:
    id: int
    mid: str
    mobile: str
    content: str
    time: str
    access_code: str
    received_at: str
    via: Via
    campaign_id: int | None
    raw: str = field(default="", repr=False)
    review: OptOutReview | None = None  # None: not a likely opt-out
    # The message it answers, found by the campaign's extension ("exact") or, without one,
    # the latest message sent to the number before it came ("guess").
    message_id: int | None = None
    link_kind: ReplyLink | None = None


@dataclass(frozen=True, slots=True)
class BatchStart:
    """What starting a batch did: the numbers it left out because they are on the opt-out
    list now, and whether that left nothing to send (the batch is then "skipped")."""

    left_out: tuple[str, ...] = ()
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class OptOutsAdded:
    """Numbers put on the opt-out list: how many were new, how many were there already."""

    added: int
    already: int


@dataclass(frozen=True, slots=True)
class OptOut:
    mobile: str
    added_at: str
    source: OptOutSource
    note: str


@dataclass(frozen=True, slots=True)
class CarrierOutcome:
    """How the messages (or reports) of one carrier ended: ``carrier`` a Carrier name."""

    carrier: str
    total: int = 0
    delivered: int = 0
    failed: int = 0  # refused by the gateway included

    @property
    def delivered_rate(self) -> float:
        return self.delivered / self.total if self.total else 0.0

    @property
    def failed_rate(self) -> float:
        return self.failed / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class CampaignTotals:
    """Messages of a campaign by status; ``submitted`` means sent and awaiting its report."""

    total: int = 0
    pending: int = 0
    submitted: int = 0
    delivered: int = 0
    failed: int = 0
    refused: int = 0
    uncertain: int = 0
    opted_out: int = 0  # not sent: the number opted out after it was chosen

    @property
    def finished(self) -> int:
        return self.delivered + self.failed + self.refused
