"""``Store``: the one object the app holds for its SQLite file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from juhe_desk.store import backups
from juhe_desk.store._base import Clock, china_now
from juhe_desk.store.accounts import AccountsMixin
from juhe_desk.store.conversations import ConversationsMixin
from juhe_desk.store.database import Database
from juhe_desk.store.events import EventsMixin
from juhe_desk.store.journal import JournalMixin
from juhe_desk.store.queries import QueriesMixin
from juhe_desk.store.repeats import RepeatsMixin
from juhe_desk.store.schema import MIGRATIONS, Migration


class Store(AccountsMixin, JournalMixin, EventsMixin, QueriesMixin, RepeatsMixin,
            ConversationsMixin):
    """Accounts, settings, templates, the send journal, reports, inbound and opt-outs;
    conversations with customers, their names and quick replies.

    Safe to use from any thread: each thread gets its own connection (see ``database``).
    A worker thread that ends may call ``release_thread_connection()``; ``close()`` closes
    every connection in any case, so stop the workers before closing.
    """

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, clock: Clock = china_now,
             migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Open or create the file, migrating it (after a check and a backup) when older."""
        return cls(Database.open(path, migrations, now=clock), clock)

    def close(self) -> None:
        self._db.close()

    def release_thread_connection(self) -> None:
        self._db.release_thread_connection()

    def check_integrity(self) -> None:
        """SQLite's quick check of the whole file; raises ``StoreDamagedError`` if damaged.
        Reads every page: on a large file, call it off the GUI thread."""
        backups.quick_check(self._db.connection(), self._db.path)

    def backup_to(self, destination: str | os.PathLike[str]) -> None:
        """A checked, consistent copy of the whole file, e.g. for the user's own backups;
        a damaged file raises ``StoreDamagedError`` and is not copied."""
        self.check_integrity()
        self._db.backup_to(destination)

    def back_up_automatically(self, reason: str = "daily") -> Path:
        """A checked copy into the backups folder, keeping the newest seven."""
        return backups.make_backup(self._db.connection(), self._db.path, self._clock(),
                                   reason)

    def daily_backup_due(self) -> bool:
        return backups.daily_backup_due(self._db.path, self._clock())

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
