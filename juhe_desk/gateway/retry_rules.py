"""What may be sent to the gateway again after a failure, and how patiently.

The rules follow "What is safe to repeat" in protocol-notes.md and live here alone,
``may_repeat``: a send is repeated only when it provably never reached the gateway or was
refused whole with STATUS 21. The client (client.py) asks them after each failed attempt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from juhe_desk.gateway.errors import (
    BadResponseError,
    CertificateError,
    GatewayError,
    GatewayRefusal,
    GatewayUnreachableError,
    TooManyConnectionsError,
    TransportError,
)

_SAFE_TO_REPEAT = frozenset({"overage", "balance", "statis"})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a repeatable failure is tried again."""

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")

    def delay(self, failed_attempts: int) -> float:
        """The pause after the given number of failed attempts (doubling, capped)."""
        return float(min(self.max_backoff, self.backoff * 2 ** (failed_attempts - 1)))


def may_repeat(action: str, error: GatewayError) -> bool:
    """Whether ``action`` may be sent again after ``error`` (protocol-notes.md)."""
    if isinstance(error, CertificateError):
        return False  # the same certificate fails the same way a second later
    if isinstance(error, GatewayUnreachableError | TooManyConnectionsError):
        return True  # never arrived, or refused whole: nothing happened at the gateway
    if action not in _SAFE_TO_REPEAT:
        return False  # send/p2p: the batch is uncertain; report/mo: records may be consumed
    if isinstance(error, TransportError):
        return True
    if isinstance(error, GatewayRefusal):
        return error.code == 100
    if isinstance(error, BadResponseError):
        # A 4xx will not change by asking again; a broken or 5xx answer may.
        return error.http_status is None or not 400 <= error.http_status < 500
    return False
