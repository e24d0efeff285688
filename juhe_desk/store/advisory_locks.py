"""The advisory-lock keys of a shared database, in one place so that none is used twice.

PostgreSQL's advisory locks take two 32-bit keys; juhe-desk's first key is ``JUHE_DESK``
("JD"), the second says what is locked. Transaction-level locks (``pg_advisory_xact_lock``)
end with their transaction; session-level ones (``pg_try_advisory_lock``) with the
connection, so a desk that crashes or loses its network lets go (TCP keepalives:
pg_connect). A session-level lock needs a connection of its own
(``Store.shared_connection()``), never the pooled connection of a job.
"""

from __future__ import annotations

import zlib

JUHE_DESK = 0x4A44

WRITE_LOCK = (JUHE_DESK, 1)  # every write transaction: writes of all desks in turn
MIGRATE_LOCK = (JUHE_DESK, 2)  # setting up or migrating the schema
_PER_ACCOUNT_BASE = 1 << 16  # keys from here on: one per (purpose, account)


def account_key(purpose: int, account_id: str) -> tuple[int, int]:
    """A key per account for ``purpose`` (1-32767), e.g. "this desk pulls reports for
    account X": the account id hashed into the low 16 bits, with a collision being harmless
    (two accounts then share one puller)."""
    if not 1 <= purpose < 1 << 15:
        raise ValueError("purpose must be 1-32767")
    low = zlib.crc32(account_id.encode()) & 0xFFFF
    return JUHE_DESK, _PER_ACCOUNT_BASE * purpose + low - (1 << 31)


# Session-level locks, held on a desk's own connection (session_locks.py) while it holds a
# role; the server lets go when that connection ends (a quit, a crash, a lost network).
PULLER = 3  # account_key purpose: the one desk that pulls an account's reports and replies
CAMPAIGNS = JUHE_DESK + 1  # first key of "this desk sends campaign N" (second key: N)
DESKS = JUHE_DESK + 2  # first key of "this desk is running" (second key: its id hashed)
SAVINGS = JUHE_DESK + 3  # first key of "this desk is saving campaign N" (second key: N)

LockKey = tuple[int, int]


def puller_key(account_id: str) -> LockKey:
    return account_key(PULLER, account_id)


def campaign_key(campaign_id: int) -> LockKey:
    return CAMPAIGNS, campaign_id


def saving_key(campaign_id: int) -> LockKey:
    return SAVINGS, campaign_id


def desk_key(desk_id: str) -> LockKey:
    """A running desk's key: its id's CRC-32 as a signed 32-bit number (a collision between
    two of a team's few desks is about one in 400 million)."""
    crc = zlib.crc32(desk_id.encode())
    return DESKS, crc - (1 << 32) if crc >= 1 << 31 else crc
