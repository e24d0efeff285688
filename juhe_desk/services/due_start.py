"""Whether a campaign whose time has come may start at this desk now.

A campaign another desk of a team is still saving in steps (store/saving_desks.py) must
never start here: this desk's sender would send only the batches saved so far and take the
rest for lost, and the saving desk, whose own timer fires too, would find it busy. So a
start that comes due (or is queued) here waits while that desk lives and saves, and goes
once the save is complete; a save that ended without its last batches (the desk died) is
no reason to wait: the sender then says what was never saved, as on one desk. A campaign
another desk already sends is left to it.

A scheduled campaign saved at one desk reaches the others already running over the change
channel (ui/schedule_follow.py reads ``scheduled_campaigns`` again): each waits for its
time. The desk that saved it starts it then; the others step in ``STEP_IN_S`` later, so
they find it started (``sent_by``: left to that desk, or done) unless that desk did not
start it (it was closed, or works with another account). Exactly once either way: a run
claims the campaign first (store/desks.py) and never sends a batch twice.

``look_before_starting`` runs in a job (on a team's database it asks the server); on a
SQLite file nothing is saved or sent elsewhere, and it only reads the campaign.
"""

from __future__ import annotations

from dataclasses import dataclass

from juhe_desk.store import Campaign, Store

STEP_IN_S = 5.0  # how long after its time another desk waits for the saving desk to start it


@dataclass(frozen=True, slots=True)
class Scheduled:
    """A campaign waiting for its time, and how much later than it this desk looks."""

    campaign_id: int
    scheduled_at: str
    later_s: float  # 0 at the desk that saved it; STEP_IN_S at the others


def scheduled_campaigns(store: Store, account_id: str) -> list[Scheduled]:
    """The campaigns of ``account_id`` waiting for their time, as this desk should arm them."""
    desk = store.desk
    here = desk.id if desk is not None else None
    return [Scheduled(c.id, c.scheduled_at, 0.0 if c.desk_id in (None, here) else STEP_IN_S)
            for c in store.list_campaigns(account_id, ("scheduled",)) if c.scheduled_at]


@dataclass(frozen=True, slots=True)
class SavingElsewhere:
    """Another desk is still saving the campaign: ``saved`` of ``total`` messages so far."""

    desk: str
    saved: int
    total: int


@dataclass(frozen=True, slots=True)
class BeforeStarting:
    campaign: Campaign
    saving: SavingElsewhere | None = None  # wait: that desk is still saving it
    sent_by: str = ""  # another desk sends it now: leave it to that desk

    @property
    def may_start(self) -> bool:
        return self.saving is None and not self.sent_by


def saving_elsewhere(store: Store, campaign_id: int) -> SavingElsewhere | None:
    """The desk still saving ``campaign_id`` in steps, and how far it got; None when none is
    (saved whole, saved here, or a save that ended short)."""
    parts = store.partly_saved(campaign_id)
    saver = store.saving_elsewhere(campaign_id) if parts else None
    if saver is None:
        return None
    return SavingElsewhere(saver.name, parts[0].messages_saved, parts[0].messages_total)


def look_before_starting(store: Store, campaign_id: int) -> BeforeStarting:
    """The campaign as it is now, and what keeps it from starting at this desk, if anything."""
    campaign = store.get_campaign(campaign_id)
    sender = store.campaign_sender(campaign_id)
    if sender is not None and not sender.is_this_desk:
        return BeforeStarting(campaign, sent_by=sender.name)
    return BeforeStarting(campaign, saving=saving_elsewhere(store, campaign_id))
