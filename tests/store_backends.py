"""Where a test's store lives: a SQLite file in tmp_path, or a fresh database on the
session's throwaway PostgreSQL cluster (tests/pg_cluster.py). The fixtures in
tests/conftest.py run every test that asks for ``store_place`` (or tests/store's ``store``)
once per backend.

A missing PostgreSQL server skips the PostgreSQL half by name; with
``JUHE_DESK_REQUIRE_POSTGRES=1`` (CI) it fails instead.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pg_cluster import APP_PASSWORD, PgCluster, PgUnavailable

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.store import Store
from juhe_desk.store._base import Clock
from juhe_desk.store.schema import MIGRATIONS, Migration
from juhe_desk.store.shared_address import SharedAddress

BACKENDS = ("sqlite", "postgresql")
REQUIRE_ENV = "JUHE_DESK_REQUIRE_POSTGRES"
TEMPLATE = "juhe_template"


class SharedCluster:
    """The session's cluster, started on first use, with a template database already at
    the current schema (a test's database is a copy of it: no migration per test)."""

    def __init__(self) -> None:
        self.cluster: PgCluster | None = None
        self.failure: str | None = None
        self._template_ready = False
        self._names = itertools.count(1)

    def get(self) -> PgCluster:
        if self.cluster is None and self.failure is None:
            try:
                self.cluster = PgCluster.start()
            except PgUnavailable as exc:
                self.failure = str(exc)
        if self.cluster is None:
            message = f"PostgreSQL is not available: {self.failure}"
            if os.environ.get(REQUIRE_ENV) == "1":
                pytest.fail(message)
            pytest.skip(message)
        return self.cluster

    def fresh_database(self, migrated: bool = True) -> SharedAddress:
        cluster = self.get()
        if not migrated:
            return cluster.new_database()
        if not self._template_ready:
            template = cluster.new_database()
            Store.open_shared(template, APP_PASSWORD).close()
            cluster.sql(f"ALTER DATABASE {template.database} RENAME TO {TEMPLATE}")
            self._template_ready = True
        name = f"juhe_t{next(self._names)}"
        cluster.sql(f"CREATE DATABASE {name} OWNER juhe TEMPLATE {TEMPLATE}")
        return SharedAddress("juhe", "127.0.0.1", cluster.port, name)

    def stop(self) -> None:
        if self.cluster is not None:
            self.cluster.remove()


@dataclass
class StorePlace:
    """One test's store, on one backend: ``open()`` as often as the test likes (the same
    data each time); closed and dropped afterwards."""

    backend: str
    tmp_path: Path
    shared: SharedCluster
    name: str = "juhe.sqlite3"
    address: SharedAddress | None = None
    _opened: list[Store] = field(default_factory=list)

    @property
    def is_postgres(self) -> bool:
        return self.backend == "postgresql"

    @property
    def path(self) -> Path:
        return self.tmp_path / self.name

    @property
    def target(self) -> str:
        """What a child process opens: the file's path, or the database's address."""
        return str(self.path) if not self.is_postgres else self._address().url

    def _address(self, migrated: bool = True) -> SharedAddress:
        if self.address is None:
            self.address = self.shared.fresh_database(migrated)
        return self.address

    def open(self, clock: Clock = now_in_china,
             migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        if self.is_postgres:
            store = Store.open_shared(self._address(migrations is MIGRATIONS), APP_PASSWORD,
                                      clock=clock, migrations=migrations)
        else:
            store = Store.open(self.path, clock=clock, migrations=migrations)
        self._opened.append(store)
        return store

    def close_all(self) -> None:
        for store in self._opened:
            store.close()
        if self.address is not None and self.shared.cluster is not None:
            with contextlib.suppress(PgUnavailable):
                self.shared.cluster.drop_database(self.address)


def integrity_errors() -> tuple[type[BaseException], ...]:
    """A broken rule (CHECK, UNIQUE, foreign key) as either backend raises it."""
    import sqlite3

    import psycopg

    return sqlite3.IntegrityError, psycopg.IntegrityError


def explain(store: Store, sql: str, params: Any = ()) -> list[str]:
    """SQLite's query plan details for ``sql`` (SQLite only)."""
    return [r[3] for r in store._db.connection().execute(f"EXPLAIN QUERY PLAN {sql}", params)]
