"""The reports tab's counts stay exact on both backends while reports are added, changed
and removed; on a shared database, a count over most reports is a sum of running counts
(store/report_counts.py) rather than a pass over the rows."""

from __future__ import annotations

import random

import pytest

from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.store import ReportFilter, ReportRecord, Store

STATS = ["DELIVRD"] * 5 + ["UNDELIV", "EXPIRED", "MA:0029"]
FILTERS = [ReportFilter(), ReportFilter(mobile_prefix="1"), ReportFilter(mobile_prefix="13"),
           ReportFilter(mobile_prefix="1380"), ReportFilter(mobile_prefix="13801"),
           ReportFilter(mobile_prefix="17"), ReportFilter(stat="UNDELIV"),
           ReportFilter(delivered=True), ReportFilter(delivered=False),
           ReportFilter(carrier="MOBILE"), ReportFilter(carrier="TELECOM", delivered=False),
           ReportFilter(mobile_prefix="15", stat="DELIVRD"),
           ReportFilter(mobile_prefix="1", since="2026-11-03 00:00:00")]


def _plain_count(rows: list[ReportRecord], f: ReportFilter) -> int:
    return sum(1 for r in rows if r.mobile.startswith(f.mobile_prefix)
               and (f.stat is None or r.stat == f.stat)
               and (f.delivered is None or (r.stat == "DELIVRD") == f.delivered)
               and (f.carrier is None or r.carrier == f.carrier)
               and (f.since is None or r.time >= str(f.since)))


def _check_counts(store: Store) -> None:
    rows = store.fetch_reports(limit=10_000)
    assert len(rows) == store.count_reports()
    for f in FILTERS:
        assert store.count_reports(f) == _plain_count(rows, f), f


def test_counts_stay_exact_through_adds_changes_and_removals(store: Store) -> None:
    rnd = random.Random(3)
    items = [DeliveryReport(f"M{i}", f"1{rnd.choice('3578')}{rnd.randrange(10**9):09d}",
                            rnd.choice(STATS), f"2026-11-0{1 + rnd.randrange(5)} 10:00:00")
             for i in range(300)]
    store.add_reports(items[:200], "pull")
    _check_counts(store)
    store.add_reports(items[100:], "push")  # the first hundred again: stored once
    _check_counts(store)
    with store.job_connection(), store._db.write() as conn:
        conn.execute("UPDATE reports SET stat = 'UNDELIV' WHERE id % 3 = 0")
        conn.execute("UPDATE reports SET mobile = '1380' || substr(mobile, 5)"
                     " WHERE id % 5 = 0")
        conn.execute("DELETE FROM reports WHERE id % 7 = 0")
    _check_counts(store)


def test_a_shared_database_sums_running_counts(store: Store) -> None:
    if store.shared_address is None:
        pytest.skip("the running counts are a shared database's")
    store.add_reports([DeliveryReport("M1", "13800138000", "DELIVRD", "2026-11-01 10:00:00")],
                      "pull")
    with store.job_connection(), store._db.write() as conn:
        conn.execute("UPDATE report_counts SET n = 1000000")  # only the sum can say this
    assert store.count_reports(ReportFilter(mobile_prefix="1")) == 1_000_000
    assert store.count_reports(ReportFilter(delivered=True)) == 1_000_000
    # A longer prefix, or a term the summary does not keep, counts the rows themselves.
    assert store.count_reports(ReportFilter(mobile_prefix="13800")) == 1
    assert store.count_reports(ReportFilter(since="2026-11-01 00:00:00")) == 1
