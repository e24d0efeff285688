"""While the window's start builds its tabs, the jobs submitted wait (``TaskRunner.hold``):
none starts until ``release()`` or the hold's limit, then all in the order submitted; the
jobs running go on; a runner shut down while holding ends cleanly."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from juhe_desk.ui.tasks import TaskContext, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner(max_threads=4)
    yield task_runner
    task_runner.shutdown()


def test_held_jobs_start_in_order_once_released(qtbot: QtBot, runner: TaskRunner) -> None:
    go = threading.Event()
    runner.submit(lambda ctx: go.wait(10))  # running before the hold: goes on
    runner.hold(at_most_ms=60_000)
    begun: list[int] = []
    done: list[int] = []
    for number in range(3):
        runner.submit(lambda ctx, n=number: begun.append(n) or n, on_result=done.append)
    # Never handed to the pool: only the job submitted before the hold has a thread.
    assert runner._pool.activeThreadCount() == 1
    assert begun == [] and runner.busy() == 4
    runner.narrow(1, at_most_ms=60_000)  # one at a time, so that their order shows
    runner.release()
    go.set()
    qtbot.waitUntil(lambda: done == [0, 1, 2], timeout=5000)
    assert begun == [0, 1, 2]
    runner.widen()

    runner.submit(lambda ctx: 3, on_result=done.append)  # released: as usual again
    qtbot.waitUntil(lambda: done == [0, 1, 2, 3], timeout=5000)


def test_held_jobs_start_at_the_limit_whatever_happens(qtbot: QtBot,
                                                       runner: TaskRunner) -> None:
    done: list[str] = []
    runner.hold(at_most_ms=50)
    runner.submit(lambda ctx: "ran", on_result=done.append)
    assert runner._pool.activeThreadCount() == 0
    qtbot.waitUntil(lambda: done == ["ran"], timeout=5000)  # nobody released it


def test_a_runner_shut_down_while_holding_ends_and_calls_nobody_back(qtbot: QtBot) -> None:
    task_runner = TaskRunner(max_threads=2)
    seen: list[bool] = []
    called: list[object] = []

    def job(ctx: TaskContext) -> None:
        seen.append(ctx.cancelled)

    task_runner.hold(at_most_ms=60_000)
    task_runner.submit(job, on_result=called.append, on_error=called.append)
    assert task_runner.shutdown()
    assert seen == [True]  # started with the others waiting, cancelled
    QCoreApplication.sendPostedEvents()  # its end, as the window's event loop would get it
    assert called == [] and task_runner.busy() == 0
