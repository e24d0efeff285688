"""Saving a campaign in steps, so that its first request leaves after 500 rows are written
instead of after all 100,000: the first batch is written (and committed) on the calling
thread, the rest in growing steps on a thread of its own while the sender sends what is
saved (``CampaignSender(saving=...)``, which waits for this thread before it reports).

What keeps every message sent once and none lost silently is the journal's rule
(store/campaign_saving.py): a batch is sent only from its committed row, written in one
transaction with its messages; a campaign whose batches are not all written is marked so,
and stays marked if the app dies or the disk fails meanwhile, so the next start says how
much of it was never saved (recovery.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Sequence

from juhe_desk.services.campaigns import UnsavedCampaign, plan_campaign, with_reply_extension
from juhe_desk.store import Campaign, Store

log = logging.getLogger(__name__)

FIRST_STEP = 1  # batches written before the first request may leave
# Each later step doubles, up to this many batches: a few commits (one wait for the disk
# each), and no step holding the journal's write lock long from a worker starting a batch.
LARGEST_STEP = 16


class SavingInSteps:
    """A campaign being saved: how many of its batches are saved so far (they are saved in
    order, ``seq`` 1 to ``saved``), and whether the saving ended, and how."""

    def __init__(self, campaign: Campaign, batches_total: int, saved: int) -> None:
        self.campaign = campaign
        self.batches_total = batches_total
        self.failure: BaseException | None = None
        self._saved = saved
        self._ended = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def saved(self) -> int:
        with self._changed:
            return self._saved

    @property
    def ended(self) -> bool:
        with self._changed:
            return self._ended

    def wait_beyond(self, seq: int) -> bool:
        """Wait until the batch after ``seq`` is saved (True), or the saving ended without
        it (False: it never will be)."""
        with self._changed:
            self._changed.wait_for(lambda: self._saved > seq or self._ended)
            return self._saved > seq

    def wait_until_ended(self) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self._ended)
        if self._thread is not None:
            self._thread.join()

    def _saved_through(self, seq: int) -> None:
        with self._changed:
            self._saved = seq
            self._changed.notify_all()

    def _end(self, failure: BaseException | None = None) -> None:
        with self._changed:
            self.failure = failure
            self._ended = True
            self._changed.notify_all()

    def _save_rest(self, store: Store, unsaved: UnsavedCampaign, step: int) -> None:
        failure: BaseException | None = None
        try:
            with store.job_connection():
                at = self._saved
                while at < unsaved.batch_count:
                    step = min(step * 2, LARGEST_STEP)
                    batches = unsaved.batches(at, at + step)
                    store.save_more_batches(unsaved.campaign, self.campaign.id, batches,
                                            first_seq=at + 1)
                    at += len(batches)
                    self._saved_through(at)
        except Exception as exc:  # noqa: BLE001 - told by the sender's report: the rest is not saved
            log.warning("campaign %s not saved whole: %s", self.campaign.id, exc)
            failure = exc
        finally:
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
        saving._end()
        return saving
    saving._thread = threading.Thread(target=saving._save_rest, name="save-campaign",
                                      args=(store, unsaved, FIRST_STEP))
    saving._thread.start()
    return saving
