"""The schema as a list of forward migrations; ``PRAGMA user_version`` counts those applied
(on PostgreSQL, the table ``juhe_desk_schema``: pg_schema.py).

Never edit a migration that has shipped: append a new one. A migration is SQL text (run
statement by statement) or a function given the connection; either runs inside the
migration's transaction, together with the version bump.

Both backends take every migration after ``pg_schema.BASELINE_VERSION`` (a shared database
starts from this schema at that version, which pg_schema.py derives): SQL text runs on both
(on PostgreSQL through ``pg_schema.postgres_ddl``: identity ids, bigint, no WITHOUT ROWID), a
function gets either connection (``connection.Connection``; ``dialect_of`` tells which), and
``PerDialect`` holds a form for each where they must differ. tests/store/test_pg_backend.py
checks that both end with the same tables, columns and indexes, fresh and migrated.
"""

from __future__ import annotations

import sqlite3

from juhe_desk.store.carrier_schema import REPORT_CARRIERS
from juhe_desk.store.conversations_schema import CONVERSATIONS
from juhe_desk.store.desks_schema import DESKS
from juhe_desk.store.optout_schema import opt_outs_at_send
from juhe_desk.store.report_counts import REPORT_COUNTS
from juhe_desk.store.report_indexes import REPORT_NUMBER_INDEX
from juhe_desk.store.saving_schema import CAMPAIGN_SAVING
from juhe_desk.store.schema_steps import Migration

# 1: accounts, settings, templates and the send journal (campaigns, batches, messages).
_JOURNAL = """
CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL DEFAULT '',
    gateway_url     TEXT NOT NULL,
    extno           TEXT NOT NULL DEFAULT '',
    signatures      TEXT NOT NULL DEFAULT '[]',   -- JSON list of 【…】 texts
    price_li        INTEGER NOT NULL DEFAULT 0 CHECK (price_li >= 0),
    batch_size      INTEGER NOT NULL DEFAULT 200 CHECK (batch_size BETWEEN 1 AND 500),
    poll_interval_s INTEGER NOT NULL DEFAULT 60 CHECK (poll_interval_s > 0),
    password_mode   TEXT NOT NULL DEFAULT 'plain' CHECK (password_mode IN ('plain', 'md5')),
    low_balance_li  INTEGER NOT NULL DEFAULT 0,
    is_active       INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1))
);
-- At most one active account.
CREATE UNIQUE INDEX accounts_single_active ON accounts (is_active) WHERE is_active = 1;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- account_id is not a foreign key: a campaign's history outlives the account's removal.
CREATE TABLE campaigns (
    id                 INTEGER PRIMARY KEY,
    account_id         TEXT NOT NULL,
    name               TEXT NOT NULL,
    mode               TEXT NOT NULL CHECK (mode IN ('send', 'p2p')),
    state              TEXT NOT NULL CHECK (state IN
                           ('draft', 'scheduled', 'sending', 'paused', 'done', 'cancelled')),
    created_at         TEXT NOT NULL,
    scheduled_at       TEXT,
    source_file        TEXT,
    parent_campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    content            TEXT,
    extno              TEXT NOT NULL DEFAULT '',
    signature          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX campaigns_state ON campaigns (state);
CREATE INDEX campaigns_parent ON campaigns (parent_campaign_id);

CREATE TABLE batches (
    id                 INTEGER PRIMARY KEY,
    campaign_id        INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL,
    action             TEXT NOT NULL CHECK (action IN ('send', 'p2p')),
    state              TEXT NOT NULL DEFAULT 'planned' CHECK (state IN
                           ('planned', 'sending', 'submitted', 'refused', 'uncertain')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    request_started_at TEXT,
    finished_at        TEXT,
    error_code         INTEGER,
    error_text         TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, seq)
);
CREATE INDEX batches_open ON batches (state) WHERE state IN ('planned', 'sending', 'uncertain');

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    batch_id    INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    row_index   INTEGER,
    mobile      TEXT NOT NULL,
    content     TEXT NOT NULL,
    parts       INTEGER NOT NULL DEFAULT 1 CHECK (parts >= 1),
    mid         TEXT,
    result      INTEGER,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN
                    ('pending', 'submitted', 'refused', 'uncertain', 'delivered', 'failed')),
    stat        TEXT,
    stat_time   TEXT,
    updated_at  TEXT NOT NULL,
    -- Results come back matched by mobile, so one request never carries a number twice.
    UNIQUE (batch_id, mobile)
);
CREATE INDEX messages_mid ON messages (mid) WHERE mid IS NOT NULL;
CREATE INDEX messages_mobile ON messages (mobile);
CREATE INDEX messages_campaign_status ON messages (campaign_id, status);
CREATE INDEX messages_campaign ON messages (campaign_id);
-- Messages whose mid is unknown although they may have been sent, for matching by reports.
CREATE INDEX messages_awaiting_mid ON messages (batch_id)
    WHERE mid IS NULL AND status IN ('uncertain', 'submitted');
"""

# 2: what the gateway reports back (delivery reports, inbound messages) and the opt-out list.
_EVENTS = """
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    mid         TEXT NOT NULL,
    mobile      TEXT NOT NULL,
    stat        TEXT NOT NULL,
    time        TEXT NOT NULL,
    access_code TEXT NOT NULL DEFAULT '',
    raw         TEXT NOT NULL DEFAULT '',   -- the item's JSON exactly as received
    received_at TEXT NOT NULL,
    via         TEXT NOT NULL CHECK (via IN ('pull', 'push')),
    campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    message_id  INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    -- The same report by push and by pull is stored once.
    UNIQUE (mid, mobile, stat, time)
);
CREATE INDEX reports_mobile_time ON reports (mobile, time);
CREATE INDEX reports_time ON reports (time);
CREATE INDEX reports_stat_time ON reports (stat, time);
CREATE INDEX reports_campaign_time ON reports (campaign_id, time);
CREATE INDEX reports_campaign_mobile ON reports (campaign_id, mobile, time);
CREATE INDEX reports_campaign_stat ON reports (campaign_id, stat, time);
CREATE INDEX reports_unmatched_mobile ON reports (mobile, time) WHERE message_id IS NULL;
CREATE INDEX reports_message ON reports (message_id) WHERE message_id IS NOT NULL;

CREATE TABLE inbound (
    id          INTEGER PRIMARY KEY,
    mid         TEXT NOT NULL,
    mobile      TEXT NOT NULL,
    content     TEXT NOT NULL,
    time        TEXT NOT NULL,
    access_code TEXT NOT NULL DEFAULT '',
    raw         TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    via         TEXT NOT NULL CHECK (via IN ('pull', 'push')),
    campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    UNIQUE (mid, mobile, time, content)
);
CREATE INDEX inbound_mobile_time ON inbound (mobile, time);
CREATE INDEX inbound_time ON inbound (time);
CREATE INDEX inbound_campaign_time ON inbound (campaign_id, time);

CREATE TABLE opt_outs (
    mobile   TEXT PRIMARY KEY,
    added_at TEXT NOT NULL,
    source   TEXT NOT NULL CHECK (source IN ('mo', 'manual', 'import')),
    note     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
"""

# 3: the messages table rebuilt, same rows and same rules, for speed. Its status CHECK was
# "status IN (six values)", for which SQLite builds a temporary table each time a row is
# written: a third of the time of writing a 100,000-row campaign. The same rule written as
# comparisons costs nothing. messages_campaign goes: messages_campaign_status leads with
# the same column. (Foreign keys are off while migrations run; see database.migrate.)
_FAST_MESSAGES = """
CREATE TABLE messages_v3 (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    batch_id    INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    row_index   INTEGER,
    mobile      TEXT NOT NULL,
    content     TEXT NOT NULL,
    parts       INTEGER NOT NULL DEFAULT 1 CHECK (parts >= 1),
    mid         TEXT,
    result      INTEGER,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (
                    status = 'pending' OR status = 'submitted' OR status = 'refused'
                    OR status = 'uncertain' OR status = 'delivered' OR status = 'failed'),
    stat        TEXT,
    stat_time   TEXT,
    updated_at  TEXT NOT NULL,
    UNIQUE (batch_id, mobile)
);
INSERT INTO messages_v3 (id, campaign_id, batch_id, row_index, mobile, content, parts, mid,
                         result, status, stat, stat_time, updated_at)
    SELECT id, campaign_id, batch_id, row_index, mobile, content, parts, mid,
           result, status, stat, stat_time, updated_at FROM messages;
DROP TABLE messages;
ALTER TABLE messages_v3 RENAME TO messages;
CREATE INDEX messages_mid ON messages (mid) WHERE mid IS NOT NULL;
CREATE INDEX messages_mobile ON messages (mobile);
CREATE INDEX messages_campaign_status ON messages (campaign_id, status);
CREATE INDEX messages_awaiting_mid ON messages (batch_id)
    WHERE mid IS NULL AND status IN ('uncertain', 'submitted');
"""

# 4: a batch keeps the gateway's answer, as JSON, from the moment it comes until it is
# recorded number by number (journal.batch_answered / apply_answer); NULL otherwise.
_BATCH_ANSWERS = """
ALTER TABLE batches ADD COLUMN answer TEXT;
CREATE INDEX batches_answer_to_apply ON batches (id) WHERE answer IS NOT NULL;
"""

# 5: what is needed to warn before sending twice by accident (store/repeats.py): the
# batches whose request started lately, found by an index instead of a pass over every
# batch; and the fingerprint of the sheet and message a campaign was made from, so that
# starting the same file with the same message again can name the earlier campaign.
_REPEAT_GUARD = """
CREATE INDEX batches_request_started ON batches (request_started_at)
    WHERE request_started_at IS NOT NULL;
CREATE TABLE campaign_sources (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL
);
CREATE INDEX campaign_sources_fingerprint ON campaign_sources (fingerprint, campaign_id);
"""

# 9: what a desk moved from its own file into a shared database (store/move_in.py): per
# source file, each moved row's old id and new id, and watermarks (old_id 0). Empty in a
# desk's own file.
_MOVED_IN = """
CREATE TABLE moved_in (
    source TEXT NOT NULL,
    kind   TEXT NOT NULL,
    old_id INTEGER NOT NULL,
    new_id INTEGER NOT NULL,
    PRIMARY KEY (source, kind, old_id)
) WITHOUT ROWID;
"""

# 6: opt-outs checked as each batch leaves ('opted_out' messages, 'skipped' batches, the
# numbers included on purpose) and likely opt-outs waiting for review (optout_schema.py).
# 7: conversations: replies linked to what they answer, per-number unread counts, customers'
# names, quick replies, campaigns' own 接入号 extensions (conversations_schema.py).
# 8: several desks on one shared database: desks, who holds a role, each campaign's and
# batch's desk (desks_schema.py).
# 10: each report's carrier, a generated column, and its indexes (carrier_schema.py).
# 11: a shared database's running counts of reports, for the reports tab (report_counts.py;
# nothing on SQLite).
# 12: a campaign saved in steps, its batches sent while the later ones are written: the
# campaigns not all written yet (saving_schema.py).
# 13: a shared database's number index of reports carries the id, for the number filter's
# pages (report_indexes.py; nothing on SQLite).
MIGRATIONS: tuple[Migration, ...] = (_JOURNAL, _EVENTS, _FAST_MESSAGES, _BATCH_ANSWERS,
                                     _REPEAT_GUARD, opt_outs_at_send, CONVERSATIONS, DESKS,
                                     _MOVED_IN, REPORT_CARRIERS, REPORT_COUNTS, CAMPAIGN_SAVING,
                                     REPORT_NUMBER_INDEX)
SCHEMA_VERSION = len(MIGRATIONS)


def sql_statements(script: str) -> list[str]:
    """Split a script into whole statements (``executescript`` would commit on its own)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and not _only_comments(pending):
        raise ValueError("the migration script ends in an incomplete statement")
    return statements


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())
