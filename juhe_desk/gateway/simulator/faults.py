"""Misbehaviour on demand: the failures a client must survive.

Not processed (nothing sent, charged or consumed), so a retry is harmless:
- ``http500``: HTTP 500 with an HTML error page.
- ``html``: HTTP 200 with an HTML page (a proxy or portal in the way).
- ``status21``: a normal answer with STATUS 21 (too many connections).
- ``reset_before``: the connection is reset without an answer.
- ``hang_before``: nothing for ``hang_seconds``, then the connection is reset.
- ``echo``: HTTP 200, JSON with the whole request (password and all) echoed back, at the top
  and as an item of ``list`` that cannot be typed, as misconfigured gateways do.
- ``echo_plain``: HTTP 500, the whole request echoed back as plain text.

Processed first (numbers sent and charged, pulled items consumed), so the outcome is
uncertain to the client and a blind resend would send twice:
- ``reset``: the connection is reset without an answer (the dangerous case).
- ``hang``: the answer comes ``hang_seconds`` late (a client timeout sees nothing).
- ``truncated``: HTTP 200 with the JSON answer cut in half.
- ``empty``: HTTP 200 with an empty body.

Not a request fault: ``misroute`` makes the next ``count`` delivery reports come out of an
``mo`` pull instead of a ``report`` pull, as the 2017 document's example shows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, get_args

FaultKind = Literal[
    "http500", "html", "status21", "reset_before", "hang_before", "echo", "echo_plain",
    "truncated", "empty", "reset", "hang", "misroute",
]
FAULT_KINDS: frozenset[str] = frozenset(get_args(FaultKind))
UNPROCESSED_FAULTS: frozenset[str] = frozenset(
    {"http500", "html", "status21", "reset_before", "hang_before", "echo", "echo_plain"})


@dataclass(slots=True)
class _Fault:
    kind: str
    remaining: int
    actions: frozenset[str] | None


class PendingFaults:
    """Faults waiting for the next requests. ``latency`` and ``hang_seconds`` are plain knobs."""

    def __init__(self) -> None:
        self.latency = 0.0
        self.hang_seconds = 2.0
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._misroutes = 0

    def inject(self, kind: FaultKind | str, count: int = 1,
               actions: Iterable[str] | None = None) -> None:
        """The next ``count`` requests (of ``actions``, if given) misbehave as ``kind``."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {sorted(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            if kind == "misroute":
                self._misroutes += count
            else:
                only = frozenset(actions) if actions is not None else None
                self._faults.append(_Fault(kind, count, only))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._misroutes = 0

    @property
    def pending(self) -> int:
        """How many request faults are still waiting."""
        with self._lock:
            return sum(fault.remaining for fault in self._faults)

    def take(self, action: str) -> str | None:
        """The fault this request must show, consuming it; None for a normal answer."""
        with self._lock:
            for fault in self._faults:
                if fault.actions is None or action in fault.actions:
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault.kind
        return None

    def take_misroutes(self, available: int) -> int:
        """How many of ``available`` reports the next ``mo`` pull must carry."""
        with self._lock:
            taken = min(self._misroutes, available)
            self._misroutes -= taken
            return taken
