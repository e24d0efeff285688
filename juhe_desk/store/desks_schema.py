"""The migration behind several desks on one shared database (store/desks.py).

- ``desks``: each desk that used the database: its stable id (desk_identity.py) and name
  (the computer's), when it was last started.
- ``desk_roles``: which desk last took a role, e.g. pulling an account's reports
  ('pull:<account>') or sending a campaign ('campaign:<id>'). Only a label: whether the
  role is held *now* is the session-level advisory lock behind it (advisory_locks.py), which
  the server releases when that desk's connection ends, never a row that goes stale.
- ``campaigns.desk_id``: the desk that wrote the campaign; ``batches.desk_id``: the desk
  whose request a batch was, so that recovering after a crash marks uncertain only the
  batches of desks that are gone (journal.recover_interrupted_batches).
Rows written before this version have no desk (NULL). The same SQL runs on both backends
(pg_schema.postgres_ddl), so it needs no ``PerDialect``.
"""

from __future__ import annotations

DESKS = """
CREATE TABLE desks (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE TABLE desk_roles (
    role    TEXT PRIMARY KEY,
    desk_id TEXT NOT NULL,
    since   TEXT NOT NULL
);
ALTER TABLE campaigns ADD COLUMN desk_id TEXT;
ALTER TABLE batches ADD COLUMN desk_id TEXT;
"""
