"""The migration behind opt-outs checked as each batch leaves, and likely opt-outs to review.

- ``messages.status`` may be 'opted_out' (the number opted out after it was chosen, so the
  message was never sent) and ``batches.state`` may be 'skipped' (every number of the batch
  did). Both CHECK rules only grow, so every stored row keeps to them: the rule is edited in
  place, by the procedure SQLite documents for loosening a constraint ("Making Other Kinds Of
  Table Schema Changes", https://www.sqlite.org/lang_altertable.html): a million messages
  would take 7 s to copy at start. Where SQLite refuses that edit (a build in defensive
  mode), the table is rebuilt instead, from the CREATE statement as the file holds it: every
  row, column, index and trigger is kept, including any another migration added before.
- ``campaign_opt_out_includes``: numbers on the opt-out list that the user chose to include
  in one campaign ("include opted-out numbers"); any other opted-out number is left out.
- ``inbound.optout_review``: a reply that looks like an opt-out waits for a person ('open'),
  who adds the number to the list ('added') or dismisses it ('dismissed'). Replies already
  stored are looked at once here.
"""

from __future__ import annotations

import re
import sqlite3

from juhe_desk.domain.likely_optout import likely_optout
from juhe_desk.store.connection import Connection

_MESSAGE_STATUS_RULE = re.compile(r"(OR\s+status\s*=\s*'failed')(\s*\))")
_BATCH_STATE_RULE = re.compile(r"('refused',\s*'uncertain')(\s*\))")

_NEW_TABLES = (
    """CREATE TABLE campaign_opt_out_includes (
        mobile      TEXT NOT NULL,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        PRIMARY KEY (mobile, campaign_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX campaign_opt_out_includes_campaign ON campaign_opt_out_includes (campaign_id)",
    "ALTER TABLE inbound ADD COLUMN optout_review TEXT"
    " CHECK (optout_review IN ('open', 'added', 'dismissed'))",
    "CREATE INDEX inbound_review_time ON inbound (optout_review, time)",
)


def opt_outs_at_send(conn: Connection) -> None:
    """SQLite only (a shared database starts after it: pg_schema.BASELINE_VERSION)."""
    assert isinstance(conn, sqlite3.Connection)
    widen_rule(conn, "messages", _MESSAGE_STATUS_RULE, r"\1 OR status = 'opted_out'\2")
    widen_rule(conn, "batches", _BATCH_STATE_RULE, r"\1, 'skipped'\2")
    for statement in _NEW_TABLES:
        conn.execute(statement)
    _flag_stored_replies(conn)


def widen_rule(conn: sqlite3.Connection, table: str, rule: re.Pattern[str], replacement: str,
               *, in_place: bool = True) -> None:
    """Loosen a CHECK rule of ``table``: its CREATE statement edited by ``rule`` ->
    ``replacement``, in place, or by rebuilding the table when SQLite refuses that."""
    create = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                          (table,)).fetchone()[0]
    edited, found = rule.subn(replacement, create, count=1)
    if found != 1:
        raise sqlite3.DatabaseError(f"the {table} table does not have the expected rule")
    if in_place:
        try:
            _edit_in_place(conn, table, edited)
            return
        except sqlite3.DatabaseError:
            pass  # e.g. "table sqlite_master may not be modified"
    rebuild_table(conn, table, edited)


def _edit_in_place(conn: sqlite3.Connection, table: str, edited: str) -> None:
    """SQLite's documented steps: edit the statement, bump the schema version (every
    connection then reads the schema again), check that it reads."""
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                     (edited, table))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    conn.execute(f"SELECT * FROM {table} LIMIT 0").fetchall()


def rebuild_table(conn: sqlite3.Connection, table: str, edited: str) -> None:
    """Rebuild ``table`` from the CREATE statement ``edited`` (SQLite's procedure for any
    change; foreign keys are off meanwhile), keeping its rows, indexes and triggers."""
    extras = [row[0] for row in conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY type, name", (table,))]
    rebuilt = f"{table}_rebuilt"
    conn.execute(f"CREATE TABLE {rebuilt} {edited[edited.index('('):]}")
    conn.execute(f"INSERT INTO {rebuilt} SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {rebuilt} RENAME TO {table}")
    for statement in extras:
        conn.execute(statement)


def _flag_stored_replies(conn: sqlite3.Connection) -> None:
    """Replies stored before this version that look like opt-outs, from numbers not on the
    list: they wait for a person too."""
    rows = conn.execute(
        "SELECT id, content FROM inbound i"
        " WHERE NOT EXISTS (SELECT 1 FROM opt_outs o WHERE o.mobile = i.mobile)").fetchall()
    conn.executemany("UPDATE inbound SET optout_review = 'open' WHERE id = ?",
                     [(row[0],) for row in rows if likely_optout(row[1])])
