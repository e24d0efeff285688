"""Signals typed with a Python class (``Signal(Balance)``) carry the very object, also queued
from another thread, as the push receiver's ``Signal(SyncSummary)`` does."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.models import Balance
from juhe_desk.services.sync import SyncSummary


class Carrier(QObject):
    balance = Signal(Balance)
    summary = Signal(SyncSummary, str)


def test_a_typed_signal_crosses_threads_queued(qtbot: QtBot) -> None:
    carrier = Carrier()
    got: list[tuple[object, bool]] = []

    def received(value: object, *_rest: object) -> None:
        got.append((value, threading.current_thread() is threading.main_thread()))

    carrier.balance.connect(received, Qt.ConnectionType.QueuedConnection)
    carrier.summary.connect(received, Qt.ConnectionType.QueuedConnection)
    balance = Balance(balance=123_456, charge_type="PRECHARGE")
    summary = SyncSummary()
    worker = threading.Thread(target=lambda: (carrier.balance.emit(balance),
                                              carrier.summary.emit(summary, "push")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == [(balance, True), (summary, True)]
    assert got[0][0] is balance and got[1][0] is summary  # the object itself, not a copy
