"""The carrier of each stored report, for filtering and counting a million of them by carrier.

``reports.carrier`` is a generated column (``Carrier.name``: 'MOBILE', 'UNICOM', ...) worked out
by SQL from the number's first 4 digits, which is all that names a carrier in libphonenumber's
China data (``carriers.carrier_blocks``). Being generated, no write of a report has to fill
it, reports stored before it came get it at once, and on SQLite the migration rewrites no
row, it only builds the two indexes (about 4 s for 1,000,000 reports on an idle machine).
PostgreSQL indexes only a STORED generated column, so there the migration writes the table
once (about 3 times SQLite's time; ``bench/carrier_reports_bench.py`` measures both).

Filtering by prefix ranges without a column was measured too, on 1,000,000 reports: counting
one carrier's reports as a union of its 15 ranges took 1.4 s, a deep page of a rare carrier
0.4 s, delivery by carrier of all reports 1.5 s; with the column and its indexes 50 ms, 1 ms
and 0.2 s.

The runs below are those of libphonenumber 9.0 as this version was written. A migration never
changes, so when the data gives a block to another carrier (``test_carrier_schema`` says so),
a new migration redefines the column; the reports stored meanwhile are then moved at once.
"""

from __future__ import annotations

import itertools

from juhe_desk.store.schema_steps import PerDialect

# (first 4 digits of the run, carrier) in order; a run ends where the next begins, the last
# at "2000". Numbers below "1300" or from "2000" on are OTHER.
CARRIER_RUNS: tuple[tuple[str, str], ...] = (
    ("1300", "UNICOM"), ("1330", "TELECOM"), ("1340", "MOBILE"), ("1349", "OTHER"),
    ("1350", "MOBILE"), ("1400", "OTHER"), ("1450", "UNICOM"), ("1460", "OTHER"),
    ("1470", "MOBILE"), ("1480", "OTHER"), ("1500", "MOBILE"), ("1530", "TELECOM"),
    ("1540", "MOBILE"), ("1550", "UNICOM"), ("1570", "MOBILE"), ("1600", "OTHER"),
    ("1610", "BROADNET"), ("1620", "TELECOM"), ("1630", "OTHER"), ("1650", "MOBILE"),
    ("1660", "UNICOM"), ("1680", "OTHER"), ("1700", "TELECOM"), ("1703", "MOBILE"),
    ("1704", "UNICOM"), ("1705", "MOBILE"), ("1707", "UNICOM"), ("1720", "MOBILE"),
    ("1730", "TELECOM"), ("1750", "UNICOM"), ("1770", "TELECOM"), ("1780", "MOBILE"),
    ("1790", "OTHER"), ("1800", "TELECOM"), ("1820", "MOBILE"), ("1850", "UNICOM"),
    ("1870", "MOBILE"), ("1890", "TELECOM"), ("1920", "BROADNET"), ("1930", "TELECOM"),
    ("1940", "OTHER"), ("1950", "MOBILE"), ("1960", "UNICOM"), ("1970", "MOBILE"),
    ("1990", "TELECOM"),
)
CARRIER_NAMES = ("MOBILE", "UNICOM", "TELECOM", "BROADNET", "OTHER")


def carrier_sql(column: str) -> str:
    """A SQL expression giving the carrier of the number in ``column`` (both backends)."""
    whens = [f"WHEN {column} < '{CARRIER_RUNS[0][0]}' THEN 'OTHER'"]
    for (_, carrier), (end, _) in itertools.pairwise(CARRIER_RUNS):
        whens.append(f"WHEN {column} < '{end}' THEN '{carrier}'")
    whens.append(f"WHEN {column} < '2000' THEN '{CARRIER_RUNS[-1][1]}'")
    return f"CASE {' '.join(whens)} ELSE 'OTHER' END"


_INDEXES = """
CREATE INDEX reports_carrier_time ON reports (carrier, time);
CREATE INDEX reports_carrier_stat ON reports (carrier, stat, time);
"""

# SQLite adds a generated column only as VIRTUAL (computed when read; its indexes keep it).
_SQLITE = (f"ALTER TABLE reports ADD COLUMN carrier TEXT"
           f" GENERATED ALWAYS AS ({carrier_sql('mobile')}) VIRTUAL;\n{_INDEXES}")
# PostgreSQL (12 and later) indexes only a STORED generated column (adding it rewrites the
# table once); "C" compares as SQLite does, byte by byte, whatever the database's collation.
_MOBILE_IN_C = '(mobile COLLATE "C")'
_POSTGRESQL = (f"ALTER TABLE reports ADD COLUMN carrier TEXT"
               f" GENERATED ALWAYS AS ({carrier_sql(_MOBILE_IN_C)}) STORED;\n{_INDEXES}")
REPORT_CARRIERS = PerDialect(sqlite=_SQLITE, postgresql=_POSTGRESQL)
