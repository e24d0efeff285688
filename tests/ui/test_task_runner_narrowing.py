"""While the window starts, the runner runs fewer jobs at once (``TaskRunner.narrow``): the
others wait their turn in order and start once it widens again, or once the narrowing's
limit is reached whatever happens."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from juhe_desk.ui.tasks import TaskContext, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner(max_threads=4)
    yield task_runner
    task_runner.shutdown()


class Jobs:
    """Jobs that say when they begin, end only when let go, and count how many ran at once."""

    def __init__(self) -> None:
        self.begun: list[int] = []
        self.go = threading.Event()
        self.running = self.most_at_once = 0
        self._lock = threading.Lock()

    def job(self, number: int) -> Callable[[TaskContext], int]:
        def run(ctx: TaskContext) -> int:
            with self._lock:
                self.begun.append(number)
                self.running += 1
                self.most_at_once = max(self.most_at_once, self.running)
            self.go.wait(10)
            with self._lock:
                self.running -= 1
            return number

        return run


def test_narrowed_jobs_wait_their_turn_until_widened(qtbot: QtBot, runner: TaskRunner
                                                     ) -> None:
    jobs, done = Jobs(), list[int]()
    runner.narrow(1, at_most_ms=60_000)
    for number in range(3):
        runner.submit(jobs.job(number), on_result=done.append)
    qtbot.waitUntil(lambda: jobs.begun == [0], timeout=5000)
    # Waited for by what the jobs did, not by a blocker on the bridge's signal: that signal
    # is emitted from the pool's threads, and a blocker left connected to it as the next
    # job's emit came crashed the test process once (signal 11 in pytest-qt's loop).
    jobs.go.set()  # the first ends, then the others, in order
    qtbot.waitUntil(lambda: done == [0, 1, 2], timeout=5000)
    assert jobs.begun == [0, 1, 2]
    assert jobs.most_at_once == 1

    jobs.go.clear()
    runner.widen()
    for number in range(3, 6):
        runner.submit(jobs.job(number), on_result=done.append)
    qtbot.waitUntil(lambda: sorted(jobs.begun[3:]) == [3, 4, 5], timeout=5000)
    assert jobs.most_at_once == 3  # all at once: none was let go
    jobs.go.set()
    qtbot.waitUntil(lambda: len(done) == 6, timeout=5000)


def test_the_waiting_jobs_start_when_widened_or_at_the_limit(qtbot: QtBot,
                                                             runner: TaskRunner) -> None:
    jobs = Jobs()
    runner.narrow(1, at_most_ms=60_000)
    runner.submit(jobs.job(0))
    runner.submit(jobs.job(1))
    qtbot.waitUntil(lambda: jobs.begun == [0], timeout=5000)
    runner.widen(after_ms=50)  # the first still runs: the second starts beside it
    qtbot.waitUntil(lambda: jobs.begun == [0, 1], timeout=5000)
    runner.narrow(1)  # widened already: stays so
    runner.submit(jobs.job(2))
    qtbot.waitUntil(lambda: jobs.begun == [0, 1, 2], timeout=5000)
    jobs.go.set()

    held = Jobs()
    runner.narrow(1, at_most_ms=100)  # a job that never ends soon holds the one thread
    runner.submit(held.job(3))
    runner.submit(held.job(4))
    qtbot.waitUntil(lambda: held.begun == [3, 4], timeout=5000)  # the limit came
    held.go.set()
