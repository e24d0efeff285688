"""What every part of the store shares: the database, the clock and small row helpers."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from juhe_desk.gateway.models import CHINA_TZ, format_gateway_time
from juhe_desk.store.database import Database

Clock = Callable[[], dt.datetime]
Params = Sequence[Any] | dict[str, Any]


def china_now() -> dt.datetime:
    return dt.datetime.now(CHINA_TZ)


def as_store_time(moment: dt.datetime | str | None) -> str | None:
    """The store's time text for a datetime (naive means China time); text passes as is."""
    if moment is None or isinstance(moment, str):
        return moment
    return format_gateway_time(moment)


class StoreBase:
    def __init__(self, db: Database, clock: Clock = china_now) -> None:
        self._db = db
        self._clock = clock

    @property
    def path(self) -> str:
        return str(self._db.path)

    def _now(self) -> str:
        return format_gateway_time(self._clock())

    def _rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self._db.connection().execute(sql, params).fetchall()

    def _tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples: cheaper than ``sqlite3.Row`` where thousands are read."""
        cursor = self._db.connection().cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()

    def _row(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._db.connection().execute(sql, params).fetchone()
        return row

    def _scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._db.connection().execute(sql, params).fetchone()
        return None if row is None else row[0]
