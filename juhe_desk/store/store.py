"""``Store``: the one object the app holds for its SQLite file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from types import TracebackType

from juhe_desk.store._base import Clock, china_now
from juhe_desk.store.accounts import AccountsMixin
from juhe_desk.store.database import Database
from juhe_desk.store.events import EventsMixin
from juhe_desk.store.journal import JournalMixin
from juhe_desk.store.queries import QueriesMixin
from juhe_desk.store.repeats import RepeatsMixin
from juhe_desk.store.schema import MIGRATIONS, Migration


class Store(AccountsMixin, JournalMixin, EventsMixin, QueriesMixin, RepeatsMixin):
    """Accounts, settings, templates, the send journal, reports, inbound and opt-outs.

    Safe to use from any thread: each thread gets its own connection (see ``database``).
    A worker thread that ends may call ``release_thread_connection()``; ``close()`` closes
    every connection in any case, so stop the workers before closing.
    """

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, clock: Clock = china_now,
             migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Open or create the file, migrating it (after a backup) when it is older."""
        return cls(Database.open(path, migrations), clock)

    def close(self) -> None:
        self._db.close()

    def release_thread_connection(self) -> None:
        self._db.release_thread_connection()

    def backup_to(self, destination: str | os.PathLike[str]) -> None:
        """A consistent copy of the whole file, e.g. for the user's own backups."""
        self._db.backup_to(destination)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
