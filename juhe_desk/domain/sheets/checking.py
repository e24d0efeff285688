"""Checking a sheet's rows in the reader process: ``check_rows`` without holding the app's GIL.

A check of 100,000 rows in a thread of the app holds the app's GIL for tens of ms at a time
(a pass in C over a whole column, the collector walking the rows made), and the window stalls
meanwhile. So the rows go to the reader process (``check_child.py``) once per sheet, in
chunks, and are held there while the user changes the message; each check runs there and only
the checked rows come back, a chunk at a time. The result is the same ``CheckedRows`` as
``check_rows`` in the app, its carrier counts and numbers with several texts worked out.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Sequence, Set
from pathlib import Path
from typing import Any

from juhe_desk.domain.checked_rows import CheckedRows, CheckedRowTable, RowCheckOptions
from juhe_desk.domain.sheets.child import CHUNK_ROWS
from juhe_desk.domain.sheets.errors import (
    ImportCancelled,
    SheetMemoryLimitError,
    SheetReaderCrashError,
)
from juhe_desk.domain.sheets.isolation import (
    READ_TIME_BASE_S,
    Exchange,
    ReaderProcess,
    readers,
)
from juhe_desk.domain.sheets.model import Cancelled, Progress, Row

# A slow office PC checks some 20,000 rows a second; the limit leaves ten times that.
CHECK_TIME_PER_ROW_S = 1 / 2000
log = logging.getLogger(__name__)
# How long a cancelled check may take to stop at its next step before its process is ended.
CANCEL_GRACE_S = 2.0


def check_rows_apart(key: str, path: Path, columns: Sequence[str], rows: Sequence[Row],
                     options: RowCheckOptions, opted_out: Set[str] = frozenset(),
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> CheckedRows:
    """``check_rows`` in the reader process. ``key`` names these rows: the same key promises
    the same rows, so a process that holds them is not sent them again. ``path`` names the
    file in a refusal. Raises TemplateError as ``check_rows`` does, ImportCancelled when
    ``cancelled()`` turns True; a crash of the process is a SheetError. Call it from a worker
    thread: it waits for the process."""
    time_limit = READ_TIME_BASE_S + CHECK_TIME_PER_ROW_S * len(rows)
    exchange = _CheckExchange(path, progress, cancelled, time_limit)
    try:
        checked = exchange.check(key, columns, rows, options, frozenset(opted_out))
    except (SheetMemoryLimitError, SheetReaderCrashError) as error:
        # The reader process's memory limit is there for the native readers; a sheet near the
        # largest the app reads (10,000,000 cells) can need more than that to be checked. It
        # is checked here then, as before, rather than refused after it was read.
        log.warning("the row check could not run in the reader process (%s): checked here",
                    type(error).__name__)
        return _check_here(columns, rows, options, opted_out, progress, cancelled)
    log.info("rows checked in the reader process: %d", len(checked.rows))
    return checked


def _check_here(columns: Sequence[str], rows: Sequence[Row], options: RowCheckOptions,
                opted_out: Set[str], progress: Progress | None,
                cancelled: Cancelled | None) -> CheckedRows:
    from juhe_desk.domain.sheet_check import check_rows

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(fraction)

    checked = check_rows(columns, rows, options, opted_out, step)
    checked.carrier_counts()
    checked.numbers_with_several_texts()
    return checked


class _CheckExchange(Exchange):
    def check(self, key: str, columns: Sequence[str], rows: Sequence[Row],
              options: RowCheckOptions, opted_out: frozenset[str]) -> CheckedRows:
        reader = self._holding(key, columns, rows)
        _reader, first = self._start(("check", key, options, opted_out), reader)
        if first[0] != "checked":
            raise RuntimeError(f"the reader process answered a check with {first[0]!r}")
        checked: CheckedRows = first[1]
        received = CheckedRowTable()  # columns: strings and ints, nothing the collector tracks
        while True:
            message = self._next(reader)
            if message[0] == "done":
                break
            received.extend(message[1])
        readers.give_back(reader, keep=True)
        return dataclasses.replace(checked, rows=received.freeze())

    def _holding(self, key: str, columns: Sequence[str], rows: Sequence[Row]) -> ReaderProcess:
        """A reader process holding these rows: the idle one, sent them unless it has them."""
        reader = readers.take()
        try:
            try:
                if reader.holding != key:
                    self._hold(reader, key, columns, rows)
            except OSError:  # it died while idle: once more with a new one
                reader.stop()
                reader = ReaderProcess()
                self._hold(reader, key, columns, rows)
        except ImportCancelled:
            readers.give_back(reader, keep=True)  # it holds no rows now, but serves on
            raise
        return reader

    def _hold(self, reader: ReaderProcess, key: str, columns: Sequence[str],
              rows: Sequence[Row]) -> None:
        """Send the rows, a chunk per message (pickling one holds the GIL well under 1 ms)."""
        reader.holding = None
        send = reader.connection.send
        send(("hold", key, list(columns), list(rows[:CHUNK_ROWS]), True))
        for start in range(CHUNK_ROWS, len(rows), CHUNK_ROWS):
            if self.cancelled is not None and self.cancelled():
                raise ImportCancelled  # the rows held are incomplete: it holds no key
            send(("hold", key, list(columns), list(rows[start:start + CHUNK_ROWS]), False))
        reader.holding = key

    def _stop_on_cancel(self, reader: ReaderProcess) -> None:
        """Ask the check to stop at its next step and wait for it, so the process and the
        rows it holds serve the next check; end it if it does not stop in time."""
        try:
            reader.connection.send(("cancel",))
            deadline = time.monotonic() + CANCEL_GRACE_S
            while time.monotonic() < deadline:
                if reader.connection.poll(0.05):
                    message: tuple[Any, ...] = reader.connection.recv()
                    if message[0] in ("done", "cancelled", "refused", "failed"):
                        readers.give_back(reader, keep=True)
                        return
        except (EOFError, OSError):
            pass
        reader.stop()
