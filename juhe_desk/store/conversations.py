"""Conversations with customers: the numbers that replied, what went each way, names, unread
counts, quick replies, and each campaign's own extension of the 接入号.

The list reads the ``conversations`` table (one row per number, kept up to date as replies
are stored: ``reply_links.note_reply``) a page at a time along its time index; a search by
name or reply text looks through the names and the replies (tens of thousands of rows), never
through the sent messages (millions). One conversation is read through the number's own
indexes (``messages_mobile``, ``inbound_mobile_time``): the latest ``TIMELINE_LIMIT``
entries, whatever the size of the history. bench/conversations_bench.py measures both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any, cast

from juhe_desk.domain.reply_extensions import next_suffix, suffix_fits
from juhe_desk.store import _rows
from juhe_desk.store.connection import inserted_id
from juhe_desk.store.conversation_records import (
    Conversation,
    ConversationFilter,
    ConversationSummary,
    QuickReply,
    TimelineEntry,
)
from juhe_desk.store.dialect import Dialect
from juhe_desk.store.errors import NotFoundError
from juhe_desk.store.events import prefix_range
from juhe_desk.store.records import Campaign, MessageStatus, OptOutReview, ReplyLink
from juhe_desk.store.unflushed import UnflushedWritesMixin

EVERY_CONVERSATION = ConversationFilter()
TIMELINE_LIMIT = 300  # entries of each kind read for one conversation
# A sheet's names are written beside its send: a write of 500 holds the write lock ~2 ms,
# which a send worker marking its next batch 'sending' waits for (5,000 held it ~15 ms).
_NAMES_PER_WRITE = 500

_LIST_FROM = (
    " FROM conversations c JOIN inbound i ON i.id = c.last_reply_id"
    " LEFT JOIN customer_names n ON n.mobile = c.mobile"
    " LEFT JOIN opt_outs o ON o.mobile = c.mobile")
_LIST_COLUMNS = (
    "c.mobile, coalesce(n.name, ''), c.last_time, i.content, c.replies, c.unread,"
    " o.mobile IS NOT NULL, CASE WHEN i.optout_review = 'open' THEN 1 ELSE 0 END")


def _where(filter: ConversationFilter, sql: Dialect) -> tuple[str, list[Any]]:
    terms: list[str] = []
    params: list[Any] = []
    if filter.mobile_prefix:
        terms.append("c.mobile >= ? AND c.mobile < ?")
        params += prefix_range(filter.mobile_prefix)
    if filter.unread_only:
        terms.append("c.unread > 0")
    if filter.text:
        # One pass over the replies for the numbers, not one per conversation.
        terms.append(f"({sql.contains('n.name')} OR c.mobile IN"
                     f" (SELECT mobile FROM inbound WHERE {sql.contains('content')}))")
        params += [filter.text, filter.text]
    return (" WHERE " + " AND ".join(terms)) if terms else "", params


class ConversationsMixin(UnflushedWritesMixin):
    # --- the list -------------------------------------------------------------------------
    def count_conversations(self, filter: ConversationFilter = EVERY_CONVERSATION) -> int:
        where, params = _where(filter, self._sql)
        if not filter.text:  # the joins only matter for the name
            return int(self._scalar(f"SELECT count(*) FROM conversations c{where}", params))
        return int(self._scalar(f"SELECT count(*){_LIST_FROM}{where}", params))

    def fetch_conversations(self, filter: ConversationFilter = EVERY_CONVERSATION,
                            offset: int = 0, limit: int = 200, order_by: str = "time",
                            descending: bool = True) -> list[ConversationSummary]:
        """Latest reply first (``descending``); ``order_by`` is "time" (the only order)."""
        if order_by != "time":
            raise ValueError(f"conversations are ordered by time, not {order_by!r}")
        where, params = _where(filter, self._sql)
        direction = "DESC" if descending else "ASC"
        rows = self._tuples(
            f"SELECT {_LIST_COLUMNS}{_LIST_FROM}{where}"
            f" ORDER BY c.last_time {direction}, c.last_reply_id {direction} LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return [ConversationSummary(mobile, name, time, text, replies, unread, bool(opted_out),
                                    bool(waiting))
                for mobile, name, time, text, replies, unread, opted_out, waiting in rows]

    def unread_replies(self) -> int:
        """Replies not yet handled, over every conversation (the inbox tab's title)."""
        return int(self._scalar("SELECT coalesce(sum(unread), 0) FROM conversations"
                                " WHERE unread > 0"))

    def mark_handled(self, mobiles: Iterable[str]) -> int:
        """A person dealt with these conversations: none of their replies is unread any
        more. Returns how many had unread replies."""
        with self._db.write() as conn:
            now = self._now()
            return sum(conn.execute(
                "UPDATE conversations SET unread = 0, handled_at = ? WHERE mobile = ?"
                " AND unread > 0", (now, mobile)).rowcount for mobile in dict.fromkeys(mobiles))

    # --- one conversation -----------------------------------------------------------------
    def conversation(self, mobile: str, limit: int = TIMELINE_LIMIT) -> Conversation:
        """What went each way between us and ``mobile``, oldest first: the latest ``limit``
        messages we sent and the latest ``limit`` replies, cut to the latest ``limit``."""
        sent = [TimelineEntry(
            "sent", message_id, time, content, campaign_id, name,
            cast(MessageStatus, status), stat, result, parts)
            for message_id, time, content, campaign_id, name, status, stat, result, parts
            in self._tuples(
                "SELECT m.id, coalesce(b.request_started_at, m.updated_at), m.content,"
                " m.campaign_id, c.name, m.status, m.stat, m.result, m.parts FROM messages m"
                " JOIN batches b ON b.id = m.batch_id JOIN campaigns c ON c.id = m.campaign_id"
                " WHERE m.mobile = ? ORDER BY m.id DESC LIMIT ?", (mobile, limit))]
        received = [TimelineEntry(
            "received", reply_id, time, content, campaign_id, name or "", answers=message_id,
            link=cast("ReplyLink | None", link), review=cast("OptOutReview | None", review))
            for reply_id, time, content, campaign_id, name, message_id, link, review
            in self._tuples(
                "SELECT i.id, i.time, i.content, i.campaign_id, c.name, i.message_id,"
                " i.link_kind, i.optout_review FROM inbound i"
                " LEFT JOIN campaigns c ON c.id = i.campaign_id"
                " WHERE i.mobile = ? ORDER BY i.time DESC, i.id DESC LIMIT ?", (mobile, limit))]
        entries = sorted(sent + received, key=lambda e: (e.time, e.kind != "sent", e.id))
        shown = entries[-limit:]
        earlier = len(entries) - len(shown)
        if len(sent) == limit or len(received) == limit:  # there may be more than was read
            earlier = self._entries_of(mobile) - len(shown)
        row = self._row(
            "SELECT (SELECT name FROM customer_names WHERE mobile = :m) AS name,"
            " (SELECT unread FROM conversations WHERE mobile = :m) AS unread,"
            " EXISTS (SELECT 1 FROM opt_outs WHERE mobile = :m) AS opted_out", {"m": mobile})
        assert row is not None
        return Conversation(mobile, row["name"] or "", tuple(shown), row["unread"] or 0,
                            bool(row["opted_out"]), earlier)

    def _entries_of(self, mobile: str) -> int:
        return int(self._scalar(
            "SELECT (SELECT count(*) FROM messages WHERE mobile = :m)"
            " + (SELECT count(*) FROM inbound WHERE mobile = :m)", {"m": mobile}))

    # --- customers' names -----------------------------------------------------------------
    def remember_customer_names(self, campaign_id: int | None,
                                names: Iterable[tuple[str, str]]) -> int:
        """(mobile, name) pairs from a campaign's sheet; a later sheet's name wins. Blank
        names are left out. Returns how many were written."""
        # One row per number (the last name wins, as it would row by row): PostgreSQL
        # refuses to update a row twice in one statement.
        named = {mobile: kept for mobile, name in names if name and (kept := name.strip())}
        pairs = list(chain.from_iterable(named.items()))
        now = self._now()
        for start in range(0, len(pairs), 2 * _NAMES_PER_WRITE):
            chunk = pairs[start:start + 2 * _NAMES_PER_WRITE]
            # One statement a write: ?1 and ?2 are bound once (numbered by pg_sql each time
            # they occur, 4 a row: within both databases' limits).
            # Every write but the last does not wait for the disk (store/unflushed.py):
            # the last one's wait takes them all to it.
            last = start + 2 * _NAMES_PER_WRITE >= len(pairs)
            with self._db.write() if last else self._unflushed_write() as conn:
                conn.execute(
                    "INSERT INTO customer_names (campaign_id, updated_at, mobile, name) VALUES "
                    + ",".join(["(?1,?2,?,?)"] * (len(chunk) // 2))
                    + " ON CONFLICT (mobile) DO UPDATE SET name = excluded.name,"
                    " campaign_id = excluded.campaign_id, updated_at = excluded.updated_at",
                    [campaign_id, now, *chunk])
        if campaign_id is not None:
            self.mark_names_read([campaign_id])
        return len(named)

    def mark_names_read(self, campaign_ids: Iterable[int]) -> None:
        """These campaigns' sheets gave their names (or had none to give)."""
        with self._db.write() as conn:
            conn.executemany("INSERT INTO campaign_names_read (campaign_id)"
                             " SELECT id FROM campaigns WHERE id = ? ON CONFLICT DO NOTHING",
                             [(campaign_id,) for campaign_id in campaign_ids])

    def campaigns_to_name(self, mobile: str, limit: int = 3) -> list[int]:
        """Campaigns made from a sheet that messaged ``mobile`` and whose sheet was not read
        for names yet (older than names kept as campaigns are written), newest first."""
        return [row[0] for row in self._tuples(
            "SELECT DISTINCT m.campaign_id FROM messages m WHERE m.mobile = ?"
            " AND m.row_index IS NOT NULL AND NOT EXISTS (SELECT 1 FROM campaign_names_read r"
            " WHERE r.campaign_id = m.campaign_id) ORDER BY m.campaign_id DESC LIMIT ?",
            (mobile, limit))]

    def campaign_rows(self, campaign_id: int) -> list[tuple[str, int]]:
        """(mobile, sheet row index) of the campaign's messages made from a sheet's row."""
        return [(mobile, row) for mobile, row in self._tuples(
            "SELECT mobile, row_index FROM messages WHERE campaign_id = ?"
            " AND row_index IS NOT NULL ORDER BY id", (campaign_id,))]

    def customer_name(self, mobile: str) -> str:
        return str(self._scalar("SELECT name FROM customer_names WHERE mobile = ?",
                                (mobile,)) or "")

    # --- each campaign's own extension of the 接入号 --------------------------------------
    def assign_reply_suffix(self, campaign_id: int) -> Campaign:
        """Give a campaign not yet sent the next suffix of its account's extensions, when
        the account uses them and its 接入号 has room (domain/reply_extensions.py); the
        campaign as it is then. One transaction, so two campaigns never take the same one."""
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT c.account_id, c.extno, c.reply_suffix, a.reply_extension_digits"
                " FROM campaigns c LEFT JOIN accounts a ON a.id = c.account_id"
                " WHERE c.id = ?", (campaign_id,)).fetchone()
            if row is None:
                raise NotFoundError("campaign", campaign_id)
            digits = row["reply_extension_digits"] or 0
            started = conn.execute("SELECT 1 FROM batches WHERE campaign_id = ?"
                                   " AND state <> 'planned' LIMIT 1", (campaign_id,)).fetchone()
            if row["reply_suffix"] is None and not started \
                    and suffix_fits(row["extno"], digits):
                previous = conn.execute(
                    "SELECT reply_suffix FROM campaigns WHERE account_id = ?"
                    " AND reply_suffix IS NOT NULL ORDER BY id DESC LIMIT 1",
                    (row["account_id"],)).fetchone()
                suffix = next_suffix(previous[0] if previous else None, digits)
                conn.execute("UPDATE campaigns SET extno = extno || ?, reply_suffix = ?"
                             " WHERE id = ?", (suffix, suffix, campaign_id))
        campaign = self._row(f"SELECT {_rows.CAMPAIGN_COLUMNS} FROM campaigns WHERE id = ?",
                             (campaign_id,))
        assert campaign is not None
        return _rows.campaign(campaign)

    # --- quick replies --------------------------------------------------------------------
    def list_quick_replies(self) -> list[QuickReply]:
        return [QuickReply(*row) for row in self._tuples(
            "SELECT id, title, text, position FROM quick_replies ORDER BY position, id")]

    def add_quick_reply(self, title: str, text: str) -> QuickReply:
        with self._db.write() as conn:
            position = conn.execute("SELECT coalesce(max(position), 0) + 1"
                                    " FROM quick_replies").fetchone()[0]
            reply_id = cast(int, inserted_id(conn.execute(
                "INSERT INTO quick_replies (title, text, position, updated_at)"
                " VALUES (?, ?, ?, ?) RETURNING id", (title, text, position, self._now()))))
        return QuickReply(reply_id, title, text, position)

    def update_quick_reply(self, reply_id: int, title: str, text: str) -> None:
        with self._db.write() as conn:
            if not conn.execute("UPDATE quick_replies SET title = ?, text = ?, updated_at = ?"
                                " WHERE id = ?", (title, text, self._now(), reply_id)).rowcount:
                raise NotFoundError("quick reply", reply_id)

    def delete_quick_reply(self, reply_id: int) -> bool:
        with self._db.write() as conn:
            return conn.execute("DELETE FROM quick_replies WHERE id = ?",
                                (reply_id,)).rowcount > 0

    def order_quick_replies(self, reply_ids: Sequence[int]) -> None:
        """Show the quick replies in this order (every id, first to last)."""
        with self._db.write() as conn:
            conn.executemany("UPDATE quick_replies SET position = ? WHERE id = ?",
                             [(position, reply_id)
                              for position, reply_id in enumerate(reply_ids, start=1)])
