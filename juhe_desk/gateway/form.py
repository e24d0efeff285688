"""Request bodies: ``application/x-www-form-urlencoded``, byte for byte what ``urlencode`` writes.

A p2p body of 500 Chinese texts is ~100 KB to escape, and ``urllib.parse.urlencode``
escapes it one byte at a time in Python (~3 ms a request, as long as our whole journal
step). Here each run of bytes to escape is written at once by ``bytes.hex`` in C, which
makes it 2-3x faster. tests/gateway/test_form.py holds it equal to ``urlencode``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# What quote_plus leaves as it is: RFC 3986 unreserved characters; a space becomes "+".
_TO_ESCAPE = re.compile(rb"[^A-Za-z0-9_.~ -]+")


def encode_form(fields: Mapping[str, str]) -> bytes:
    """``urlencode(fields, encoding="utf-8").encode("ascii")``, faster."""
    return b"&".join(_quote_plus(name) + b"=" + _quote_plus(value)
                     for name, value in fields.items())


def _quote_plus(text: str) -> bytes:
    return _TO_ESCAPE.sub(_escape_run, text.encode("utf-8")).replace(b" ", b"+")


def _escape_run(run: re.Match[bytes]) -> bytes:
    return b"%" + run.group().hex("%").upper().encode("ascii")
