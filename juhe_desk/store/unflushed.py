"""Write transactions whose commit does not wait for the disk (``dialect.unflushed``).

Only for what a crash may lose without harm because the journal either has it again or
says it is missing: recording a stored answer number by number (journal.apply_answer),
and the middle steps of saving a campaign (campaign_saving.save_more_batches). Both
databases write their log in order and make a commit that waits for the disk wait for
everything logged before it too: a batch saved unflushed is on the disk once the step that
marks it 'sending' has committed (with ``synchronous=FULL``), before its request leaves.
A power cut before then loses the tail of what was written unflushed, never a part of a
transaction; the database stays whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from juhe_desk.store._base import StoreBase
from juhe_desk.store.connection import Connection


class UnflushedWritesMixin(StoreBase):
    @contextlib.contextmanager
    def _unflushed_write(self) -> Iterator[Connection]:
        """A write transaction whose commit does not wait for the disk: one fsync less
        under the write lock the send's workers wait for."""
        before, inside, after = self._sql.unflushed
        conn = self._db.connection()
        if before:
            conn.execute(before)
        try:
            with self._db.write() as conn:
                if inside:
                    conn.execute(inside)
                yield conn
        finally:
            if after:
                conn.execute(after)
