"""The send journal: campaigns, their planned batches and messages, and each batch's fate.

A batch moves planned -> sending -> submitted | refused | uncertain. sending -> planned only
when the request provably never left (or the gateway refused it whole without sending);
uncertain -> submitted | planned only by an explicit resolution. Anything else raises
``IllegalTransitionError``. Each step commits before the caller does the next thing, so
after a crash the journal tells what may have been sent.

The opt-out list is looked at in the same transaction that marks a batch "sending": a
number on it now (unless the user included it in this campaign on purpose) becomes
'opted_out' and is not in the request; a batch left with nobody becomes "skipped". Creating
a campaign does the same for its numbers (someone opted out while the user confirmed).

This module writes each step; what the journal says now is read in journal_reads.py.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Literal

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store.changes import ChangeKind
from juhe_desk.store.connection import Connection, Row
from juhe_desk.store.errors import IllegalTransitionError, NotFoundError
from juhe_desk.store.journal_answers import AnswerRecordingMixin
from juhe_desk.store.matching import complete_campaign_if_finished
from juhe_desk.store.new_campaign import (
    campaign_mobiles,
    check_batch,
    insert_batches,
    insert_campaign,
    larger_page_cache,
    on_opt_out_list,
    skip_if_empty,
)
from juhe_desk.store.records import (
    Batch,
    BatchStart,
    BatchState,
    Campaign,
    CampaignState,
    MessageStatus,
    NewBatch,
    NewCampaign,
    SubmitSummary,
)

BATCH_TRANSITIONS: dict[str, frozenset[str]] = {
    "planned": frozenset({"sending", "skipped"}),
    "sending": frozenset({"submitted", "refused", "uncertain", "planned"}),
    "uncertain": frozenset({"submitted", "planned"}),
    "submitted": frozenset(),
    "refused": frozenset(),
    "skipped": frozenset(),
}
CAMPAIGN_TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"scheduled", "sending", "cancelled"}),
    "scheduled": frozenset({"draft", "sending", "paused", "cancelled"}),
    "sending": frozenset({"paused", "done", "cancelled"}),
    "paused": frozenset({"sending", "scheduled", "cancelled"}),
    "done": frozenset(),
    "cancelled": frozenset(),
}
# Messages not sent yet whose number is on the opt-out list, unless the campaign includes
# it on purpose: each row's number looked up by primary key (a few microseconds a row).
LEAVE_OUT_SQL = (
    "UPDATE messages SET status = 'opted_out', updated_at = :now WHERE {where}"
    " AND status = 'pending' AND EXISTS (SELECT 1 FROM opt_outs o WHERE o.mobile = messages.mobile)"
    " AND NOT EXISTS (SELECT 1 FROM campaign_opt_out_includes i WHERE i.mobile = messages.mobile"
    " AND i.campaign_id = messages.campaign_id) RETURNING batch_id, mobile")
# A batch's id and the gateway's answer for it, to store (``start_batch``).
Answered = tuple[int, Sequence[SubmitResult]]
INTERRUPTED_TEXT = "程序在请求进行中退出，无法确定是否已发送 / the app stopped during the request"


class JournalMixin(AnswerRecordingMixin):
    # --- campaigns ------------------------------------------------------------------------
    def create_campaign(self, campaign: NewCampaign, batches: Iterable[NewBatch],
                        included_opt_outs: Iterable[str] = ()) -> Campaign:
        """Write the campaign, all its messages and planned batches in one transaction.

        ``included_opt_outs``: numbers on the opt-out list the user chose to send to anyway.
        Any other number on the list now is written as 'opted_out' (never sent).
        How 100,000 messages are written in a fraction of a second: new_campaign.py.
        """
        if campaign.state not in ("draft", "scheduled"):
            raise ValueError("a new campaign is a draft or scheduled")
        planned = list(batches)
        for batch in planned:
            check_batch(campaign, batch)
        included = set(included_opt_outs)
        mobiles = campaign_mobiles(planned)
        with larger_page_cache(self._db.connection(), self._sql), self._db.write() as conn:
            now = self._now()
            campaign_id = insert_campaign(conn, campaign, now, self._desk_id(), included)
            # Looked at in this transaction: nobody can add a number in between.
            opted_out = frozenset(on_opt_out_list(conn, self._sql, mobiles) - included)
            left_out = insert_batches(conn, self._sql, campaign_id, planned, now, opted_out)
            if left_out:
                skip_if_empty(conn, {batch_id for batch_id, _ in left_out}, now)
                complete_campaign_if_finished(conn, campaign_id)
            self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)
        return self.get_campaign(campaign_id)

    def set_campaign_state(self, campaign_id: int, state: CampaignState) -> Campaign:
        with self._db.write() as conn:
            _move_campaign(conn, campaign_id, state)
            self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)
        return self.get_campaign(campaign_id)

    def delete_campaign(self, campaign_id: int) -> None:
        """Delete a draft, cancelled or finished campaign with its batches and messages."""
        with self._db.write() as conn:
            current = _campaign_state(conn, campaign_id)
            in_flight = conn.execute(
                "SELECT 1 FROM batches WHERE campaign_id = ? AND state IN ('sending','uncertain')",
                (campaign_id,)).fetchone()
            if current not in ("draft", "cancelled", "done") or in_flight:
                raise IllegalTransitionError("campaign", campaign_id, current, "deleted")
            conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
            self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)

    def rewrite_unsent(self, campaign_id: int, texts: Mapping[int, str], parts: Mapping[int, int],
                       *, extno: str, signature: str, content: str | None) -> None:
        """New texts for messages not sent yet (message id -> text, and its parts), with the
        extno, signature and one text for all that the campaign sends from now on.

        Only messages of planned batches may change: what went, or may have gone, stays as
        it was, so the journal still tells what was sent.
        """
        with self._db.write() as conn:
            unsent = {r[0] for r in conn.execute(
                "SELECT m.id FROM messages m JOIN batches b ON b.id = m.batch_id"
                " WHERE m.campaign_id = ? AND b.state = 'planned'", (campaign_id,))}
            if not set(texts) <= unsent:
                raise ValueError("only the messages of planned batches can change")
            now = self._now()
            conn.executemany("UPDATE messages SET content = ?, parts = ?, updated_at = ?"
                             " WHERE id = ?",
                             [(text, parts[i], now, i) for i, text in texts.items()])
            conn.execute("UPDATE campaigns SET extno = ?, signature = ?, content = ?"
                         " WHERE id = ?", (extno, signature, content, campaign_id))

    # --- batches --------------------------------------------------------------------------
    def batch_start(self, batch_id: int) -> Batch:
        """``start_batch``, then the batch as it is now."""
        self.start_batch(batch_id)
        return self.get_batch(batch_id)

    def start_batch(self, batch_id: int, answered: Answered | None = None) -> BatchStart:
        """planned -> sending, just before the request; the campaign becomes 'sending'.

        The opt-out list is looked at in the same transaction: what it returns in
        ``left_out`` must not be in the request. With nobody left, planned -> skipped.
        ``answered``: the answer of the sender's previous batch, stored in the same
        transaction (``batch_answered``): one commit, one wait for the disk, where two
        would be; if this step fails, neither is stored. Its commit never copies the log
        into the database file (unflushed.py): a send worker waits for this step.
        """
        # Worked out before the write lock is taken: the other workers wait for it.
        answer = None if answered is None else (answered[0], _answer_text(answered[1]))
        now = self._now()
        with self._step_write() as conn:
            return self._start_in(conn, batch_id, answer, now)

    def start_batches(self, steps: Sequence[tuple[int, Answered | None]]) -> list[BatchStart]:
        """``start_batch`` for several batches (of several send workers at once) in one
        transaction: one commit, one wait for the disk for all. All or none: if one of them
        cannot start, none has (nor is any answer stored)."""
        texts = [(batch_id, None if answered is None else (answered[0],
                                                           _answer_text(answered[1])))
                 for batch_id, answered in steps]
        now = self._now()
        with self._step_write() as conn:
            return [self._start_in(conn, batch_id, answer, now) for batch_id, answer in texts]

    @contextlib.contextmanager
    def checkpoints_held_off(self) -> Iterator[None]:
        """For a send worker's whole run (inside its ``job_connection`` block): SQLite's
        copy of the log at commit is turned off once for the run, not around each step to
        "sending" (unflushed.py): two statements less per step, each a wait for Python's
        lock among the other threads. The setting is back as it was at the end."""
        off, on = self._sql.checkpoint_off
        conn = self._db.connection()
        held = self._held_off()
        if off is None or on is None or conn in held:
            yield
            return
        conn.execute(off)
        held.add(conn)
        try:
            yield
        except BaseException:
            held.discard(conn)
            # The failure is what the caller must see; its connection is not reused after
            # it (job_connection), and may be closed already (the store closing).
            with contextlib.suppress(Exception):
                conn.execute(on)
            raise
        held.discard(conn)
        conn.execute(on)

    def _held_off(self) -> set[Connection]:
        """The connections inside ``checkpoints_held_off`` (one per worker)."""
        held: set[Connection] = self.__dict__.setdefault("_checkpoints_held_off", set())
        return held

    def _step_write(self) -> AbstractContextManager[Connection]:
        """The write of a step to "sending": it never copies the log at commit."""
        if self._db.connection() in self._held_off():
            return self._db.write()
        return self._write_without_checkpoint()

    def _start_in(self, conn: Connection, batch_id: int, answer: tuple[int, str] | None,
                  now: str) -> BatchStart:
        if answer is not None:
            _store_answer(conn, *answer, now)
        # Whether anyone is left to send to is read with the states: a batch nobody on it
        # opted out of needs no second look (one statement less in the step).
        row = conn.execute(
            "SELECT b.state, b.campaign_id, c.state, EXISTS (SELECT 1 FROM messages m"
            " WHERE m.batch_id = b.id AND m.status = 'pending') FROM batches b"
            " JOIN campaigns c ON c.id = b.campaign_id WHERE b.id = ?",
            (batch_id,)).fetchone()
        if row is None:
            raise NotFoundError("batch", batch_id)
        if row[0] != "planned":
            raise IllegalTransitionError("batch", batch_id, row[0], "sending")
        campaign_id, campaign_state = row[1], row[2]
        if campaign_state not in ("scheduled", "sending"):
            raise IllegalTransitionError("campaign", campaign_id, campaign_state, "sending")
        left_out = tuple(mobile for _, mobile in _leave_out_opted_out(
            conn, "batch_id = :id", batch_id, now))
        self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)
        if (left_out or not row[3]) and skip_if_empty(conn, (batch_id,), now):
            complete_campaign_if_finished(conn, campaign_id)
            return BatchStart(left_out, skipped=True)
        conn.execute(
            "UPDATE batches SET state = 'sending', attempts = attempts + 1,"
            " request_started_at = ?, finished_at = NULL, error_code = NULL,"
            " error_text = '', desk_id = ? WHERE id = ?", (now, self._desk_id(), batch_id))
        if campaign_state != "sending":
            conn.execute("UPDATE campaigns SET state = 'sending' WHERE id = ?", (campaign_id,))
        return BatchStart(left_out)

    def batch_submitted(self, batch_id: int, results: Sequence[SubmitResult]) -> SubmitSummary:
        """``batch_answered`` then ``apply_answer``: the answer stored and recorded."""
        self.batch_answered(batch_id, results)
        return self.apply_answer(batch_id)

    def batch_answered(self, batch_id: int, results: Sequence[SubmitResult]) -> None:
        """sending -> submitted, keeping the gateway's answer as it came: one small write,
        made before anything else happens; ``apply_answer`` (journal_answers.py) records it
        number by number."""
        answer = _answer_text(results)
        with self._db.write() as conn:
            _store_answer(conn, batch_id, answer, self._now())

    def batch_refused(self, batch_id: int, code: int | None, text: str) -> Batch:
        """sending -> refused: the gateway refused the whole request; nothing was sent."""
        return self._end_batch(batch_id, "refused", "refused", code, text)

    def batch_uncertain(self, batch_id: int, text: str) -> Batch:
        """sending -> uncertain: the request may have been processed; never resend silently."""
        return self._end_batch(batch_id, "uncertain", "uncertain", None, text)

    def batch_back_to_planned(self, batch_id: int, text: str = "") -> Batch:
        """sending -> planned, only for a request that provably sent nothing."""
        with self._db.write() as conn:
            _move_batch(conn, batch_id, "sending", "planned")
            conn.execute("UPDATE batches SET state = 'planned', error_text = ? WHERE id = ?",
                         (text, batch_id))
        return self.get_batch(batch_id)

    def resolve_uncertain_batch(self, batch_id: int,
                                outcome: Literal["submitted", "planned"]) -> Batch:
        """The user's decision on an uncertain batch: it was sent, or send it again.

        Only this changes an uncertain batch (delivery reports are evidence for the user,
        ``uncertain_evidence``). Once it went, ``match_reports_to_sent_messages`` gives its
        messages the reports that arrived for their numbers.
        """
        with self._db.write() as conn:
            row = _move_batch(conn, batch_id, "uncertain", outcome)
            now = self._now()
            if outcome == "submitted":
                _set_messages_status(conn, batch_id, "submitted", now, only_from="uncertain")
                _finish_batch(conn, batch_id, "submitted", now)
                complete_campaign_if_finished(conn, row["campaign_id"])
            else:
                _set_messages_status(conn, batch_id, "pending", now, only_from="uncertain")
                conn.execute("UPDATE batches SET state = 'planned', finished_at = NULL"
                             " WHERE id = ?", (batch_id,))
        return self.get_batch(batch_id)

    def recover_interrupted_batches(self, *, own_too: bool = True,
                                    campaign_id: int | None = None) -> list[Batch]:
        """After a crash: record the answers stored but not yet applied; then a batch still
        'sending' may or may not have been sent: it becomes uncertain (returned).

        Only batches whose desk is gone: on a shared database another desk that is still
        running (desks.live_desks) may have the request on the wire, and its batches are
        left alone. This desk's own count as gone with ``own_too`` (at start: the previous
        run's), never without it (mid-run, e.g. taking over another desk's campaign).
        ``campaign_id``: that campaign's batches only.
        """
        orphans = self._orphaned_batches(own_too, campaign_id)
        for batch_id in self.answers_to_apply(orphans):
            self.apply_answer(batch_id)
        with self._db.write() as conn:
            ids = [r["id"] for r in conn.execute(
                "SELECT id FROM batches WHERE state = 'sending' ORDER BY id")
                if r["id"] in orphans]
            now = self._now()
            for batch_id in ids:
                _set_messages_status(conn, batch_id, "uncertain", now, only_from="pending")
                conn.execute("UPDATE batches SET state = 'uncertain', finished_at = ?,"
                             " error_text = ? WHERE id = ?", (now, INTERRUPTED_TEXT, batch_id))
        return [self.get_batch(i) for i in ids]

    def _end_batch(self, batch_id: int, state: BatchState, message_status: MessageStatus,
                   code: int | None, text: str) -> Batch:
        with self._db.write() as conn:
            row = _move_batch(conn, batch_id, "sending", state)
            now = self._now()
            _set_messages_status(conn, batch_id, message_status, now, only_from="pending")
            _finish_batch(conn, batch_id, state, now, code, text)
            if state == "refused":
                complete_campaign_if_finished(conn, row["campaign_id"])
            self._announce(conn, ChangeKind.CAMPAIGN, row["campaign_id"])
        return self.get_batch(batch_id)


def _answer_text(results: Sequence[SubmitResult]) -> str:
    return json.dumps(list(results))  # each [mobile, mid, result]: a SubmitResult is a tuple


def _store_answer(conn: Connection, batch_id: int, answer: str, now: str) -> None:
    """sending -> submitted with the answer (``_answer_text``) kept: one statement."""
    if conn.execute(
            "UPDATE batches SET state = 'submitted', answer = ?, finished_at = ?,"
            " error_code = NULL, error_text = '' WHERE id = ? AND state = 'sending'",
            (answer, now, batch_id)).rowcount != 1:
        _move_batch(conn, batch_id, "sending", "submitted")  # raises: not found, or why not
        raise IllegalTransitionError("batch", batch_id, "sending", "submitted")


def _move_batch(conn: Connection, batch_id: int, from_state: BatchState,
                wanted: BatchState) -> Row:
    """Check that the batch is in ``from_state`` (the one this step starts from)."""
    assert wanted in BATCH_TRANSITIONS[from_state]
    row: Row | None = conn.execute(
        "SELECT id, campaign_id, state FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        raise NotFoundError("batch", batch_id)
    if row["state"] != from_state:
        raise IllegalTransitionError("batch", batch_id, row["state"], wanted)
    return row


def _campaign_state(conn: Connection, campaign_id: int) -> str:
    row = conn.execute("SELECT state FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
    if row is None:
        raise NotFoundError("campaign", campaign_id)
    return str(row["state"])


def _move_campaign(conn: Connection, campaign_id: int, wanted: CampaignState) -> None:
    current = _campaign_state(conn, campaign_id)
    if wanted != current and wanted not in CAMPAIGN_TRANSITIONS[current]:
        raise IllegalTransitionError("campaign", campaign_id, current, wanted)
    if wanted == "done" and conn.execute(
            "SELECT 1 FROM batches WHERE campaign_id = ? AND state IN"
            " ('planned', 'sending', 'uncertain') UNION ALL"
            " SELECT 1 FROM campaign_saving WHERE campaign_id = ? LIMIT 1",
            (campaign_id, campaign_id)).fetchone():
        raise IllegalTransitionError("campaign", campaign_id, current, wanted)
    conn.execute("UPDATE campaigns SET state = ? WHERE id = ?", (wanted, campaign_id))


def _leave_out_opted_out(conn: Connection, where: str, key: int,
                         now: str) -> list[tuple[int, str]]:
    """Mark the unsent messages (``where`` with ``:id`` = ``key``) whose number is on the
    opt-out list 'opted_out'; returns their (batch id, mobile)."""
    rows = conn.execute(LEAVE_OUT_SQL.format(where=where), {"id": key, "now": now}).fetchall()
    return [(row[0], row[1]) for row in rows]


def _finish_batch(conn: Connection, batch_id: int, state: BatchState, now: str,
                  code: int | None = None, text: str = "") -> None:
    conn.execute("UPDATE batches SET state = ?, finished_at = ?, error_code = ?, error_text = ?"
                 " WHERE id = ?", (state, now, code, text, batch_id))


def _set_messages_status(conn: Connection, batch_id: int, status: MessageStatus,
                         now: str, *, only_from: MessageStatus) -> None:
    conn.execute("UPDATE messages SET status = ?, updated_at = ? WHERE batch_id = ?"
                 " AND status = ?", (status, now, batch_id, only_from))

