"""Applying delivery reports to their messages, and finishing campaigns (journal and events)."""

from __future__ import annotations

from collections.abc import Iterable

from juhe_desk.store.connection import Connection
from juhe_desk.store.dialect import Dialect
from juhe_desk.store.records import MessageStatus

DELIVERED_STAT = "DELIVRD"
OPEN_BATCH_STATES = ("planned", "sending", "uncertain")


def status_for_stat(stat: str) -> MessageStatus:
    # Every code but DELIVRD is a final failure, including codes no table lists.
    return "delivered" if stat == DELIVERED_STAT else "failed"


# Make the report the message's latest, unless the message already has a later one. On equal
# times a failure wins over DELIVRD (a long message with a lost part did not arrive whole), so
# the outcome does not depend on the order reports come in.
_APPLY_REPORT = (
    "UPDATE messages SET stat = :stat, stat_time = :time, status = :status,"
    " updated_at = :now WHERE id = :id AND (stat_time IS NULL OR stat_time < :time"
    " OR (stat_time = :time AND :stat <> 'DELIVRD'))")


def apply_report(conn: Connection, message_id: int, stat: str, time: str,
                 now: str) -> None:
    """Make the report the message's latest (``_APPLY_REPORT``)."""
    apply_reports(conn, [(message_id, stat, time)], now)


def apply_reports(conn: Connection, reports: Iterable[tuple[int, str, str]],
                  now: str) -> None:
    """(message id, stat, time) of each report, in the order they were stored: one
    statement per report, sent together (``executemany``: on PostgreSQL one round trip)."""
    conn.executemany(_APPLY_REPORT, [
        {"stat": stat, "time": time, "status": status_for_stat(stat), "now": now,
         "id": message_id} for message_id, stat, time in reports])


def linked_reports_sql(dialect: Dialect) -> str:
    """One INSERT of a set of reports (a JSON array of objects bound after the received time
    and the via), each linked to the message of its mid and number if there is one. Reports
    stored before are left out; returns the new ones' id, message_id, campaign_id, stat and
    time."""
    fields = ", ".join(f"{dialect.json_field('j', name)} AS {name}"
                       for name in ("mid", "mobile", "stat", "time", "access_code", "raw"))
    return (
        "INSERT INTO reports (mid, mobile, stat, time, access_code, raw, received_at, via,"
        " message_id, campaign_id)"
        " SELECT i.mid, i.mobile, i.stat, i.time, i.access_code, i.raw, ?, ?, m.id,"
        " m.campaign_id"
        f" FROM (SELECT {fields}, j.key AS place FROM {dialect.json_objects('j')}) AS i"
        # Found by its mid (messages_mid), the number only checked: by the number's index,
        # each report went through every message its number was ever sent (a shop's regular
        # customers: 100 each, 190 ms a pull of 1000 against 4).
        " LEFT JOIN messages m ON m.mid IS NOT NULL AND m.mid = i.mid"
        f" AND {dialect.unindexed('m.mobile')} = i.mobile"
        " WHERE 1 = 1 ORDER BY i.place, m.id"  # WHERE: SQLite's ON CONFLICT after a SELECT
        " ON CONFLICT (mid, mobile, stat, time) DO NOTHING"
        " RETURNING id, message_id, campaign_id, stat, time")


def link_report(conn: Connection, report_id: int, message_id: int,
                campaign_id: int) -> None:
    conn.execute("UPDATE reports SET message_id = ?, campaign_id = ? WHERE id = ?",
                 (message_id, campaign_id, report_id))


def attach_early_reports(conn: Connection, batch_id: int, now: str) -> int:
    """Reports stored before their batch's mids were (a push can beat the send's answer)."""
    rows = conn.execute(
        "SELECT r.id AS report_id, r.stat, r.time, m.id AS message_id, m.campaign_id"
        " FROM messages m JOIN reports r ON r.mid = m.mid AND r.mobile = m.mobile"
        " WHERE m.batch_id = ? AND m.mid IS NOT NULL AND r.message_id IS NULL"
        " ORDER BY r.time", (batch_id,)).fetchall()
    for row in rows:
        link_report(conn, row["report_id"], row["message_id"], row["campaign_id"])
        apply_report(conn, row["message_id"], row["stat"], row["time"], now)
    return len(rows)


def complete_campaign_if_finished(conn: Connection, campaign_id: int) -> None:
    """A campaign whose batches are all submitted or refused is done (unless some of
    them are still to be saved: campaign_saving.py)."""
    open_batch = conn.execute(
        "SELECT 1 FROM batches WHERE campaign_id = ? AND state IN"
        f" ({','.join('?' * len(OPEN_BATCH_STATES))})"
        " UNION ALL SELECT 1 FROM campaign_saving WHERE campaign_id = ? LIMIT 1",
        (campaign_id, *OPEN_BATCH_STATES, campaign_id)).fetchone()
    if open_batch is None:
        conn.execute("UPDATE campaigns SET state = 'done' WHERE id = ?"
                     " AND state IN ('scheduled', 'sending', 'paused')", (campaign_id,))
