"""Many threads (and two Store objects, as two processes would) writing at once, and the one
way a thread other than the GUI thread reaches the file: ``Store.job_connection()``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from juhe_desk.gateway.models import DeliveryReport, SubmitResult
from juhe_desk.store import NewBatch, NewCampaign, NewMessage, ReportFilter, Store
from juhe_desk.store.database import IDLE_CONNECTIONS
from juhe_desk.store.errors import OutsideJobConnectionError, StoreClosedError

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


def run_all(store: Store, *jobs: Callable[[], object]) -> list[object]:
    def in_job(job: Callable[[], object]) -> object:
        with store.job_connection():
            return job()

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [pool.submit(in_job, job) for job in jobs]
        return [f.result(timeout=WAIT) for f in futures]  # re-raises a worker's error


def in_thread(job: Callable[[], object]) -> object:
    """Run ``job`` on a thread of its own; its result, or its exception raised here."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(job).result(timeout=WAIT)


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
            with store.job_connection():
                while not stop_reading.is_set():
                    counts_seen.append(store.count_reports())
                    store.fetch_reports(ReportFilter(mobile_prefix="1380000"), limit=50)

        read_thread = threading.Thread(target=reader)
        read_thread.start()
        try:
            added = run_all(store, *(lambda w=w: writer(w) for w in range(WRITERS)), journal)
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
        with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
            added = [pool.submit(run_all, s, job) for job, s in zip(
                jobs, [first, second] * 2, strict=True)]
            assert sum(f.result(timeout=WAIT)[0] for f in added) == 5000  # type: ignore[misc]
        assert second.count_reports() == first.count_reports() == 5000
    finally:
        first.close()
        second.close()


def test_a_read_does_not_wait_for_a_long_write(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        store.add_reports(reports_for(0)[:10], "pull")
        writing, finish = threading.Event(), threading.Event()

        def long_write() -> None:
            with store.job_connection(), store._db.write() as conn:  # held open
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


def test_a_thread_other_than_the_main_one_needs_a_job_connection(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        store.set_setting("x", "1")  # the main (GUI) thread uses its own connection
        with pytest.raises(OutsideJobConnectionError):
            in_thread(lambda: store.get_setting("x"))

        def in_a_job() -> str | None:
            with store.job_connection():
                return store.get_setting("x")

        assert in_thread(in_a_job) == "1"


def test_a_job_connection_is_given_back_and_lent_again(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        def job() -> sqlite3.Connection:
            with store.job_connection():
                store.get_setting("x")
                with store.job_connection():  # nested: the same connection
                    inner = store._db.connection()
                outer = store._db.connection()
                assert inner is outer
                return outer

        first, second = in_thread(job), in_thread(job)
        assert first is second  # the idle connection, not a new one
        first.execute("SELECT 1")  # open until the store closes
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")


def test_a_job_that_needs_no_connection_borrows_none(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        idle = list(store._db._idle)
        with store.job_connection():
            pass
        assert store._db._idle == idle


def test_a_job_that_failed_gives_its_connection_back_closed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        def failing() -> sqlite3.Connection:
            with store.job_connection():
                conn = store._db.connection()
                raise RuntimeError(conn)

        with pytest.raises(RuntimeError) as raised:
            in_thread(failing)
        conn = raised.value.args[0]
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
        assert conn not in store._db._idle


def test_idle_connections_are_capped_and_close_ends_those_in_use(tmp_path: Path) -> None:
    jobs = IDLE_CONNECTIONS + 3
    with Store.open(tmp_path / "juhe.db") as store:
        all_in, leave = threading.Barrier(jobs + 1), threading.Event()
        borrowed: list[sqlite3.Connection] = []

        def job() -> None:
            with store.job_connection():
                borrowed.append(store._db.connection())
                all_in.wait(WAIT)  # every job holds a connection at once
                assert leave.wait(WAIT)

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            running = [pool.submit(job) for _ in range(jobs)]
            all_in.wait(WAIT)
            assert len(set(borrowed)) == jobs
            leave.set()
            for future in running:
                future.result(timeout=WAIT)
        assert len(store._db._idle) == IDLE_CONNECTIONS
        closed = [c for c in borrowed if c not in store._db._idle]
        assert len(closed) == 3
        for conn in closed:
            with pytest.raises(sqlite3.ProgrammingError):
                conn.execute("SELECT 1")

        holding, release = threading.Event(), threading.Event()
        held: list[sqlite3.Connection] = []
        after_close: list[BaseException] = []

        def long_job() -> None:
            with store.job_connection():
                held.append(store._db.connection())
                holding.set()
                assert release.wait(WAIT)
                try:
                    store._db.connection()
                except StoreClosedError as exc:
                    after_close.append(exc)

        thread = threading.Thread(target=long_job)
        thread.start()
        assert holding.wait(WAIT)
        store.close()
        held[0].execute("SELECT 1")  # in use: its own thread closes it, never this one
        release.set()
        thread.join(WAIT)
        assert len(after_close) == 1  # the job's next use is refused
        with pytest.raises(sqlite3.ProgrammingError):
            held[0].execute("SELECT 1")  # and given back closed


CLOSE_UNDER_A_RUNNING_JOB = """
import sqlite3, sys, threading
from pathlib import Path
from juhe_desk.store.database import Database
from juhe_desk.store.errors import StoreClosedError

for round in range(200):
    db = Database.open(Path(sys.argv[1]) / f"{round}.db")
    with db.job_connection(), db.write() as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    running = threading.Event()

    def job() -> None:
        try:
            with db.job_connection():
                while True:
                    conn = db.connection()
                    running.set()
                    conn.execute("SELECT count(*) FROM t, t AS u").fetchall()
                    conn.execute("INSERT INTO t VALUES (1)")
        except (StoreClosedError, sqlite3.OperationalError):
            pass  # refused, or its statement interrupted

    thread = threading.Thread(target=job)
    thread.start()
    running.wait()
    db.close()
    thread.join()
"""


def test_closing_while_a_job_runs_statements_does_not_kill_the_process(tmp_path: Path) -> None:
    # A close that freed the connection under the job's statement killed the process
    # (signal 11) within a few rounds; in a child process, so that it cannot take pytest.
    result = subprocess.run([sys.executable, "-c", CLOSE_UNDER_A_RUNNING_JOB, str(tmp_path)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
