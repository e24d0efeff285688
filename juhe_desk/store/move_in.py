"""Moving a desk's own history (its SQLite file) into the team's shared database.

The file is only read (a copy of it, migrated when older, is what is read). Rows get new ids
from the shared database's own sequences, so they never collide with other desks' rows; the
links between them (a message's campaign and batch, a report's message, a reply's campaign)
follow the new ids. Each step is one transaction, taken after every other desk's writes
(``WRITE_LOCK``), and records what it moved in ``moved_in``:

- campaigns (with their batches, messages, sources and the numbers they included), templates
  and quick replies: one row per moved row, old id -> new id, so a move started again skips
  them and still knows their new ids;
- reports, replies, opt-outs and customers' names, which have keys of their own: inserted
  with ``ON CONFLICT DO NOTHING``, and the last source id done kept as a watermark
  (kind ``<table>:done``, old id 0), so a move started again goes on from there.

Conversations (per-number counts) are recomputed from the shared replies for the numbers
moved, keeping the larger unread count. At the end every table is counted: how many of the
file's rows the shared database holds (``MoveResult``, move_in_counts.py).

A campaign still "sending" in the file arrives paused, its batches that were being sent
uncertain: nothing moved in is sent again by another desk without a person deciding.
A campaign the file holds as partly saved (``campaign_saving``: the desk moved in while it
was saving one, or a save had failed) keeps that mark: it never becomes 'done', and the
desks' starts say how many of its messages were never saved (recovery.py), as anywhere else.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from juhe_desk.store.advisory_locks import WRITE_LOCK
from juhe_desk.store.move_in_counts import (
    MAPPED,
    TABLES,
    MoveResult,
    chunks,
    count_moved,
    rows_in_file,
)

if TYPE_CHECKING:
    import psycopg

    from juhe_desk.store.store import Store

_CAMPAIGN_COLUMNS = ("name", "account_id", "mode", "state", "created_at", "scheduled_at",
                     "source_file", "content", "extno", "signature", "reply_suffix")
_BATCH_COLUMNS = ("seq", "action", "state", "attempts", "request_started_at", "finished_at",
                  "error_code", "error_text", "answer")
_MESSAGE_COLUMNS = ("row_index", "mobile", "content", "parts", "mid", "result", "status",
                    "stat", "stat_time", "updated_at")
_REPORT_COLUMNS = ("mid", "mobile", "stat", "time", "access_code", "raw", "received_at", "via")
_INBOUND_COLUMNS = ("mid", "mobile", "content", "time", "access_code", "raw", "received_at",
                    "via", "optout_review", "link_kind")


class MoveStopped(Exception):
    """The move was asked to stop between two steps; what was moved stays, and starting
    again goes on from there."""


Progress = Callable[[int, int], None]  # rows done, rows in all


def move_history(source: Path, target: Store, source_key: str, *,
                 progress: Progress = lambda done, total: None,
                 should_stop: Callable[[], bool] = lambda: False) -> MoveResult:
    """Move the history in the SQLite file ``source`` into ``target`` (a shared store),
    remembered under ``source_key`` (the same key each time for the same file). Raises
    ``MoveStopped`` when ``should_stop`` says so, a ``StoreError`` in words when the file
    cannot be read (damaged, from a newer juhe-desk)."""
    with (tempfile.TemporaryDirectory(prefix="juhe-move-") as folder,
          _ReadableCopy(source, Path(folder)) as file, target.shared_connection() as pg):
        mover = _Mover(file, pg, source_key, progress, should_stop)
        mover.run()
        return count_moved(file, pg, source_key)


class _ReadableCopy:
    """A copy of the file at the current schema (SQLite's backup API reads the original
    without writing to it), opened for reading."""

    def __init__(self, source: Path, folder: Path) -> None:
        self.source = source
        self.copy = folder / "history.sqlite3"
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        from juhe_desk.store.store import Store

        original = sqlite3.connect(f"{self.source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(self.copy)
            try:
                original.backup(copy)
            finally:
                copy.close()
        finally:
            original.close()
        Store.open(self.copy).close()  # migrated when older; refused in words when newer
        self.conn = sqlite3.connect(self.copy)
        return self.conn

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            self.conn.close()


class _Mover:
    def __init__(self, file: sqlite3.Connection, pg: psycopg.Connection[Any], key: str,
                 progress: Progress, should_stop: Callable[[], bool]) -> None:
        self.file = file
        self.pg = pg
        self.key = key
        self.progress = progress
        self.should_stop = should_stop
        self.total = sum(self._count(table) for table in TABLES)
        self.done = 0
        self.ids: dict[str, dict[int, int]] = {kind: {} for kind in MAPPED}
        for kind, old, new in pg.execute(
                "SELECT kind, old_id, new_id FROM moved_in WHERE source = %s", (key,)):
            if kind in self.ids:
                self.ids[kind][old] = new

    def _count(self, table: str) -> int:
        return rows_in_file(self.file, table)

    def _step_done(self, rows: int) -> None:
        self.done += rows
        self.progress(min(self.done, self.total), self.total)
        if self.should_stop():
            raise MoveStopped()

    def _transaction(self) -> Any:
        return _Transaction(self.pg)

    def run(self) -> None:
        self._templates()
        self._quick_replies()
        self._campaigns()
        self._keyed("opt_outs", "SELECT n, mobile, added_at, source, note FROM"
                    " (SELECT row_number() OVER (ORDER BY mobile) AS n, * FROM opt_outs)",
                    "INSERT INTO opt_outs (mobile, added_at, source, note)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING", lambda row: row)
        self._keyed("customer_names",
                    "SELECT n, mobile, name, campaign_id, updated_at FROM (SELECT"
                    " row_number() OVER (ORDER BY mobile) AS n, * FROM customer_names)",
                    "INSERT INTO customer_names (mobile, name, campaign_id, updated_at)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                    lambda row: (row[0], row[1], self._campaign(row[2]), row[3]))
        columns = ", ".join(_REPORT_COLUMNS)
        self._keyed("reports", f"SELECT id, {columns}, campaign_id, message_id FROM reports",
                    f"INSERT INTO reports ({columns}, campaign_id, message_id) VALUES"
                    f" ({', '.join(['%s'] * (len(_REPORT_COLUMNS) + 2))})"
                    " ON CONFLICT DO NOTHING", self._linked)
        columns = ", ".join(_INBOUND_COLUMNS)
        self._keyed("inbound", f"SELECT id, {columns}, campaign_id, message_id FROM inbound",
                    f"INSERT INTO inbound ({columns}, campaign_id, message_id) VALUES"
                    f" ({', '.join(['%s'] * (len(_INBOUND_COLUMNS) + 2))})"
                    " ON CONFLICT DO NOTHING", self._linked)
        self._conversations()

    # --- rows with ids of their own: new ids, kept in moved_in ----------------------------
    def _templates(self) -> None:
        rows = [row for row in self.file.execute(
            "SELECT id, name, text, updated_at FROM templates ORDER BY id")
            if row[0] not in self.ids["templates"]]
        self._mapped_rows("templates", rows, "INSERT INTO templates (id, name, text, updated_at)"
                          " VALUES (%s, %s, %s, %s)", lambda new, row: (new, *row[1:]))
        self._step_done(self._count("templates"))

    def _quick_replies(self) -> None:
        rows = [row for row in self.file.execute(
            "SELECT id, title, text, position, updated_at FROM quick_replies"
            " ORDER BY position, id") if row[0] not in self.ids["quick_replies"]]
        with self._transaction() as pg:
            after = int(pg.execute("SELECT coalesce(max(position), 0) FROM quick_replies")
                        .fetchone()[0])
            self._insert_mapped(pg, "quick_replies", rows,
                                "INSERT INTO quick_replies (id, title, text, position,"
                                " updated_at) VALUES (%s, %s, %s, %s, %s)",
                                lambda new, row: (new, row[1], row[2], after + row[3], row[4]))
        self._step_done(self._count("quick_replies"))

    def _mapped_rows(self, kind: str, rows: Sequence[Sequence[Any]], insert: str,
                     values: Callable[[int, Sequence[Any]], Sequence[Any]]) -> None:
        with self._transaction() as pg:
            self._insert_mapped(pg, kind, rows, insert, values)

    def _insert_mapped(self, pg: psycopg.Connection[Any], kind: str,
                       rows: Sequence[Sequence[Any]], insert: str,
                       values: Callable[[int, Sequence[Any]], Sequence[Any]]) -> list[int]:
        """Insert ``rows`` (the old id first) with new ids from the table's sequence and
        remember old -> new; the new ids, in order."""
        if not rows:
            return []
        new_ids = [int(r[0]) for r in pg.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            (kind, len(rows)))]
        with pg.cursor() as cursor:
            cursor.executemany(insert, [values(new, row)
                                        for new, row in zip(new_ids, rows, strict=True)])
            with cursor.copy("COPY moved_in (source, kind, old_id, new_id) FROM STDIN") as copy:
                for new, row in zip(new_ids, rows, strict=True):
                    copy.write_row((self.key, kind, row[0], new))
        self.ids[kind].update((row[0], new) for new, row in zip(new_ids, rows, strict=True))
        return new_ids

    def _campaigns(self) -> None:
        """One transaction per campaign: it, its batches and messages, what hangs on it."""
        columns = ", ".join(_CAMPAIGN_COLUMNS)
        campaigns = self.file.execute(
            f"SELECT id, {columns}, parent_campaign_id FROM campaigns ORDER BY id").fetchall()
        for campaign in campaigns:
            old_id = campaign[0]
            size = self._campaign_size(old_id)
            if old_id not in self.ids["campaigns"]:
                with self._transaction() as pg:
                    self._one_campaign(pg, campaign)
            self._step_done(size)

    def _campaign_size(self, campaign_id: int) -> int:
        return 1 + sum(int(self.file.execute(
            f"SELECT count(*) FROM {table} WHERE campaign_id = ?", (campaign_id,)).fetchone()[0])
            for table in ("batches", "messages"))

    def _one_campaign(self, pg: psycopg.Connection[Any], campaign: Sequence[Any]) -> None:
        old_id = campaign[0]
        values = list(campaign[1:-1])
        state_at = _CAMPAIGN_COLUMNS.index("state")
        if values[state_at] == "sending":
            values[state_at] = "paused"
        names = ", ".join(_CAMPAIGN_COLUMNS)
        [new_id] = self._insert_mapped(
            pg, "campaigns", [campaign],
            f"INSERT INTO campaigns (id, {names}, parent_campaign_id) VALUES"
            f" ({', '.join(['%s'] * (len(_CAMPAIGN_COLUMNS) + 2))})",
            lambda new, _row: (new, *values, self._campaign(campaign[-1])))
        batches = [(*row[:3], "uncertain" if row[3] == "sending" else row[3], *row[4:])
                   for row in self.file.execute(
                       f"SELECT id, {', '.join(_BATCH_COLUMNS)} FROM batches"
                       " WHERE campaign_id = ? ORDER BY id", (old_id,))]
        # row: (old id, seq, action, state, ...): the state is the fourth value
        self._insert_mapped(pg, "batches", batches,
                            f"INSERT INTO batches (id, campaign_id, {', '.join(_BATCH_COLUMNS)})"
                            f" VALUES ({', '.join(['%s'] * (len(_BATCH_COLUMNS) + 2))})",
                            lambda new, row: (new, new_id, *row[1:]))
        batch_ids = self.ids["batches"]
        messages = self.file.execute(
            f"SELECT id, batch_id, {', '.join(_MESSAGE_COLUMNS)} FROM messages"
            " WHERE campaign_id = ? ORDER BY id", (old_id,)).fetchall()
        self._insert_mapped(pg, "messages", messages,
                            f"INSERT INTO messages (id, campaign_id, batch_id,"
                            f" {', '.join(_MESSAGE_COLUMNS)}) VALUES"
                            f" ({', '.join(['%s'] * (len(_MESSAGE_COLUMNS) + 3))})",
                            lambda new, row: (new, new_id, batch_ids[row[1]], *row[2:]))
        for table, column in (("campaign_sources", "fingerprint"),
                              ("campaign_opt_out_includes", "mobile")):
            rows = [(new_id, row[0]) for row in self.file.execute(
                f"SELECT {column} FROM {table} WHERE campaign_id = ?", (old_id,))]
            if rows:
                with pg.cursor() as cursor:
                    cursor.executemany(f"INSERT INTO {table} (campaign_id, {column})"
                                       " VALUES (%s, %s) ON CONFLICT DO NOTHING", rows)
        saving = self.file.execute("SELECT batches, messages FROM campaign_saving"
                                   " WHERE campaign_id = ?", (old_id,)).fetchone()
        if saving is not None:  # moved in mid-save: the rest never came; it is never 'done'
            pg.execute("INSERT INTO campaign_saving (campaign_id, batches, messages)"
                       " VALUES (%s, %s, %s)", (new_id, *saving))
        if self.file.execute("SELECT 1 FROM campaign_names_read WHERE campaign_id = ?",
                             (old_id,)).fetchone():
            pg.execute("INSERT INTO campaign_names_read (campaign_id) VALUES (%s)"
                       " ON CONFLICT DO NOTHING", (new_id,))

    def _campaign(self, old: int | None) -> int | None:
        return None if old is None else self.ids["campaigns"].get(old)

    def _linked(self, row: Sequence[Any]) -> Sequence[Any]:
        """A report's or reply's values, its campaign and message by their new ids."""
        return (*row[:-2], self._campaign(row[-2]),
                None if row[-1] is None else self.ids["messages"].get(row[-1]))

    # --- rows with keys of their own: ON CONFLICT DO NOTHING, a watermark -----------------
    def _keyed(self, table: str, select: str, insert: str,
               values: Callable[[Sequence[Any]], Sequence[Any]]) -> None:
        """``select`` starts with the row's id in the file (its rowid): the chunks go in its
        order, and the last one done is the watermark a move started again goes on from."""
        mark = f"{table}:done"
        found = self.pg.execute("SELECT new_id FROM moved_in WHERE source = %s AND kind = %s"
                                " AND old_id = 0", (self.key, mark)).fetchone()
        after = int(found[0]) if found else 0
        order = select.split()[1].rstrip(",")
        self._step_done(int(self.file.execute(
            f"SELECT count(*) FROM ({select}) WHERE {order} <= ?", (after,)).fetchone()[0]))
        for chunk in chunks(self.file.execute(
                f"{select} WHERE {order} > ? ORDER BY {order}", (after,))):
            with self._transaction() as pg, pg.cursor() as cursor:
                cursor.executemany(insert, [values(row[1:]) for row in chunk])
                cursor.execute("INSERT INTO moved_in (source, kind, old_id, new_id)"
                               " VALUES (%s, %s, 0, %s) ON CONFLICT (source, kind, old_id)"
                               " DO UPDATE SET new_id = excluded.new_id",
                               (self.key, mark, chunk[-1][0]))
            self._step_done(len(chunk))

    def _conversations(self) -> None:
        """Each moved number's conversation from the shared replies; unread and handled
        are the larger of the two desks'."""
        rows = self.file.execute(
            "SELECT mobile, unread, handled_at FROM conversations ORDER BY mobile").fetchall()
        for chunk in chunks(iter(rows)):
            with self._transaction() as pg, pg.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO conversations"
                    " (mobile, last_time, last_reply_id, replies, unread, handled_at)"
                    " SELECT DISTINCT ON (i.mobile) i.mobile, i.time, i.id,"
                    " count(*) OVER (PARTITION BY i.mobile), %s, %s::text"
                    " FROM inbound i WHERE i.mobile = %s ORDER BY i.mobile, i.time DESC, i.id DESC"
                    " ON CONFLICT (mobile) DO UPDATE SET last_time = excluded.last_time,"
                    " last_reply_id = excluded.last_reply_id, replies = excluded.replies,"
                    " unread = greatest(conversations.unread, excluded.unread),"
                    " handled_at = greatest(conversations.handled_at, excluded.handled_at)",
                    [(unread, handled, mobile) for mobile, unread, handled in chunk])
            self._step_done(len(chunk))

class _Transaction:
    """One write transaction on the shared database, after every other desk's writes."""

    def __init__(self, pg: psycopg.Connection[Any]) -> None:
        self.pg = pg
        self.block: Any = None

    def __enter__(self) -> psycopg.Connection[Any]:
        self.block = self.pg.transaction()
        self.block.__enter__()
        self.pg.execute("SELECT pg_advisory_xact_lock(%s, %s)", WRITE_LOCK)
        return self.pg

    def __exit__(self, *exc: Any) -> None:
        self.block.__exit__(*exc)
