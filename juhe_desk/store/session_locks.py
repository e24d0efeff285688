"""Session-level advisory locks on a desk's own connection to a shared database.

A role one desk holds at a time (pulling an account's reports, sending a campaign, being
on line at all) is a ``pg_try_advisory_lock`` taken on this connection, never a lock row:
the server releases it when the connection ends, whether the desk quit, crashed or lost
its network. The connection is not the pool's (a pool resets and swaps connections) and
asks both ends to notice a dead peer quickly (pg_connect: TCP keepalives and a TCP user
timeout, on the client and on the server), so another desk can take a role over within
about 30 s of the network going.

If this connection is lost, so is every lock it held: ``holds`` then says False and the
desk stops acting on the role until it takes it again. Thread-safe (one lock).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable
from typing import Any

import psycopg

from juhe_desk.store.advisory_locks import LockKey
from juhe_desk.store.shared_errors import SharedStoreUnavailableError

log = logging.getLogger(__name__)

_HELD_NOW = ("SELECT classid::bigint, objid::bigint FROM pg_locks WHERE locktype = 'advisory'"
             " AND granted AND objsubid = 2 AND classid::bigint = ANY(%s)")


_HELD_BESIDE = ("SELECT b.classid::bigint, b.objid::bigint FROM pg_locks r JOIN pg_locks b"
                " ON b.pid = r.pid WHERE r.locktype = 'advisory' AND r.granted"
                " AND r.objsubid = 2 AND r.classid::bigint = %s AND r.objid::bigint = %s"
                " AND b.locktype = 'advisory' AND b.granted AND b.objsubid = 2"
                " AND b.classid::bigint = %s")


class SessionLocks:
    def __init__(self, conninfo: str, url: str) -> None:
        self._conninfo = conninfo
        self._url = url
        self._conn: psycopg.Connection[Any] | None = None
        self._held: set[LockKey] = set()
        self._always: set[LockKey] = set()  # taken again on a new connection (hold_always)
        self._lock = threading.Lock()
        self._closed = False

    def try_lock(self, key: LockKey) -> bool:
        """Take ``key`` unless another session holds it; True when this one holds it now.
        False too when the server cannot be reached."""
        with self._lock:
            for _attempt in range(2):  # a connection found dead is made anew once
                conn = self._connection()
                if conn is None:
                    return False
                if key in self._held:
                    return True
                try:
                    row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", key).fetchone()
                except psycopg.OperationalError:
                    self._lost()
                    continue
                if row is not None and row[0]:
                    self._held.add(key)
                    return True
                return False
            return False

    def hold_always(self, key: LockKey) -> bool:
        """Take ``key`` now and again whenever the connection is made anew (a desk's "I am
        running" lock: a network blip must not make it look gone for longer than the blip)."""
        with self._lock:
            self._always.add(key)
        return self.try_lock(key)

    def unlock(self, key: LockKey) -> None:
        with self._lock:
            if key not in self._held or self._conn is None:
                return
            self._held.discard(key)
            try:
                self._conn.execute("SELECT pg_advisory_unlock(%s, %s)", key)
            except psycopg.OperationalError:
                self._lost()

    def holds(self, key: LockKey) -> bool:
        """Whether this connection still holds ``key``: asks the server (a dead connection
        has lost every lock)."""
        with self._lock:
            if key not in self._held or self._conn is None:
                return False
            try:
                self._conn.execute("SELECT 1")
            except psycopg.OperationalError:
                self._lost()
                return False
            return key in self._held

    def held_by_anyone(self, keys: Iterable[LockKey]) -> set[LockKey]:
        """Which of ``keys`` some session (any desk's) holds now; raises
        ``SharedStoreUnavailableError`` when the server cannot say (never "nobody")."""
        wanted = set(keys)
        if not wanted:
            return set()
        rows = self._ask(_HELD_NOW, (sorted({first for first, _ in wanted}),))
        # pg_locks shows the keys as unsigned oids: back to signed 32-bit numbers.
        held = {(_signed(first), _signed(second)) for first, second in rows}
        return wanted & held

    def held_beside(self, key: LockKey, first: int) -> set[LockKey]:
        """The keys with first key ``first`` held by the session that holds ``key`` (none
        when nobody holds it): a role's holder known by its desk's own lock, which the same
        connection holds (desks.py), never by a row written after the lock was taken.
        Raises ``SharedStoreUnavailableError`` when the server cannot say."""
        rows = self._ask(_HELD_BESIDE, (_unsigned(key[0]), _unsigned(key[1]), _unsigned(first)))
        return {(_signed(a), _signed(b)) for a, b in rows}

    def _ask(self, query: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        """The rows of a read about locks. A connection found dead is made anew once, as
        ``try_lock`` does: the first question after the server came back is answered, not
        taken for the server being gone (which stopped a campaign started just then)."""
        with self._lock:
            for attempt in range(2):
                conn = self._connection()
                if conn is None:
                    raise SharedStoreUnavailableError("no lock connection", self._url)
                try:
                    return conn.execute(query, params).fetchall()
                except psycopg.OperationalError as exc:
                    self._lost()
                    if attempt:
                        raise SharedStoreUnavailableError(str(exc), self._url) from exc
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            conn, self._conn = self._conn, None
            self._held.clear()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    # under self._lock
    def _connection(self) -> psycopg.Connection[Any] | None:
        if self._closed:
            return None
        if self._conn is not None and not self._conn.closed:
            return self._conn
        self._held.clear()  # a new session holds nothing the old one held
        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True)
            for key in sorted(self._always):
                row = self._conn.execute("SELECT pg_try_advisory_lock(%s, %s)",
                                         key).fetchone()
                if row is not None and row[0]:
                    self._held.add(key)
        except psycopg.OperationalError as exc:
            log.warning("the desk's lock connection cannot be made: %s", exc)
            self._conn = None
            self._held.clear()
        return self._conn

    def _lost(self) -> None:
        if self._held:
            log.warning("the desk's lock connection was lost, and with it %d role(s)",
                        len(self._held))
        self._held.clear()
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def _signed(value: int) -> int:
    return value - (1 << 32) if value >= 1 << 31 else value


def _unsigned(value: int) -> int:
    """A signed 32-bit key as pg_locks shows it (an oid)."""
    return value + (1 << 32) if value < 0 else value
