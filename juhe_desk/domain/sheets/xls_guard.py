"""Refuse a legacy .xls (BIFF) that would exhaust the reader, before calamine opens it.

calamine reads every sheet of an .xls as it opens it, reserving room for the cells each
DIMENSIONS record claims (a 20-byte lie asks for billions), and it joins CONTINUE records
in time that grows with the square of their number (2,000,000 empty ones, 8 MB, keep it
busy for hours). The records of the workbook stream (taken out of its OLE container by
olefile) are walked only when C-speed searches of the file's bytes find something that may
be either: a normal file costs two searches (olefile alone would take a quarter of
calamine's time). A record split across the container's sectors can hide from the searches;
the reader process's memory and time limits still hold then.
"""

from __future__ import annotations

import re
import struct

import olefile

from juhe_desk.domain.sheets.errors import SheetCorruptError, SheetTooLargeError
from juhe_desk.domain.sheets.xlsx_guard import MAX_CELLS, column_letters

_CONTINUE = 0x003C
_DIMENSIONS = 0x0200
# Excel splits a long shared-string table into CONTINUE records of 8 KB: 65,535 strings of
# the longest kind need about 8,000. calamine takes 0.1 s for 25,000 in a row, 1.8 s for 100,000.
MAX_CONTINUE_RUN = 25_000
# DIMENSIONS: type 0x0200, then its length, 14 bytes (BIFF8) or 10 (BIFF5).
_DIMENSIONS_HEADER = re.compile(rb"\x00\x02(?:\x0e|\x0a)\x00")
_CONTINUE_HEADER = b"\x3c\x00"


def check_xls(path: str, name: str) -> None:
    """Raise a SheetError for a workbook stream that claims too much; anything unexpected in
    the container is left for calamine to report."""
    try:
        with open(path, "rb") as file:
            raw = file.read()
        # Counting one byte is several times faster than counting two: most files stop there.
        suspect = (raw.count(_CONTINUE_HEADER[:1]) > MAX_CONTINUE_RUN
                   and raw.count(_CONTINUE_HEADER) > MAX_CONTINUE_RUN) or any(
            _claimed_cells(raw, match.start()) > MAX_CELLS
            for match in _DIMENSIONS_HEADER.finditer(raw))
        del raw
        stream = _workbook_stream(path) if suspect else None
    except Exception:  # noqa: BLE001 - not an OLE workbook, or a damaged one: calamine's to say
        return
    if stream is None:
        return
    run = longest = 0
    position, end = 0, len(stream) - 4
    while position <= end:
        kind, size = struct.unpack_from("<HH", stream, position)
        if kind == _CONTINUE:
            run += 1
            longest = max(longest, run)
        else:
            run = 0
            if kind == _DIMENSIONS and _claimed_cells(stream, position) > MAX_CELLS:
                raise _refusal(stream, position, name)
        position += 4 + size
    if longest > MAX_CONTINUE_RUN:
        raise SheetCorruptError(name, f"其中有 {longest:,} 个相连的续接记录，正常文件只有几千个",
                                f"it holds {longest:,} CONTINUE records in a row where a "
                                "normal file has a few thousand")


def _workbook_stream(path: str) -> bytes | None:
    with olefile.OleFileIO(path) as container:
        for stream_name in ("Workbook", "Book"):  # BIFF8, BIFF5
            if container.exists(stream_name):
                data: bytes = container.openstream(stream_name).read()
                return data
    return None


def _bounds(stream: bytes, at: int) -> tuple[int, int, int, int] | None:
    """First row, last row + 1, first column, last column + 1 of a DIMENSIONS record."""
    size = struct.unpack_from("<H", stream, at + 2)[0]
    if at + 4 + size > len(stream):
        return None
    if size == 14:
        rows: tuple[int, int, int, int] = struct.unpack_from("<IIHH", stream, at + 4)
        return rows
    bounds: tuple[int, int, int, int] = struct.unpack_from("<HHHH", stream, at + 4)
    return bounds


def _claimed_cells(stream: bytes, at: int) -> int:
    """The cells calamine reserves room for: its own unsigned 32-bit arithmetic, so a first
    row after the last one claims about 4 billion rows."""
    bounds = _bounds(stream, at)
    if bounds is None:
        return 0
    first_row, end_row, first_column, end_column = bounds
    if end_row < 1 or end_column < 1:
        return 1
    if first_column > 0xFF or end_column < first_column:
        first_column = 0
    return ((end_row - first_row) % 2**32) * (end_column - first_column)


def _refusal(stream: bytes, at: int, name: str) -> SheetTooLargeError | SheetCorruptError:
    bounds = _bounds(stream, at)
    assert bounds is not None
    first_row, end_row, _first_column, end_column = bounds
    if end_row < first_row:
        return SheetCorruptError(name, "它声明的表格范围不可能存在",
                                 "the range it declares cannot exist")
    return SheetTooLargeError(name, f"{column_letters(end_column)}{end_row}")
