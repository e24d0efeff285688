"""What bench/start_bench.py finds out about a start beside its figures: in the started
process, the session's jobs (their thread's start, end and CPU) and what the GUI thread does
with their ends (``trace_jobs``); in the report, the stalls with what ran in them
(``--verbose``) and the start's steps (``--trace``)."""

from __future__ import annotations

import statistics
import time
from typing import Any


def trace_jobs() -> list[tuple[str, float, float, float]]:
    """Each TaskRunner job's name, start and end (perf_counter) and its thread's CPU ms, as
    they end (the started process only: ``--verbose`` lists those running in a stall)."""
    from juhe_desk.ui import tasks

    jobs: list[tuple[str, float, float, float]] = []
    run = tasks._Runnable.run

    def traced(self: Any) -> None:
        began, began_cpu = time.perf_counter(), time.thread_time()
        try:
            run(self)
        finally:
            fn = self._fn
            name = getattr(fn, "__qualname__", None) or getattr(
                getattr(fn, "func", None), "__qualname__", type(fn).__name__)
            jobs.append((name, began, time.perf_counter(),
                         (time.thread_time() - began_cpu) * 1000))

    tasks._Runnable.run = traced  # type: ignore[method-assign]
    for hook in ("_on_finished", "_on_failed"):  # what the GUI thread does with their ends
        setattr(tasks.TaskRunner, hook, _traced_callback(getattr(tasks.TaskRunner, hook)))
    return jobs


CALLBACKS: list[tuple[str, float, float, float]] = []  # GUI thread: name, start, wall, CPU ms


def _traced_callback(hook: Any) -> Any:
    def traced(self: Any, task_id: int, outcome: object) -> None:
        callbacks = self._running.get(task_id)
        began, began_cpu = time.perf_counter(), time.thread_time()
        try:
            hook(self, task_id, outcome)
        finally:
            callback = callbacks and (callbacks.on_result or callbacks.on_error)
            name = getattr(callback, "__qualname__", type(callback).__name__)
            CALLBACKS.append((f"→ {name}", began, (time.perf_counter() - began) * 1000,
                              (time.thread_time() - began_cpu) * 1000))

    return traced


def print_stalls(runs: dict[str, list[dict[str, Any]]]) -> None:
    """Each run's stalls after the paint, with the start steps, the jobs' callbacks (GUI
    thread) and the jobs (other threads) that ran in each."""
    for kind in runs:
        for run in runs[kind]:
            stalls = " ".join(f"{at}+{gap}[{cpu}]" for at, gap, cpu in run["stalls"])
            print(f"  {kind}: stalls (ms after painted + length [GUI thread's CPU]):"
                  f" {stalls or 'none'}")
            for at, gap, _cpu in run["stalls"]:
                during = [f"{name} {began:.0f}-{ended:.0f} [{cpu:.0f}]"
                          for name, began, ended, cpu in run.get("jobs", [])
                          if began < at and ended > at - gap]
                steps = [f"{name} {began:.0f}+{wall:.0f}[{cpu:.0f}]"
                         for name, began, wall, cpu in [*run.get("trace", []),
                                                        *run.get("callbacks", [])]
                         if began < at and began + wall > at - gap]
                print(f"    jobs in {at}+{gap}: {', '.join(during) or 'none'}"
                      f"; steps: {', '.join(steps) or 'none'}")


def print_trace(runs: dict[str, list[dict[str, Any]]]) -> None:
    """Each start step of each kind, in the order of the first run: when it began (median ms
    after painted), its wall time and the GUI thread's CPU time in it (median, most)."""
    for kind, kind_runs in runs.items():
        if not kind_runs[0].get("trace"):
            continue
        steps: dict[str, list[list[Any]]] = {}
        for run in kind_runs:
            seen: dict[str, int] = {}
            for name, at, wall, cpu in run["trace"]:
                seen[name] = seen.get(name, 0) + 1  # a step that comes more than once
                key = f"{name} #{seen[name]}" if seen[name] > 1 else name
                steps.setdefault(key, []).append([at, wall, cpu])
        print(f"{kind}: start steps after painted: at ms, wall ms, CPU ms (median / most)")
        for key, rows in steps.items():
            at, wall, cpu = (statistics.median(row[i] for row in rows) for i in range(3))
            most = max(row[2] for row in rows)
            print(f"  {at:7.0f} {wall:6.1f} {cpu:6.1f} / {most:5.1f}  {key}")
        print(f"  total CPU of the steps (median run): "
              f"{statistics.median(sum(r[3] for r in run['trace']) for run in kind_runs):.0f}"
              " ms")
