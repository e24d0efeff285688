"""A psycopg connection that answers like ``sqlite3.Connection`` for the store's queries.

The mixins run the same SQL on both backends (``connection``); here a query is translated
once (``pg_sql``) and run on psycopg's raw cursor, whose ``$N`` placeholders PostgreSQL binds
itself (psycopg prepares a query it sees often). Rows answer ``row[0]`` and ``row["name"]``
like ``sqlite3.Row``; ``cursor.row_factory = None`` gives plain tuples, as on SQLite.

A failure of the connection itself (the server went away, the network broke) becomes
``SharedStoreUnavailableError``, in words; an error in a statement stays psycopg's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, ClassVar

import psycopg
from psycopg import RawCursor
from psycopg.rows import tuple_row

from juhe_desk.store.connection import Params
from juhe_desk.store.pg_sql import translate
from juhe_desk.store.shared_errors import SharedStoreUnavailableError


class _RowBase(tuple[Any, ...]):
    """A row: a tuple that also answers by column name (like ``sqlite3.Row``)."""

    __slots__ = ()
    _index: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[_RowBase]:
    return type("PgRow", (_RowBase,), {"__slots__": (),
                                        "_index": {n: i for i, n in enumerate(names)}})


def _named_rows(cursor: Any) -> Callable[[Sequence[Any]], Any]:
    description = cursor.description
    if description is None:
        return tuple
    cls = _row_class(tuple(column.name for column in description))
    return lambda values: tuple.__new__(cls, values)


class PgCursor:
    """A raw psycopg cursor behind the part of ``sqlite3.Cursor`` the store uses."""

    def __init__(self, raw: RawCursor[Any]) -> None:
        self._raw = raw
        self._tuples = False

    @property
    def row_factory(self) -> object:
        return None if self._tuples else _named_rows

    @row_factory.setter
    def row_factory(self, factory: object) -> None:
        self._tuples = factory is None
        self._raw.row_factory = tuple_row if self._tuples else _named_rows

    def execute(self, sql: str, parameters: Params = ()) -> PgCursor:
        query = translate(sql)
        with unavailable_on_connection_loss():
            self._raw.execute(query.sql, query.bind(parameters))
        return self

    def executemany(self, sql: str, parameters: Iterable[Params]) -> PgCursor:
        query = translate(sql)
        with unavailable_on_connection_loss():
            self._raw.executemany(query.sql, [query.bind(p) for p in parameters])
        return self

    @property
    def rowcount(self) -> int:
        return self._raw.rowcount

    def fetchone(self) -> Any:
        if self._raw.description is None:
            return None
        with unavailable_on_connection_loss():
            return self._raw.fetchone()

    def fetchall(self) -> list[Any]:
        if self._raw.description is None:
            return []
        with unavailable_on_connection_loss():
            return self._raw.fetchall()

    def __iter__(self) -> Iterator[Any]:
        if self._raw.description is None:
            return iter(())
        return iter(self._raw)

    def close(self) -> None:
        self._raw.close()


class PgConnection:
    """A psycopg connection (autocommit: a read is its own statement, a write transaction
    is ``PgDatabase.write``) behind the part of ``sqlite3.Connection`` the store uses."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def cursor(self) -> PgCursor:
        cursor = PgCursor(RawCursor(self.raw))
        cursor.row_factory = _named_rows
        return cursor

    def execute(self, sql: str, parameters: Params = ()) -> PgCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Params]) -> PgCursor:
        return self.cursor().executemany(sql, parameters)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @property
    def usable(self) -> bool:
        return not self.raw.closed and not self.raw.broken


@contextlib.contextmanager
def unavailable_on_connection_loss(address: str = "") -> Iterator[None]:
    """psycopg's OperationalError on a lost connection -> SharedStoreUnavailableError."""
    try:
        yield
    except psycopg.OperationalError as exc:
        if _connection_lost(exc):
            raise SharedStoreUnavailableError(str(exc), address) from exc
        raise


def _connection_lost(error: psycopg.OperationalError) -> bool:
    # Class 08 (connection exception), 57P01-57P03 (the server shut down), or no SQLSTATE
    # at all (the socket closed under us).
    state = error.sqlstate or ""
    return not state or state.startswith("08") or state in ("57P01", "57P02", "57P03")
