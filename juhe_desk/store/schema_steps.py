"""What a migration is: SQL text or a function given the connection, or one of each per
backend (``PerDialect``) where SQLite and PostgreSQL must differ (see schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from juhe_desk.store.connection import Connection
from juhe_desk.store.dialect import DialectName

MigrationStep = str | Callable[[Connection], None]


@dataclass(frozen=True, slots=True)
class PerDialect:
    """A migration written once for each backend."""

    sqlite: MigrationStep
    postgresql: MigrationStep


Migration = MigrationStep | PerDialect


def step_for(migration: Migration, dialect: DialectName) -> MigrationStep:
    if isinstance(migration, PerDialect):
        return migration.sqlite if dialect == "sqlite" else migration.postgresql
    return migration
