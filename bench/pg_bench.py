"""The store on a shared PostgreSQL database, against the same work on SQLite, in one run.

    .venv/bin/python bench/pg_bench.py [--reports 1000000] [--messages 100000]

Starts a throwaway PostgreSQL cluster (tests/pg_cluster.py: Debian's server, loopback,
fsync on as a real server has it), then:
- sending: a campaign of N p2p messages saved and sent through the real send engine to the
  simulator on 127.0.0.1 (no latency, 4 request threads), on SQLite and on PostgreSQL;
- the reports tab's reads over M reports (what opening and filtering it asks the store: the
  count and the first page of 200), the first run and the median of 5 more, on both; the
  goals are the tab's (open <= 300 ms, number filter <= 100 ms, the first run).
Each PostgreSQL figure is also given as a ratio to SQLite's in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pg_cluster import APP_PASSWORD, PgCluster

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.store import ReportFilter, Store

ACCOUNT, PASSWORD, EXTNO, SIGN = "922011", "pw-bench", "1069012345", "【聚合云信】"
STATS = ["DELIVRD"] * 88 + ["UNDELIV"] * 4 + ["EXPIRED"] * 3 + ["REJECTED"] * 2 + [
    "MA:0001", "MO:0254", "DB:0101"]
WEEK = {"since": "2026-09-01 00:00:00", "until": "2026-09-08 00:00:00"}
FILTERS: list[tuple[str, ReportFilter]] = [
    ("open the tab (count + first page)", ReportFilter()),
    ("filter by number '1'", ReportFilter(mobile_prefix="1")),
    ("filter by number '138'", ReportFilter(mobile_prefix="138")),
    ("filter by number '13812'", ReportFilter(mobile_prefix="13812")),
    ("filter by number '1381234'", ReportFilter(mobile_prefix="1381234")),
    ("status: failed", ReportFilter(delivered=False)),
    ("status: UNDELIV", ReportFilter(stat="UNDELIV")),
    ("carrier: TELECOM", ReportFilter(carrier="TELECOM")),
    ("campaign: one", ReportFilter(campaign_id=7)),
    ("a week", ReportFilter(**WEEK)),
    ("number '138' + failed", ReportFilter(mobile_prefix="138", delivered=False)),
    ("number '138' + a week", ReportFilter(mobile_prefix="138", **WEEK)),
    ("number '138' + campaign", ReportFilter(mobile_prefix="138", campaign_id=7)),
    ("carrier + failed", ReportFilter(carrier="UNICOM", delivered=False)),
]
Reads = dict[str, tuple[float, float]]  # per filter: the first run, the median of 5 after it


def send(store: Store, messages: int, gateway: GatewaySimulator) -> tuple[float, float]:
    rows = [(str(13800000000 + i), f"{SIGN}会员{i}号您好") for i in range(messages)]
    started = time.perf_counter()
    campaign = create_campaign_from_messages(store, account_id=ACCOUNT, name="bench",
                                             extno=EXTNO, messages=rows, batch_size=500)
    saved = time.perf_counter() - started

    def client() -> GatewayClient:
        return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD)

    started = time.perf_counter()
    report = CampaignSender(store, client, campaign.id, options=SendOptions(parallel=4)).run()
    assert report.outcome == "done", report
    return saved, time.perf_counter() - started


def fill_reports(store: Store, count: int) -> None:
    rng = random.Random(1)
    start = dt.datetime(2026, 8, 1)
    with store.job_connection(), store._db.write() as conn:
        campaigns = [conn.execute(
            "INSERT INTO campaigns (account_id, name, mode, state, created_at)"
            " VALUES (?, ?, 'p2p', 'done', '2026-08-01 00:00:00') RETURNING id",
            (ACCOUNT, f"第{i}期")).fetchall()[0][0] for i in range(40)]
        chunk = 20_000
        for first in range(0, count, chunk):
            rows = []
            for i in range(first, min(count, first + chunk)):
                moment = start + dt.timedelta(seconds=rng.randrange(90 * 86400))
                rows.append((f"{i:016X}", f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}",
                             rng.choice(STATS), moment.strftime("%Y-%m-%d %H:%M:%S"),
                             moment.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(campaigns)))
            conn.executemany(
                "INSERT INTO reports (mid, mobile, stat, time, received_at, via, campaign_id)"
                " VALUES (?, ?, ?, ?, ?, 'pull', ?)", rows)
    if store.shared_address is not None:
        with store.shared_connection() as raw:
            raw.autocommit = True
            raw.execute("VACUUM ANALYZE reports")
    else:
        store._db.connection().execute("ANALYZE")


def time_reads(store: Store) -> Reads:
    """Each filter's count and first page: its first run (the database's caches cold for
    that filter, its plan new) and the median of 5 more."""
    figures: Reads = {}
    for name, query in FILTERS:
        runs = []
        for _ in range(6):
            started = time.perf_counter()
            store.count_reports(query)
            store.fetch_reports(query, 0, 200)
            runs.append((time.perf_counter() - started) * 1000)
        figures[name] = (runs[0], statistics.median(runs[1:]))
    return figures


def print_reads(sq_reads: Reads, pg_reads: Reads) -> None:
    """The goals are the tab's: open <= 300 ms, a number filter <= 100 ms (first run)."""
    for name, _ in FILTERS:
        goal = 300 if name.startswith("open") else 100 if name.startswith("filter by") \
            else None
        (sq_first, sq_warm), (pg_first, pg_warm) = sq_reads[name], pg_reads[name]
        verdict = "" if goal is None else (" ok" if pg_first <= goal else " MISSED") + \
            f" (goal <= {goal} ms)"
        print(f"  {name:34s} SQLite {sq_first:6.1f} / {sq_warm:6.1f} ms   PostgreSQL"
              f" {pg_first:6.1f} / {pg_warm:6.1f} ms  ({pg_warm / sq_warm:4.1f}x){verdict}")


def both(label: str, work: Callable[[Store], object], sqlite: Store, pg: Store) -> tuple[
        object, object]:
    print(f"... {label}", flush=True)
    return work(sqlite), work(pg)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="juhe-pg-bench-"))
    with PgCluster.start(durable=True) as cluster, \
            GatewaySimulator(port=0, seed=1) as gateway:
        gateway.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                                       signatures=(SIGN,), balance=10**12, price=50))
        sqlite = Store.open(folder / "bench.sqlite3")
        pg = Store.open_shared(cluster.new_database(), APP_PASSWORD)
        try:
            sent = both("sending", lambda s: send(s, args.messages, gateway), sqlite, pg)
            both("filling reports", lambda s: fill_reports(s, args.reports), sqlite, pg)
            reads = both("reading", time_reads, sqlite, pg)
        finally:
            sqlite.close()
            pg.close()
            shutil.rmtree(folder, ignore_errors=True)
    (sq_save, sq_send), (pg_save, pg_send) = sent  # type: ignore[misc]
    print(f"\n{args.messages:,} p2p messages, 500 a request, 4 threads, no latency")
    print(f"  saving the campaign   SQLite {sq_save:6.2f} s   PostgreSQL {pg_save:6.2f} s"
          f"  ({pg_save / sq_save:.2f}x)")
    print(f"  sending               SQLite {sq_send:6.2f} s   PostgreSQL {pg_send:6.2f} s"
          f"  ({pg_send / sq_send:.2f}x)")
    print(f"\nreports tab reads over {args.reports:,} reports (count + first page:"
          " first run / median of 5 more)")
    sq_reads, pg_reads = reads  # type: ignore[misc]
    print_reads(sq_reads, pg_reads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
