"""A team's shared PostgreSQL database: the pool, connections lent to jobs, write
transactions, the schema version and migrations. The same calls as ``database.Database``.

Connections come from a ``psycopg_pool.ConnectionPool`` (checked when lent, so one the
server dropped is replaced): the main (GUI) thread keeps one, any other thread borrows one
for a ``job_connection()`` block, as on SQLite.

Writes: every write transaction first takes one transaction-level advisory lock
(``WRITE_LOCK``), so the writes of every desk run one after another, as a SQLite file's
do. Under READ COMMITTED each statement then sees every write committed before its
transaction began, and nothing else writes meanwhile: the journal's read-check-write steps
(a batch is "planned", so it becomes "sending"; the opt-out list looked at as a batch
starts) hold as they do on SQLite, and writers never deadlock. A transaction is short (a
100,000-message campaign is the longest, about a second); reads never wait for it.
``synchronous_commit=on`` (pg_connect): a commit is on the server's disk before the
request it allows leaves.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from juhe_desk.store import pg_schema
from juhe_desk.store.advisory_locks import MIGRATE_LOCK, WRITE_LOCK
from juhe_desk.store.dialect import POSTGRESQL
from juhe_desk.store.errors import OutsideJobConnectionError, StoreClosedError
from juhe_desk.store.pg_connect import CONNECT_TIMEOUT_S, connect, conninfo, encrypted
from juhe_desk.store.pg_connection import PgConnection, unavailable_on_connection_loss
from juhe_desk.store.schema import MIGRATIONS, sql_statements
from juhe_desk.store.schema_steps import Migration, step_for
from juhe_desk.store.session_locks import SessionLocks
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.store.shared_errors import (
    NotOurDatabaseError,
    SharedStoreRefusedError,
    SharedStoreTooNewError,
    SharedStoreUnavailableError,
)
from juhe_desk.store.thread_watch import ThreadWatch, check

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 12  # the GUI thread, the task runner's threads, a send's threads
CANCEL_WAIT_S = 2.0  # closing: at most this long asking the server to cancel statements
VERSION_TABLE = "juhe_desk_schema"


class _Lease:
    __slots__ = ("conn",)

    def __init__(self) -> None:
        self.conn: PgConnection | None = None


class PgDatabase:
    """Connections to one shared database; use ``PgDatabase.open``."""

    dialect = POSTGRESQL

    def __init__(self, address: SharedAddress, pool: ConnectionPool[Any],
                 lock_conninfo: str = "") -> None:
        self.address = address
        self.pool = pool
        self._lock_conninfo = lock_conninfo
        self._local = threading.local()  # .own (the main thread's), .lease (a job's)
        self._closed = False
        self._locks: SessionLocks | None = None
        self._locks_guard = threading.Lock()
        # The pool's connections lent to threads now: ``close`` cancels what they run.
        self._lent: set[psycopg.Connection[Any]] = set()
        self._lent_guard = threading.Lock()
        self.watch: ThreadWatch | None = None  # tests: the GUI thread (thread_watch)

    @classmethod
    def open(cls, address: SharedAddress, password: str | None,
             migrations: Sequence[Migration] = MIGRATIONS, *,
             max_connections: int = MAX_CONNECTIONS) -> PgDatabase:
        """Connect, refuse a database that is not ours or is newer, bring the schema up to
        date; raises a ``SharedStoreError`` in words."""
        with connect(address, password) as first:
            migrate(PgConnection(first), address, migrations)
        pool: ConnectionPool[Any] = ConnectionPool(
            conninfo(address, password), min_size=1, max_size=max_connections,
            kwargs={"autocommit": True}, check=ConnectionPool.check_connection,
            timeout=CONNECT_TIMEOUT_S * 2, name="juhe-desk", open=False)
        pool.open(wait=False)
        return cls(address, pool, conninfo(address, password))

    def describe(self) -> str:
        return self.address.url

    def connection(self) -> PgConnection:
        """The calling thread's connection: its ``job_connection`` block's, else (on the main
        thread only) its own. One the server dropped is replaced on the next use."""
        check(self.watch, "connection")
        if self._closed:
            raise StoreClosedError()
        lease: _Lease | None = getattr(self._local, "lease", None)
        if lease is not None:
            if lease.conn is None or not lease.conn.usable:
                if lease.conn is not None:
                    self._give_back(lease.conn)
                lease.conn = self._borrow()
            return lease.conn
        own: PgConnection | None = getattr(self._local, "own", None)
        if own is None or not own.usable:
            if threading.current_thread() is not threading.main_thread():
                raise OutsideJobConnectionError(threading.current_thread().name)
            if own is not None:
                self._give_back(own)
            own = self._borrow()
            self._local.own = own
        return own

    @contextlib.contextmanager
    def job_connection(self) -> Iterator[None]:
        if getattr(self._local, "lease", None) is not None:
            yield
            return
        lease = _Lease()
        self._local.lease = lease
        try:
            yield
        finally:
            self._local.lease = None
            if lease.conn is not None:
                self._give_back(lease.conn)

    @contextlib.contextmanager
    def write(self) -> Iterator[PgConnection]:
        """One write transaction, after every other desk's (module doc): committed on
        leaving, rolled back on any exception."""
        conn = self.connection()
        if conn.in_transaction:
            raise RuntimeError("write transactions do not nest")
        with unavailable_on_connection_loss(self.address.url), conn.raw.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(?, ?)", WRITE_LOCK)
            yield conn

    def renew_own_connection(self) -> None:
        """Main thread: give back its own connection (the server went away, or came back:
        that one is dead); the next use borrows a checked one from the pool."""
        own: PgConnection | None = getattr(self._local, "own", None)
        self._local.own = None
        if own is not None:
            self._give_back(own)

    def ping(self, timeout_s: float = CONNECT_TIMEOUT_S) -> None:
        """A cheap round trip on a pooled connection; ``SharedStoreUnavailableError`` when
        the server cannot be reached within ``timeout_s``."""
        check(self.watch, "ping")
        if self._closed:
            raise StoreClosedError()
        with _pool_errors(self.address):
            raw = self.pool.getconn(timeout=timeout_s)
        try:
            with unavailable_on_connection_loss(self.address.url):
                raw.execute("SELECT 1")
        finally:
            self.pool.putconn(raw)

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[psycopg.Connection[Any]]:
        """A pooled psycopg connection of its own, for work that needs the session (LISTEN,
        a session-level advisory lock, COPY): given back to the pool at the end of the block
        (the pool resets it). Not the thread's store connection."""
        check(self.watch, "raw connection")
        if self._closed:
            raise StoreClosedError()
        with _pool_errors(self.address), self.pool.connection() as raw:
            yield raw

    def session_locks(self) -> SessionLocks:
        """This desk's own connection for session-level advisory locks (made once)."""
        check(self.watch, "session locks")
        if self._closed:
            raise StoreClosedError()
        with self._locks_guard:
            if self._locks is None:
                self._locks = SessionLocks(self._lock_conninfo, self.address.url)
            return self._locks

    def close(self) -> None:
        """Close every connection: the pool's, lent or idle, and the locks' (releasing
        the roles this desk held). A statement still running on a lent connection (a job
        waiting for a server that does not answer, or for another desk's write) is
        cancelled, so its thread ends now. Idempotent."""
        if self._closed:
            return
        self._closed = True
        with self._lent_guard:
            lent = list(self._lent)
        deadline = time.monotonic() + CANCEL_WAIT_S
        for raw in lent:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            with contextlib.suppress(Exception):  # gone, or nothing running
                raw.cancel_safe(timeout=left)
        with self._locks_guard:
            if self._locks is not None:
                self._locks.close()
        self.pool.close(timeout=1.0)

    def _borrow(self) -> PgConnection:
        if self._closed:
            raise StoreClosedError()
        with _pool_errors(self.address):
            raw = self.pool.getconn()
        with self._lent_guard:
            self._lent.add(raw)
        return PgConnection(raw)

    def _give_back(self, conn: PgConnection) -> None:
        with self._lent_guard:
            self._lent.discard(conn.raw)
        if self._closed:
            return
        with contextlib.suppress(Exception):  # a broken one is discarded by the pool
            self.pool.putconn(conn.raw)


@contextlib.contextmanager
def _pool_errors(address: SharedAddress) -> Iterator[None]:
    try:
        yield
    except PoolTimeout as exc:
        raise SharedStoreUnavailableError(str(exc), address.url) from exc
    except psycopg.OperationalError as exc:
        raise SharedStoreUnavailableError(str(exc), address.url) from exc


# --- the schema version ------------------------------------------------------------------
def schema_version(conn: PgConnection) -> int | None:
    """The database's schema version; None when it has no version table (not set up)."""
    if conn.execute("SELECT to_regclass(?)", (VERSION_TABLE,)).fetchone()[0] is None:
        return None
    row = conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return 0 if row is None else int(row[0])


def other_tables(conn: PgConnection) -> list[str]:
    """Tables in the current schema that are not ours."""
    return [r[0] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        " AND tablename <> ? ORDER BY tablename", (VERSION_TABLE,)).fetchall()]


def check_ours(conn: PgConnection, address: SharedAddress, known_version: int) -> int | None:
    """The version of a database we may use (None: empty, to be set up); raises for a
    database of another program or of a newer juhe-desk."""
    version = schema_version(conn)
    if version is None:
        if other_tables(conn):
            raise NotOurDatabaseError(address.url)
        return None
    if version > known_version:
        raise SharedStoreTooNewError(address.url, version, known_version)
    return version


def migrate(conn: PgConnection, address: SharedAddress,
            migrations: Sequence[Migration] = MIGRATIONS) -> None:
    """Set up an empty database at the baseline, then apply what it lacks: all in one
    transaction, one desk at a time (``MIGRATE_LOCK``)."""
    target = len(migrations)
    if target < pg_schema.BASELINE_VERSION:
        raise ValueError("the migrations end before PostgreSQL's baseline")
    if check_ours(conn, address, target) == target:
        return
    try:
        with unavailable_on_connection_loss(address.url), conn.raw.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(?, ?)", MIGRATE_LOCK)
            current = check_ours(conn, address, target)  # another desk may have meanwhile
            if current is None:
                log.info("setting up the shared database %s", address.url)
                for statement in (pg_schema.VERSION_TABLE, *pg_schema.baseline_statements()):
                    conn.execute(statement)
                conn.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)",
                             (pg_schema.BASELINE_VERSION,))
                current = pg_schema.BASELINE_VERSION
            for version in range(current + 1, target + 1):
                log.info("migrating the shared database %s to version %d", address.url,
                         version)
                _apply(conn, migrations[version - 1])
                conn.execute(f"UPDATE {VERSION_TABLE} SET version = ?", (version,))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise SharedStoreRefusedError(SharedStoreRefusedError.NOT_ALLOWED, address.url,
                                      exc.diag.message_primary or str(exc)) from exc


def _apply(conn: PgConnection, migration: Migration) -> None:
    step = step_for(migration, "postgresql")
    if isinstance(step, str):
        for statement in sql_statements(pg_schema.postgres_ddl(step)):
            conn.execute(statement)
    else:
        step(conn)


@dataclass(frozen=True, slots=True)
class SharedProbe:
    """What a connection test found: the database may be used (else it raised)."""

    encrypted: bool  # TLS in use
    server_version: str  # "15.18"
    schema_version: int | None  # None: empty, juhe-desk sets it up on first use


def probe(address: SharedAddress, password: str | None,
          known_version: int | None = None) -> SharedProbe:
    """Connect once and look, changing nothing: raises a ``SharedStoreError`` in words
    (unreachable, wrong password, no such database, another program's database, a newer
    juhe-desk's)."""
    known = len(MIGRATIONS) if known_version is None else known_version
    with connect(address, password) as raw:
        version = check_ours(PgConnection(raw), address, known)
        number = raw.info.server_version
        return SharedProbe(encrypted(raw), f"{number // 10000}.{number % 10000}", version)
