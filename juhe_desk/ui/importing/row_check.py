"""Checking every row (``check_rows``) ~300 ms after the last edit, in the reader process.

A check of 100,000 rows takes a good part of a second, so it never runs on the GUI thread, nor
in a thread of the app, where it would hold the GIL the GUI thread needs: a task-runner job
sends the rows to the reader process once per sheet (``check_rows_apart``) and waits for the
checked rows. A newer request cancels the running check's task, which stops at its next progress
step; only the latest result is handed out. The opt-out list is read in the same job.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from juhe_desk.domain.sheet_check import CheckedRows, RowCheckOptions
from juhe_desk.domain.sheets import ImportCancelled, SheetData
from juhe_desk.services.before_sending import opted_out_numbers
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

DEBOUNCE_MS = 300


class _Superseded(Exception):
    """A newer check was asked for: this one stops."""


@dataclass(frozen=True, slots=True)
class RowCheckRequest:
    """A sheet and the options its rows are to be checked with."""

    data: SheetData
    options: RowCheckOptions


class RowChecker(QObject):
    checked = Signal(RowCheckRequest, CheckedRows)
    failed = Signal(RowCheckRequest, str)  # and what went wrong, in plain words
    progressed = Signal(float)
    busyChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._wanted: RowCheckRequest | None = None
        self._running: TaskContext | None = None
        self._sheet: tuple[SheetData, str] | None = None  # the last sheet checked, its key
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        session.add_shutdown_hook(self._timer.stop)

    @property
    def busy(self) -> bool:
        """A check is waiting or running: the checked rows shown may be out of date."""
        return self._timer.isActive() or self._running is not None

    def request(self, data: SheetData, options: RowCheckOptions, *, at_once: bool = False) -> None:
        """Check ``data`` with ``options`` once the user stops typing."""
        self._wanted = RowCheckRequest(data, options)
        if self._running is not None:
            self._running.cancel()
        self._timer.start(0 if at_once else DEBOUNCE_MS)
        self.busyChanged.emit(True)

    def clear(self) -> None:
        """Forget any pending check (e.g. the template has an error)."""
        self._wanted = None
        self._timer.stop()
        if self._running is not None:
            self._running.cancel()
        self.busyChanged.emit(self.busy)

    def _run(self) -> None:
        request = self._wanted
        if request is None:
            return
        store = self.session.store
        key = self._key_of(request.data)

        def job(ctx: TaskContext) -> CheckedRows:
            from juhe_desk.domain.sheets.checking import check_rows_apart

            opted_out = opted_out_numbers(store)
            data = request.data
            try:
                # Its carriers and numbers with several texts come worked out with it.
                return check_rows_apart(key, data.path, data.columns, data.rows,
                                        request.options, opted_out, ctx.progress,
                                        lambda: ctx.cancelled)
            except ImportCancelled:
                raise _Superseded from None

        # The callbacks run later, on the GUI thread: ``running`` is assigned by then.
        running = self.session.runner.submit(
            job, on_result=lambda checked_rows: self._done(running, request, checked_rows),
            on_error=lambda error: self._failed(running, request, error),
            on_progress=lambda value: self._progress(running, value))
        self._running = running

    def _key_of(self, data: SheetData) -> str:
        """A name for these rows, the same as long as the sheet is: the reader process then
        keeps the rows it holds from one check to the next (the one that read them holds
        them already, under the name it read them with)."""
        if self._sheet is None or self._sheet[0] is not data:
            self._sheet = (data, data.rows_key or secrets.token_hex(8))
        return self._sheet[1]

    def _progress(self, task: TaskContext, value: object) -> None:
        if task is self._running and isinstance(value, float):
            self.progressed.emit(value)

    def _done(self, task: TaskContext, request: RowCheckRequest,
              checked_rows: CheckedRows) -> None:
        if task is not self._running:
            return
        self._running = None
        if request is self._wanted and not task.cancelled:
            self.checked.emit(request, checked_rows)
        self.busyChanged.emit(self.busy)

    def _failed(self, task: TaskContext, request: RowCheckRequest,
                error: BaseException) -> None:
        if task is not self._running:
            return
        self._running = None
        if request is self._wanted and not isinstance(error, _Superseded):
            self.failed.emit(request, explain_error(error))
        self.busyChanged.emit(self.busy)
