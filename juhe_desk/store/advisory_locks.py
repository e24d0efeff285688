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
