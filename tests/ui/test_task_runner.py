"""The one worker pattern: every job runs in the runner's job scope (the store's
``job_connection``), its result or error comes back on the GUI thread, and cancelling its
context is the one way to stop it."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from juhe_desk.store import Store
from juhe_desk.ui.tasks import TaskContext, TaskRunner


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        yield opened


@pytest.fixture
def runner(store: Store) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(job_scope=store.job_connection)
    yield task_runner
    task_runner.shutdown()


def test_a_job_reaches_the_store_and_leaves_its_connection_for_the_next(
        qtbot: QtBot, store: Store, runner: TaskRunner) -> None:
    store.set_setting("greeting", "你好")
    results: list[tuple[str | None, sqlite3.Connection]] = []

    def job(ctx: TaskContext) -> tuple[str | None, sqlite3.Connection]:
        return store.get_setting("greeting"), store._db.connection()

    for count in (1, 2):  # one after the other
        runner.submit(job, on_result=results.append)
        qtbot.waitUntil(lambda count=count: len(results) == count, timeout=5000)
    (first, used), (second, used_again) = results
    assert first == second == "你好"
    assert used is used_again  # given back after the first job, lent to the second
    assert used in store._db._idle


def test_a_failed_job_reports_on_the_gui_thread_and_its_connection_is_closed(
        qtbot: QtBot, store: Store, runner: TaskRunner) -> None:
    used: list[sqlite3.Connection] = []
    errors: list[tuple[BaseException, bool]] = []

    def job(ctx: TaskContext) -> None:
        used.append(store._db.connection())
        raise ValueError("kaputt")

    runner.submit(job, on_error=lambda e: errors.append(
        (e, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0][0], ValueError) and errors[0][1]
    with pytest.raises(sqlite3.ProgrammingError):
        used[0].execute("SELECT 1")


def test_cancelling_a_context_wakes_its_wait_at_once(qtbot: QtBot, runner: TaskRunner) -> None:
    waiting = threading.Event()
    results: list[tuple[bool, bool]] = []

    def job(ctx: TaskContext) -> tuple[bool, bool]:
        waiting.set()
        woke = ctx.wait(60)  # a back-off, say
        return woke, ctx.cancelled

    ctx = runner.submit(job, on_result=results.append)
    assert waiting.wait(5)
    ctx.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)  # not a minute later
    assert results == [(True, True)]
