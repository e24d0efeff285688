"""What a reply answers, and its conversation kept up to date: both inside the transaction
that stores the reply (``EventsMixin.add_inbound``), for a whole pull's replies at once.

A reply whose accessCode is the 接入号 a campaign was sent from with its own extension
(``campaigns.reply_suffix``) answers that campaign's message to the number: 'exact'. Any
other reply is linked to the latest message sent to its number before it came: 'guess' (the
customer may be answering an older one). Each lookup walks the number's own messages
(``messages_mobile``), a few rows even in a history of millions.
"""

from __future__ import annotations

from collections.abc import Iterable

from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.store._rows import INBOUND_COLUMNS
from juhe_desk.store.connection import Connection, Row
from juhe_desk.store.dialect import Dialect

# Messages that went, or may have gone: a reply can answer them.
_SENT = "m.status NOT IN ('pending', 'refused', 'opted_out')"
_REPLY_FIELDS = ("mid", "mobile", "content", "time", "access_code", "raw")


def linked_replies_sql(dialect: Dialect) -> str:
    """One INSERT of a set of replies (a JSON array of objects bound after the received time
    and the via), each linked as the module says: the latest message of its campaign's own
    extension sent to the number (the latest sent before the reply first, the gateway's
    clock may run a little behind ours), else the latest sent to the number before it came.
    Replies stored before are left out; returns the new ones' rows (``INBOUND_COLUMNS``)."""
    def field(name: str) -> str:
        return dialect.json_field("j", name)

    # Each lookup reads the number's messages first (a table of its own: SQLite takes no
    # outer column in a subquery's ORDER BY, and PostgreSQL, asked for the latest one,
    # would walk every batch back in time instead of the number's few messages).
    exact = (
        "SELECT id FROM (SELECT m.id, b.request_started_at <= e.time AS before_reply,"
        " b.request_started_at AS started FROM messages m"
        " JOIN campaigns c ON c.id = m.campaign_id JOIN batches b ON b.id = m.batch_id"
        f" WHERE m.mobile = e.mobile AND c.extno = e.access_code"
        f" AND c.reply_suffix IS NOT NULL AND {_SENT} {dialect.fence}) AS x"
        " ORDER BY before_reply DESC, started DESC, id DESC LIMIT 1")
    guess = (
        "SELECT id FROM (SELECT m.id, b.request_started_at AS started FROM messages m"
        " JOIN batches b ON b.id = m.batch_id"
        f" WHERE m.mobile = g2.mobile AND b.request_started_at <= g2.time AND {_SENT}"
        f" {dialect.fence}) AS x ORDER BY started DESC, id DESC LIMIT 1")
    items = ", ".join(f"{field(name)} AS {name}" for name in _REPLY_FIELDS)
    plain = ", ".join(_REPLY_FIELDS)
    # Fenced (``dialect.fence``): each level is worked out once per reply; merged into one
    # (PostgreSQL would), the lookups were repeated for each use of their result.
    return (
        "INSERT INTO inbound (mid, mobile, content, time, access_code, raw, received_at, via,"
        " campaign_id, message_id, link_kind)"
        " SELECT l.mid, l.mobile, l.content, l.time, l.access_code, l.raw, ?, ?,"
        " (SELECT linked.campaign_id FROM messages linked"
        " WHERE linked.id = coalesce(l.exact_id, l.guess_id)),"
        " coalesce(l.exact_id, l.guess_id),"
        " CASE WHEN l.exact_id IS NOT NULL THEN 'exact'"
        " WHEN l.guess_id IS NOT NULL THEN 'guess' END"
        f" FROM (SELECT {plain}, place, exact_id,"
        f" CASE WHEN exact_id IS NULL THEN ({guess}) END AS guess_id"
        f" FROM (SELECT {plain}, place,"
        f" CASE WHEN access_code <> '' THEN ({exact}) END AS exact_id"
        f" FROM (SELECT {items}, j.key AS place FROM {dialect.json_objects('j')}) AS e"
        f" {dialect.fence}) AS g2 {dialect.fence}) AS l"
        " WHERE 1 = 1 ORDER BY l.place"
        " ON CONFLICT (mid, mobile, time, content) DO NOTHING"
        f" RETURNING {INBOUND_COLUMNS}")


def note_replies(conn: Connection, replies: Iterable[Row]) -> None:
    """Each new reply (rows of ``linked_replies_sql``), in the order they were stored, joins
    its number's conversation: its latest (by time), one more, and one more unread unless
    it is an opt-out (R, 退订), which the opt-out list took care of. One statement per
    reply, sent together (``executemany``)."""
    conn.executemany(_NOTE_REPLY, [
        {"mobile": r["mobile"], "time": r["time"], "id": r["id"],
         "unread": 0 if is_optout_reply(r["content"]) else 1}
        for r in sorted(replies, key=lambda r: int(r["id"]))])


_NOTE_REPLY = (
    "INSERT INTO conversations (mobile, last_time, last_reply_id, replies, unread)"
    " VALUES (:mobile, :time, :id, 1, :unread) ON CONFLICT (mobile) DO UPDATE SET"
    " replies = conversations.replies + 1, unread = conversations.unread + :unread,"
    " last_reply_id = CASE WHEN :time >= conversations.last_time THEN :id"
    " ELSE conversations.last_reply_id END,"
    " last_time = CASE WHEN :time > conversations.last_time THEN :time"
    " ELSE conversations.last_time END")
