"""How many reports a filter matches, on a shared database, without counting them one by one.

The reports tab asks for the count of its filter each time it opens or the filter changes.
On 1,000,000 reports, a filter that matches most of them (none, the number "1", "failed")
made PostgreSQL count every matching row: 60-100 ms on an idle machine, 100-230 ms on a busy
one (bench/pg_bench.py), against the tab's goal of 100 ms for a number filter; SQLite counts
its index faster and keeps its plain count.

So a shared database keeps ``report_counts``: how many reports there are per number's first
four characters, status code and carrier (a few thousand rows at most), kept by statement
triggers in the same transaction as each write of ``reports`` (an insert, a delete, an
update), so it is exactly as true as the table for every reader. A count whose filter
speaks only of those (a number prefix of at most four characters, a status code, delivered
or not, a carrier) sums those rows instead (``summed_count_sql``); any other filter (a
campaign, a time range, a longer prefix: all narrow enough for an index) is counted as
before. The carrier is a function of the first four digits (carrier_schema.py), so it adds
no rows. Rows are added to in key order, so two writers can never deadlock on them (and
writes take the store's write lock anyway).

A team backup (pg_dump) creates triggers after the data is loaded, so a restore does not
count the rows twice. SQLite has no such table: a PostgreSQL-only part of the schema
(``POSTGRESQL_ONLY_TABLES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from juhe_desk.store.connection import Connection
from juhe_desk.store.paging import Term
from juhe_desk.store.schema_steps import PerDialect

TABLE = "report_counts"
PREFIX_LENGTH = 4
POSTGRESQL_ONLY_TABLES = frozenset({TABLE})
# Filter columns the summary answers for, and its column for each.
_SUMMARY_COLUMNS = {"mobile": "prefix", "stat": "stat", "carrier": "carrier"}

_GROUPED = (f"SELECT left(mobile, {PREFIX_LENGTH}) AS prefix, stat, carrier, count(*) AS n"
            " FROM {rows} GROUP BY 1, 2, 3")
_ADD = (f"INSERT INTO {TABLE} AS c (prefix, stat, carrier, n)"
        f" {_GROUPED} ORDER BY 1, 2, 3"
        " ON CONFLICT (prefix, stat, carrier) DO UPDATE SET n = c.n + excluded.n")
_REMOVE = (f"UPDATE {TABLE} AS c SET n = c.n - d.n FROM ({_GROUPED} ORDER BY 1, 2, 3) AS d"
           " WHERE c.prefix = d.prefix AND c.stat = d.stat AND c.carrier = d.carrier")

_POSTGRESQL = (
    f"""CREATE TABLE {TABLE} (
        prefix  TEXT NOT NULL,
        stat    TEXT NOT NULL,
        carrier TEXT NOT NULL,
        n       BIGINT NOT NULL,
        PRIMARY KEY (prefix, stat, carrier))""",
    f"INSERT INTO {TABLE} (prefix, stat, carrier, n) {_GROUPED.format(rows='reports')}",
    f"""CREATE FUNCTION report_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_ADD.format(rows='added')}; RETURN NULL; END $$""",
    f"""CREATE FUNCTION report_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_REMOVE.format(rows='removed')}; RETURN NULL; END $$""",
    f"""CREATE FUNCTION report_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_REMOVE.format(rows='removed')}; {_ADD.format(rows='added')};
        RETURN NULL; END $$""",
    "CREATE TRIGGER reports_counted_insert AFTER INSERT ON reports"
    " REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION report_counts_added()",
    "CREATE TRIGGER reports_counted_delete AFTER DELETE ON reports"
    " REFERENCING OLD TABLE AS removed"
    " FOR EACH STATEMENT EXECUTE FUNCTION report_counts_removed()",
    "CREATE TRIGGER reports_counted_update AFTER UPDATE ON reports"
    " REFERENCING OLD TABLE AS removed NEW TABLE AS added"
    " FOR EACH STATEMENT EXECUTE FUNCTION report_counts_changed()",
)


def _create_on_postgresql(conn: Connection) -> None:
    for statement in _POSTGRESQL:  # plpgsql bodies: not for the script splitter
        conn.execute(statement)


REPORT_COUNTS = PerDialect(sqlite="", postgresql=_create_on_postgresql)


def summed_count_sql(terms: Sequence[Term]) -> tuple[str, list[Any]] | None:
    """The count of reports matching ``terms`` as a sum over ``report_counts``; None when
    a term is not one the summary can answer."""
    parts: list[str] = []
    for term in terms:
        column = _SUMMARY_COLUMNS.get(term.column)
        if column is None or (term.column == "mobile" and any(
                not isinstance(p, str) or len(p) > PREFIX_LENGTH for p in term.params)):
            return None
        parts.append(term.sql.format(c=column))
    where = f" WHERE {' AND '.join(parts)}" if parts else ""
    return (f"SELECT coalesce(sum(n), 0) FROM {TABLE}{where}",
            [p for t in terms for p in t.params])
