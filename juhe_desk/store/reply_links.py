"""What a reply answers, and its conversation kept up to date: both inside the transaction
that stores the reply (``EventsMixin.add_inbound``).

A reply whose accessCode is the 接入号 a campaign was sent from with its own extension
(``campaigns.reply_suffix``) answers that campaign's message to the number: 'exact'. Any
other reply is linked to the latest message sent to its number before it came: 'guess' (the
customer may be answering an older one). Each lookup walks the number's own messages
(``messages_mobile``), a few rows even in a history of millions.
"""

from __future__ import annotations

from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.store.connection import Connection
from juhe_desk.store.records import ReplyLink

# Messages that went, or may have gone: a reply can answer them.
_SENT = "m.status NOT IN ('pending', 'refused', 'opted_out')"


def link_reply(conn: Connection, mobile: str, time: str,
               access_code: str) -> tuple[int | None, int | None, ReplyLink | None]:
    """(campaign id, message id, how sure) of what the reply from ``mobile`` answers."""
    if access_code:
        # A suffix is used again after many campaigns: the latest sent before the reply
        # wins, then the latest at all (the gateway's clock may run a little behind ours).
        row = conn.execute(
            "SELECT m.campaign_id, m.id FROM messages m"
            " JOIN campaigns c ON c.id = m.campaign_id JOIN batches b ON b.id = m.batch_id"
            f" WHERE m.mobile = ? AND c.extno = ? AND c.reply_suffix IS NOT NULL AND {_SENT}"
            " ORDER BY b.request_started_at <= ? DESC, b.request_started_at DESC, m.id DESC"
            " LIMIT 1", (mobile, access_code, time)).fetchone()
        if row is not None:
            return row[0], row[1], "exact"
    row = conn.execute(
        "SELECT m.campaign_id, m.id FROM messages m JOIN batches b ON b.id = m.batch_id"
        f" WHERE m.mobile = ? AND b.request_started_at <= ? AND {_SENT}"
        " ORDER BY b.request_started_at DESC, m.id DESC LIMIT 1", (mobile, time)).fetchone()
    if row is not None:
        return row[0], row[1], "guess"
    return None, None, None


def note_reply(conn: Connection, reply_id: int, mobile: str, time: str,
               content: str) -> None:
    """The number's conversation gains the reply: its latest (by time), one more, and one
    more unread unless it is an opt-out (R, 退订), which the opt-out list took care of."""
    conn.execute(
        "INSERT INTO conversations (mobile, last_time, last_reply_id, replies, unread)"
        " VALUES (:mobile, :time, :id, 1, :unread) ON CONFLICT (mobile) DO UPDATE SET"
        " replies = conversations.replies + 1, unread = conversations.unread + :unread,"
        " last_reply_id = CASE WHEN :time >= conversations.last_time THEN :id"
        " ELSE conversations.last_reply_id END,"
        " last_time = CASE WHEN :time > conversations.last_time THEN :time"
        " ELSE conversations.last_time END",
        {"mobile": mobile, "time": time, "id": reply_id,
         "unread": 0 if is_optout_reply(content) else 1})
