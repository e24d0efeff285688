"""Reports by carrier on both backends: migration 8 (the generated ``reports.carrier`` column
and its indexes, carrier_schema.py) over N reports stored before it, then what the reports
tab asks by carrier (the rates under the table, a carrier's count and first page), median
of 5. PostgreSQL's figures are also given as a ratio to SQLite's in the same run.

    .venv/bin/python bench/carrier_reports_bench.py [--reports 1000000]

Starts a throwaway PostgreSQL cluster (tests/pg_cluster.py, fsync on). The reports are
written in one statement per backend, numbers spread over every 13x-19x prefix, one in ten
failed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pg_cluster import APP_PASSWORD, PgCluster

from juhe_desk.store import ReportFilter, Store
from juhe_desk.store.carrier_schema import REPORT_CARRIERS
from juhe_desk.store.schema import MIGRATIONS

BEFORE = MIGRATIONS[:MIGRATIONS.index(REPORT_CARRIERS)]


def fill_sqlite(n: int) -> str:
    return f"""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {n - 1})
INSERT INTO reports (mid, mobile, stat, time, received_at, via)
SELECT printf('%016X', i),
       '1' || (30 + (i * 7919) % 70) || printf('%08d', (i * 104729) % 100000000),
       CASE WHEN i % 10 = 0 THEN 'UNDELIV' ELSE 'DELIVRD' END,
       printf('2026-11-%02d 10:00:00', 1 + i % 28), '2026-11-29 00:00:00', 'pull' FROM n"""


def fill_postgresql(n: int) -> str:
    return f"""
INSERT INTO reports (mid, mobile, stat, time, received_at, via)
SELECT lpad(to_hex(i), 16, '0'),
       '1' || (30 + (i::bigint * 7919) % 70)
           || lpad(((i::bigint * 104729) % 100000000)::text, 8, '0'),
       CASE WHEN i % 10 = 0 THEN 'UNDELIV' ELSE 'DELIVRD' END,
       '2026-11-' || lpad((1 + i % 28)::text, 2, '0') || ' 10:00:00', '2026-11-29 00:00:00',
       'pull'
FROM generate_series(0, {n - 1}) AS i"""


def median_ms(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(open_store: Callable[..., Store], fill: str) -> dict[str, float]:
    old = open_store(migrations=BEFORE)
    with old._db.write() as conn:
        conn.execute(fill)
    old.close()
    started = time.perf_counter()
    store = open_store()
    migration = time.perf_counter() - started
    telecom = ReportFilter(carrier="TELECOM")
    try:
        return {
            "migration 8 (s)": migration,
            "rates of all reports (ms)": median_ms(store.report_carrier_outcomes),
            "rates of one carrier's reports (ms)": median_ms(
                lambda: store.report_carrier_outcomes(ReportFilter(carrier="UNICOM"))),
            "count of a carrier's reports (ms)": median_ms(
                lambda: store.count_reports(telecom)),
            "first page of a carrier's reports (ms)": median_ms(
                lambda: store.fetch_reports(telecom, 0, 200))}
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="juhe-carrier-bench-")) / "bench.sqlite3"
    print("... SQLite", flush=True)
    sqlite = measure(lambda **kw: Store.open(path, **kw), fill_sqlite(args.reports))
    print("... PostgreSQL", flush=True)
    with PgCluster.start(durable=True) as cluster:
        address = cluster.new_database()
        pg = measure(lambda **kw: Store.open_shared(address, APP_PASSWORD, **kw),
                     fill_postgresql(args.reports))
    print(f"\n{args.reports:,} reports")
    for name, value in sqlite.items():
        print(f"  {name:40s} SQLite {value:8.2f}   PostgreSQL {pg[name]:8.2f}"
              f"  ({pg[name] / value:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
