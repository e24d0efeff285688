"""What comes back from the gateway: delivery reports, inbound messages; and opt-outs.

Reports and inbound messages are stored idempotently (the same item by push and by pull is
one row) and durably before anyone acknowledges them.

Putting a number on the opt-out list also ends what waited on it: a campaign that included
it on purpose no longer does (a fresh "R" outweighs an earlier "include anyway"), and its
replies waiting for review count as decided.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from juhe_desk.gateway.models import (
    DeliveryReport,
    InboundMessage,
    format_gateway_time,
    parse_gateway_time,
)
from juhe_desk.store import _rows
from juhe_desk.store._base import StoreBase
from juhe_desk.store.changes import ChangeKind
from juhe_desk.store.connection import Connection, Row
from juhe_desk.store.matching import apply_report, apply_reports, link_report, linked_reports_sql
from juhe_desk.store.records import (
    InboundRecord,
    OptOut,
    OptOutsAdded,
    OptOutSource,
    ResolvedBatch,
    UncertainEvidence,
    Via,
)
from juhe_desk.store.reply_links import linked_replies_sql, note_replies

_VIAS = ("pull", "push")
_ITEM_FIELDS = ("mid", "mobile", "time", "access_code", "raw")
_OPT_OUT_SOURCES = ("mo", "manual", "import")
_CHUNK = 500  # numbers per IN (...) query, well under SQLite's variable limit
# Items per call of the JSON encoder: a call is C code that holds the GIL to its end (1000
# reports with their raw text: 2-4 ms, a frame's worth of the GUI thread waiting); 100 take
# a tenth of that, and the GIL may change hands between them.
_JSON_CHUNK = 100
NOTE_CHARS = 60  # of a reply kept as the note of the opt-out it led to

# A report may carry the gateway's clock, ours may differ: accept reports timed a little
# before the request. Carriers deliver reports within about three days.
REPORT_CLOCK_SKEW = dt.timedelta(minutes=5)
REPORT_MAX_DELAY = dt.timedelta(days=3)


class EventsMixin(StoreBase):
    # --- delivery reports -----------------------------------------------------------------
    def add_reports(self, items: Iterable[DeliveryReport], via: Via) -> int:
        """Store reports not seen before and apply them to their messages (by mid+mobile).

        Returns the number of new rows. All of it is one transaction, of a few statements
        whatever the number of reports (one INSERT ... SELECT, the messages' updates sent
        together): on a shared database each statement is a round trip.
        """
        _check_choice("via", via, _VIAS)
        with self._db.write() as conn:
            return self._reports_in(conn, items, via, self._now())

    def _reports_in(self, conn: Connection, items: Iterable[DeliveryReport], via: Via,
                    now: str) -> int:
        encoded = _json_items(items, "stat")
        if encoded is None:
            return 0
        new = sorted(conn.execute(linked_reports_sql(self._sql), (now, via, encoded)),
                     key=lambda r: int(r["id"]))
        linked = [r for r in new if r["message_id"] is not None]
        apply_reports(conn, ((r["message_id"], r["stat"], r["time"]) for r in linked), now)
        if new:
            self._announce(conn, ChangeKind.REPORT, new[-1]["id"])
        for campaign_id in sorted({r["campaign_id"] for r in linked}):
            self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)
        return len(new)

    def match_reports_to_sent_messages(self) -> list[ResolvedBatch]:
        """Match reports to messages the user marked as sent, whose mids are unknown.

        Only a report whose mid the gateway gave us for a message changes that message by
        itself (``add_reports``). An uncertain message is never matched: its answer was
        lost, so a report for its number proves nothing about it (``uncertain_evidence``
        shows such reports to the user, who decides). Once the user said the batch went
        (``resolve_uncertain_batch``), each of its messages takes the earliest unclaimed
        report for its number timed after its request, and that report's mid.
        """
        with self._db.write() as conn:
            return _matched_in(conn, self._now())

    def uncertain_evidence(self, batch_id: int) -> UncertainEvidence:
        """Reports for an uncertain batch's numbers, timed after its request: evidence for
        the user deciding whether it went (see ``UncertainEvidence``); nothing changes."""
        batch = self._row("SELECT request_started_at FROM batches WHERE id = ?", (batch_id,))
        numbers = int(self._scalar("SELECT count(*) FROM messages WHERE batch_id = ?"
                                   " AND status = 'uncertain'", (batch_id,)))
        started = None if batch is None else parse_gateway_time(batch["request_started_at"]
                                                                 or "")
        if started is None or not numbers:
            return UncertainEvidence(batch_id, numbers)
        row = self._row(
            "SELECT count(*) AS reported, coalesce(sum(delivered), 0) AS delivered,"
            " coalesce(sum(pushed), 0) AS pushed FROM ("
            " SELECT max(CASE WHEN r.stat = 'DELIVRD' THEN 1 ELSE 0 END) AS delivered,"
            " max(CASE WHEN r.via = 'push' THEN 1 ELSE 0 END) AS pushed"
            " FROM messages m JOIN reports r ON r.mobile = m.mobile"
            " WHERE m.batch_id = ? AND m.status = 'uncertain' AND m.mid IS NULL"
            " AND r.message_id IS NULL AND r.time >= ? AND r.time <= ?"
            " GROUP BY m.id) AS per_number",
            (batch_id, format_gateway_time(started - REPORT_CLOCK_SKEW),
             format_gateway_time(started + REPORT_MAX_DELAY)))
        assert row is not None
        return UncertainEvidence(batch_id, numbers, int(row["reported"]),
                                 int(row["delivered"]), int(row["pushed"]))

    # --- inbound messages -----------------------------------------------------------------
    def add_inbound(self, items: Iterable[InboundMessage], via: Via) -> list[InboundRecord]:
        """Store inbound messages not seen before; returns the new ones.

        Each is linked to the message it answers (``reply_links.linked_replies_sql``: by
        the campaign's own extension of the 接入号, else the latest sent to that number
        before it arrived) and counted in its number's conversation; a few statements for
        the whole set, in one transaction.
        """
        _check_choice("via", via, _VIAS)
        with self._db.write() as conn:
            return self._replies_in(conn, items, via, self._now())

    def _replies_in(self, conn: Connection, items: Iterable[InboundMessage], via: Via,
                    now: str) -> list[InboundRecord]:
        encoded = _json_items(items, "content")
        if encoded is None:
            return []
        new = sorted(conn.execute(linked_replies_sql(self._sql), (now, via, encoded)),
                     key=lambda r: int(r["id"]))
        note_replies(conn, new)
        if new:
            self._announce(conn, ChangeKind.REPLY, new[-1]["id"])
        return [_rows.inbound(r) for r in new]

    def _inbound_by_ids(self, ids: Sequence[int]) -> list[InboundRecord]:
        records: list[InboundRecord] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            records += [_rows.inbound(r) for r in self._rows(
                f"SELECT {_rows.INBOUND_COLUMNS} FROM inbound"
                f" WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)]
        return records

    # --- likely opt-outs, for review (flagged as pulled replies are stored: pulled_items) --
    def add_opt_outs_from_replies(self, inbound_ids: Sequence[int],
                                  source: OptOutSource = "mo") -> OptOutsAdded:
        """Put the senders of these replies on the opt-out list, each noted with its reply;
        their replies waiting for review count as added."""
        _check_choice("source", source, _OPT_OUT_SOURCES)
        replies = self._inbound_by_ids(list(dict.fromkeys(inbound_ids)))
        notes = {r.mobile: r.content.replace("\r", " ").replace("\n", " ")[:NOTE_CHARS]
                 for r in replies}
        with self._db.write() as conn:
            added = _add_opt_outs(conn, notes.items(), source, self._now())
            self._announce(conn, ChangeKind.OPT_OUT, len(notes))
        return OptOutsAdded(added, len(notes) - added)

    def dismiss_review(self, inbound_ids: Iterable[int]) -> int:
        """A person looked and these replies do not ask to stop: they no longer wait."""
        with self._db.write() as conn:
            return sum(conn.execute(
                "UPDATE inbound SET optout_review = 'dismissed' WHERE id = ?"
                " AND optout_review = 'open'", (inbound_id,)).rowcount
                for inbound_id in dict.fromkeys(inbound_ids))

    # --- opt-outs -------------------------------------------------------------------------
    def add_opt_outs(self, mobiles: Iterable[str], source: OptOutSource, note: str = "") -> int:
        """Add numbers to the opt-out list; returns how many were new (others keep theirs)."""
        _check_choice("source", source, _OPT_OUT_SOURCES)
        with self._db.write() as conn:
            added = _add_opt_outs(conn, ((m, note) for m in mobiles), source, self._now())
            if added:
                self._announce(conn, ChangeKind.OPT_OUT, added)
            return added

    def remove_opt_outs(self, mobiles: Iterable[str]) -> int:
        """Take numbers off the opt-out list, all in one transaction; returns how many were
        on it."""
        with self._db.write() as conn:
            removed = sum(conn.execute("DELETE FROM opt_outs WHERE mobile = ?", (m,)).rowcount
                          for m in dict.fromkeys(mobiles))
            if removed:
                self._announce(conn, ChangeKind.OPT_OUT, removed)
            return removed

    def is_opted_out(self, mobile: str) -> bool:
        return self._row("SELECT 1 FROM opt_outs WHERE mobile = ?", (mobile,)) is not None

    def opted_out(self, mobiles: Iterable[str]) -> set[str]:
        """The numbers among ``mobiles`` that are on the opt-out list."""
        wanted = list(dict.fromkeys(mobiles))
        found: set[str] = set()
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            found.update(r[0] for r in self._rows(
                f"SELECT mobile FROM opt_outs WHERE mobile IN ({','.join('?' * len(chunk))})",
                chunk))
        return found

    def list_opt_outs(self, mobile_prefix: str = "", offset: int = 0,
                      limit: int = -1) -> list[OptOut]:
        """Sorted by number; ``limit=-1`` means all."""
        return [_rows.opt_out(r) for r in self._rows(
            "SELECT mobile, added_at, source, note FROM opt_outs WHERE mobile >= ?"
            " AND mobile < ? ORDER BY mobile LIMIT ? OFFSET ?",
            (*prefix_range(mobile_prefix), self._sql.limit(limit), offset))]

    def count_opt_outs(self, mobile_prefix: str = "") -> int:
        return int(self._scalar("SELECT count(*) FROM opt_outs WHERE mobile >= ? AND mobile < ?",
                                prefix_range(mobile_prefix)))


def _add_opt_outs(conn: Connection, notes: Iterable[tuple[str, str]],
                  source: OptOutSource, now: str) -> int:
    """(mobile, note) pairs onto the list; what waited on those numbers ends (module doc).
    Each statement once per number, the numbers sent together (``executemany``: on a shared
    database one round trip, not three per number); each touches its own number's rows."""
    by_mobile = dict(notes)
    if not by_mobile:
        return 0
    added = conn.executemany(
        "INSERT INTO opt_outs (mobile, added_at, source, note) VALUES (?,?,?,?)"
        " ON CONFLICT (mobile) DO NOTHING",
        [(mobile, now, source, note) for mobile, note in by_mobile.items()]).rowcount
    numbers = [(mobile,) for mobile in by_mobile]
    conn.executemany("DELETE FROM campaign_opt_out_includes WHERE mobile = ?", numbers)
    conn.executemany("UPDATE inbound SET optout_review = 'added' WHERE mobile = ?"
                     " AND optout_review = 'open'", numbers)
    return added


def _json_items(items: Iterable[DeliveryReport | InboundMessage], own: str) -> str | None:
    """The items as one JSON array of objects (their fields and ``own``), for one
    INSERT ... SELECT; None when there are none. Encoded ``_JSON_CHUNK`` items at a time."""
    fields = [{name: getattr(item, name) for name in (*_ITEM_FIELDS, own)} for item in items]
    if not fields:
        return None
    parts = [json.dumps(fields[start:start + _JSON_CHUNK], ensure_ascii=False)[1:-1]
             for start in range(0, len(fields), _JSON_CHUNK)]
    return f"[{', '.join(parts)}]"


def prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds ``[low, high)`` of the texts starting with ``prefix``, for an index range scan."""
    if not prefix:
        return "", "\U0010ffff"
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _check_choice(name: str, value: str, allowed: Sequence[str]) -> None:
    # Checked here too: a CHECK violation must never pass silently.
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


# Messages marked as sent whose mid is unknown, oldest request first. The IN (...) is the
# partial index's own condition (messages_awaiting_mid): SQLite uses that index only when
# the query states it, and otherwise went through every message of every batch each time a
# set of reports was stored (43 ms on 300,000 messages, in the write transaction, against
# 0.6).
AWAITING_MATCH_SQL = (
    "SELECT m.id, m.campaign_id, m.batch_id, m.mobile, b.request_started_at"
    " FROM messages m JOIN batches b ON b.id = m.batch_id"
    " WHERE m.mid IS NULL AND m.status IN ('uncertain', 'submitted')"
    " AND m.status = 'submitted' AND b.request_started_at IS NOT NULL"
    " ORDER BY b.request_started_at, m.id")


def _matched_in(conn: Connection, now: str) -> list[ResolvedBatch]:
    """``match_reports_to_sent_messages`` inside ``conn``'s write transaction."""
    matched: dict[int, ResolvedBatch] = {}
    candidates = conn.execute(AWAITING_MATCH_SQL).fetchall()
    for message in candidates:
        report = _earliest_unclaimed_report(conn, message["mobile"],
                                            message["request_started_at"])
        if report is None:
            continue
        _claim_mid(conn, message["id"], message["campaign_id"], report["mid"],
                   message["mobile"], now)
        batch_id = message["batch_id"]
        earlier = matched.get(batch_id)
        matched[batch_id] = ResolvedBatch(
            batch_id, message["campaign_id"],
            1 if earlier is None else earlier.matched_messages + 1)
    return list(matched.values())


def _earliest_unclaimed_report(conn: Connection, mobile: str,
                               request_started_at: str) -> Row | None:
    started = parse_gateway_time(request_started_at)
    if started is None:
        return None
    row: Row | None = conn.execute(
        "SELECT id, mid FROM reports WHERE message_id IS NULL AND mobile = ?"
        " AND time >= ? AND time <= ? ORDER BY time, id LIMIT 1",
        (mobile, format_gateway_time(started - REPORT_CLOCK_SKEW),
         format_gateway_time(started + REPORT_MAX_DELAY))).fetchone()
    return row


def _claim_mid(conn: Connection, message_id: int, campaign_id: int, mid: str,
               mobile: str, now: str) -> None:
    """Give the message the mid of its report, and apply every report with that mid."""
    conn.execute("UPDATE messages SET mid = ?, status = 'submitted', updated_at = ?"
                 " WHERE id = ?", (mid, now, message_id))
    for report in conn.execute(
            "SELECT id, stat, time FROM reports WHERE mid = ? AND mobile = ?"
            " AND message_id IS NULL ORDER BY time", (mid, mobile)).fetchall():
        link_report(conn, report["id"], message_id, campaign_id)
        apply_report(conn, message_id, report["stat"], report["time"], now)
