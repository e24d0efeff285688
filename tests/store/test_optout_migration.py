"""The migration to opt-outs checked at send: the rebuilt tables keep every row, index and
rule, and replies already stored that look like opt-outs wait for review."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from juhe_desk.store import InboundFilter, Store, optout_schema
from juhe_desk.store.database import Database
from juhe_desk.store.optout_schema import opt_outs_at_send
from juhe_desk.store.schema import MIGRATIONS

BEFORE = MIGRATIONS[:MIGRATIONS.index(opt_outs_at_send)]


def _schema(conn: sqlite3.Connection, table: str) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')",
        (table,))}


def _refused(conn: sqlite3.Connection, table: str, edited: str) -> None:
    raise sqlite3.OperationalError("table sqlite_master may not be modified")


@pytest.mark.parametrize("in_place", [True, False], ids=["edited in place", "rebuilt"])
def test_the_new_rules_keep_rows_indexes_and_old_rules(tmp_path: Path, in_place: bool,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    if not in_place:  # SQLite in defensive mode refuses to edit its schema table
        monkeypatch.setattr(optout_schema, "_edit_in_place", _refused)
    path = tmp_path / "juhe.db"
    old = Database.open(path, BEFORE)
    with old.write() as conn:
        # As if another migration had added these before this one ran.
        conn.execute("CREATE INDEX messages_content_time ON messages (content, updated_at)")
        conn.execute("CREATE TRIGGER batches_touch AFTER UPDATE OF state ON batches"
                     " BEGIN SELECT 1; END")
        conn.execute("INSERT INTO campaigns (id, account_id, name, mode, state, created_at)"
                     " VALUES (1, '922011', 'old', 'send', 'sending', '2026-11-01 09:00:00')")
        conn.executemany("INSERT INTO batches (id, campaign_id, seq, action, state, answer)"
                         " VALUES (?, 1, ?, 'send', ?, ?)",
                         [(1, 1, "submitted", None), (2, 2, "uncertain", None),
                          (3, 3, "planned", None), (4, 4, "sending", '[["1", "M", 0]]')])
        conn.executemany(
            "INSERT INTO messages (campaign_id, batch_id, mobile, content, mid, result, status,"
            " updated_at) VALUES (1, ?, ?, '您好', ?, ?, ?, '09:01')",
            [(1, "13800000001", "M1", 0, "delivered"), (1, "13800000002", None, 17, "refused"),
             (2, "13800000003", None, None, "uncertain"), (3, "13800000004", None, None,
                                                            "pending")])
        conn.execute("INSERT INTO reports (mid, mobile, stat, time, received_at, via,"
                     " campaign_id, message_id) VALUES ('M1', '13800000001', 'DELIVRD',"
                     " '2026-11-01 10:00:00', '2026-11-01 10:00:05', 'pull', 1, 1)")
        conn.execute("INSERT INTO opt_outs VALUES ('13800000009', '2026-11-01', 'mo', '')")
        conn.executemany("INSERT INTO inbound (mid, mobile, content, time, received_at, via)"
                         " VALUES (?, ?, ?, '2026-11-01 10:00:00', '2026-11-01', 'pull')",
                         [("I1", "13800000005", "别再发了"), ("I2", "13800000009", "别发了"),
                          ("I3", "13800000006", "好的，谢谢"), ("I4", "13800000007", "不要退订")])
        messages = [tuple(r) for r in conn.execute("SELECT * FROM messages ORDER BY id")]
        batches = [tuple(r) for r in conn.execute("SELECT * FROM batches ORDER BY id")]
        indexes = {"messages": _schema(conn, "messages"), "batches": _schema(conn, "batches")}
    old.close()

    with Store.open(path) as store:
        conn = store._db.connection()
        assert [tuple(r) for r in conn.execute("SELECT * FROM messages ORDER BY id")] == messages
        # Later migrations add columns at the end (desks_schema: batches.desk_id).
        assert [tuple(r)[:len(batches[0])] for r in conn.execute(
            "SELECT * FROM batches ORDER BY id")] == batches
        assert {t: _schema(conn, t) for t in indexes} == indexes
        conn.execute("UPDATE messages SET status = 'opted_out' WHERE id = 4")
        conn.execute("UPDATE batches SET state = 'skipped' WHERE id = 3")
        for bad in ("UPDATE messages SET status = 'lost'", "UPDATE batches SET state = 'lost'"):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(bad)
        flagged = store.fetch_inbound(InboundFilter(review="open"))
        assert [r.mobile for r in flagged] == ["13800000005"]  # not one already on the list
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        other = sqlite3.connect(path)  # another connection reads the new rules too
        with pytest.raises(sqlite3.IntegrityError):
            other.execute("UPDATE batches SET state = 'lost'")
        other.execute("UPDATE batches SET state = 'skipped' WHERE id = 3")
        other.rollback()
        other.close()
        conn.execute("UPDATE campaigns SET state = 'done'")
        conn.execute("UPDATE batches SET state = 'submitted' WHERE id IN (2, 4)")
        store.delete_campaign(1)  # batches and messages still go with their campaign
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
        assert conn.execute("SELECT message_id FROM reports").fetchone()[0] is None
