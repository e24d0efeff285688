"""The migration behind conversations with customers (store/conversations.py).

- ``accounts.reply_extension_digits``: 0 (the default: the account's 接入号 as it is), or 2
  to 4: each campaign is sent from the 接入号 plus a suffix of that many digits, kept in
  ``campaigns.reply_suffix`` (``campaigns.extno`` holds the whole number it was sent from),
  so a reply to that number is matched to its campaign exactly (domain/reply_extensions.py).
- ``inbound.message_id`` and ``inbound.link_kind``: the message a reply answers, found by
  its accessCode ('exact') or, failing that, the latest message sent to the number before
  it arrived ('guess'). Replies stored before this version keep their campaign, as a guess.
- ``conversations``: one row per number that replied, kept up to date as replies are stored
  (its latest reply, how many, how many since a person last marked it handled), so that the
  list of 20,000 conversations is read a page at a time along an index, not grouped from
  every reply on each page. Replies stored before this version count as read.
- ``customer_names``: the name a campaign's sheet gave a number (its 姓名 column), and
  ``campaign_names_read``: the campaigns whose sheet was read for names (as the campaign
  was written, or later from the sheet it remembers, for campaigns older than this).
- ``quick_replies``: saved texts (the shop's address, its opening hours) one click inserts.
"""

from __future__ import annotations

from juhe_desk.store.schema_steps import PerDialect

_SQLITE = """
ALTER TABLE accounts ADD COLUMN reply_extension_digits INTEGER NOT NULL DEFAULT 0
    CHECK (reply_extension_digits = 0 OR reply_extension_digits BETWEEN 2 AND 4);
ALTER TABLE campaigns ADD COLUMN reply_suffix TEXT;
CREATE INDEX campaigns_reply_suffix ON campaigns (account_id, id) WHERE reply_suffix IS NOT NULL;

ALTER TABLE inbound ADD COLUMN message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL;
ALTER TABLE inbound ADD COLUMN link_kind TEXT CHECK (link_kind IN ('exact', 'guess'));
-- Deleting a campaign's messages looks up the replies that point at them.
CREATE INDEX inbound_message ON inbound (message_id) WHERE message_id IS NOT NULL;
-- +campaign_id: the number's index, not a campaign's, which would walk all its messages.
UPDATE inbound SET link_kind = 'guess', message_id = (
    SELECT m.id FROM messages m WHERE m.mobile = inbound.mobile
    AND +m.campaign_id = inbound.campaign_id ORDER BY m.id DESC LIMIT 1)
    WHERE campaign_id IS NOT NULL;

CREATE TABLE conversations (
    mobile        TEXT PRIMARY KEY,
    last_time     TEXT NOT NULL,      -- the time of its latest reply
    last_reply_id INTEGER NOT NULL,   -- that reply (inbound.id)
    replies       INTEGER NOT NULL,
    unread        INTEGER NOT NULL DEFAULT 0 CHECK (unread >= 0),
    handled_at    TEXT                -- when a person last marked it handled
) WITHOUT ROWID;
-- Latest first; replies of the same second in the order they came.
CREATE INDEX conversations_recent ON conversations (last_time, last_reply_id);
CREATE INDEX conversations_unread ON conversations (last_time, last_reply_id) WHERE unread > 0;
-- With one max(), SQLite takes the bare column id from the row holding the maximum.
INSERT INTO conversations (mobile, last_time, last_reply_id, replies, unread)
    SELECT mobile, max(time), id, count(*), 0 FROM inbound GROUP BY mobile;

CREATE TABLE customer_names (
    mobile      TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    campaign_id INTEGER,              -- the campaign whose sheet gave it (not kept in step)
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
-- Campaigns whose sheet gave its names already (or had none to give): not read again.
CREATE TABLE campaign_names_read (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE
);

CREATE TABLE quick_replies (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# PostgreSQL has no "+column" index hint and no bare column beside max(): the same rows,
# written its way.
_POSTGRESQL = _SQLITE.replace("AND +m.campaign_id", "AND m.campaign_id").replace(
    """    SELECT mobile, max(time), id, count(*), 0 FROM inbound GROUP BY mobile;""",
    """    SELECT DISTINCT ON (mobile) mobile, time, id, count(*) OVER (PARTITION BY mobile), 0
    FROM inbound ORDER BY mobile, time DESC, id DESC;""")

CONVERSATIONS = PerDialect(sqlite=_SQLITE, postgresql=_POSTGRESQL)
