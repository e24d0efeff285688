"""A store told which thread must not reach the database (``Store.watch_thread``) refuses,
or reports, each connection that thread asks for, on both backends; other threads, inside
their job blocks, go on as before."""

from __future__ import annotations

import threading

import pytest

from juhe_desk.store import Store
from juhe_desk.store.thread_watch import WatchedThreadError


def in_a_job(store: Store) -> str | None:
    answer: list[str | None] = []

    def job() -> None:
        with store.job_connection():
            answer.append(store.get_setting("colour"))

    worker = threading.Thread(target=job)
    worker.start()
    worker.join(timeout=30)
    assert answer, "the job did not answer"
    return answer[0]


def test_the_watched_thread_is_refused_and_the_others_are_not(store: Store) -> None:
    store.set_setting("colour", "红")
    store.watch_thread(threading.current_thread())
    with pytest.raises(WatchedThreadError):
        store.get_setting("colour")
    with pytest.raises(WatchedThreadError):
        store.set_setting("colour", "蓝")
    assert in_a_job(store) == "红"  # nothing was written by the refused call
    store.watch_thread(None)
    assert store.get_setting("colour") == "红"


def test_a_report_records_each_connection_and_lets_it_through(store: Store) -> None:
    seen: list[str] = []
    store.watch_thread(threading.current_thread(), seen.append)
    store.set_setting("colour", "绿")
    assert store.get_setting("colour") == "绿"
    assert seen and set(seen) == {"connection"}
    count = len(seen)
    assert in_a_job(store) == "绿"
    assert len(seen) == count  # another thread is not the watched one
