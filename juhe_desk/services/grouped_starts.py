"""The send workers' steps to "sending", committed together when several come at once.

Each worker marks its next batch "sending" (``Store.start_batch``, storing its previous
answer with it) before its request leaves, and that step waits for the disk. With several
requests at a time, answers come back close together, and each worker used to wait for
the write lock while the others committed in turn. Here the worker that finds no commit
under way commits its own step and every step that queued up meanwhile, in one
transaction (``Store.start_batches``): one wait for the disk for all of them.

Nothing about exactly-once changes: a worker returns only once the transaction holding
its own step has committed, so no request leaves before its batch is durable in the
journal; and a step that cannot be taken (the campaign paused at another desk, say) fails
the whole transaction, after which each step is taken alone, so that each worker gets its
own answer as before.

The writes beside the sending (recording answers, saving the rest of a campaign) give way
to the workers' steps (``give_way``): a request waits for its step, they wait for nobody.
"""

from __future__ import annotations

import threading

from juhe_desk.services.send_pipeline import Answered
from juhe_desk.store import BatchStart, Store

GIVE_WAY_S = 0.05  # the longest a write beside the sending waits for the workers' steps


class _Step:
    __slots__ = ("answered", "batch_id", "failure", "started")

    def __init__(self, batch_id: int, answered: Answered | None) -> None:
        self.batch_id = batch_id
        self.answered = answered
        self.started: BatchStart | None = None
        self.failure: BaseException | None = None

    @property
    def taken(self) -> bool:
        return self.started is not None or self.failure is not None


class GroupedStarts:
    """``start(batch_id, answered)`` is ``store.start_batch(batch_id, answered)``, shared
    by a run's workers so that steps that come at once commit together."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._queue: list[_Step] = []
        self._changed = threading.Condition()  # guards the queue and the count
        self._under_way = 0  # steps asked for and not yet returned
        self._committing = threading.Lock()

    def start(self, batch_id: int, answered: Answered | None = None) -> BatchStart:
        step = _Step(batch_id, answered)
        with self._changed:
            self._queue.append(step)
            self._under_way += 1
        try:
            with self._committing:  # while another worker commits, more steps queue up
                if not step.taken:  # (else that worker's transaction took this one too)
                    with self._changed:
                        steps, self._queue = self._queue, []
                    self._take(steps)
        finally:
            with self._changed:
                self._under_way -= 1
                self._changed.notify_all()
        if step.failure is not None:
            raise step.failure
        assert step.started is not None
        return step.started

    def give_way(self, timeout: float = GIVE_WAY_S) -> None:
        """Wait (at most ``timeout`` seconds) until no worker is taking a step: called by
        the writes beside the sending before each of theirs. Python's lock is not fair: a
        thread writing step after step takes the write lock again before a worker that
        waits for it wakes up, and the worker's request waits for several of its steps."""
        with self._changed:
            self._changed.wait_for(lambda: self._under_way == 0, timeout)

    def queued(self) -> int:
        """Steps waiting for the commit under way (tests)."""
        with self._changed:
            return len(self._queue)

    def _take(self, steps: list[_Step]) -> None:
        if len(steps) > 1:
            try:
                started = self._store.start_batches(
                    [(step.batch_id, step.answered) for step in steps])
            except Exception:  # noqa: BLE001 - each is taken alone below, and fails alone
                pass
            else:
                for step, start in zip(steps, started, strict=True):
                    step.started = start
                return
        for step in steps:
            try:
                step.started = self._store.start_batch(step.batch_id, step.answered)
            except BaseException as exc:  # noqa: BLE001 - raised by the worker whose step it is
                step.failure = exc
