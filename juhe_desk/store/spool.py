"""A desk's local spool of pulled items, for a shared database.

The gateway hands each report and reply out once: what a pull returns is written here
first (a SQLite file in the desk's data folder, ``synchronous=FULL``), then moved into the
shared database, then removed from here. If the shared database cannot be reached, or the
desk stops between the two steps, the items wait here and are moved at the next pull;
the shared database stores them idempotently (its unique keys), so moving twice doubles
nothing. Items keep the gateway's JSON (``raw``) and every field parsed from it.

No spool, no pull: where the file cannot be made or written (a read-only folder, a full
disk), ``SpoolPlace.ready`` raises ``SpoolUnavailableError`` in words before anything is
pulled, so nothing is taken from the gateway without a place to keep it (the gateway hands
each item out once), and the desk does not hold the puller's role meanwhile.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from juhe_desk.gateway.models import DeliveryReport, InboundMessage, PulledItems
from juhe_desk.store.errors import StoreError
from juhe_desk.store.failures import StorageProblem, folder_problem, storage_problem

SPOOL_NAME = "pulled-spool.sqlite3"
_FIELDS = ("mid", "mobile", "time", "access_code", "spid", "raw")


@dataclass(frozen=True, slots=True)
class Spooled:
    """Items waiting in the spool, and their ids there (to remove once stored)."""

    ids: tuple[int, ...]
    items: PulledItems


class SpoolUnavailableError(StoreError):
    """The spool file cannot be made or written: this desk does not pull until it can."""

    def __init__(self, path: Path, problem: StorageProblem | None, detail: str = "") -> None:
        why_zh, why_en = {
            StorageProblem.FULL: ("磁盘已满", "the disk is full"),
            StorageProblem.READ_ONLY: ("文件夹不能写入", "the folder cannot be written"),
        }.get(problem or StorageProblem.IO, (f"无法写入：{detail}", f"it cannot be written:"
                                                                   f" {detail}"))
        super().__init__(
            f"本机暂存回执的文件 {path} 无法使用（{why_zh}），所以本机暂不收取回执和回复："
            "网关每条只发一次，没有地方先存下就不去取。请腾出磁盘空间或检查数据文件夹的权限；"
            "团队里的其他电脑照常收取，这里好了以后会自动恢复。",
            message_en=f"This desk's file for keeping pulled reports, {path}, cannot be used"
                       f" ({why_en}), so this desk does not receive reports and replies for"
                       " now: the gateway hands each one out once, and nothing is pulled"
                       " without a place to keep it. Free some disk space or check the data"
                       " folder's permissions; the other desks of the team receive them"
                       " meanwhile, and this desk goes on by itself once it is fixed.")
        self.path = path
        self.problem = problem


class SpoolPlace:
    """Where the desk's spool lives; opened on first use (in a job), never at start, so a
    folder that cannot take it stops the pulls only (``ready``). Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._spool: Spool | None = None
        self._lock = threading.Lock()

    def ready(self) -> Spool:
        """The spool, made if need be, with room for a pull; ``SpoolUnavailableError``
        when it cannot be made or the disk under it is full or read-only."""
        with self._lock:
            if self._spool is None:
                self._spool = Spool(self.path)
            return self._spool.ready()

    def close(self) -> None:
        with self._lock:
            if self._spool is not None:
                self._spool.close()
                self._spool = None


class Spool:
    """Thread-safe; ``close()`` when done. ``Spool(path)`` raises ``SpoolUnavailableError``
    when the file cannot be made."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (sqlite3.Error, OSError) as exc:
            raise unavailable(path, exc) from exc
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY,"
                " kind TEXT NOT NULL CHECK (kind IN ('report', 'inbound')), item TEXT NOT NULL)")
        except (sqlite3.Error, OSError) as exc:
            self._conn.close()
            raise unavailable(path, exc) from exc

    def ready(self) -> Spool:
        """Itself, when the disk under it can take a pull's items; else raises
        ``SpoolUnavailableError`` (before the pull: what the gateway hands out is kept)."""
        problem = folder_problem(self.path.parent)
        if problem is not None:
            raise SpoolUnavailableError(self.path, problem)
        return self

    def add(self, items: PulledItems) -> None:
        """Keep one pull's items (all or nothing) before anything else is done with them."""
        rows = [("report", _encode(r, stat=r.stat)) for r in items.reports]
        rows += [("inbound", _encode(m, content=m.content)) for m in items.inbound]
        if not rows:
            return
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    self._conn.executemany("INSERT INTO items (kind, item) VALUES (?, ?)",
                                           rows)
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except (sqlite3.Error, OSError) as exc:
                raise unavailable(self.path, exc) from exc

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


def unavailable(path: Path, error: BaseException) -> SpoolUnavailableError:
    """The words for a spool file that ``error`` stopped."""
    return SpoolUnavailableError(path, storage_problem(error, path.parent), str(error))
