"""The number index of reports on a shared database carries the report's id (migration 13).

The reports tab's number filter sorts by time: a page is the 200 latest of the reports
whose number starts with the prefix. On PostgreSQL that page reads the ids first
(``paging.IndexedTable.ids_first``): every matching entry of the number's index, its time
and id, the latest 200 kept, then those 200 rows. With ``id`` in the index that first step
reads the index alone (an index-only scan: on 1,000,000 reports, prefix '138' reads 14,000
entries in about 100 pages instead of 14,000 rows; the page takes 20 ms instead of 85-280 ms,
bench/pg_bench.py).

SQLite needs nothing: each of its indexes ends with the rowid (``id``) already, and its
plans stay as they are. So this step is PostgreSQL's alone, and keeps the index's name, so
both backends still have the same indexes (tests/store/test_pg_backend.py).
"""

from __future__ import annotations

from juhe_desk.store.schema_steps import PerDialect

_POSTGRESQL = """
DROP INDEX reports_mobile_time;
CREATE INDEX reports_mobile_time ON reports (mobile, time, id);
"""
REPORT_NUMBER_INDEX = PerDialect(sqlite="", postgresql=_POSTGRESQL)
