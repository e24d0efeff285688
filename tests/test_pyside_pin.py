"""PySide6 6.12.0 on Python 3.11 leaks a reference to True per Signal.emit() and aborts.

See ../shared/known-traps.md. This test fails loudly if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


def test_signal_emit_keeps_the_refcount_of_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(3000):
        emitter.ping.emit(i)
    after = sys.getrefcount(True)
    assert len(received) == 3000
    # Immortal on 3.12+, so the difference is 0 there; on 3.11 the bug shows as -3000.
    assert abs(after - before) < 100, (before, after)
