"""Every campaign of an account as a clerk sees it in a list: its counts, its state and, on
a team's shared database, which desk sends it (or sent it and is gone).

``campaign_rows`` is read in a job: the campaigns and the totals of all of them in one query
each, and only the totals that can still change (``settled``: those that cannot are kept by
the caller); a few more queries per campaign whose desk is gone. ``pause_elsewhere``
pauses a campaign another desk sends: that desk stops before its next batch
(services/sending.py). Taking over from a desk that is gone is ``recovery.resume``: the
batches that desk had in flight become uncertain and are never sent again by themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from juhe_desk.services.due_start import saving_elsewhere
from juhe_desk.store import (
    Campaign,
    CampaignDesk,
    CampaignState,
    CampaignTotals,
    MessageFilter,
    Store,
)

RECENT_CAMPAIGNS = 50  # the newest; older ones stay in the reports tab and the exports
ENDED: tuple[CampaignState, ...] = ("done", "cancelled")

# Who sends a campaign, as this desk sees it:
# "" nobody else (a SQLite file, or this desk), "other" another desk sends it now,
# "gone" the desk that was sending it is off line (it may be taken over),
# "stopped" the desk that sent it last is on line but no longer sends it.
DeskRole = Literal["", "other", "gone", "stopped"]


@dataclass(frozen=True, slots=True)
class CampaignRow:
    campaign_id: int
    name: str
    created_at: str
    scheduled_at: str | None
    state: CampaignState
    totals: CampaignTotals
    desk_role: DeskRole = ""
    desk_name: str = ""  # the desk that sends it now, or sent it last (a team's database)
    # A gone desk's batches still marked as on their way: taking over makes them uncertain.
    in_flight_batches: int = 0
    in_flight_messages: int = 0
    # A gone desk's batches the gateway answered that it did not record yet: they went.
    answered_messages: int = 0
    # Another desk is still saving it in steps (services/due_start.py): it starts here
    # only once saved; ``saved_messages`` of ``saving_total`` are so far.
    saving_desk: str = ""
    saved_messages: int = 0
    saving_total: int = 0

    @property
    def went(self) -> int:
        """Messages the gateway answered for: accepted, delivered, failed or refused."""
        t = self.totals
        return t.submitted + t.delivered + t.failed + t.refused + self.answered_messages

    @property
    def left_to_send(self) -> int:
        """Messages no desk has sent yet: what resuming (or taking over) sends."""
        return self.totals.pending - self.in_flight_messages - self.answered_messages

    @property
    def failed(self) -> int:
        return self.totals.failed + self.totals.refused

    @property
    def uncertain(self) -> int:
        """Uncertain now, and what a gone desk had in flight (uncertain once taken over)."""
        return self.totals.uncertain + self.in_flight_messages


def campaign_rows(store: Store, account_id: str, limit: int = RECENT_CAMPAIGNS,
                  settled: Mapping[int, CampaignTotals] | None = None) -> list[CampaignRow]:
    """The newest ``limit`` campaigns of ``account_id``, newest first. ``settled``: totals
    read before of campaigns whose totals cannot change any more (``totals_settled``),
    used as they are while the campaign is still ended."""
    campaigns = store.recent_campaigns(account_id, limit)
    settled = settled or {}
    totals = {c.id: settled[c.id] for c in campaigns if c.id in settled and c.state in ENDED}
    totals.update(store.campaigns_totals(c.id for c in campaigns if c.id not in totals))
    desks = store.campaign_desks(c.id for c in campaigns if c.state == "sending")
    rows = [_row(store, c, desks.get(c.id), totals[c.id]) for c in campaigns]
    listed = {c.id for c in campaigns if c.state not in ENDED}
    if not any(part.campaign_id in listed for part in store.partly_saved()):
        return rows
    return [_with_saving_desk(store, row) if row.campaign_id in listed else row
            for row in rows]


def totals_settled(row: CampaignRow) -> bool:
    """Whether the row's totals can no longer change: the campaign ended, and no message
    awaits its delivery report or is uncertain (a late report settles those)."""
    return row.state in ENDED and not row.totals.submitted and not row.totals.uncertain


def pause_elsewhere(store: Store, campaign_id: int) -> Campaign:
    """Pause a campaign another desk sends; that desk stops before its next batch. A
    campaign that ended meanwhile is left as it is."""
    campaign = store.get_campaign(campaign_id)
    if campaign.state != "sending":
        return campaign
    return store.set_campaign_state(campaign_id, "paused")


def _row(store: Store, campaign: Campaign, desk: CampaignDesk | None,
         totals: CampaignTotals) -> CampaignRow:
    role: DeskRole = ""
    in_flight: list[int] = []
    answered: list[int] = []
    if desk is not None and not desk.desk.is_this_desk:
        if desk.sending:
            role = "other"
        elif not desk.on_line:
            role = "gone"
            batches = store.campaign_batches(campaign.id)
            in_flight = [b.id for b in batches if b.state == "sending"]
            answered = store.answers_to_apply([b.id for b in batches
                                               if b.state == "submitted"])
        else:
            role = "stopped"
    return CampaignRow(campaign.id, campaign.name, campaign.created_at, campaign.scheduled_at,
                       campaign.state, totals, role,
                       desk.desk.name if desk is not None else "", len(in_flight),
                       _pending(store, in_flight), _pending(store, answered))


def _with_saving_desk(store: Store, row: CampaignRow) -> CampaignRow:
    saving = saving_elsewhere(store, row.campaign_id)
    if saving is None:
        return row
    return replace(row, saving_desk=saving.desk, saved_messages=saving.saved,
                   saving_total=saving.total)


def _pending(store: Store, batch_ids: list[int]) -> int:
    return sum(store.count_messages(MessageFilter(batch_id=b, statuses=("pending",)))
               for b in batch_ids)
