"""On a shared database the reports tab's number filter reads a page's ids from the number's
index alone (store/report_indexes.py, ``paging.IndexedTable.ids_first``): PostgreSQL's own
choice, walking the time index and reading each row to test its number, took 85-280 ms on
1,000,000 reports. (The pages' rows are checked against a plain reading on both backends in
test_store_events.py.)"""

from __future__ import annotations

import pytest

from juhe_desk.store import ReportFilter, Store
from juhe_desk.store.queries import REPORTS

ORDER = ("time", "id")


def _fill(store: Store, count: int) -> None:
    """``count`` reports over 90 days, numbers spread over 13x-19x (as bench/team_bench.py)."""
    with store.job_connection(), store._db.write() as conn:
        conn.execute(
            "INSERT INTO reports (mid, mobile, stat, time, received_at, via)"
            " SELECT lpad(to_hex(i), 16, '0'),"
            " '1' || (3 + i % 7)::text || lpad((i * 2654435761 % 1000000000)::text, 9, '0'),"
            " CASE WHEN i % 9 = 0 THEN 'UNDELIV' ELSE 'DELIVRD' END,"
            " to_char(timestamp '2026-08-01' + (i * 104729 % 7776000) * interval '1 second',"
            " 'YYYY-MM-DD HH24:MI:SS'), '2026-11-01 00:00:00', 'pull'"
            " FROM generate_series(1::bigint, ?) AS g (i)", (count,))
    with store.shared_connection() as raw:
        raw.autocommit = True
        raw.execute("VACUUM ANALYZE reports")


def _plan(store: Store, f: ReportFilter) -> str:
    chooser = store._index_choosers[REPORTS.name]
    sql, params = chooser.page_sql(f.terms(), ORDER, True, 0, 200,
                                   lambda: store.count_reports(f))
    with store.job_connection():
        return "\n".join(r[0] for r in store._tuples(f"EXPLAIN {sql}", params))


def test_a_number_prefix_page_reads_its_ids_from_the_number_index_alone(store: Store) -> None:
    if store.shared_address is None:
        pytest.skip("SQLite's number index holds the id already; its plans are tested there")
    _fill(store, 100_000)
    prefix = ReportFilter(mobile_prefix="138")
    plan = _plan(store, prefix)
    assert "Index Only Scan using reports_mobile_time" in plan, plan
    assert "reports_time" not in plan, plan
    page = store.fetch_reports(prefix, 0, 200)
    assert len(page) == 200 and all(r.mobile.startswith("138") for r in page)
    assert [(r.time, r.id) for r in page] == sorted(((r.time, r.id) for r in page),
                                                    reverse=True)
    # A number's first digit matches nearly every report: walking the time index is right.
    assert "Index Only Scan using reports_mobile_time" not in _plan(
        store, ReportFilter(mobile_prefix="1"))
