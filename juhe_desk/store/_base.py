"""What every part of the store shares: the database, the clock and small row helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.store.changes import ChangeKind, announce
from juhe_desk.store.connection import Connection, Params, Row, tuple_cursor
from juhe_desk.store.desk_identity import DeskIdentity
from juhe_desk.store.dialect import Dialect
from juhe_desk.store.thread_watch import ThreadWatch

Clock = Callable[[], dt.datetime]


class Backend(Protocol):
    """The database behind a ``Store``: a SQLite file (``database.Database``) or a shared
    PostgreSQL database (``pg_database.PgDatabase``). The mixins use only this."""

    @property
    def dialect(self) -> Dialect: ...

    def connection(self) -> Connection: ...

    def job_connection(self) -> AbstractContextManager[None]: ...

    def write(self) -> AbstractContextManager[Connection]: ...

    def describe(self) -> str: ...

    watch: ThreadWatch | None  # tests: the thread that must not reach the database

    def close(self) -> None: ...


def as_store_time(moment: dt.datetime | str | None) -> str | None:
    """The store's time text for a datetime (naive means China time); text passes as is."""
    if moment is None or isinstance(moment, str):
        return moment
    return format_gateway_time(moment)


class StoreBase:
    def __init__(self, db: Backend, clock: Clock = now_in_china) -> None:
        self._db = db
        self._sql = db.dialect
        self._clock = clock
        self._desk: DeskIdentity | None = None  # set by DesksMixin.set_desk

    @property
    def path(self) -> str:
        """Where the data is: the SQLite file's path, or the shared database's address."""
        return self._db.describe()

    @property
    def desk(self) -> DeskIdentity | None:
        """The desk this store works for (``set_desk``); None until it is said."""
        return self._desk

    def live_desks(self, desk_ids: set[str]) -> set[str]:
        """Which of ``desk_ids`` are running now (desks.py answers it)."""
        return set(desk_ids)

    def _announce(self, conn: Connection, kind: ChangeKind, ident: object) -> None:
        """The other desks hear of this change once ``conn``'s write commits (changes.py)."""
        announce(conn, self._sql, kind, ident)

    def _desk_id(self) -> str | None:
        return None if self._desk is None else self._desk.id

    def _now(self) -> str:
        return format_gateway_time(self._clock())

    def _rows(self, sql: str, params: Params = ()) -> list[Row]:
        return self._db.connection().execute(sql, params).fetchall()

    def _tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples: cheaper than named rows where thousands are read."""
        return tuple_cursor(self._db.connection()).execute(sql, params).fetchall()

    def _row(self, sql: str, params: Params = ()) -> Row | None:
        row: Row | None = self._db.connection().execute(sql, params).fetchone()
        return row

    def _scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._db.connection().execute(sql, params).fetchone()
        return None if row is None else row[0]
