"""The writes a user's click or keystroke causes, off the GUI thread and in order.

A write transaction waits for the disk (``synchronous=FULL``: an fsync at each commit), and
sometimes for a send writing its journal; the GUI thread must not. So a setting, a template,
an account, or numbers taken off the opt-out list are written by a job in the task runner:

- Writes run one job at a time, in the order they were asked for (the last value asked for
  is the one stored); what was asked while a job ran goes together in the next one.
- A setting is written once its value settles (``settle_ms``): the steps of a spin box make
  one write. ``setting()`` gives a value asked for and not yet written, then the store's.
- ``on_done`` / ``on_error`` run on the GUI thread. A failed write nobody handles is logged
  and announced through ``failed`` in plain words.
- At shutdown, after the runner has stopped, ``finish()`` writes whatever is left, in place:
  nothing the user changed is lost by closing the window.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from juhe_desk.store import Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
SETTLE_MS = 400  # a spin box held down steps every ~50 ms: written once it stops


@dataclass(frozen=True, slots=True)
class _Write:
    work: Callable[[Store], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


@dataclass(frozen=True, slots=True)
class _Outcome:
    value: Any = None
    error: BaseException | None = None


class StoreWrites(QObject):
    """The session's queue of user-caused writes (GUI thread API)."""

    failed = Signal(str)  # a write without its own error handler failed: plain words

    def __init__(self, store: Store, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._queue: deque[_Write] = deque()
        self._in_flight = False
        self._settling: dict[str, str] = {}  # waiting for their value to settle
        self._unwritten: dict[str, str] = {}  # asked for and not yet committed
        # Every setting as read before the window (``know_settings``) and written since:
        # ``setting()`` then never reads the store on the GUI thread.
        self._known: dict[str, str] | None = None
        self._settle_timer = QTimer(self, singleShot=True)
        self._settle_timer.timeout.connect(self._queue_settled)

    # --- asking for writes ----------------------------------------------------------------
    def submit(self, work: Callable[[Store], T], on_done: Callable[[T], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(store)`` in a job after the writes asked for before it."""
        self._queue.append(_Write(work, on_done, on_error))
        self._pump()

    def set_setting(self, key: str, value: str, *, settle_ms: int = 0) -> None:
        """Store a setting once no new value came for ``settle_ms``."""
        self._settling[key] = value
        self._unwritten[key] = value
        self._settle_timer.start(settle_ms)

    def set_settings(self, values: Mapping[str, str], *, settle_ms: int = 0) -> None:
        """Several settings, written together."""
        for key, value in values.items():
            self.set_setting(key, value, settle_ms=settle_ms)

    def know_settings(self, settings: Mapping[str, str]) -> None:
        """The settings as the store holds them (read at start, off the GUI thread on a
        shared database): from now on ``setting()`` answers from these and what is written
        through this queue, without a read of the store."""
        self._known = dict(settings)

    def refresh_known_settings(self) -> None:
        """Read the settings again (a job, in turn with the writes): what other desks of a
        team changed (the desk that receives pushes, say) shows without a read on the GUI
        thread. Nothing to do without known settings."""
        if self._known is None:
            return

        def read(store: Store) -> dict[str, str]:
            return store.all_settings()

        def known(settings: dict[str, str]) -> None:
            self._known = settings

        self.submit(read, known, lambda error: log.info("settings not read again: %s", error))

    def setting(self, key: str, default: str | None = None) -> str | None:
        """The value asked for last, written or not (the known settings', or a read of the
        store, when written)."""
        if key in self._unwritten:
            return self._unwritten[key]
        if self._known is not None:
            return self._known.get(key, default)
        return self._store.get_setting(key, default)

    get_setting = setting  # reads like a Store where only settings are read

    def busy(self) -> bool:
        """Whether something asked for is not written yet."""
        return bool(self._queue or self._settling or self._in_flight)

    def finish(self) -> None:
        """At shutdown, once the runner stopped: write what is left here and now."""
        self._settle_timer.stop()
        self._queue_settled(pump=False)
        while self._queue:
            write = self._queue.popleft()
            try:
                write.work(self._store)
            except Exception:
                log.exception("a write at shutdown failed")

    # --- running them ---------------------------------------------------------------------
    def _queue_settled(self, pump: bool = True) -> None:
        if not self._settling:
            return
        values = dict(self._settling)
        self._settling.clear()

        def written(_result: None) -> None:
            if self._known is not None:
                self._known.update(values)
            for key, value in values.items():
                if self._unwritten.get(key) == value:  # not asked to change again since
                    del self._unwritten[key]

        self._queue.append(_Write(lambda store: store.set_settings(values), written, None))
        if pump:
            self._pump()

    def _pump(self) -> None:
        if self._in_flight or not self._queue:
            return
        batch = list(self._queue)
        self._queue.clear()
        store = self._store

        def job(ctx: TaskContext) -> list[_Outcome]:
            outcomes = []
            for write in batch:
                try:
                    outcomes.append(_Outcome(write.work(store)))
                except Exception as error:  # noqa: BLE001 - handed to its callback
                    outcomes.append(_Outcome(error=error))
            return outcomes

        self._in_flight = True
        try:
            self._runner.submit(job, on_result=lambda outcomes: self._done(batch, outcomes),
                                on_error=lambda error: self._done(
                                    batch, [_Outcome(error=error)] * len(batch)))
        except RuntimeError:  # the runner is shut down: finish() writes them
            self._in_flight = False
            self._queue.extendleft(reversed(batch))

    def _done(self, batch: list[_Write], outcomes: list[_Outcome]) -> None:
        self._in_flight = False
        for write, outcome in zip(batch, outcomes, strict=True):
            if outcome.error is None:
                if write.on_done is not None:
                    write.on_done(outcome.value)
            elif write.on_error is not None:
                write.on_error(outcome.error)
            else:
                log.error("a write failed", exc_info=outcome.error)
                self.failed.emit(explain_error(outcome.error))
        self._pump()
