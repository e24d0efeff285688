"""The SQLite file: opening, connections, write transactions, migrations, backup.

Connections, one rule for every thread:
- the main (GUI) thread has a connection of its own, opened on first use, closed by
  ``close()``;
- any other thread uses the file only inside ``with db.job_connection():``. The task runner
  opens that block around every job, and the send engine around the work of each of its
  threads. The block borrows a connection from a small pool of idle ones when it first
  needs one and gives it back at its end (closed, if the block raised). A thread that uses
  the file outside such a block gets ``OutsideJobConnectionError``: a job cannot leave a
  connection behind. A server database with a connection pool fits the same two calls.

The file is in WAL mode, so a read never waits for a write and sees the last committed
state. Writes of this process are serialised by one lock and run in ``BEGIN IMMEDIATE``
transactions; the lock makes the hand-over between our own threads immediate (SQLite's busy
handler sleeps), and ``busy_timeout`` still covers another process holding the file.
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

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.store.backups import backup_file, make_backup
from juhe_desk.store.dialect import SQLITE
from juhe_desk.store.errors import (
    OutsideJobConnectionError,
    StoreClosedError,
    StoreError,
    StoreOpenError,
    StoreTooNewError,
)
from juhe_desk.store.files import create_private_file
from juhe_desk.store.schema import MIGRATIONS, sql_statements
from juhe_desk.store.schema_steps import Migration, step_for
from juhe_desk.store.thread_watch import ThreadWatch, check

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# Idle connections kept for the next job: the task runner's threads and a send's threads
# find one ready (and its page cache warm); more are closed when given back.
IDLE_CONNECTIONS = 8
Now = Callable[[], dt.datetime]


class _Lease:
    """The connection a ``job_connection`` block borrowed, once it needed one."""

    __slots__ = ("conn",)

    def __init__(self) -> None:
        self.conn: sqlite3.Connection | None = None


class Database:
    """Connections to one SQLite file; use ``Database.open``."""

    dialect = SQLITE

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()  # .own (the main thread's), .lease (a job's)
        self._idle: list[sqlite3.Connection] = []
        self._open: set[sqlite3.Connection] = set()  # every connection not closed yet
        self._pool_lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._closed = False
        self.watch: ThreadWatch | None = None  # tests: the GUI thread (thread_watch)

    @classmethod
    def open(cls, path: str | os.PathLike[str],
             migrations: Sequence[Migration] = MIGRATIONS, *,
             now: Now = now_in_china) -> Database:
        """Open or create the file and bring its schema up to date.

        An existing file at an older version is first checked and backed up into the
        backups folder (``backups.make_backup``, dated by ``now``).
        """
        db = cls(Path(path))
        try:
            create_private_file(db.path)
            with db.job_connection():  # opened on any thread (an upgrade runs in a job)
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

    def describe(self) -> str:
        return str(self.path)

    def connection(self) -> sqlite3.Connection:
        """The calling thread's connection: its ``job_connection`` block's, else (on the main
        thread only) its own, opened on first use."""
        check(self.watch, "connection")
        if self._closed:
            self._close_own()  # closed from another thread: this one closes its own
            raise StoreClosedError()
        lease: _Lease | None = getattr(self._local, "lease", None)
        if lease is not None:
            if lease.conn is None:
                lease.conn = self._borrow()
            return lease.conn
        conn: sqlite3.Connection | None = getattr(self._local, "own", None)
        if conn is None:
            if threading.current_thread() is not threading.main_thread():
                raise OutsideJobConnectionError(threading.current_thread().name)
            conn = self._borrow()
            self._local.own = conn
        return conn

    @contextlib.contextmanager
    def job_connection(self) -> Iterator[None]:
        """Everything the calling thread does with the file inside the block uses one
        connection, borrowed when first needed and given back at the end. Blocks nest: an
        inner one uses the outer one's connection."""
        if getattr(self._local, "lease", None) is not None:
            yield
            return
        lease = _Lease()
        self._local.lease = lease
        finished = False
        try:
            yield
            finished = True
        finally:
            self._local.lease = None
            if lease.conn is not None:
                self._give_back(lease.conn, reuse=finished)

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

    def close(self) -> None:
        """Close the idle connections and the calling thread's; interrupt those other
        threads are using: each is closed by its thread, which gets ``StoreClosedError``
        from its next use. Idempotent.

        Why not close them here: sqlite3 lets go of the GIL inside each call, so a close
        from another thread can free a connection under a statement being prepared or
        stepped, and the process dies (seen when a save step ran as a test closed the
        store). ``interrupt()`` is the one call SQLite makes safe from another thread.
        """
        lease: _Lease | None = getattr(self._local, "lease", None)
        mine = {getattr(self._local, "own", None), lease.conn if lease else None}
        self._local.own = None
        with self._pool_lock:
            self._closed = True
            closing = [*self._idle, *(conn for conn in mine if conn in self._open)]
            self._idle.clear()
            self._open.difference_update(closing)
            for conn in self._open:  # under the lock: none is being closed meanwhile
                conn.interrupt()
        for conn in closing:
            conn.close()

    def _close_own(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "own", None)
        if conn is None:
            return
        self._local.own = None
        with self._pool_lock:
            self._open.discard(conn)
        conn.close()

    def backup_to(self, destination: str | os.PathLike[str]) -> None:
        """A consistent copy of the whole file (SQLite backup API), owner-only. Not checked:
        see ``Store.backup_to``."""
        backup_file(self.connection(), Path(destination))

    def _borrow(self) -> sqlite3.Connection:
        with self._pool_lock:
            if self._closed:
                raise StoreClosedError()
            if self._idle:
                return self._idle.pop()
        conn = _connect(self.path)
        with self._pool_lock:
            if not self._closed:
                self._open.add(conn)
                return conn
        conn.close()
        raise StoreClosedError()

    def _give_back(self, conn: sqlite3.Connection, *, reuse: bool) -> None:
        """Keep ``conn`` for the next job, unless the block raised (its state is not known),
        it is mid-transaction, enough are idle, or the file was closed meanwhile."""
        with self._pool_lock:
            if reuse and not self._closed and not conn.in_transaction \
                    and len(self._idle) < IDLE_CONNECTIONS:
                self._idle.append(conn)
                return
            self._open.discard(conn)
        conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False: a pooled connection serves one thread at a time, not always
    # the same one, and close() may close a connection another thread is using.
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
            now: Now = now_in_china) -> None:
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
        step = step_for(migration, "sqlite")
        if isinstance(step, str):
            for statement in sql_statements(step):
                conn.execute(statement)
        else:
            step(conn)
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
