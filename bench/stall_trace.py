"""What ran in a stall, for ui_stall.py's ``--trace``: the GUI thread's Python stack and the
other threads' (sampled every millisecond by a thread of its own), and every pass of the
garbage collector (when, how long, which generation, on which thread)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path


class CollectorWatch:
    """Every pass of the cyclic garbage collector: when, how long, which generation and on
    which thread. A pass holds the GIL throughout, whichever thread's allocation set it off,
    so a long one stalls the GUI thread even when another thread ran it."""

    def __init__(self) -> None:
        import gc

        self.passes: list[tuple[float, float, int, str]] = []  # start, end, generation, thread
        self._started = 0.0
        self._gc = gc
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._started = now
        else:
            self.passes.append((self._started, now, info["generation"],
                                threading.current_thread().name))

    def stop(self) -> None:
        self._gc.callbacks.remove(self._note)

    def summary(self, start: float, end: float) -> str:
        """The passes of each generation that ended in (start, end]: how many, the longest."""
        parts = []
        for generation in (0, 1, 2):
            took = [stop - begin for begin, stop, gen, _t in self.passes
                    if gen == generation and start < stop <= end]
            if took:
                parts.append(f"gen {generation}: {len(took)}, longest {1000 * max(took):.0f} ms")
        return "collector " + (", ".join(parts) or "idle")

    def during(self, end: float, gap_ms: float) -> str:
        """The collector's passes over 1 ms that overlapped (end - gap, end]."""
        start = end - gap_ms / 1000
        seen = [f"gen {gen} {1000 * (stop - begin):.0f} ms on {thread}"
                for begin, stop, gen, thread in self.passes
                if begin < end and stop > start and stop - begin > 0.001]
        return f" · collector: {', '.join(seen)}" if seen else ""


class StackSampler:
    """A thread that looks at the GUI thread's Python stack every millisecond; ``during``
    names the functions it was in most often between two moments (a gap of the heartbeat).
    While Qt paints or lays out, the stack shows the Python frame that called into Qt (or
    the event loop's ``exec`` when nothing in Python did): a hint, not a profile."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.others: list[tuple[float, tuple[str, ...]]] = []  # other threads, when busy
        self._gui = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stack-sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(0.001):
            frames = sys._current_frames()
            moment = time.perf_counter()
            self.samples.append((moment, _stack(frames.get(self._gui or 0), 40)))
            for ident, frame in frames.items():
                if ident not in (me, self._gui):
                    stack = _stack(frame, 3)
                    if stack and not stack[0].endswith(IDLE):
                        self.others.append((moment, stack))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def during(self, end: float, gap_ms: float) -> str:
        """The innermost frames seen most in (end - gap, end], with their share."""
        start = end - gap_ms / 1000
        chosen = [stack for moment, stack in self.samples if start < moment <= end]
        if not chosen:
            return "?"
        counts: dict[str, int] = {}
        for stack in chosen:
            ours = [f for f in stack if not f.startswith(("ui_stall.", "threading."))]
            label = " < ".join(ours[:3]) if ours else "(in Qt, called from the event loop)"
            counts[label] = counts.get(label, 0) + 1
        top = sorted(counts.items(), key=lambda item: -item[1])[:3]
        return "; ".join(f"{100 * n // len(chosen)}% {label}" for label, n in top)

    def others_during(self, end: float, gap_ms: float) -> str:
        """What other threads ran most in (end - gap, end] (sampled as the GIL allowed)."""
        start = end - gap_ms / 1000
        counts: dict[str, int] = {}
        for moment, stack in self.others:
            if start < moment <= end:
                label = " < ".join(stack)
                counts[label] = counts.get(label, 0) + 1
        top = sorted(counts.items(), key=lambda item: -item[1])[:3]
        return "; ".join(f"{n}x {label}" for label, n in top)


IDLE = (".wait", ".select", ".get", ".accept", ".poll", "._worker", ".readinto", ".recv_into",
        ".serve_forever", ".sleep")


def _stack(frame: object, depth: int) -> tuple[str, ...]:
    """The innermost ``depth`` frames of a thread's Python stack, as module.function."""
    stack = []
    while frame is not None and len(stack) < depth:
        code = frame.f_code  # type: ignore[attr-defined]
        stack.append(f"{Path(code.co_filename).stem}.{code.co_name}")
        frame = frame.f_back  # type: ignore[attr-defined]
    return tuple(stack)
