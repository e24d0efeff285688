"""What the journal says before a campaign is written (read in a job, plain Python).

An earlier campaign made from the same sheet and message (its fingerprint, store
``campaign_sources``): unfinished ones are resumed, never started again; texts sent to the
same numbers in the last 24 hours (``Store.recent_repeats``); the failed rows of a campaign
that may go again; the opt-out list the row check leaves out. The Bulk import tab asks these,
then warns (ui/importing/sheet_history.py, ui/repeat_guard.py) before anything is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from juhe_desk.domain.carriers import Carrier, count_by_carrier
from juhe_desk.domain.fingerprint import rows_digest, sheet_fingerprint
from juhe_desk.domain.sheet_check import RowCheckOptions
from juhe_desk.domain.sheets import SheetData
from juhe_desk.domain.textlen import sms_parts
from juhe_desk.services.campaign_exports import SourceRef
from juhe_desk.services.campaigns import campaign_messages
from juhe_desk.services.outcomes import FAILED_STATUSES
from juhe_desk.services.send_check import carrier_pairs
from juhe_desk.store import Campaign, CampaignTotals, Message, RepeatCheck, Store


@dataclass(frozen=True, slots=True)
class NewCampaignSpec:
    """Everything a campaign is made of, gathered on the GUI thread."""

    name: str
    messages: Sequence[tuple[str, str]]
    row_indexes: Sequence[int | None]
    signature: str
    source: SourceRef | None
    source_file: str | None
    parent_campaign_id: int | None = None
    source_fingerprint: str | None = None
    # Numbers on the opt-out list the user chose to include; any other number on the list
    # when the campaign is written (one that opted out meanwhile) is not sent.
    included_opt_outs: frozenset[str] = frozenset()


# --- the same sheet and message, sent before? ---------------------------------------------
@dataclass(frozen=True, slots=True)
class EarlierCampaign:
    """The latest campaign of this account made from the same sheet and message."""

    campaign: Campaign
    totals: CampaignTotals

    @property
    def finished(self) -> bool:
        return self.campaign.state in ("done", "cancelled")

    @property
    def went(self) -> int:
        """Messages that went, or may have gone."""
        t = self.totals
        return t.submitted + t.delivered + t.failed + t.uncertain


@dataclass(frozen=True, slots=True)
class SourceState:
    digest: str  # of the sheet's content alone (the slow part, kept per file read)
    fingerprint: str
    earlier: EarlierCampaign | None


def source_state(store: Store, data: SheetData, options: RowCheckOptions, account_id: str,
                 digest: str | None = None) -> SourceState:
    """Worker thread: the fingerprint of this sheet and message, and its latest campaign."""
    if digest is None:
        digest = rows_digest(data.columns, data.rows)
    fingerprint = sheet_fingerprint(digest, data.columns[options.phone_column],
                                    options.template)
    found = store.campaigns_from_source(fingerprint, account_id)
    earlier = EarlierCampaign(found[0], store.campaign_totals(found[0].id)) if found else None
    return SourceState(digest, fingerprint, earlier)


# --- texts sent in the last 24 hours --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BeforeSending:
    """What the journal says before a campaign is made (read in a job)."""

    source: SourceState | None  # None for "send the failed rows again"
    repeats: RepeatCheck
    kept: NewCampaignSpec | None = None  # the spec without the repeats, when there are any
    kept_parts: int = 0
    kept_numbers: int = 0
    kept_carriers: tuple[tuple[Carrier, int], ...] = ()
    kept_several: frozenset[str] = frozenset()  # kept numbers that still get several texts


def look_before_sending(store: Store, spec: NewCampaignSpec,
                        source: Callable[[], SourceState] | None = None) -> BeforeSending:
    """Worker thread: the earlier campaign of this sheet, and the texts sent already."""
    state = source() if source is not None else None
    repeats = store.recent_repeats(spec.messages)
    if not repeats.found:
        return BeforeSending(state, repeats)
    kept = [(pair, row) for pair, row in zip(spec.messages, spec.row_indexes, strict=True)
            if pair not in repeats.repeated]
    numbers = Counter(mobile for (mobile, _), _ in kept)
    return BeforeSending(state, repeats, replace(spec, messages=[p for p, _ in kept],
                                                 row_indexes=[r for _, r in kept]),
                         sum(sms_parts(text) for (_, text), _ in kept), len(numbers),
                         carrier_pairs(count_by_carrier(numbers)),
                         frozenset(mobile for mobile, count in numbers.items() if count > 1))


# --- the failed rows of a campaign, again ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class FailedRows:
    campaign: Campaign
    messages: list[Message]
    opted_out: frozenset[str]  # numbers among them on the opt-out list by now
    carriers: tuple[tuple[Carrier, int], ...]  # the numbers sent again


def failed_rows(store: Store, campaign_id: int) -> FailedRows:
    """Worker thread: the campaign's failed messages and which of their numbers opted out."""
    messages = list(campaign_messages(store, campaign_id, FAILED_STATUSES))
    opted_out = frozenset(store.opted_out(m.mobile for m in messages))
    again = {m.mobile for m in messages if m.mobile not in opted_out}
    return FailedRows(store.get_campaign(campaign_id), messages, opted_out,
                      carrier_pairs(count_by_carrier(again)))


def opted_out_numbers(store: Store) -> frozenset[str]:
    """The whole opt-out list (a few thousand numbers at most in practice)."""
    return frozenset(o.mobile for o in store.list_opt_outs())
