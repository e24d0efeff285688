"""A desk's local spool of pulled items, for a shared database.

The gateway hands each report and reply out once: what a pull returns is written here
first (a SQLite file in the desk's data folder, ``synchronous=FULL``), then moved into the
shared database, then removed from here. If the shared database cannot be reached, or the
desk stops between the two steps, the items wait here and are moved at the next pull;
the shared database stores them idempotently (its unique keys), so moving twice doubles
nothing. Items keep the gateway's JSON (``raw``) and every field parsed from it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from juhe_desk.gateway.models import DeliveryReport, InboundMessage, PulledItems

SPOOL_NAME = "pulled-spool.sqlite3"
_FIELDS = ("mid", "mobile", "time", "access_code", "spid", "raw")


@dataclass(frozen=True, slots=True)
class Spooled:
    """Items waiting in the spool, and their ids there (to remove once stored)."""

    ids: tuple[int, ...]
    items: PulledItems


class Spool:
    """Thread-safe; ``close()`` when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL CHECK (kind IN ('report', 'inbound')), item TEXT NOT NULL)")

    def add(self, items: PulledItems) -> None:
        """Keep one pull's items (all or nothing) before anything else is done with them."""
        rows = [("report", _encode(r, stat=r.stat)) for r in items.reports]
        rows += [("inbound", _encode(m, content=m.content)) for m in items.inbound]
        if not rows:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("INSERT INTO items (kind, item) VALUES (?, ?)", rows)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def waiting(self, limit: int = 2000) -> Spooled:
        """The oldest items still to move, at most ``limit``."""
        with self._lock:
            rows = self._conn.execute("SELECT id, kind, item FROM items ORDER BY id LIMIT ?",
                                      (limit,)).fetchall()
        reports = tuple(DeliveryReport(**json.loads(item)) for _, kind, item in rows
                        if kind == "report")
        inbound = tuple(InboundMessage(**json.loads(item)) for _, kind, item in rows
                        if kind == "inbound")
        return Spooled(tuple(r[0] for r in rows), PulledItems(reports, inbound))

    def remove(self, ids: Sequence[int]) -> None:
        """Forget moved items: one transaction (one write to the disk), not one per item."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("DELETE FROM items WHERE id = ?", [(i,) for i in ids])
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM items").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _encode(item: DeliveryReport | InboundMessage, **own: str) -> str:
    fields = {name: getattr(item, name) for name in _FIELDS}
    return json.dumps({**fields, **own}, ensure_ascii=False)
