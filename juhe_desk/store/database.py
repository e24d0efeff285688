"""The SQLite file: opening, connections per thread, write transactions, migrations, backup.

Threading: every thread gets its own connection (``threading.local``), the file is in WAL
mode, so a read never waits for a write and sees the last committed state. Writes of this
process are serialised by one lock and run in ``BEGIN IMMEDIATE`` transactions; the lock
makes the hand-over between our own threads immediate (SQLite's busy handler sleeps), and
``busy_timeout`` still covers another process holding the file.
``synchronous=FULL``: a committed journal step (e.g. "batch is sending") survives a power
cut, which is what stops a resend after a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from juhe_desk.store.backups import backup_file, make_backup
from juhe_desk.store.errors import (
    StoreClosedError,
    StoreError,
    StoreOpenError,
    StoreTooNewError,
)
from juhe_desk.store.files import create_private_file
from juhe_desk.store.schema import MIGRATIONS, Migration, sql_statements

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
Now = Callable[[], dt.datetime]


class Database:
    """Connections to one SQLite file; use ``Database.open``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._connections: dict[threading.Thread, sqlite3.Connection] = {}
        self._registry_lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._closed = False

    @classmethod
    def open(cls, path: str | os.PathLike[str],
             migrations: Sequence[Migration] = MIGRATIONS, *,
             now: Now = dt.datetime.now) -> Database:
        """Open or create the file and bring its schema up to date.

        An existing file at an older version is first checked and backed up into the
        backups folder (``backups.make_backup``, dated by ``now``).
        """
        db = cls(Path(path))
        try:
            create_private_file(db.path)
            conn = db.connection()
            refuse_if_too_new(conn, db.path, len(migrations))  # before anything writes
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, db.path, migrations, now)
        except (sqlite3.DatabaseError, OSError) as exc:
            db.close()
            raise StoreOpenError(str(db.path), str(exc)) from exc
        except BaseException:
            db.close()
            raise
        return db

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        if self._closed:
            raise StoreClosedError()
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.path)
            with self._registry_lock:
                if self._closed:
                    conn.close()
                    raise StoreClosedError()
                self._close_connections_of_finished_threads()
                self._connections[threading.current_thread()] = conn
            self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on leaving, rolled back on any exception."""
        conn = self.connection()
        with self._write_lock:
            if conn.in_transaction:
                raise RuntimeError("write transactions do not nest")
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def release_thread_connection(self) -> None:
        """Close the calling thread's connection (e.g. at the end of a worker thread)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        with self._registry_lock:
            self._connections.pop(threading.current_thread(), None)
        conn.close()

    def close(self) -> None:
        """Close every connection this object opened, in every thread. Idempotent."""
        with self._registry_lock:
            self._closed = True
            connections = list(self._connections.values())
            self._connections.clear()
        for conn in connections:
            conn.close()

    def backup_to(self, destination: str | os.PathLike[str]) -> None:
        """A consistent copy of the whole file (SQLite backup API), owner-only. Not checked:
        see ``Store.backup_to``."""
        backup_file(self.connection(), Path(destination))

    def _close_connections_of_finished_threads(self) -> None:
        # Thread pools come and go; a dead thread's connection would otherwise stay open.
        for thread in [t for t in self._connections if not t.is_alive()]:
            self._connections.pop(thread).close()


def _connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False only so that close() may close other threads' connections;
    # each connection is otherwise used by its own thread alone.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def upgrade_pending(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> bool:
    """Whether ``path`` is one of our files at an older schema version, from its header
    alone (no connection opened): opening it will check, back up and migrate it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    user_version = int.from_bytes(header[60:64], "big")  # where SQLite keeps it
    return 0 < user_version < len(migrations)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_too_new(conn: sqlite3.Connection, path: Path, known_version: int) -> None:
    current = schema_version(conn)
    if current > known_version:
        raise StoreTooNewError(str(path), current, known_version)


def migrate(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration],
            now: Now = dt.datetime.now) -> None:
    """Apply the migrations the file lacks, each in its own transaction with its version.
    An existing file is checked and backed up first (a damaged one is not migrated)."""
    current = schema_version(conn)
    target = len(migrations)
    refuse_if_too_new(conn, path, target)
    if current == target:
        return
    if current > 0:
        log.info("Backing up %s before migrating from version %d to %d", path, current, target)
        make_backup(conn, path, now(), reason=f"before-upgrade-v{current}")
    # Off while the schema changes (SQLite's procedure for rebuilding a table: a DROP TABLE
    # would otherwise run the ON DELETE actions of the rows pointing at it), checked before
    # each commit instead. The pragma cannot change inside a transaction.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for version, migration in enumerate(migrations[current:], start=current + 1):
            _apply(conn, version, migration)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _apply(conn: sqlite3.Connection, version: int, migration: Migration) -> None:
    """One migration and its version bump in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(conn) >= version:  # another process migrated meanwhile
            conn.execute("ROLLBACK")
            return
        if isinstance(migration, str):
            for statement in sql_statements(migration):
                conn.execute(statement)
        else:
            migration(conn)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise sqlite3.IntegrityError("the migration left rows pointing at nothing")
        conn.execute(f"PRAGMA user_version = {version}")
    except BaseException as exc:
        conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(
                f"数据文件升级到版本 {version} 时失败，文件保持原样：{exc}",
                message_en=f"Upgrading the data file to version {version} failed;"
                           f" the file was left as it was: {exc}",
            ) from exc
        raise
    conn.execute("COMMIT")
