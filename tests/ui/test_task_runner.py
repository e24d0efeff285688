"""The one worker pattern: every job runs in the runner's job scope (the store's
``job_connection``), its result or error comes back on the GUI thread, and cancelling its
context is the one way to stop it."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from juhe_desk.store import Store
from juhe_desk.ui.callback_owner import still_wanted
from juhe_desk.ui.tasks import TaskContext, TaskRunner


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


class _Asker(QLabel):
    """A widget that asks for a result: with a bound method, and with a closure."""

    def __init__(self, runner: TaskRunner, go: threading.Event, shown: list[str]) -> None:
        super().__init__()
        self.shown = shown

        def job(ctx: TaskContext) -> str:
            assert go.wait(10), "the test never let the job finish"
            return "结果"

        def show(result: str) -> None:
            self.setText(result)  # a deleted label would raise here
            self.shown.append(f"closure {result}")

        runner.submit(job, on_result=self.show_result)
        runner.submit(job, on_result=show, on_progress=show, on_error=self.show_error)

    def show_result(self, result: str) -> None:
        self.setText(result)
        self.shown.append(f"method {result}")

    def show_error(self, error: BaseException) -> None:
        self.setText(str(error))


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped_quietly(
        qtbot: QtBot, runner: TaskRunner) -> None:
    go = threading.Event()
    shown: list[str] = []
    kept = _Asker(runner, go, shown)
    closed = _Asker(runner, go, [])
    plain: list[str] = []
    runner.submit(lambda ctx: go.wait(10) and "无主", on_result=plain.append)
    closed.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(closed), timeout=5000)
    go.set()
    qtbot.waitUntil(lambda: runner.busy() == 0, timeout=5000)
    assert sorted(shown) == ["closure 结果", "method 结果"]  # the live widget's, both
    assert plain == ["无主"]  # a callback of no widget is always called
    assert kept.text() == "结果"


def test_a_deleted_widgets_shutdown_hook_is_left_out(qtbot: QtBot) -> None:
    kept, closed = QTimer(), QTimer()
    stopped: list[str] = []
    closed.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(closed), timeout=5000)
    hooks = [kept.stop, closed.stop, lambda: stopped.append("plain")]
    wanted = still_wanted(hooks)
    assert wanted == [hooks[0], hooks[2]]
    for hook in wanted:
        hook()  # none raises "Internal C++ object already deleted"
    assert stopped == ["plain"]
