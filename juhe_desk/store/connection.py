"""What the store's SQL runs on: the part of a DB-API connection the mixins use.

``sqlite3.Connection`` is one as it is; a PostgreSQL connection is wrapped to be one
(``pg_connection.PgConnection``). Queries are written once, with SQLite's placeholders
(``?``, ``?1``, ``:name``); the PostgreSQL wrapper translates them. A row answers both
``row[0]`` and ``row["column"]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

Params = Sequence[Any] | dict[str, Any]


class Row(Protocol):
    def __getitem__(self, key: int | str, /) -> Any: ...


class Cursor(Protocol):
    def execute(self, sql: str, parameters: Params = ..., /) -> Cursor: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def close(self) -> None: ...


class Connection(Protocol):
    def execute(self, sql: str, parameters: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Params], /) -> Cursor: ...

    def cursor(self) -> Cursor: ...

    @property
    def in_transaction(self) -> bool: ...


def tuple_cursor(conn: Connection) -> Cursor:
    """A cursor whose rows are plain tuples: cheaper where thousands of rows are read."""
    cursor = conn.cursor()
    cursor_any: Any = cursor
    cursor_any.row_factory = None
    return cursor


def inserted_id(cursor: Cursor) -> int | None:
    """The id an ``INSERT ... RETURNING id`` gave, or None when it inserted nothing
    (``ON CONFLICT DO NOTHING``). Both backends: SQLite has no lastrowid on PostgreSQL's
    side, and RETURNING works on both."""
    rows = cursor.fetchall()
    return None if not rows else int(rows[0][0])
