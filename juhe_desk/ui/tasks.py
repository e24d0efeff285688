"""The one way juhe-desk runs work off the GUI thread.

A task is a plain function ``fn(ctx) -> result`` run on a private ``QThreadPool``.
It touches no widget; it reports progress through ``ctx.progress(value)`` and stops
early when ``ctx.cancelled`` is set. ``ctx.cancel()`` (the caller keeps the context
``submit`` returns) is the one way to stop a task early: pausing a send, a newer check
making an older one pointless, an export the user cancels; ``shutdown()`` cancels them
all. Its result or its exception comes back to the GUI thread through one
signal-carrying QObject that the runner creates in the GUI thread and never moves,
connected (queued) to the runner's own slots, which then call the callbacks the caller
gave. The callbacks therefore always run on the GUI thread, and never on a widget deleted
meanwhile: a result for a closed page or dialog is dropped quietly (callback_owner.py).

Every job runs inside the runner's ``job_scope`` (the session's is
``store.job_connection``): a job reaches the database without opening or releasing
anything, and leaves no connection behind.

This is the QThreadPool + QRunnable pattern that ../shared/known-traps.md found
reliable; ``moveToThread`` + ``deleteLater`` workers are not used anywhere.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from juhe_desk.ui.callback_owner import gone

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[Any], None]
JobScope = Callable[[], AbstractContextManager[Any]]


@dataclass
class TaskContext:
    """What a task function may use: its cancel flag and its progress channel."""

    task_id: int
    _emit_progress: Callable[[int, object], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop (any thread): ``cancelled`` turns True, ``wait`` wakes."""
        self._cancel.set()

    def progress(self, value: object) -> None:
        self._emit_progress(self.task_id, value)

    def wait(self, seconds: float) -> bool:
        """Sleep in the worker up to ``seconds``; True when cancelled meanwhile (at once)."""
        return self._cancel.wait(seconds)


@dataclass
class _Callbacks:
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None
    context: TaskContext


class _Bridge(QObject):
    """Carries outcomes from pool threads to the GUI thread. Lives in the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext,
                 bridge: _Bridge, scope: JobScope) -> None:
        super().__init__()
        self._fn = fn
        self._ctx = ctx
        self._bridge = bridge
        self._scope = scope

    def run(self) -> None:  # non-GUI thread
        try:
            with self._scope():
                result = self._fn(self._ctx)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back by signal
            self._bridge.failed.emit(self._ctx.task_id, exc)
        else:
            self._bridge.finished.emit(self._ctx.task_id, result)


class TaskRunner(QObject):
    """Owns the worker pool; one per main window. ``shutdown()`` before the window dies.

    ``job_scope`` is entered around every job, on its thread (the session passes
    ``store.job_connection``)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4, *,
                 job_scope: JobScope = contextlib.nullcontext) -> None:
        super().__init__(parent)
        self._job_scope = job_scope
        self._pool = QThreadPool(self)
        self._max_threads = max_threads
        self._pool.setMaxThreadCount(max_threads)
        self._widen_timer = QTimer(self)
        self._widen_timer.setSingleShot(True)
        self._widen_timer.timeout.connect(self._widen_now)
        self._held: list[QRunnable] | None = None  # submitted while held (``hold``)
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.timeout.connect(self.release)
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.finished.connect(self._on_finished, queued)
        self._bridge.failed.connect(self._on_failed, queued)
        self._bridge.progressed.connect(self._on_progress, queued)
        self._ids = itertools.count(1)
        self._running: dict[int, _Callbacks] = {}
        self._closing = False
        # Told of every job's failure before its own callback (the session watches for a
        # shared database gone away, whichever job met it first).
        self.failure_watchers: list[ErrorCallback] = []

    # GUI thread
    def submit(self, fn: Callable[[TaskContext], Any], *,
               on_result: ResultCallback | None = None,
               on_error: ErrorCallback | None = None,
               on_progress: ProgressCallback | None = None) -> TaskContext:
        if self._closing:
            raise RuntimeError("the task runner is shut down")
        task_id = next(self._ids)
        ctx = TaskContext(task_id, self._bridge.progressed.emit)
        self._running[task_id] = _Callbacks(on_result, on_error, on_progress, ctx)
        runnable = _Runnable(fn, ctx, self._bridge, self._job_scope)
        if self._held is not None:
            self._held.append(runnable)
        else:
            self._pool.start(runnable)
        return ctx

    def hold(self, at_most_ms: int) -> None:
        """Jobs submitted from now on wait, in order, until ``release()``, or ``at_most_ms``
        at the latest whatever happens (those running go on): the GUI thread has Python's
        lock to itself meanwhile (the window's start building its tabs)."""
        if self._held is None:
            self._held = []
        self._hold_timer.start(at_most_ms)

    def release(self) -> None:
        """The jobs held start (as many at once as the runner runs now: ``narrow``)."""
        held, self._held = self._held or [], None
        self._hold_timer.stop()
        for runnable in held:
            self._pool.start(runnable)

    def narrow(self, threads: int, at_most_ms: int | None = None) -> None:
        """Run at most ``threads`` jobs at once until ``widen()``, or for ``at_most_ms`` at
        the latest; the others wait their turn, in the order submitted (those running go
        on). Without ``at_most_ms``: only while narrowed already. Fewer jobs holding
        Python's lock in turn, the GUI thread gets it sooner (the window's start)."""
        if at_most_ms is not None:
            self._widen_timer.start(at_most_ms)
        elif not self._widen_timer.isActive():
            return  # widened meanwhile: stays so
        self._pool.setMaxThreadCount(max(1, min(threads, self._max_threads)))

    def widen(self, after_ms: int = 0) -> None:
        """Back to the full number of threads, now or ``after_ms`` from now (sooner if the
        narrowing ends sooner); the jobs waiting then start."""
        if not self._widen_timer.isActive():
            return  # not narrowed
        if after_ms > 0:
            self._widen_timer.start(min(after_ms, self._widen_timer.remainingTime()))
        else:
            self._widen_timer.stop()
            self._widen_now()

    def _widen_now(self) -> None:
        self._pool.setMaxThreadCount(self._max_threads)

    def busy(self) -> int:
        """How many submitted tasks have not reported back yet."""
        return len(self._running)

    def shutdown(self, timeout_ms: int = 20_000) -> bool:
        """Cancel every task and wait for the pool; True when all threads ended."""
        self._closing = True
        for callbacks in self._running.values():
            callbacks.context.cancel()
        self.release()  # the jobs held start too, cancelled, as any waiting do
        self.widen()  # the jobs still waiting end at once (cancelled), all together
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.warning("worker threads still running after %d ms", timeout_ms)
        self._running.clear()
        return done

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        callbacks = self._running.pop(task_id, None)
        if callbacks is not None and callbacks.on_result is not None \
                and not gone(callbacks.on_result):
            callbacks.on_result(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, error: object) -> None:
        callbacks = self._running.pop(task_id, None)
        if callbacks is None:
            return
        assert isinstance(error, BaseException)
        for watcher in self.failure_watchers:
            watcher(error)
        if callbacks.on_error is not None:
            if not gone(callbacks.on_error):  # asked for by a widget since deleted: dropped
                callbacks.on_error(error)
        else:
            log.error("background task failed", exc_info=error)

    @Slot(int, object)
    def _on_progress(self, task_id: int, value: object) -> None:
        callbacks = self._running.get(task_id)
        if callbacks is not None and callbacks.on_progress is not None \
                and not gone(callbacks.on_progress):
            callbacks.on_progress(value)
