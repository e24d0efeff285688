"""Where the store's SQL differs between SQLite and PostgreSQL: the few fragments, here.

Every query has one home (the mixin that runs it) and is written once. Most of it is plain
SQL both databases take as it is; placeholders are translated for PostgreSQL by its
connection (``pg_sql``). What remains is this object's: a fragment the query asks for by
name. Keep it short: a difference that is not here is a query both must take.

- ``unindexed(column)``: SQLite's ``+column`` keeps its planner off that column's index
  (``paging`` chooses the index itself: SQLite keeps no statistics here). PostgreSQL plans
  from its statistics and has no unary plus on text, so the column stays as it is.
- ``json_texts(alias)``: a JSON array bound as one parameter, as rows of ``alias.value``
  (text): how thousands of values go into one statement on both.
- ``json_objects(alias)`` and ``json_field(alias, name)``: a JSON array of objects bound as
  one parameter, as rows (``alias.key``: the place in the array, for keeping its order), and
  one field of each as text: how a set of pulled items goes into one INSERT ... SELECT.
- ``fence``: the end of a subquery that keeps the planner from merging it into the query
  around it (``OFFSET 0``; SQLite takes an OFFSET only after a LIMIT).
- ``record_results``: a batch's answer, one JSON array of (message id, mid, result,
  status) applied in one UPDATE (journal_answers.py); ``record_accepted``: the accepted
  ones of it, one JSON object of message id -> mid.
- ``no_limit``: ``LIMIT`` without a bound (SQLite takes -1, PostgreSQL NULL).
- ``contains``: a substring test (SQLite ``instr``, PostgreSQL ``strpos``).
- ``max_parameters``: how many parameters one statement may bind (SQLite since 3.32).
- ``page_cache_setting``: the statement that reads (and, with ``= -KiB``, sets) the
  connection's page cache (SQLite's ``PRAGMA cache_size``); None where the server keeps
  one cache for all (PostgreSQL's shared buffers).
- ``unflushed``: the statements around a write transaction whose commit need not wait for
  the disk (before it, inside it, after it), for work the journal can do again after a
  crash (journal.apply_answer). The database stays whole either way.
- ``checkpoint_off`` and ``checkpoint``: the statements around a write transaction whose
  commit must not copy the log into the database file (SQLite's automatic WAL checkpoint;
  before it, after it), and the one that copies it without waiting for anyone, run outside
  the write lock instead (store/unflushed.py). PostgreSQL's server checkpoints by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DialectName = Literal["sqlite", "postgresql"]


@dataclass(frozen=True, slots=True)
class Dialect:
    name: DialectName
    unindexed_prefix: str
    json_texts_sql: str
    json_objects_sql: str
    json_field_sql: str
    fence: str
    record_results: str
    record_accepted: str
    no_limit: int | None
    contains_sql: str
    max_parameters: int  # bound parameters one statement may carry
    page_cache_setting: str | None
    unflushed: tuple[str | None, str | None, str | None]
    checkpoint_off: tuple[str | None, str | None]
    checkpoint: str | None

    def unindexed(self, column: str) -> str:
        return self.unindexed_prefix + column

    def json_texts(self, alias: str) -> str:
        """A table expression over a JSON array parameter (``?``): rows of ``alias.value``."""
        return self.json_texts_sql.format(alias=alias)

    def json_objects(self, alias: str) -> str:
        """A table expression over a JSON array of objects (``?``): rows of ``alias.value``
        (one object) and ``alias.key`` (its place in the array)."""
        return self.json_objects_sql.format(alias=alias)

    def json_field(self, alias: str, name: str) -> str:
        """The text of field ``name`` of ``alias.value`` (a row of ``json_objects``)."""
        return self.json_field_sql.format(alias=alias, name=name)

    def limit(self, limit: int) -> int | None:
        """A ``LIMIT`` parameter; a negative ``limit`` means all rows."""
        return self.no_limit if limit < 0 else limit

    def contains(self, column: str) -> str:
        """``column`` contains the text bound to ``?``."""
        return self.contains_sql.format(c=column)


SQLITE = Dialect(
    name="sqlite",
    unindexed_prefix="+",
    json_texts_sql="json_each(?) AS {alias}",
    json_objects_sql="json_each(?) AS {alias}",
    json_field_sql="json_extract({alias}.value, '$.{name}')",
    fence="LIMIT -1 OFFSET 0",
    # Each row by primary key (tests/store check that the plan stays a rowid search).
    record_results=(
        "UPDATE messages SET mid = json_extract(u.value, '$[1]'),"
        " result = json_extract(u.value, '$[2]'), status = json_extract(u.value, '$[3]'),"
        " updated_at = ? FROM json_each(?) AS u"
        " WHERE messages.id = json_extract(u.value, '$[0]')"),
    record_accepted=(
        "UPDATE messages SET mid = u.value, result = 0, status = 'submitted', updated_at = ?"
        " FROM json_each(?) AS u WHERE messages.id = u.key"),
    no_limit=-1,
    contains_sql="instr({c}, ?) > 0",
    max_parameters=32_766,
    page_cache_setting="PRAGMA cache_size",
    # WAL with synchronous=NORMAL: consistent, and the next FULL commit flushes it too.
    unflushed=("PRAGMA synchronous = NORMAL", None, "PRAGMA synchronous = FULL"),
    # 1000 pages: SQLite's own default, which the connections keep.
    checkpoint_off=("PRAGMA wal_autocheckpoint = 0", "PRAGMA wal_autocheckpoint = 1000"),
    checkpoint="PRAGMA wal_checkpoint(PASSIVE)",
)

POSTGRESQL = Dialect(
    name="postgresql",
    unindexed_prefix="",
    json_texts_sql="jsonb_array_elements_text(?::jsonb) AS {alias} (value)",
    json_objects_sql="jsonb_array_elements(?::jsonb) WITH ORDINALITY AS {alias} (value, key)",
    json_field_sql="({alias}.value ->> '{name}')",
    fence="OFFSET 0",
    record_results=(
        "UPDATE messages SET mid = u.value ->> 1, result = (u.value ->> 2)::integer,"
        " status = u.value ->> 3, updated_at = ?"
        " FROM jsonb_array_elements(?::jsonb) AS u (value)"
        " WHERE messages.id = (u.value ->> 0)::bigint"),
    record_accepted=(
        "UPDATE messages SET mid = u.value, result = 0, status = 'submitted', updated_at = ?"
        " FROM jsonb_each_text(?::jsonb) AS u (key, value) WHERE messages.id = u.key::bigint"),
    no_limit=None,
    contains_sql="strpos({c}, ?) > 0",
    max_parameters=65_535,
    page_cache_setting=None,
    unflushed=(None, "SET LOCAL synchronous_commit = off", None),
    checkpoint_off=(None, None),
    checkpoint=None,
)
