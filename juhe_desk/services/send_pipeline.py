"""The threads beside a campaign's send workers, so that a worker's time goes to requests.

- ``BatchFeed`` gives the planned batches in order; of a campaign still being saved
  (campaign_saving.py), also the ones saved meanwhile, waiting for them.
- ``RequestPreparer`` reads and encodes the next batches while the workers wait for their
  answers. Preparing writes nothing: a prepared batch is still "planned" until a worker
  marks it "sending", so one left over when a run stops is simply sent another time.
- ``JournalWriter`` records the answers already stored whole (500 rows each), in order,
  also meanwhile, from what the worker holds (``AnsweredBatch``: nothing is read back).
- ``HeldAnswer`` is a worker's last answered batch: its answer is stored in the same
  transaction that marks the worker's next batch "sending", and the batch is passed on to
  the writer after that step (earlier, its write would hold that step up).

The preparer and the writer each run on one thread of their own; like every thread that is
not the GUI thread, they use the store inside ``Store.job_connection()`` blocks: one per
batch prepared or recorded (a connection from the store's idle ones, so that costs nothing).

A worker waits for the store's write lock to mark its next batch "sending" (every ~15 ms at
no latency), so the writes beside it keep that lock a few milliseconds each: recording one
answer, saving one more batch of a campaign still being saved, 500 of a sheet's names. Of
those, only the last of a saving or of the names waits for the disk under it, and none
copies SQLite's log into the database file there (store/unflushed.py). Recording and
saving first give way to the workers' steps under way (grouped_starts.py).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store import Batch, Store
from juhe_desk.store.journal_answers import Carried

if TYPE_CHECKING:
    from juhe_desk.services.campaign_saving import SavingInSteps

Prepared = TypeVar("Prepared")
Answered = tuple[int, Sequence[SubmitResult]]  # a batch's id, the gateway's answer for it


class AnsweredBatch(NamedTuple):
    """A batch whose answer is stored, with what recording it needs, held in memory: the
    answer and the messages its request carried (nothing is read back)."""

    batch: Batch
    results: Sequence[SubmitResult]
    carried: Carried


class BatchFeed:
    """A campaign's planned batches, in order; with ``saving``, also those its saving
    writes meanwhile: ``next()`` then waits for the next one to be committed (a batch is
    sent only from its committed row) until the saving has ended."""

    def __init__(self, store: Store, campaign_id: int, batches: Sequence[Batch],
                 saving: SavingInSteps | None = None,
                 not_planned: Callable[[int], None] = lambda count: None) -> None:
        self._store = store
        self._not_planned = not_planned
        self._campaign_id = campaign_id
        self._planned = deque(b for b in batches if b.state == "planned")
        self._seen = max((b.seq for b in batches), default=0)  # read through this seq
        self._saving = saving

    def may_have_more(self) -> bool:
        if self._planned:
            return True
        saving = self._saving
        return saving is not None and (saving.saved > self._seen or not saving.ended)

    def next(self) -> Batch | None:
        """The next planned batch (on the preparing thread); None when none is left."""
        while not self._planned:
            if self._saving is None or not self._saving.wait_beyond(self._seen):
                return None
            batches = self._store.campaign_batches(self._campaign_id, after_seq=self._seen)
            self._planned.extend(b for b in batches if b.state == "planned")
            self._seen = max([self._seen, *(b.seq for b in batches)])
            if len(self._planned) < len(batches):  # skipped as saved: all opted out
                self._not_planned(len(batches) - len(self._planned))
        return self._planned.popleft()


class RequestPreparer(Generic[Prepared]):
    """Prepares the planned batches in order, up to ``ahead`` of the workers taking them.

    A worker calls ``keep_ahead()`` just as its request leaves: the preparing then runs
    while the worker waits for the answer, not while it needs Python's lock itself (each
    of the worker's SQLite steps would otherwise wait for the lock, up to 5 ms a time).
    ``take()`` returns None once the batches run out; an error while preparing is raised
    by the ``take()`` that meets it.
    """

    def __init__(self, store: Store, planned: BatchFeed,
                 prepare: Callable[[Batch], Prepared], *, ahead: int) -> None:
        self._store = store
        self._planned = planned
        self._prepare = prepare
        self._ahead = ahead
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prepare")
        self._ready: deque[Future[Prepared | None]] = deque()
        self._lock = threading.Lock()
        self.keep_ahead()

    def take(self) -> Prepared | None:
        """The next prepared batch, waiting for it if need be; None when none is left."""
        with self._lock:
            ready = self._ready.popleft() if self._ready else self._start_one()
        return ready.result()

    def keep_ahead(self) -> None:
        """Start preparing batches until ``ahead`` are ready or on their way."""
        with self._lock:
            # A stale look at the deque is harmless: a preparation that finds it empty
            # returns None, and so does every one after it (one thread, in order).
            while len(self._ready) < self._ahead and self._planned.may_have_more():
                self._ready.append(self._start_one())

    def close(self) -> None:
        with self._lock:
            for ready in self._ready:
                ready.cancel()  # batches nobody will take: they stay planned
        self._thread.shutdown(wait=True)

    def _start_one(self) -> Future[Prepared | None]:
        return self._thread.submit(self._prepare_next)

    def _prepare_next(self) -> Prepared | None:
        with self._store.job_connection():
            batch = self._planned.next()
            return None if batch is None else self._prepare(batch)


class JournalWriter:
    """Records answered batches in the journal on a thread of its own, in order.

    At most ``max_pending`` answers wait (one per worker); ``close()`` waits for all of
    them. A failed write calls ``on_failure`` (the run stops; the answer stays stored, and
    is recorded when the app starts again) and is raised by ``close()``.
    """

    def __init__(self, store: Store, record: Callable[[AnsweredBatch], None], *,
                 max_pending: int, on_failure: Callable[[], None],
                 give_way: Callable[[], None] = lambda: None) -> None:
        self._store = store
        self._record = record
        self._give_way = give_way  # to the workers' steps (grouped_starts.py)
        self._on_failure = on_failure
        self._slots = threading.BoundedSemaphore(max_pending)
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
        self._failure: BaseException | None = None

    def record(self, answered: AnsweredBatch) -> None:
        self._slots.acquire()
        self._thread.submit(self._write, answered).add_done_callback(self._written)

    def close(self) -> None:
        self._thread.shutdown(wait=True)
        if self._failure is not None:
            raise self._failure

    def _write(self, answered: AnsweredBatch) -> None:
        try:
            if self._failure is None:
                self._give_way()
                with self._store.job_connection():
                    self._record(answered)
        finally:
            self._slots.release()

    def _written(self, write: Future[None]) -> None:
        failure = write.exception()
        if failure is not None and self._failure is None:
            self._failure = failure
            self._on_failure()


class HeldAnswer:
    """A worker's last answered batch: first its answer, not yet stored, which the worker
    stores with its next batch's step to "sending" (``Store.start_batch``: one commit, one
    wait for the disk, where two would be) or alone (``store_now``) when no step follows
    at once; then, stored, the batch until the worker hands it to the journal writer.

    An answer not yet stored when the app dies leaves its batch "sending", so uncertain at
    the next start: never sent again, as for a request whose answer never came."""

    def __init__(self, store: Store, journal: JournalWriter) -> None:
        self._store = store
        self._journal = journal
        self._unstored: Answered | None = None
        self._held: AnsweredBatch | None = None
        self._unstored_batch: AnsweredBatch | None = None

    def answer(self, batch: Batch, results: Sequence[SubmitResult], carried: Carried) -> None:
        """The gateway's answer for ``batch``, whose request carried ``carried``, to be
        stored with the next step."""
        self.store_now()
        self.pass_to_journal()
        self._unstored = (batch.id, results)
        self._unstored_batch = AnsweredBatch(batch, results, carried)

    def to_store_with_next(self) -> Answered | None:
        """The answer to store in the next batch's step; call ``stored`` once it is."""
        return self._unstored

    def stored(self) -> None:
        """The answer given by ``to_store_with_next`` is stored: held for the journal."""
        self._held, self._unstored_batch = self._unstored_batch, None
        self._unstored = None

    def store_now(self) -> None:
        """Store the answer (if any) by itself."""
        if self._unstored is not None:
            self._store.batch_answered(*self._unstored)
            self.stored()

    def pass_to_journal(self) -> None:
        """Give the held batch (if any) to the journal writer, to be recorded now; an
        answer not yet stored is stored first."""
        self.store_now()
        if self._held is not None:
            held, self._held = self._held, None
            self._journal.record(held)
