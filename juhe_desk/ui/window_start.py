"""The main window's start after its first paint, a step each time the event loop comes round.

The window builds only its frame and the tab shown first before it is shown. From its first
paint on (or a second after being shown, should no paint come: a window started minimized)
``WindowStart`` runs the rest, one step per turn of the event loop, so the window answers in
between: no step may keep the GUI thread for more than a few ms. A step may start a job and
go on only once it is done (``AfterJob``), or ask to run again on the next turn (returning
``AGAIN``: a page built a part per turn). Closing the window cancels what is still to come.

The next step comes from a timer of 1 ms started when a step ends, not from
``QTimer.singleShot(0)``: that is a posted call, which Qt may run right after the previous
step, before the input, paints and timers that came due meanwhile; two steps then keep the
window from answering for as long as both.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

from juhe_desk.startup_gc import first_paint

log = logging.getLogger(__name__)

# Should no paint come (a window started minimized), the start goes on after this anyway.
START_WITHOUT_PAINT_MS = 1000
STEP_SPACING_MS = 1  # from the end of a step to the next: what came due meanwhile runs first

Step = Callable[[], object]
AGAIN = "again"  # what a step returns to run once more on the next turn (a page in parts)


@dataclass(frozen=True, slots=True)
class AfterJob:
    """A step that starts a job: ``start(resume)`` calls ``resume()`` when the job is over
    (done or failed), and only then does the start go on."""

    start: Callable[[Callable[[], None]], object]


class HeldOutcome:
    """A job's outcome kept until the start is ready for it: pass ``result`` and ``error`` as
    the job's callbacks; ``then(on_result, on_error)`` gets it once both have happened,
    whichever came first (a job begun early, used by a later step)."""

    def __init__(self) -> None:
        self._outcome: tuple[bool, object] | None = None
        self._then: tuple[Callable[[object], None], Callable[[BaseException], None]] | None = None
        self._handed_over = False

    def result(self, value: object) -> None:
        self._outcome = (True, value)
        self._hand_over()

    def error(self, error: BaseException) -> None:
        self._outcome = (False, error)
        self._hand_over()

    def then(self, on_result: Callable[[object], None],
             on_error: Callable[[BaseException], None]) -> None:
        self._then = (on_result, on_error)
        self._hand_over()

    def _hand_over(self) -> None:
        if self._outcome is None or self._then is None or self._handed_over:
            return
        (ok, value), (on_result, on_error) = self._outcome, self._then
        self._handed_over = True  # once
        if ok:
            on_result(value)
        else:
            assert isinstance(value, BaseException)
            on_error(value)


class WindowStart(QObject):
    """Runs the planned steps once the window has painted."""

    def __init__(self, parent: QObject, steps: Iterable[Step | AfterJob]) -> None:
        super().__init__(parent)
        self._steps: deque[Step | AfterJob] | None = deque(steps)
        self._begun = False
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setTimerType(Qt.TimerType.PreciseTimer)
        self._turn.setInterval(STEP_SPACING_MS)
        self._turn.timeout.connect(self._next)
        # Each step's name, its start (perf_counter) and its wall and GUI-thread CPU time in
        # ms: bench/start_bench.py --trace prints them.
        self.trace: list[tuple[str, float, float, float]] = []

    @property
    def pending(self) -> bool:
        """Steps are still to run (and the window was not closed)."""
        return self._steps is not None

    def shown(self) -> None:
        """The window was shown: begin after its first paint, or a second from now."""
        if self._steps is not None and not self._begun:
            QTimer.singleShot(START_WITHOUT_PAINT_MS, self.painted)

    def painted(self) -> None:
        if self._steps is None or self._begun:
            return
        self._begun = True
        first_paint()
        self._turn.start()

    def cancel(self) -> None:
        """The window closes: what was still to start, never will."""
        self._steps = None
        self._turn.stop()

    def _next(self) -> None:
        """One step, then the next when the event loop comes round again (after a job's
        end for an ``AfterJob``)."""
        steps = self._steps
        if steps is None:
            return
        if not steps:
            self._steps = None
            return
        step = steps.popleft()
        began, began_cpu = time.perf_counter(), time.thread_time()
        try:
            if isinstance(step, AfterJob):
                step.start(self._resume)
                return
            if step() == AGAIN:
                steps.appendleft(step)
        except Exception:  # a bug: logged, and the rest of the start still happens
            log.exception("a start-up step failed")
        finally:
            self.trace.append((step_name(step), began, (time.perf_counter() - began) * 1000,
                               (time.thread_time() - began_cpu) * 1000))
        self._turn.start()

    def _resume(self) -> None:
        if self._steps is not None:
            self._turn.start()


def step_name(step: object) -> str:
    """A step's name in the trace: its function's, with the arguments of a partial."""
    if isinstance(step, AfterJob):
        return "after job: " + step_name(step.start)
    func, args = getattr(step, "func", None), getattr(step, "args", ())
    if func is not None:
        shown = (str(arg) if len(str(arg)) <= 40 else type(arg).__name__ for arg in args)
        return f"{step_name(func)}({', '.join(shown)})"
    return str(getattr(step, "__qualname__", step))
