"""Write transactions beside a send that keep out of the send worker's way.

``_unflushed_write``: a commit that does not wait for the disk (``dialect.unflushed``).
Only for what a crash may lose without harm because the journal either has it again or
says it is missing: recording a stored answer number by number (journal.apply_answer),
the middle steps of saving a campaign (campaign_saving.save_more_batches), a sheet's names
but the last write. Both databases write their log in order and make a commit that waits
for the disk wait for everything logged before it too: a batch saved unflushed is on the
disk once the step that marks it 'sending' has committed (with ``synchronous=FULL``),
before its request leaves. A power cut before then loses the tail of what was written
unflushed, never a part of a transaction; the database stays whole.

``_write_without_checkpoint``: the step a send worker waits for (journal.start_batch)
never copies SQLite's log into the database file: SQLite does that at the commit that
finds the log over 1000 pages, holding the write lock the whole time (4 MB and two waits
for the disk). The unflushed writes above do not either; every ``CHECKPOINT_EVERY`` of
them, the copy runs after the write lock is let go (``dialect.checkpoint``: without
waiting for readers or writers), so the log stays about as short as SQLite keeps it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from juhe_desk.store._base import StoreBase
from juhe_desk.store.connection import Connection

CHECKPOINT_EVERY = 8  # unflushed writes between two copies of the log (~50-100 pages each)


class UnflushedWritesMixin(StoreBase):
    _unflushed_writes = 0

    @contextlib.contextmanager
    def _unflushed_write(self) -> Iterator[Connection]:
        """A write transaction whose commit does not wait for the disk: one fsync less
        under the write lock the send's workers wait for."""
        before, inside, after = self._sql.unflushed
        with self._write_without_checkpoint(before, after) as conn:
            if inside:
                conn.execute(inside)
            yield conn
        self._unflushed_writes += 1  # a count lost to a race only moves the copy on
        if self._sql.checkpoint is not None and self._unflushed_writes % CHECKPOINT_EVERY == 0:
            conn.execute(self._sql.checkpoint).fetchall()

    @contextlib.contextmanager
    def _write_without_checkpoint(self, before: str | None = None,
                                  after: str | None = None) -> Iterator[Connection]:
        """A write transaction whose commit leaves the log as it is (``before`` and
        ``after``: statements to run around it too)."""
        off, on = self._sql.checkpoint_off
        conn = self._db.connection()
        for statement in (off, before):
            if statement:
                conn.execute(statement)
        try:
            with self._db.write() as conn:
                yield conn
        finally:
            for statement in (after, on):
                if statement:
                    conn.execute(statement)
