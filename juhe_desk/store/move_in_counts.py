"""What a move of a desk's history (move_in.py) is counted by: the tables in the order the
user is told about them, and at the end, per table, how many of the file's rows the shared
database holds (by the new ids recorded in ``moved_in``, or by the rows' own keys)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

CHUNK = 5000

# What the user is told about, in this order (ui words them).
TABLES = ("campaigns", "batches", "messages", "reports", "inbound", "opt_outs", "templates",
          "quick_replies", "conversations", "customer_names")
MAPPED = ("campaigns", "batches", "messages", "templates", "quick_replies")
_NATURAL_KEYS = {"reports": ("mid", "mobile", "stat", "time"),
                 "inbound": ("mid", "mobile", "time", "content"),
                 "opt_outs": ("mobile",), "customer_names": ("mobile",),
                 "conversations": ("mobile",)}


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    in_file: int
    in_shared: int  # of the file's rows, how many the shared database holds

    @property
    def complete(self) -> bool:
        return self.in_shared >= self.in_file


@dataclass(frozen=True, slots=True)
class MoveResult:
    counts: tuple[TableCount, ...]

    @property
    def complete(self) -> bool:
        return all(count.complete for count in self.counts)


def rows_in_file(file: sqlite3.Connection, table: str) -> int:
    return int(file.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def count_moved(file: sqlite3.Connection, pg: psycopg.Connection[Any], key: str) -> MoveResult:
    """Per table, the file's rows and how many of them the shared database holds."""
    counts = []
    for table in TABLES:
        in_file = rows_in_file(file, table)
        if table in MAPPED:
            in_shared = _pg_count(
                pg, f"SELECT count(*) FROM moved_in m JOIN {table} t ON t.id = m.new_id"
                " WHERE m.source = %s AND m.kind = %s", (key, table))
        else:
            in_shared = _present(file, pg, table)
        counts.append(TableCount(table, in_file, in_shared))
    return MoveResult(tuple(counts))


def _present(file: sqlite3.Connection, pg: psycopg.Connection[Any], table: str) -> int:
    """How many of the file's rows of ``table`` the shared one holds, by their keys."""
    key = _NATURAL_KEYS[table]
    join = " AND ".join(f"t.{column} = k.{column}" for column in key)
    arrays = ", ".join(["%s::text[]"] * len(key))
    present = 0
    for chunk in chunks(file.execute(f"SELECT {', '.join(key)} FROM {table}")):
        present += _pg_count(
            pg, f"SELECT count(*) FROM unnest({arrays}) AS k ({', '.join(key)})"
            f" WHERE EXISTS (SELECT 1 FROM {table} t WHERE {join})",
            [list(column) for column in zip(*chunk, strict=True)])
    return present


def _pg_count(pg: psycopg.Connection[Any], sql: str, params: Sequence[Any]) -> int:
    row = pg.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def chunks(rows: Iterator[Any] | sqlite3.Cursor) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
