"""The window's start after its first paint: steps that run again, a job begun early whose
outcome a later step uses, and the trace bench/start_bench.py prints."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from juhe_desk.ui.window_start import AGAIN, AfterJob, HeldOutcome, WindowStart, step_name


def test_a_held_outcome_is_handed_over_once_both_sides_are_there() -> None:
    seen: list[object] = []
    early = HeldOutcome()
    early.result("password")  # the job ended before the start got there
    assert seen == []
    early.then(seen.append, seen.append)
    assert seen == ["password"]
    early.then(seen.append, seen.append)  # nothing is handed over twice
    early.result("again")
    assert seen == ["password"]

    late = HeldOutcome()
    late.then(seen.append, lambda error: seen.append(f"failed: {error}"))
    assert seen == ["password"]  # the start waits for the job
    late.error(OSError("no keyring"))
    assert seen == ["password", "failed: no keyring"]


def test_the_steps_run_in_turn_again_when_asked_and_after_their_job(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    parts = iter(range(3))
    resume_job: list[object] = []

    def in_parts() -> str | None:
        part = next(parts, None)
        ran.append(f"part {part}")
        return AGAIN if part is not None else None

    start = WindowStart(window, [partial(ran.append, "first"), in_parts,
                                 AfterJob(resume_job.append), partial(ran.append, "last")])
    start.painted()
    qtbot.waitUntil(lambda: len(resume_job) == 1)
    assert ran == ["first", "part 0", "part 1", "part 2", "part None"]
    assert start.pending
    resume_job[0]()  # type: ignore[operator]  # the job is over
    qtbot.waitUntil(lambda: not start.pending)
    assert ran[-1] == "last"
    names = [name for name, *_times in start.trace]
    assert names[0] == "list.append(first)" and names.count("test_the_steps_run_in_turn_again"
                                                            "_when_asked_and_after_their_job."
                                                            "<locals>.in_parts") == 4
    assert all(wall >= 0 and cpu >= 0 for _name, _began, wall, cpu in start.trace)
    assert step_name(AfterJob(resume_job.append)).startswith("after job: ")
