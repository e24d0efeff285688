"""A campaign's source in one short text: the same sheet content with the same message.

Starting the same file with the same message again should warn and name the earlier
campaign, even when the file was renamed, moved or saved again unchanged. So the fingerprint
goes by what was read (header and every cell), not by the file's name, date or bytes; then
the phone column and the message (with its ``{列名}`` fields) are added.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

_CHUNK = 10_000  # rows per line of the digested text: part of the format, stored digests use it
# Rows per call of the JSON encoder: a call keeps the GIL until it returns, and the window
# (the GUI thread) waits meanwhile; 10,000 rows took about 10 ms, 500 take well under one.
_PIECE = 500


def rows_digest(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """SHA-256 of the header and cells, in order. JSON keeps an empty cell, a number and a
    text apart, and reads a row the same whether it is a tuple or a list. A 100,000-row
    sheet takes about 0.1 s: run it in a worker."""
    digest = hashlib.sha256()
    digest.update(_json(list(columns)))
    for start in range(0, len(rows), _CHUNK):
        digest.update(b"\n[")  # the JSON list of the chunk's rows, written a piece at a time
        for piece in range(start, min(start + _CHUNK, len(rows)), _PIECE):
            if piece > start:
                digest.update(b",")
            end = min(piece + _PIECE, start + _CHUNK)
            digest.update(_json([list(row) for row in rows[piece:end]])[1:-1])
        digest.update(b"]")
    return digest.hexdigest()


def sheet_fingerprint(digest: str, phone_column: str, template: str) -> str:
    """The fingerprint of a campaign made from a sheet (``rows_digest``), the column its
    numbers come from and its message as typed."""
    text = _json(["sheet-v1", digest, phone_column, template])
    return hashlib.sha256(text).hexdigest()


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":")).encode()
