"""``Store``: the one object the app holds for its data, a SQLite file or a shared database."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.store import backups
from juhe_desk.store._base import Backend, Clock
from juhe_desk.store.accounts import AccountsMixin
from juhe_desk.store.campaign_overview import CampaignOverviewMixin
from juhe_desk.store.campaign_saving import CampaignSavingMixin
from juhe_desk.store.conversations import ConversationsMixin
from juhe_desk.store.database import Database
from juhe_desk.store.errors import StoreError
from juhe_desk.store.journal import JournalMixin
from juhe_desk.store.pulled_items import PulledItemsMixin
from juhe_desk.store.queries import QueriesMixin
from juhe_desk.store.repeats import RepeatsMixin
from juhe_desk.store.reports_awaited import ReportsAwaitedMixin
from juhe_desk.store.saving_desks import SavingDesksMixin
from juhe_desk.store.schema import MIGRATIONS
from juhe_desk.store.schema_steps import Migration
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.store.thread_watch import Report, ThreadWatch, refuse

if TYPE_CHECKING:
    import psycopg

    from juhe_desk.store.pg_database import PgDatabase


class Store(AccountsMixin, JournalMixin, CampaignSavingMixin, PulledItemsMixin, QueriesMixin,
            RepeatsMixin, ConversationsMixin, SavingDesksMixin, CampaignOverviewMixin,
            ReportsAwaitedMixin):
    """Accounts, settings, templates, the send journal, reports, inbound and opt-outs;
    conversations with customers, their names and quick replies.

    The main (GUI) thread uses it directly. Any other thread uses it inside
    ``with store.job_connection():`` (the task runner does that around every job), which
    lends the thread a connection for the block (see ``database``). ``close()`` closes every
    connection, so stop the workers before closing.

    Two backends behind the same methods: a SQLite file (``Store.open``: one desk) and a
    team's shared PostgreSQL database (``Store.open_shared``). The SQL is the same; where
    the two differ is ``dialect``.
    """

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, clock: Clock = now_in_china,
             migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Open or create the file, migrating it (after a check and a backup) when older."""
        return cls(Database.open(path, migrations, now=clock), clock)

    @classmethod
    def open_shared(cls, address: SharedAddress | str, password: str | None, *,
                    clock: Clock = now_in_china,
                    migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Connect to a team's shared database (set up when empty, migrated when older).
        Raises a ``SharedStoreError`` saying in words what is wrong (unreachable, wrong
        password, no such database, another program's database, a newer juhe-desk's)."""
        from juhe_desk.store.pg_database import PgDatabase  # psycopg only when used

        if isinstance(address, str):
            address = SharedAddress.parse(address)
        return cls(PgDatabase.open(address, password, migrations), clock)

    def __init__(self, db: Backend, clock: Clock = now_in_china) -> None:
        super().__init__(db, clock)

    @property
    def shared_address(self) -> SharedAddress | None:
        """The shared database's address; None for a SQLite file."""
        return None if isinstance(self._db, Database) else self._pg().address

    def shared_connection(self) -> AbstractContextManager[psycopg.Connection[Any]]:
        """A pooled psycopg connection of its own (shared database only), for what needs a
        session: LISTEN, a session-level advisory lock (``advisory_locks``), COPY."""
        return self._pg().raw_connection()

    def close(self) -> None:
        self._db.close()

    def ping_shared(self, timeout_s: float = 5.0) -> None:
        """Shared database only: one cheap round trip to its server (in a job); raises
        ``SharedStoreUnavailableError`` when it cannot be reached."""
        self._pg().ping(timeout_s)

    def renew_shared_connection(self) -> None:
        """Shared database only, on the main thread: drop its own connection, which the
        server's going away killed; the next read borrows a live one."""
        self._pg().renew_own_connection()

    def watch_thread(self, thread: threading.Thread | None, report: Report = refuse) -> None:
        """From now on each connection ``thread`` asks for calls ``report`` (tests name the
        GUI thread, see ``thread_watch``); None stops watching."""
        self._db.watch = None if thread is None else ThreadWatch(thread, report)

    def job_connection(self) -> AbstractContextManager[None]:
        """``with store.job_connection():`` around the store work of one job, on any thread
        but the GUI thread: a connection is borrowed when first needed, given back at the
        end of the block."""
        return self._db.job_connection()

    def check_integrity(self) -> None:
        """SQLite's quick check of the whole file; raises ``StoreDamagedError`` if damaged.
        Reads every page: on a large file, call it off the GUI thread. A shared database's
        server checks its own pages: nothing to do here."""
        if isinstance(self._db, Database):
            backups.quick_check(self._db.connection(), self._db.path)

    def backup_to(self, destination: str | os.PathLike[str]) -> None:
        """A checked, consistent copy of the whole file, e.g. for the user's own backups;
        a damaged file raises ``StoreDamagedError`` and is not copied."""
        db = self._sqlite()
        self.check_integrity()
        db.backup_to(destination)

    def back_up_automatically(self, reason: str = "daily") -> Path:
        """A checked copy into the backups folder, keeping the newest seven."""
        db = self._sqlite()
        return backups.make_backup(db.connection(), db.path, self._clock(), reason)

    def daily_backup_due(self) -> bool:
        """Never for a shared database: its server keeps the backups."""
        if not isinstance(self._db, Database):
            return False
        return backups.daily_backup_due(self._db.path, self._clock())

    def _sqlite(self) -> Database:
        if not isinstance(self._db, Database):
            raise StoreError(
                "团队共享数据库由它所在的服务器备份，不能在这里另存为文件。",
                message_en="The team's shared database is backed up on its server; it cannot"
                           " be saved to a file here.")
        return self._db

    def _pg(self) -> PgDatabase:
        from juhe_desk.store.pg_database import PgDatabase

        if not isinstance(self._db, PgDatabase):
            raise TypeError("a SQLite store has no shared database")
        return self._db

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
