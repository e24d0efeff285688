"""Many threads (and two Store objects, as two processes would) writing at once."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from juhe_desk.gateway.models import DeliveryReport, SubmitResult
from juhe_desk.store import NewBatch, NewCampaign, NewMessage, ReportFilter, Store

WRITERS = 8
PER_WRITER = 2_000
CHUNK = 100
WAIT = 30  # seconds; only reached if something hangs


def reports_for(writer: int) -> list[DeliveryReport]:
    # Writer w covers numbers [1000w, 1000w + 2000): each half overlaps a neighbour.
    return [DeliveryReport(f"{n:016X}", f"138{n:08d}", "DELIVRD", "2026-11-01 10:00:00")
            for n in range(1000 * writer, 1000 * writer + PER_WRITER)]


def add_in_chunks(store: Store, items: list[DeliveryReport], via: str) -> int:
    added = 0
    for start in range(0, len(items), CHUNK):
        added += store.add_reports(items[start:start + CHUNK], via)  # type: ignore[arg-type]
    return added


def run_all(*jobs: Callable[[], object]) -> list[object]:
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [pool.submit(job) for job in jobs]
        return [f.result(timeout=WAIT) for f in futures]  # re-raises a worker's error


def test_eight_writers_with_overlaps_store_each_report_once(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "juhe.db")
    try:
        campaign = store.create_campaign(
            NewCampaign("922011", "c", "p2p"),
            [NewBatch("p2p", (NewMessage(f"139{i:08d}", f"t{i}"),)) for i in range(40)])
        batch_ids = [b.id for b in store.campaign_batches(campaign.id)]
        stop_reading = threading.Event()
        counts_seen: list[int] = []

        def writer(w: int) -> int:
            return add_in_chunks(store, reports_for(w), "push" if w % 2 else "pull")

        def journal() -> None:  # the sender, meanwhile
            for i, batch_id in enumerate(batch_ids):
                store.batch_start(batch_id)
                store.batch_submitted(batch_id, [SubmitResult(f"139{i:08d}", f"J{i}", 0)])

        def reader() -> None:
            while not stop_reading.is_set():
                counts_seen.append(store.count_reports())
                store.fetch_reports(ReportFilter(mobile_prefix="1380000"), limit=50)

        read_thread = threading.Thread(target=reader)
        read_thread.start()
        try:
            added = run_all(*(lambda w=w: writer(w) for w in range(WRITERS)), journal)
        finally:
            stop_reading.set()
            read_thread.join(WAIT)
        distinct = 1000 * (WRITERS + 1)
        assert sum(added[:WRITERS]) == distinct  # type: ignore[arg-type]
        assert store.count_reports() == distinct
        assert store.campaign_totals(campaign.id).submitted == 40
        assert counts_seen == sorted(counts_seen)  # each read saw a committed state
    finally:
        store.close()


def test_two_store_objects_on_one_file_wait_for_each_other(tmp_path: Path) -> None:
    # Separate Store objects do not share the write lock: SQLite's busy_timeout decides.
    first, second = Store.open(tmp_path / "juhe.db"), Store.open(tmp_path / "juhe.db")
    try:
        jobs = [lambda w=w, s=s: add_in_chunks(s, reports_for(w), "pull")
                for w, s in enumerate([first, second] * 2)]
        assert sum(run_all(*jobs)) == 5000  # type: ignore[arg-type]
        assert second.count_reports() == first.count_reports() == 5000
    finally:
        first.close()
        second.close()


def test_a_read_does_not_wait_for_a_long_write(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        store.add_reports(reports_for(0)[:10], "pull")
        writing, finish = threading.Event(), threading.Event()

        def long_write() -> None:
            with store._db.write() as conn:  # a write transaction held open
                conn.execute("INSERT INTO reports (mid, mobile, stat, time, received_at, via)"
                             " VALUES ('X', '1', 'DELIVRD', 't', 't', 'pull')")
                writing.set()
                assert finish.wait(WAIT)

        thread = threading.Thread(target=long_write)
        thread.start()
        try:
            assert writing.wait(WAIT)
            assert store.count_reports() == 10  # at once, the last committed state
            assert store.fetch_reports(limit=3)[0].mid.startswith("0")
        finally:
            finish.set()
            thread.join(WAIT)
        assert store.count_reports() == 11


def test_connections_of_finished_threads_are_closed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        opened: list[sqlite3.Connection] = []

        def use_once() -> None:
            store.get_setting("x")
            opened.append(store._db.connection())

        for _ in range(4):
            thread = threading.Thread(target=use_once)
            thread.start()
            thread.join(WAIT)
        # Each new thread's connection closed the one of the thread before it.
        for conn in opened[:-1]:
            with pytest.raises(sqlite3.ProgrammingError):
                conn.execute("SELECT 1")
        opened[-1].execute("SELECT 1")  # its thread ended, nobody opened one since

        def use_and_release() -> None:
            store.get_setting("x")
            store.release_thread_connection()
            opened.append(store._db.connection())  # a fresh one, released by close()

        thread = threading.Thread(target=use_and_release)
        thread.start()
        thread.join(WAIT)
        assert thread in store._db._connections
    with pytest.raises(sqlite3.ProgrammingError):
        opened[-1].execute("SELECT 1")


def test_write_transactions_do_not_nest(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        with store._db.write(), pytest.raises(RuntimeError):
            store.set_setting("k", "v")
        assert store.get_setting("k") is None
