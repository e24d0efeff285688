"""What the GUI thread's event loop handled in a stall, for ui_stall.py's ``--events``.

An application-wide event filter notes every event the GUI thread delivers (when, its
type, the receiver); an event's share of a gap is the time until the next one began. A
paint is delivered as a window's UpdateRequest followed by a Paint per widget repainted, so
the slowest widget's paint shows as its own Paint; a queued signal is a MetaCall (its slot,
in Python, shows in ``--trace``'s stacks). The filter costs a call into Python per event:
the figures with it are a little worse than without.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEvent, QObject


class EventLog(QObject):
    """Every event the GUI thread delivers: (perf_counter, GUI thread's CPU, type, receiver)."""

    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtWidgets import QApplication

        self.events: list[tuple[float, float, int, str]] = []
        self._gui = threading.main_thread().ident
        self._names: dict[int, str] = {}
        app = QApplication.instance()
        assert app is not None
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if threading.get_ident() == self._gui:
            self.events.append((time.perf_counter(), time.thread_time(),
                                int(event.type()), self._name(watched)))
        return False

    def _name(self, watched: QObject) -> str:
        key = id(watched)
        name = self._names.get(key)
        if name is None:
            parent = watched.parent()
            own = watched.objectName() or type(watched).__name__
            above = (parent.objectName() or type(parent).__name__) if parent is not None else ""
            name = self._names[key] = f"{above}/{own}" if above else own
        return name

    def stop(self) -> None:
        self._app.removeEventFilter(self)

    def during(self, end: float, gap_ms: float, top: int = 4) -> str:
        """The events that took longest in (end - gap, end]: type, receiver, ms (CPU ms)."""
        start = end - gap_ms / 1000
        spans = []
        for (began, cpu, kind, name), (after, after_cpu, _k, _n) in zip(
                self.events, self.events[1:], strict=False):
            if began >= end:
                break
            if after > start:
                spans.append((min(after, end) - max(began, start), after_cpu - cpu, kind, name))
        spans.sort(reverse=True)
        return "; ".join(f"{_kind(kind)} {name} {1000 * wall:.0f} ms ({1000 * cpu:.0f} CPU)"
                         for wall, cpu, kind, name in spans[:top] if wall > 0.001)


    def busiest(self, start: float, end: float, top: int = 8) -> str:
        """The events that took most of the GUI thread's CPU in (start, end], in all."""
        spent: dict[tuple[int, str], list[float]] = {}
        for (began, cpu, kind, name), (_after, after_cpu, _k, _n) in zip(
                self.events, self.events[1:], strict=False):
            if start < began <= end:
                entry = spent.setdefault((kind, name), [0.0, 0])
                entry[0] += after_cpu - cpu
                entry[1] += 1
        ranked = sorted(spent.items(), key=lambda item: -item[1][0])[:top]
        return "; ".join(f"{_kind(kind)} {name} {1000 * cpu:.0f} ms CPU ({count}x)"
                         for (kind, name), (cpu, count) in ranked)


def _kind(kind: int) -> str:
    try:
        return QEvent.Type(kind).name
    except ValueError:
        return str(kind)
