"""Recording a submitted batch's stored answer number by number: each message's mid and
RESULT, matched by mobile (journal.py stores the answer whole first, in the step that
moves the batch on; this is the second, unhurried write).

A send run hands over what it already holds in memory (the answer it received and the
messages its request carried, read when the request was prepared), so nothing is read
back and only the writes run under the write lock the send workers wait for. After a
crash the answer is read from the journal instead (``recover_interrupted_batches``).

Most answers accept every number: those rows are written by one statement over a JSON
object of message id -> mid (``Dialect.record_accepted``), the few others by one over an
array of (id, mid, RESULT, status) (``Dialect.record_results``). Each runs in the database
without Python's lock, each row found by primary key.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from operator import itemgetter
from typing import Any, NoReturn

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store.changes import ChangeKind
from juhe_desk.store.connection import Connection
from juhe_desk.store.dialect import Dialect
from juhe_desk.store.errors import IllegalTransitionError, NotFoundError
from juhe_desk.store.journal_reads import JournalReadsMixin
from juhe_desk.store.matching import attach_early_reports, complete_campaign_if_finished
from juhe_desk.store.records import SubmitSummary
from juhe_desk.store.unflushed import UnflushedWritesMixin

# The messages a request carried: (message id, mobile) each, in id order.
Carried = Sequence[tuple[int, str]]
_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)


class AnswerRecordingMixin(JournalReadsMixin, UnflushedWritesMixin):
    def apply_answer(self, batch_id: int, results: Sequence[SubmitResult] | None = None,
                     carried: Carried | None = None) -> SubmitSummary:
        """Record a submitted batch's stored answer: each number's mid and RESULT, matched
        by mobile. A number the answer leaves out becomes 'uncertain'; results for numbers
        not in the batch are reported back, not stored. An answer is applied once.

        ``results`` and ``carried``: the answer as stored and the messages the request
        carried (each still 'pending' while the batch is sending: none can change), given
        by the sender that holds them; read from the journal when not given.
        """
        if results is None or carried is None:
            return self._apply_stored_answer(batch_id)
        recorded = _Recorded(results, carried)  # worked out before the write lock is taken
        # Lost to a power cut, the answer is still stored, and recorded at start.
        with self._unflushed_write() as conn:
            row = conn.execute("UPDATE batches SET answer = NULL WHERE id = ?"
                               " AND answer IS NOT NULL RETURNING campaign_id",
                               (batch_id,)).fetchall()
            if not row:
                _refuse_applying(conn, batch_id)
            self._write_recorded(conn, batch_id, int(row[0][0]), recorded)
        return recorded.summary

    def _apply_stored_answer(self, batch_id: int) -> SubmitSummary:
        with self._unflushed_write() as conn:
            row = conn.execute("SELECT campaign_id, answer FROM batches WHERE id = ?",
                               (batch_id,)).fetchone()
            if row is None or row["answer"] is None:
                _refuse_applying(conn, batch_id)
            carried = self._tuples("SELECT id, mobile FROM messages WHERE batch_id = ?"
                                   " AND status <> 'opted_out' ORDER BY id", (batch_id,))
            recorded = _Recorded(json.loads(row["answer"]), carried)
            conn.execute("UPDATE batches SET answer = NULL WHERE id = ?", (batch_id,))
            self._write_recorded(conn, batch_id, row["campaign_id"], recorded)
        return recorded.summary

    def _write_recorded(self, conn: Connection, batch_id: int, campaign_id: int,
                        recorded: _Recorded) -> None:
        recorded.write(conn, self._sql, self._now())
        attach_early_reports(conn, batch_id, self._now())
        complete_campaign_if_finished(conn, campaign_id)
        self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)


class _Recorded:
    """What an answer makes of a batch's messages, as JSON for the two statements: the
    accepted ones' mids, the others' (id, mid, RESULT, status); and the counts."""

    __slots__ = ("accepted", "others", "summary")
    accepted: str | None
    others: str | None
    summary: SubmitSummary

    def __init__(self, answer: Sequence[Sequence[Any]], carried: Carried) -> None:
        if _all_accepted_in_order(answer, carried):  # the usual answer, looked at in C
            self.accepted = json.dumps(dict(zip(map(_first, carried), map(_second, answer),
                                                strict=True)))
            self.others = None
            self.summary = SubmitSummary(len(carried), 0, (), ())
            return
        # mobile -> (mid, RESULT); a number answered twice: the last answer counts.
        by_mobile = {mobile: (mid, result) for mobile, mid, result in answer}
        accepted: dict[int, str] = {}
        others: list[tuple[int, str | None, int | None, str]] = []
        missing: list[str] = []
        refused = 0
        for message_id, mobile in carried:
            found = by_mobile.pop(mobile, None)
            if found is None:
                missing.append(mobile)
                others.append((message_id, None, None, "uncertain"))
                continue
            mid, result = found
            if result == 0 and mid:
                accepted[message_id] = mid
            elif result == 0:
                others.append((message_id, None, 0, "submitted"))
            else:
                refused += 1
                others.append((message_id, mid or None, result, "refused"))
        # Encoded here, before the write lock is taken.
        self.accepted = json.dumps(accepted) if accepted else None
        self.others = json.dumps(others) if others else None
        self.summary = SubmitSummary(len(carried) - len(missing) - refused, refused,
                                     tuple(missing), tuple(by_mobile))

    def write(self, conn: Connection, dialect: Dialect, now: str) -> None:
        if self.accepted is not None:
            conn.execute(dialect.record_accepted, (now, self.accepted))
        if self.others is not None:
            conn.execute(dialect.record_results, (now, self.others))


def _all_accepted_in_order(answer: Sequence[Sequence[Any]], carried: Carried) -> bool:
    """Whether the answer accepts every number the request carried, each once and with a
    mid, in the order they were sent (as gateways answer): then each message's mid is the
    answer's at its place, with no number looked up (500 in Python took ~0.4 ms a batch
    on the thread beside the send workers)."""
    if len(answer) != len(carried) or not answer:
        return False
    mobiles = list(map(_first, answer))
    return (mobiles == list(map(_second, carried)) and set(map(_third, answer)) == {0}
            and all(map(_second, answer)) and len(set(mobiles)) == len(mobiles))


def _refuse_applying(conn: Connection, batch_id: int) -> NoReturn:
    row = conn.execute("SELECT state FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        raise NotFoundError("batch", batch_id)
    raise IllegalTransitionError("batch", batch_id, row["state"], "answered")
