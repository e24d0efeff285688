"""The reader process: reads one spreadsheet per request, under a memory limit, until told to stop.

Runs in a process of its own (``isolation.py`` starts it with multiprocessing's "spawn"), so
that a native reader that aborts or balloons takes only this process down. Messages on the
connection, all pickled tuples:

- in: ``("read", path, options, key)`` or ``("list", path)``; the connection's end means
  stop. The row check's requests (``"hold"``, ``"check"``) are ``check_child.py``'s.
- out: ``("ready",)`` once, when the limits are in force; ``("progress", fraction)`` now and
  then; then ``("sheet", meta, rows)`` (the SheetData
  without its rows), ``("rows", rows, numbers)`` for each chunk and ``("done", digest)``
  (``rows_digest`` of what was read, or None); or ``("sheets", names)``; or
  ``("refused", SheetError)``; or ``("failed", traceback text)``. The rows read stay here,
  held under ``key`` for the checks that follow, as if the app had sent them (``"hold"``).
"""

from __future__ import annotations

import csv
import dataclasses
import sys
import traceback
from typing import Any

from juhe_desk.domain.fingerprint import rows_digest
from juhe_desk.domain.sheets import check_child
from juhe_desk.domain.sheets.errors import SheetError, SheetTooLargeError
from juhe_desk.domain.sheets.limits import limit_this_process
from juhe_desk.domain.sheets.model import SheetData
from juhe_desk.domain.sheets.names import display_name
from juhe_desk.domain.sheets.reader import list_sheets_in_process, read_sheet_in_process
from juhe_desk.domain.sheets.table import MAX_CELL_TEXT

if sys.platform == "win32":
    from multiprocessing.connection import PipeConnection as Channel
else:
    from multiprocessing.connection import Connection as Channel

__all__ = ["CHUNK_ROWS", "Channel", "serve"]

# Rows per message: small enough that unpickling one never holds the app's GIL for long.
CHUNK_ROWS = 2048


def serve(connection: Channel, memory_limit: int) -> None:
    """Answer requests until the app closes the connection (or dies)."""
    limit_this_process(memory_limit)
    # This process only reads and checks spreadsheets: the csv module itself then refuses a field
    # longer than Excel's cell (process-wide, which is why not in the app's own process),
    # and the reader need not look at every text it read.
    csv.field_size_limit(MAX_CELL_TEXT)
    connection.send(("ready",))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        try:
            _answer(connection, request)
        except (EOFError, OSError):  # the app stopped listening (a cancel): nothing to tell
            return


def _answer(connection: Channel, request: tuple[Any, ...]) -> None:
    kind = request[0]
    if kind == "hold":
        check_child.hold(request)
        return
    if kind == "check":
        check_child.check(connection, request)
        return
    if kind == "cancel":  # came after the check it meant had ended: nothing to stop
        return
    check_child.forget()
    path = request[1]
    try:
        if kind == "list":
            connection.send(("sheets", list_sheets_in_process(path)))
            return
        data = read_sheet_in_process(path, progress=lambda value: connection.send(
            ("progress", value)), **request[2])
    except SheetError as error:
        connection.send(("refused", error))
        return
    except MemoryError:
        connection.send(("refused", SheetTooLargeError(display_name(path))))
        return
    except Exception:  # noqa: BLE001 - a bug of ours: the app logs it and refuses in words
        connection.send(("failed", traceback.format_exc()))
        return
    _send_sheet(connection, data, request[3] if len(request) > 3 else None)


def _send_sheet(connection: Channel, data: SheetData, key: str | None) -> None:
    rows, numbers = data.rows, data.source_row_numbers
    connection.send(("sheet", dataclasses.replace(data, rows=[], source_row_numbers=[]),
                     len(rows)))
    for start in range(0, len(rows), CHUNK_ROWS):
        connection.send(("rows", rows[start:start + CHUNK_ROWS],
                         numbers[start:start + CHUNK_ROWS]))
    if key is not None:
        check_child.keep(key, data.columns, rows)
    # While the app takes in the last chunks: the app would spend some 0.1 s of its GIL on it.
    try:
        digest: str | None = rows_digest(data.columns, rows)
    except Exception:  # noqa: BLE001 - the app works it out itself then
        digest = None
    connection.send(("done", digest))
