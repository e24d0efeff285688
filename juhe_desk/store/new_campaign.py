"""Writing a new campaign's batches and messages: 100,000 rows in one transaction, fast.

What costs the time (bench/send_bench.py, 100,000 p2p messages): a statement run once per
message opens a cursor on the table and on each of its five indexes, and checks both parent
rows, for every row; that was two thirds of saving a campaign. One INSERT of a whole
batch (up to 500 rows of ``VALUES``) does that once a batch. A message is bound as its
four fields straight from the ``NewMessage`` tuple; the campaign id, batch id and time are
bound once a statement (``?1``-``?3``).

A store with a long history adds a cost no statement saves: each new number goes into the
number index (a million entries after a few months) at a random place, so the campaign
touches pages all over it. SQLite's page cache (2 MB) cannot hold them, and a page read
again costs as much as writing the row; for that one write the cache may hold 64 MB
(``larger_page_cache``), and goes back to its size after, freeing the memory. (A shared
PostgreSQL database caches pages in the server's shared buffers: nothing to do there.)

The opt-out list is looked at before the messages are written: the list's numbers among
the campaign's, read from whichever side is smaller (the whole list, or the campaign's
numbers looked up in it), so neither a long list nor a long campaign costs a pass over
the other. Only the messages found are then marked 'opted_out', by batch and number.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from operator import itemgetter

from juhe_desk.store.connection import Connection, inserted_id, tuple_cursor
from juhe_desk.store.dialect import Dialect
from juhe_desk.store.records import NewBatch, NewCampaign

MAX_NUMBERS_PER_REQUEST = 500
# mobile, content, parts, row_index: a NewMessage as it is (tests/store pin the order).
_PER_ROW = 4
_SHARED = 3  # ?1 campaign id, ?2 batch id, ?3 time
_INSERT = ("INSERT INTO messages (campaign_id, batch_id, updated_at, mobile, content, parts,"
           " row_index) VALUES ")
_ROW = "(?1,?2,?3,?,?,?,?)"
_LOOKUP_CHUNK = 50_000
BULK_CACHE_KIB = 64 * 1024

_mobile = itemgetter(0)
_content = itemgetter(1)


def check_batch(campaign: NewCampaign, planned: NewBatch) -> None:
    """ValueError when the batch breaks a rule of the journal (or of the gateway)."""
    if planned.action not in ("send", "p2p"):
        raise ValueError(f"unknown batch action {planned.action!r}")
    if campaign.mode == "send" and planned.action != "send":
        raise ValueError("a campaign in send mode has only send batches")
    if not 1 <= len(planned.messages) <= MAX_NUMBERS_PER_REQUEST:
        raise ValueError(f"a batch holds 1 to {MAX_NUMBERS_PER_REQUEST} numbers")
    if planned.action == "send" and len(set(map(_content, planned.messages))) != 1:
        raise ValueError("a send batch carries one text for all its numbers")
    if planned.action == "p2p":
        texts = "".join(map(_content, planned.messages))
        if "\r" in texts or "\n" in texts:
            raise ValueError("p2p text cannot hold a line break; send it with a send batch")


def insert_campaign(conn: Connection, campaign: NewCampaign, now: str, desk_id: str | None,
                    included_opt_outs: Iterable[str]) -> int:
    """Write the campaign's own row (with its source's fingerprint and the opt-out numbers
    included on purpose); returns its id."""
    campaign_id = inserted_id(conn.execute(
        "INSERT INTO campaigns (account_id, name, mode, state, created_at, scheduled_at,"
        " source_file, parent_campaign_id, content, extno, signature, desk_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
        (campaign.account_id, campaign.name, campaign.mode, campaign.state, now,
         campaign.scheduled_at, campaign.source_file, campaign.parent_campaign_id,
         campaign.content, campaign.extno, campaign.signature, desk_id)))
    assert campaign_id is not None
    if campaign.source_fingerprint is not None:
        conn.execute("INSERT INTO campaign_sources (campaign_id, fingerprint)"
                     " VALUES (?,?)", (campaign_id, campaign.source_fingerprint))
    conn.executemany("INSERT INTO campaign_opt_out_includes (mobile, campaign_id)"
                     " VALUES (?, ?) ON CONFLICT DO NOTHING",
                     [(mobile, campaign_id) for mobile in included_opt_outs])
    return campaign_id


def insert_batches(conn: Connection, dialect: Dialect, campaign_id: int,
                   batches: Sequence[NewBatch], now: str,
                   opted_out: frozenset[str], first_seq: int = 1) -> list[tuple[int, str]]:
    """Write the planned batches (numbered from ``first_seq``) and their messages; the
    messages whose number is in ``opted_out`` are marked 'opted_out'. Returns those as
    (batch id, mobile)."""
    per_statement = rows_per_statement(dialect)
    left_out: list[tuple[int, str]] = []
    for seq, planned in enumerate(batches, start=first_seq):
        batch_id = _insert_batch(conn, campaign_id, seq, planned.action)
        messages = planned.messages
        for first in range(0, len(messages), per_statement):
            chunk = messages[first:first + per_statement]
            conn.execute(_INSERT + ",".join([_ROW] * len(chunk)),
                         [campaign_id, batch_id, now, *chain.from_iterable(chunk)])
        if opted_out:
            left_out.extend((batch_id, mobile) for mobile in sorted(
                opted_out.intersection(map(_mobile, messages))))
    if left_out:
        conn.executemany("UPDATE messages SET status = 'opted_out' WHERE batch_id = ?"
                         " AND mobile = ?", left_out)
    return left_out


def rows_per_statement(dialect: Dialect) -> int:
    """Messages per INSERT: a whole batch, unless the database takes fewer parameters in
    one statement. Counted as if the shared three were bound again for each row, as they
    are on PostgreSQL (``pg_sql`` numbers every placeholder it meets)."""
    per_row = _PER_ROW + _SHARED
    return max(1, min(MAX_NUMBERS_PER_REQUEST, dialect.max_parameters // per_row))


def on_opt_out_list(conn: Connection, dialect: Dialect, mobiles: set[str]) -> set[str]:
    """The numbers among ``mobiles`` that are on the opt-out list."""
    if not mobiles:
        return set()
    cursor = tuple_cursor(conn)  # thousands of rows
    # Counted in the database first: a shop's list is often longer than a campaign saved
    # in steps of 500, and its first 501 numbers were read into Python for nothing.
    length = cursor.execute("SELECT COUNT(*) FROM (SELECT 1 FROM opt_outs LIMIT ?) AS o",
                            (len(mobiles) + 1,)).fetchone()[0]
    if length <= len(mobiles):  # the whole list, no longer than the campaign
        return mobiles.intersection(map(_mobile, cursor.execute(
            "SELECT mobile FROM opt_outs").fetchall()))
    found: set[str] = set()  # a list longer than the campaign: look the numbers up in it
    wanted = sorted(mobiles)
    for first in range(0, len(wanted), _LOOKUP_CHUNK):
        found.update(map(_mobile, cursor.execute(
            f"SELECT j.value FROM {dialect.json_texts('j')}"
            " WHERE EXISTS (SELECT 1 FROM opt_outs o WHERE o.mobile = j.value)",
            (json.dumps(wanted[first:first + _LOOKUP_CHUNK]),)).fetchall()))
    return found


@contextlib.contextmanager
def larger_page_cache(conn: Connection, dialect: Dialect) -> Iterator[None]:
    """Let ``conn`` cache up to BULK_CACHE_KIB of pages inside the block (enter it before
    the transaction: the cache shrinks back once the pages are written), where the
    database keeps a cache per connection."""
    pragma = dialect.page_cache_setting
    if pragma is None:
        yield
        return
    before = int(conn.execute(pragma).fetchone()[0])
    conn.execute(f"{pragma} = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"{pragma} = {before}")


def campaign_mobiles(batches: Iterable[NewBatch]) -> set[str]:
    return set(map(_mobile, chain.from_iterable(b.messages for b in batches)))


def _insert_batch(conn: Connection, campaign_id: int, seq: int, action: str) -> int:
    batch_id = inserted_id(conn.execute(
        "INSERT INTO batches (campaign_id, seq, action) VALUES (?,?,?) RETURNING id",
        (campaign_id, seq, action)))
    assert batch_id is not None
    return batch_id



def skip_if_empty(conn: Connection, batch_ids: Iterable[int], now: str) -> list[int]:
    """planned -> skipped for the batches with no message left to send; returns those."""
    skipped = []
    for batch_id in batch_ids:
        if conn.execute("SELECT 1 FROM messages WHERE batch_id = ? AND status = 'pending'"
                        " LIMIT 1", (batch_id,)).fetchone() is None:
            conn.execute("UPDATE batches SET state = 'skipped', finished_at = ?,"
                         " error_code = NULL, error_text = '' WHERE id = ? AND state = 'planned'",
                         (now, batch_id))
            skipped.append(batch_id)
    return skipped
