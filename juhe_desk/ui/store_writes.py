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
- At shutdown ``finish()`` writes whatever is left on a thread of its own, after any write
  still on its way, and waits for it a bounded time (``FINISH_WAIT_S``): closing the window
  never waits out a team's database that is gone or slow (up to the pool's 10 s per write).
  What could not be written in that time is logged, in words: which settings and changes.
"""

from __future__ import annotations

import logging
import threading
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
# How long closing the window waits for what is left to be written: a local file takes
# milliseconds, a team's database that answers well under a second.
FINISH_WAIT_S = 2.0


@dataclass(frozen=True, slots=True)
class _Write:
    work: Callable[[Store], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    what: str  # what it writes, for the log when it could not be written ("": a read)


@dataclass(frozen=True, slots=True)
class _Outcome:
    value: Any = None
    error: BaseException | None = None


class StoreWrites(QObject):
    """The session's queue of user-caused writes (GUI thread API)."""

    failed = Signal(str)  # a write without its own error handler failed: plain words
    # Settings another desk changed, read again (frozenset of their keys): the widgets that
    # show one follow it (a key the user here changed and is not written yet is left out).
    settingsChanged = Signal(frozenset)  # noqa: N815 - Qt signal naming

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
        # The batch a job writes now, and when it is through: the last writes (``finish``)
        # come after it, in the order asked.
        self._in_flight_batch: list[_Write] = []
        self._in_flight_over = threading.Event()
        self._finished = False

    # --- asking for writes ----------------------------------------------------------------
    def submit(self, work: Callable[[Store], T], on_done: Callable[[T], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *,
               what: str = "") -> None:
        """Run ``work(store)`` in a job after the writes asked for before it; ``what`` it
        writes, in a few words, is logged if closing the window left it unwritten."""
        self._queue.append(_Write(work, on_done, on_error, what or _describe(work)))
        self._pump()

    def read(self, work: Callable[[Store], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None]) -> None:
        """Read with ``work(store)`` in a job after the writes asked for before it (it
        sees them); a read left undone at close loses nothing, and is not logged."""
        self._queue.append(_Write(work, on_done, on_error, ""))
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
        """Read the settings again (a job, in turn with the writes): what another desk of a
        team changed (the send settings, the desk that receives pushes) shows here, through
        ``settingsChanged``, without a read on the GUI thread. Asked for when another desk
        announces a change (ui/live_desks.py). Nothing to do without known settings."""
        if self._known is None or self._finished:
            return

        def read(store: Store) -> dict[str, str]:
            return store.all_settings()

        def known(settings: dict[str, str]) -> None:
            before = self._known or {}
            self._known = settings
            changed = {key for key in before.keys() | settings.keys()
                       if before.get(key) != settings.get(key) and key not in self._unwritten}
            if changed:
                self.settingsChanged.emit(frozenset(changed))

        self._queue.append(_Write(read, known, lambda error: log.info(
            "settings not read again: %s", error), ""))
        self._pump()

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

    def finish(self, wait_s: float = FINISH_WAIT_S) -> list[str]:
        """At shutdown: write what is left on a thread of its own, after a write job still
        on its way, waiting at most ``wait_s`` (the GUI thread never waits out a team's
        database that is gone). Returns what was not written by then (also logged); the
        thread goes on until the store closes under it."""
        self._finished = True
        self._settle_timer.stop()
        self._queue_settled(pump=False)
        left = list(self._queue)
        self._queue.clear()
        if not left and not self._in_flight:
            return []
        done = threading.Event()
        remaining: list[_Write] = list(left)
        store, in_flight, in_flight_over = self._store, self._in_flight, self._in_flight_over

        def write_what_is_left() -> None:
            if in_flight:
                in_flight_over.wait()  # the batch asked for before these, first
            try:
                with store.job_connection():
                    while remaining:
                        write = remaining[0]
                        try:
                            write.work(store)
                        except Exception:  # the next may still go
                            log.exception("a write at shutdown failed: %s", write.what)
                        remaining.pop(0)
            except Exception:  # the store closed under it
                log.warning("writing at shutdown stopped", exc_info=True)
            done.set()

        threading.Thread(target=write_what_is_left, name="juhe-desk-last-writes",
                         daemon=True).start()
        if done.wait(wait_s):
            return []
        unsaved = [] if not in_flight or in_flight_over.is_set() else [
            w.what for w in self._in_flight_batch]
        unsaved += [w.what for w in list(remaining)]
        unsaved = [what for what in unsaved if what]  # reads lose nothing
        if not unsaved:
            return []
        log.error("closing without waiting for the database: not saved (no answer within "
                  "%.0f s): %s", wait_s, "; ".join(unsaved))
        return unsaved

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

        what = "settings " + ", ".join(f"{key} = {value}" for key, value in values.items())
        self._queue.append(_Write(lambda store: store.set_settings(values), written, None,
                                  what))
        if pump:
            self._pump()

    def _pump(self) -> None:
        if self._in_flight or not self._queue or self._finished:
            return
        batch = list(self._queue)
        self._queue.clear()
        store, over = self._store, threading.Event()

        def job(ctx: TaskContext) -> list[_Outcome]:
            outcomes = []
            try:
                for write in batch:
                    try:
                        outcomes.append(_Outcome(write.work(store)))
                    except Exception as error:  # noqa: BLE001 - handed to its callback
                        outcomes.append(_Outcome(error=error))
            finally:
                over.set()
            return outcomes

        self._in_flight = True
        self._in_flight_batch, self._in_flight_over = batch, over
        try:
            self._runner.submit(job, on_result=lambda outcomes: self._done(batch, outcomes),
                                on_error=lambda error: self._done(
                                    batch, [_Outcome(error=error)] * len(batch)))
        except RuntimeError:  # the runner is shut down: finish() writes them
            self._in_flight = False
            self._in_flight_batch = []
            self._queue.extendleft(reversed(batch))

    def _done(self, batch: list[_Write], outcomes: list[_Outcome]) -> None:
        self._in_flight = False
        self._in_flight_batch = []
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


def _describe(work: Callable[..., Any]) -> str:
    """A write's function, named for the log (where none was given)."""
    name = getattr(work, "__qualname__", "") or repr(work)
    return "a change (" + name.replace(".<locals>", "") + ")"
