"""The table of ``regions`` kept in a file between runs, so that it is built once.

Building it executes libphonenumber's geodata modules (0.3-0.6 s holding the GIL, in long C
steps that stall the GUI thread); reading it back is a copy of bytes (a few ms). One file:

    MAGIC, the header's length (4 bytes, little-endian), the header (JSON: the key the
    table was built for and its regions, index 0 being null), then the table: one
    little-endian unsigned 16-bit index per 7-digit prefix.

A file that is in any way not what this run would build (damaged, cut short by a crash,
written for another version of the data or of this format) is ignored: ``read`` says None and
the caller builds the table anew and writes it again. Writing goes to a temporary name first,
then replaces the file: a reader finds the old file or the new, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMAT = 1
MAGIC = b"juhe-desk china mobile regions\n"
_LENGTH_BYTES = 4

Row = tuple[str, str, str, str]  # province, city, province_en, city_en
Kept = tuple[list[Row | None], "array[int]"]  # the regions (index 0: None) and the table


def read(path: Path, key: dict[str, Any], size: int) -> Kept | None:
    """The regions and the table of ``size`` indices kept in ``path`` for ``key``; None when
    there is no such file or it is not exactly that."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _parse(data, {**key, "format": FORMAT}, size)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):  # JSON: ValueError
        return None


def write(path: Path, key: dict[str, Any], regions: Sequence[Row | None],
          table: array[int]) -> None:
    """Keep ``regions`` and ``table`` in ``path`` for ``key`` (raises OSError: the caller
    decides what a full or read-only disk costs)."""
    header = json.dumps({"key": {**key, "format": FORMAT}, "regions": regions},
                        ensure_ascii=False).encode()
    little = array("H", table)
    if sys.byteorder != "little":
        little.byteswap()
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as out:
            out.write(MAGIC + len(header).to_bytes(_LENGTH_BYTES, "little") + header)
            out.write(little.tobytes())
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _parse(data: bytes, key: dict[str, Any], size: int) -> Kept | None:
    if not data.startswith(MAGIC):
        return None
    start = len(MAGIC) + _LENGTH_BYTES
    header_end = start + int.from_bytes(data[len(MAGIC):start], "little")
    if len(data) != header_end + 2 * size:  # cut short, or more than a table
        return None
    header = json.loads(data[start:header_end])
    if header["key"] != key:
        return None
    regions: list[Row | None] = [None]
    stored = header["regions"]
    if not isinstance(stored, list) or not stored or stored[0] is not None:
        return None
    for row in stored[1:]:
        if not (isinstance(row, list) and len(row) == 4
                and all(isinstance(part, str) for part in row)):
            return None
        regions.append((row[0], row[1], row[2], row[3]))
    raw = data[header_end:]
    if not _indices_below(raw, len(regions)):
        return None
    table = array("H")
    table.frombytes(raw)
    if sys.byteorder != "little":
        table.byteswap()
    return regions, table


def _indices_below(raw: bytes, count: int) -> bool:
    """Whether every little-endian 16-bit index in ``raw`` is below ``count``, without a
    Python step per index (``max`` of the table holds the GIL for 9 ms): index = high * 256
    + low is below count = top * 256 + rest when high < top, or high == top and low < rest.
    Each byte plane is mapped to 0/1 flags by ``bytes.translate``, and the flags of the two
    planes are ANDed as two big integers."""
    top, rest = divmod(count, 256)
    high_flags = raw[1::2].translate(bytes(0 if b < top else 1 if b == top else 2
                                           for b in range(256)))
    if b"\x02" in high_flags:  # a high byte above the top's
        return False
    low_flags = raw[0::2].translate(bytes(0 if b < rest else 1 for b in range(256)))
    return not int.from_bytes(high_flags, "little") & int.from_bytes(low_flags, "little")
