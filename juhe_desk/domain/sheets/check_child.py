"""The row check, in the reader process: the rows a check is sent, held for the next check,
checked there, and the checked rows sent back a chunk at a time.

Checking 100,000 rows takes a few hundred ms of Python, and a thread of the app doing it holds
the app's GIL for tens of ms at a time (one pass in C over a whole column, the garbage
collector walking the rows it made), so the window stalls. Here it stalls nobody. Messages,
besides those of ``child.py``:

- in: ``("hold", key, columns, rows, first)``: rows of the sheet ``key`` (``first``: forget
  those held before), no answer; ``("check", key, options, opted_out)``; ``("cancel",)``
  while a check runs (and ignored when it came too late).
- out: ``("progress", fraction)`` now and then, then ``("checked", the CheckedRows without
  its rows)``, ``("checked-rows", rows)`` for each chunk and ``("done",)``; or
  ``("cancelled",)``; or ``("refused", TemplateError)``; or ``("failed", traceback text)``.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from juhe_desk.domain.checked_rows import CheckedRowTable
from juhe_desk.domain.sheets.model import Row

if TYPE_CHECKING:
    from juhe_desk.domain.sheets.child import Channel

# Checked rows per message (a CheckedRowTable: a list per field): unpickling 2,048 of them
# takes the app well under 1 ms.
CHECKED_CHUNK_ROWS = 2048


class _Held:
    """The rows of the sheet last sent, kept while the user changes the message."""

    key: ClassVar[str | None] = None
    columns: ClassVar[Sequence[str]] = ()
    rows: ClassVar[list[Row]] = []


def forget() -> None:
    """A read comes: its memory is the reader's to use."""
    _Held.key, _Held.columns, _Held.rows = None, (), []


def keep(key: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """The rows this process just read, held for checks as if they had been sent."""
    _Held.key, _Held.columns, _Held.rows = key, columns, list(rows)


def hold(request: tuple[Any, ...]) -> None:
    _kind, key, columns, rows, first = request
    if first or key != _Held.key:
        _Held.key, _Held.columns, _Held.rows = key, columns, []
    _Held.rows.extend(rows)


class _Cancelled(Exception):
    pass


def check(connection: Channel, request: tuple[Any, ...]) -> None:
    """Check the rows held, sending progress; stop at the app's ``("cancel",)``."""
    from juhe_desk.domain.sheet_check import TemplateError, check_rows

    _kind, key, options, opted_out = request
    if key != _Held.key:
        connection.send(("failed", f"no rows held for {key} (holding {_Held.key})"))
        return

    def progress(fraction: float) -> None:
        if connection.poll():  # only the app's ("cancel",) comes while a check runs
            connection.recv()
            raise _Cancelled
        connection.send(("progress", fraction))

    try:
        checked = check_rows(_Held.columns, _Held.rows, options, opted_out, progress)
        # Worked out here, once: what the summary and the pre-send check show besides the
        # counts (the app would hold its GIL for them).
        checked.carrier_counts()
        checked.numbers_with_several_texts()
    except _Cancelled:
        connection.send(("cancelled",))
        return
    except TemplateError as error:
        connection.send(("refused", error))
        return
    except Exception:  # noqa: BLE001 - a bug of ours: the app logs it and says so in words
        connection.send(("failed", traceback.format_exc()))
        return
    rows = checked.rows
    connection.send(("checked", dataclasses.replace(checked, rows=CheckedRowTable().freeze())))
    for start in range(0, len(rows), CHECKED_CHUNK_ROWS):
        connection.send(("checked-rows", rows[start:start + CHECKED_CHUNK_ROWS]))
    connection.send(("done",))
