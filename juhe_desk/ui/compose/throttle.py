"""Show the latest of a stream of values at most once per interval.

A send reports each batch (tens a second). Shown one by one, each value is a synchronous
repaint of the window (``QProgressBar.setValue`` repaints at once, flushing whatever else
waits to be painted) and a re-layout of the status line: several ms of the GUI thread per
batch with the Send tab in front. Nobody reads faster than ten a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")


class Throttle(QObject, Generic[T]):
    """``give(value)``: the first value is shown at once, later ones at most every
    ``interval_ms`` (the newest then); ``stop()`` drops one not shown yet."""

    def __init__(self, interval_ms: int, show: Callable[[T], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._pending: list[T] = []  # the newest value not shown yet, if any
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._due)

    def give(self, value: T) -> None:
        if self._timer.isActive():
            self._pending[:] = [value]
            return
        self._timer.start()
        self._show(value)

    @property
    def holding(self) -> bool:
        """Within an interval of the last value shown: a newer one waits for its end."""
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._pending.clear()

    def _due(self) -> None:
        if self._pending:
            value = self._pending.pop()
            self._timer.start()
            self._show(value)
