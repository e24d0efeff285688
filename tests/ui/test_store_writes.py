"""StoreWrites: user-caused writes in a job, in order; settings once they settle; none lost."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from juhe_desk.store import Store
from juhe_desk.ui.store_writes import StoreWrites
from juhe_desk.ui.tasks import TaskRunner


def test_writes_run_in_a_job_in_the_order_asked(store: Store, runner: TaskRunner,
                                                qtbot: QtBot) -> None:
    writes = StoreWrites(store, runner)
    threads: list[bool] = []
    done: list[int] = []

    def put(value: int) -> None:
        def work(s: Store) -> int:
            threads.append(threading.current_thread() is threading.main_thread())
            s.set_setting("k", str(value))
            return value

        writes.submit(work, done.append)

    for value in range(20):
        put(value)
    qtbot.waitUntil(lambda: len(done) == 20, timeout=5000)
    assert done == list(range(20)) and not any(threads)
    assert store.get_setting("k") == "19" and not writes.busy()


def test_a_setting_is_written_once_it_settles_and_read_before(
        store: Store, runner: TaskRunner, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    writes = StoreWrites(store, runner)
    batches: list[dict[str, str]] = []
    set_settings = store.set_settings
    monkeypatch.setattr(store, "set_settings", lambda values: (
        batches.append(dict(values)), set_settings(values)))
    for step in range(1, 6):
        writes.set_setting("campaign.parallel", str(step), settle_ms=100)
    writes.set_setting("campaign.pacing_s", "0.5", settle_ms=100)
    assert writes.setting("campaign.parallel") == "5" and store.get_setting("a") is None
    assert writes.get_setting("missing", "default") == "default"
    qtbot.waitUntil(lambda: not writes.busy(), timeout=5000)
    assert batches == [{"campaign.parallel": "5", "campaign.pacing_s": "0.5"}]
    assert store.get_setting("campaign.parallel") == "5"


def test_a_failed_write_goes_to_its_handler_or_is_announced(
        store: Store, runner: TaskRunner, qtbot: QtBot) -> None:
    writes = StoreWrites(store, runner)
    errors: list[BaseException] = []

    def broken(_store: Store) -> None:
        raise OSError(28, "No space left on device")

    writes.submit(broken, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    with qtbot.waitSignal(writes.failed, timeout=5000) as failed:
        writes.submit(broken)
    assert failed.args[0]  # in plain words, for the status bar
    writes.submit(lambda s: s.set_setting("after", "yes"))  # the queue goes on
    qtbot.waitUntil(lambda: store.get_setting("after") == "yes", timeout=5000)


def test_what_is_left_at_shutdown_is_written(store: Store, runner: TaskRunner) -> None:
    writes = StoreWrites(store, runner)
    writes.set_setting("campaign.parallel", "3", settle_ms=10_000)  # not settled yet
    runner.shutdown()
    writes.submit(lambda s: s.add_opt_outs(["13800000001"], "manual"))
    writes.finish()
    assert store.get_setting("campaign.parallel") == "3"
    assert store.is_opted_out("13800000001")


def test_closing_waits_a_bounded_time_for_a_write_held_up_and_says_what_was_left(
        store: Store, runner: TaskRunner, qtbot: QtBot,
        caplog: pytest.LogCaptureFixture) -> None:
    writes = StoreWrites(store, runner)
    held, release = threading.Event(), threading.Event()

    def held_up(s: Store) -> None:  # a database that does not answer
        held.set()
        release.wait(10)
        s.set_setting("first", "1")

    writes.submit(held_up, what="the first change")
    assert held.wait(5)
    writes.set_setting("campaign.parallel", "4", settle_ms=10_000)
    assert writes.finish(wait_s=0.2) == ["the first change", "settings campaign.parallel = 4"]
    assert "not saved" in caplog.text and "campaign.parallel = 4" in caplog.text
    release.set()  # it answers after all: what was left is written after it, in order
    qtbot.waitUntil(lambda: store.get_setting("campaign.parallel") == "4", timeout=5000)
    assert store.get_setting("first") == "1"
