"""Reading spreadsheets in a reader process, so that no file can take the app down.

calamine is native code: a crafted 2 KB .xlsx makes it ask for 549 GB and abort the whole
process, and a 300 KB one makes it hold 1.3 GB. So the app never runs it itself: a reader
process (``child.py``) reads under a memory limit (``limits.py``) and sends the result back;
its death, its memory limit or a time limit become a refusal in words. Cheap checks before
reading (package sizes, ranges, cell lengths) give the precise words for the usual crafted
files; the process boundary covers everything else, including reader bugs not yet known.

The same process checks the rows of a sheet it is sent (``checking.py``), so that the check
never holds the app's GIL. One process serves many reads and checks: starting one costs
about 80 ms here (more on Windows), so the last one is kept for the next request, unless it
read a large sheet (its memory goes back to the system with it) or anything went wrong.
multiprocessing's "spawn" works the same on Windows, Linux and in the frozen app
(``juhe_desk.__main__`` calls ``freeze_support``).
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import secrets
import signal
import threading
import time
from pathlib import Path
from typing import Any

from juhe_desk.domain.collector import looked_at
from juhe_desk.domain.sheets.child import Channel, serve
from juhe_desk.domain.sheets.errors import (
    ImportCancelled,
    SheetError,
    SheetMemoryLimitError,
    SheetReaderCrashError,
    SheetTimeoutError,
)
from juhe_desk.domain.sheets.limits import (
    READER_MEMORY_BYTES,
    READER_MEMORY_MB,
    limit_child,
    memory_in_use,
)
from juhe_desk.domain.sheets.model import Cancelled, Progress, Row, SheetData
from juhe_desk.domain.sheets.names import display_name, os_path
from juhe_desk.domain.sheets.reader import check_delimiter
from juhe_desk.domain.sheets.reader_priority import lower_child
from juhe_desk.domain.sheets.table import HeaderChoice

log = logging.getLogger(__name__)

# Reading runs at 5-10 MB of file a second here; a slow office PC may take 2 s per MB.
READ_TIME_BASE_S = 30.0
READ_TIME_PER_MB_S = 2.0
# A reader that held more than this many cells is not kept: its memory goes with it.
_KEEP_AFTER_CELLS = 1_000_000
_POLL_S = 0.05
# The system's limit (RLIMIT_AS, the Job object) stops the reader first; the app's own watch
# acts only where that limit does not hold.
WATCHED_MEMORY_BYTES = READER_MEMORY_BYTES
# How a process ends when it ran out of memory: Rust and C abort() (SIGABRT on POSIX;
# on Windows __fastfail 0xC0000409, abort()'s exit code 3, STATUS_NO_MEMORY), the kernel's
# OOM killer (SIGKILL). A stack overflow is counted too: also a reader pushed past a limit.
_OUT_OF_MEMORY_EXITS = frozenset({
    -signal.SIGABRT, -getattr(signal, "SIGKILL", 9), 3, 0xC0000409, 0xC0000017, 0xC00000FD})


class ReaderProcess:
    """One reader process and the app's end of its connection."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=serve, args=(theirs, READER_MEMORY_BYTES),
                                       name="juhe-desk sheet reader", daemon=True)
        self.process.start()
        theirs.close()
        self.connection: Channel = ours
        self.ready = False
        self.holding: str | None = None  # the key of the rows it holds for checks
        # Before any request: on Windows the job's memory limit must hold from the first read.
        if not limit_child(self.process.sentinel, READER_MEMORY_BYTES):
            log.warning("the sheet reader process runs without a memory limit")
        lower_child(self.process.pid, self.process.sentinel)  # the window's GUI thread first

    def over_limit(self) -> bool:
        """Whether it holds more than its limit: the watch behind the system's own limit,
        for where that does not hold (checked every 50 ms, so it may overshoot a little)."""
        pid = self.process.pid
        used = memory_in_use(pid, self.process.sentinel) if pid is not None else None
        return used is not None and used > WATCHED_MEMORY_BYTES

    def usable(self) -> bool:
        return self.process.is_alive() and not self.connection.closed

    def stop(self) -> None:
        """End it now (a cancel, a time limit, a broken exchange)."""
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)

    def retire(self) -> None:
        """Let it end by itself: it exits when its connection closes."""
        self.connection.close()


class Readers:
    """The reader processes: one kept for the next read, more started while reads overlap."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[ReaderProcess] = []
        self._retired: list[ReaderProcess] = []

    def take(self) -> ReaderProcess:
        with self._lock:
            self._reap()
            while self._idle:
                reader = self._idle.pop()
                if reader.usable():
                    return reader
                reader.stop()
            return ReaderProcess()

    def give_back(self, reader: ReaderProcess, *, keep: bool) -> None:
        with self._lock:
            if keep and reader.usable():
                if reader.holding is not None:  # rows for the next check: worth more than
                    for other in self._idle:    # one started meanwhile (prepare_reader)
                        other.retire()
                        self._retired.append(other)
                    self._idle.clear()
                if not self._idle:
                    self._idle.append(reader)
                    return
            reader.retire()
            self._retired.append(reader)

    def prepare(self) -> None:
        with self._lock:
            self._reap()
            if not self._idle:
                self._idle.append(ReaderProcess())

    def stop_all(self) -> None:
        with self._lock:
            for reader in self._idle + self._retired:
                reader.stop()
            self._idle.clear()
            self._retired.clear()

    def _reap(self) -> None:
        ended = [r for r in self._retired if not r.process.is_alive()]
        for reader in ended:
            reader.process.join()
            self._retired.remove(reader)


readers = Readers()


def prepare_reader() -> None:
    """Start a reader process now, so the next read need not wait for one (about 80 ms)."""
    readers.prepare()


def stop_readers() -> None:
    """End every idle reader process (they also end when the app does)."""
    readers.stop_all()


def read_sheet(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, header_row: HeaderChoice = "auto",
               progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> SheetData:
    """Read one sheet: the requested one, else the first visible sheet that is not empty.

    ``encoding`` and ``delimiter`` override detection for text files. ``header_row`` is
    "auto" (found, even below a title), None (no header row) or a 0-based row of the sheet.
    ``progress(fraction)`` is called now and then; ``cancelled()`` returning True stops the
    read with ImportCancelled. Runs in a reader process: any failure, a crash of the native
    reader included, is a SheetError that says in words what to do. Call it from a worker
    thread: it waits for the reader process.
    """
    check_delimiter(delimiter)
    path = Path(path)
    options = {"sheet": sheet, "encoding": encoding, "delimiter": delimiter,
               "header_row": header_row}
    # The reader process keeps the rows it read under this name, for the checks to come.
    key = secrets.token_hex(8)
    return Exchange(path, progress, cancelled).read(("read", str(path), options, key))


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names in workbook order (a text file has one, named after the file)."""
    path = Path(path)
    return Exchange(path, None, None).list(("list", str(path)))


def read_time_limit(path: Path) -> float:
    """How long reading ``path`` may take before it is stopped."""
    try:
        size = os.stat(os_path(path)).st_size
    except OSError:
        size = 0  # the reader will say what is wrong with it
    return READ_TIME_BASE_S + READ_TIME_PER_MB_S * size / (1024 * 1024)


class Exchange:
    """One request to a reader process and its answer, within the limits."""

    def __init__(self, path: Path, progress: Progress | None,
                 cancelled: Cancelled | None, time_limit: float | None = None) -> None:
        self.path = path
        self.name = display_name(path)
        self.progress = progress
        self.cancelled = cancelled
        self.time_limit = read_time_limit(path) if time_limit is None else time_limit
        self.deadline = time.monotonic() + self.time_limit

    def list(self, request: tuple[Any, ...]) -> list[str]:
        reader, first = self._start(request)
        names: list[str] = first[1]
        readers.give_back(reader, keep=True)
        return names

    def read(self, request: tuple[Any, ...]) -> SheetData:
        reader, first = self._start(request)
        meta: SheetData = first[1]
        rows: list[Row] = []
        numbers: list[int] = []
        # The collector runs on: each of its young passes lets go of the row tuples just
        # come (strings and numbers in them: nothing to track). Paused, it would meet all
        # 100,000 in one pass at the end (15 ms and more holding the GIL: a stall).
        while True:
            message = self._next(reader)
            if message[0] == "done":
                break
            rows.extend(message[1])
            numbers.extend(message[2])
        digest: str | None = message[1]
        key: str = request[3]
        reader.holding = key  # the rows it read, for the checks that follow
        readers.give_back(reader, keep=len(rows) * len(meta.columns) <= _KEEP_AFTER_CELLS)
        return dataclasses.replace(meta, path=self.path, rows=looked_at(tuple(rows)),
                                   source_row_numbers=looked_at(tuple(numbers)), rows_key=key,
                                   digest=digest)

    def _start(self, request: tuple[Any, ...],
               reader: ReaderProcess | None = None) -> tuple[ReaderProcess, tuple[Any, ...]]:
        """Send the request; the first answer that is not progress (a refusal is raised)."""
        if reader is None:
            reader = readers.take()
            try:
                reader.connection.send(request)
            except OSError:  # it died while idle: once more with a new one
                reader.stop()
                reader = ReaderProcess()
                reader.connection.send(request)
        else:
            try:
                reader.connection.send(request)
            except OSError:
                reader.stop()
                raise SheetReaderCrashError(self.name) from None
        if request[0] != "check":
            reader.holding = None  # a read makes it forget the rows it held
        while True:
            message = self._next(reader)
            if message[0] == "progress":
                if self.progress is not None:
                    self.progress(message[1])
                continue
            if message[0] in ("refused", "failed"):
                readers.give_back(reader, keep=message[0] == "refused")
                if message[0] == "failed":
                    log.error("the sheet reader failed on a file:\n%s", message[1])
                    raise SheetReaderCrashError(self.name)
                error: SheetError = message[1]
                raise error
            return reader, message

    def _next(self, reader: ReaderProcess) -> tuple[Any, ...]:
        """The reader's next message, waiting no longer than the limits allow."""
        connection = reader.connection
        while True:
            if self.cancelled is not None and self.cancelled():
                self._stop_on_cancel(reader)
                raise ImportCancelled
            if time.monotonic() > self.deadline:
                reader.stop()
                raise SheetTimeoutError(self.name, int(self.time_limit))
            try:
                if connection.poll(_POLL_S):
                    message: tuple[Any, ...] = connection.recv()
                    if message[0] != "ready":
                        return message
                    reader.ready = True
                    continue
            except (EOFError, OSError):
                break
            if not reader.process.is_alive():
                # What it said before it ended comes first: on a busy machine it can start,
                # say it is ready and die on the file between the wait above and this check.
                try:
                    if connection.poll(0):
                        continue
                except (EOFError, OSError):
                    pass
                break
            if reader.over_limit():
                reader.stop()
                raise SheetMemoryLimitError(self.name, READER_MEMORY_MB)
        raise self._verdict_on_death(reader)

    def _stop_on_cancel(self, reader: ReaderProcess) -> None:
        """A read is cancelled by ending its process: the native reader cannot be asked."""
        reader.stop()

    def _verdict_on_death(self, reader: ReaderProcess) -> SheetError:
        reader.connection.close()
        reader.process.join(5)  # it is ending: let it, so its exit code says how
        if not reader.ready:
            # Not the file's fault: the process could not start (in a script, multiprocessing
            # needs the main module's code under `if __name__ == "__main__":`).
            raise RuntimeError(f"the sheet reader process did not start (exit code "
                               f"{reader.process.exitcode})")
        if reader.process.exitcode is None:
            reader.stop()
            return SheetReaderCrashError(self.name)
        code = reader.process.exitcode
        log.warning("the sheet reader process ended with exit code %s on a file", code)
        if code in _OUT_OF_MEMORY_EXITS:
            return SheetMemoryLimitError(self.name, READER_MEMORY_MB)
        return SheetReaderCrashError(self.name)
