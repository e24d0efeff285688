"""Saving a campaign in steps, so that its first request leaves after 500 rows are written
instead of after all 100,000: the first batch is written (and committed) on the calling
thread, the rest a batch a step on a thread of its own while the sender sends what is
saved (``CampaignSender(saving=...)``, which waits for this thread before it reports).

What keeps every message sent once and none lost silently is the journal's rule
(store/campaign_saving.py): a batch is sent only from its committed row, written in one
transaction with its messages; a campaign whose batches are not all written is marked so,
and stays marked if the app dies or the disk fails meanwhile, so the next start says how
much of it was never saved (recovery.py).

The saving outlives whoever started it: pausing or closing does not stop it (its thread
is no daemon, ``finish_savings`` is waited for before the store closes), and whoever
sends the campaign later in this process finds it with ``being_saved`` (a scheduled
campaign, one resumed after a pause), so only a real failure leaves it partly saved.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Sequence

from juhe_desk.services.campaigns import UnsavedCampaign, plan_campaign, with_reply_extension
from juhe_desk.store import Campaign, MessageFilter, Store

log = logging.getLogger(__name__)

FIRST_STEP = 1  # batches written before the first request may leave
# Batches written by each later step. A step holds the journal's write lock, which a send
# worker waits for to mark its next batch 'sending' (at no latency, every ~15 ms): one
# batch holds it ~3 ms, where 16 held it ~50 ms and stalled the worker for most of that.
# A middle step does not wait for the disk (store/unflushed.py), so more steps cost little.
STEP = 1

_savings: dict[tuple[int, int], SavingInSteps] = {}  # (id of the store, campaign id)
_savings_lock = threading.Lock()


class SavingInSteps:
    """A campaign being saved: how many of its batches are saved so far (they are saved in
    order, ``seq`` 1 to ``saved``), and whether the saving ended, and how."""

    def __init__(self, campaign: Campaign, batches_total: int, saved: int) -> None:
        self.campaign = campaign
        self.batches_total = batches_total
        self.failure: BaseException | None = None
        self._saved = saved
        self._left_out = 0
        self._ended = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        # Set by the sender while it sends: each step first waits for the workers' steps
        # to "sending" under way (grouped_starts.py), which a request waits for.
        self.give_way: Callable[[], None] | None = None

    @property
    def saved(self) -> int:
        with self._changed:
            return self._saved

    @property
    def ended(self) -> bool:
        with self._changed:
            return self._ended

    @property
    def left_out(self) -> int:
        """Messages written as not sent so far: their number opted out after the check."""
        with self._changed:
            return self._left_out

    def wait_beyond(self, seq: int) -> bool:
        """Wait until the batch after ``seq`` is saved (True), or the saving ended without
        it (False: it never will be)."""
        with self._changed:
            self._changed.wait_for(lambda: self._saved > seq or self._ended)
            return self._saved > seq

    def wait_until_ended(self, timeout: float | None = None) -> bool:
        """True once the saving has ended (False: ``timeout`` seconds went by first)."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._ended, timeout):
                return False
        if self._thread is not None:
            self._thread.join(timeout)
        return True

    def _saved_through(self, seq: int, left_out: int = 0) -> None:
        with self._changed:
            self._saved = seq
            self._left_out += left_out
            self._changed.notify_all()

    def _end(self, failure: BaseException | None = None) -> None:
        with self._changed:
            self.failure = failure
            self._ended = True
            self._changed.notify_all()
        with _savings_lock:
            for key, saving in list(_savings.items()):
                if saving is self:
                    del _savings[key]

    def _save_rest(self, store: Store, unsaved: UnsavedCampaign) -> None:
        failure: BaseException | None = None
        try:
            with store.job_connection():
                self._saved_through(self._saved, _left_out_so_far(store, self.campaign.id))
                at = self._saved
                while at < unsaved.batch_count:
                    batches = unsaved.batches(at, at + STEP)
                    give_way = self.give_way
                    if give_way is not None:
                        give_way()
                    left_out = store.save_more_batches(unsaved.campaign, self.campaign.id,
                                                       batches, first_seq=at + 1)
                    at += len(batches)
                    self._saved_through(at, left_out)
        except Exception as exc:  # noqa: BLE001 - told by the sender's report: the rest is not saved
            log.warning("campaign %s not saved whole: %s", self.campaign.id, exc)
            failure = exc
        finally:
            store.release_saving(self.campaign.id)  # the other desks: saving_desks.py
            self._end(failure)


def start_saving(store: Store, *, account_id: str, name: str, extno: str,
                 messages: Sequence[tuple[str, str]], batch_size: int,
                 row_indexes: Sequence[int | None] | None = None, signature: str = "",
                 source_file: str | None = None, parent_campaign_id: int | None = None,
                 scheduled_at: str | None = None, source_fingerprint: str | None = None,
                 included_opt_outs: Collection[str] = ()) -> SavingInSteps:
    """Write the campaign's first batch, then the rest on a thread of its own; the same
    arguments as ``campaigns.create_campaign_from_messages``. Hand what it returns to the
    ``CampaignSender`` of the campaign (it waits for the saving to end)."""
    unsaved = plan_campaign(
        account_id=account_id, name=name, extno=extno, messages=messages,
        batch_size=batch_size, row_indexes=row_indexes, signature=signature,
        source_file=source_file, parent_campaign_id=parent_campaign_id,
        scheduled_at=scheduled_at, source_fingerprint=source_fingerprint)
    first = unsaved.batches(0, FIRST_STEP)
    written = with_reply_extension(store, store.begin_campaign(
        unsaved.campaign, first, batches_total=unsaved.batch_count,
        messages_total=unsaved.message_count, included_opt_outs=included_opt_outs))
    saving = SavingInSteps(written, unsaved.batch_count, len(first))
    if len(first) == unsaved.batch_count:
        saving._saved_through(len(first), _left_out_so_far(store, written.id))
        saving._end()
        return saving
    # No daemon (a thread started from a worker of Qt's pool would be one by default): the
    # process does not end in the middle of a step, nor does closing the window stop it.
    saving._thread = threading.Thread(target=saving._save_rest, name="save-campaign",
                                      args=(store, unsaved), daemon=False)
    with _savings_lock:
        _savings[(id(store), written.id)] = saving
    store.hold_saving(written.id)  # the other desks see it is being saved: saving_desks.py
    saving._thread.start()
    return saving


def being_saved(store: Store, campaign_id: int) -> SavingInSteps | None:
    """The saving of this campaign still under way in this process, if any: whoever sends
    it hands it to its ``CampaignSender``, which then waits for the batches still to come."""
    with _savings_lock:
        return _savings.get((id(store), campaign_id))


def finish_savings(store: Store, timeout: float) -> bool:
    """Wait (at most ``timeout`` seconds in all) for every saving into ``store`` to end,
    before the store closes; False if one is still under way."""
    with _savings_lock:
        savings = [s for (store_id, _), s in _savings.items() if store_id == id(store)]
    deadline = time.monotonic() + timeout
    ended = True
    for saving in savings:
        if not saving.wait_until_ended(max(0.0, deadline - time.monotonic())):
            log.warning("campaign %s still being saved as the store closes", saving.campaign.id)
            ended = False
    return ended


def _left_out_so_far(store: Store, campaign_id: int) -> int:
    return store.count_messages(MessageFilter(campaign_id=campaign_id, statuses=("opted_out",)))
