"""Saving a campaign in steps, so that its first batches may go while the later ones are
still being written (services/campaign_saving.py runs the steps).

The rule that keeps a batch from being sent twice or lost is the journal's own: a batch
is sent only from its row in the journal (planned -> sending), and a batch's row is
committed in the same transaction as its messages. So a batch that exists was saved
whole, and a batch not saved does not exist and cannot have been sent. What saving in
steps adds is a record of what is still to come: ``begin_campaign`` writes the campaign,
its first batches and, when more are to come, a ``campaign_saving`` row holding how many
batches and messages it will have; each ``save_more_batches`` writes the next ones in
one transaction, and the last deletes that row. While the row is there the campaign is
never 'done' (matching.complete_campaign_if_finished); a row left behind by a crash or a
failed write says how much of the campaign was never saved (``partly_saved``), and so
never sent: the user sends those rows again from the sheet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from juhe_desk.store.changes import ChangeKind
from juhe_desk.store.connection import Connection
from juhe_desk.store.errors import IllegalTransitionError
from juhe_desk.store.journal_reads import JournalReadsMixin
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
from juhe_desk.store.records import Campaign, NewBatch, NewCampaign
from juhe_desk.store.unflushed import UnflushedWritesMixin


@dataclass(frozen=True, slots=True)
class PartlySaved:
    """A campaign whose batches are not all written: how much is, of how much."""

    campaign_id: int
    batches_saved: int
    batches_total: int
    messages_saved: int
    messages_total: int

    @property
    def messages_unsaved(self) -> int:
        return self.messages_total - self.messages_saved


class CampaignSavingMixin(JournalReadsMixin, UnflushedWritesMixin):
    def begin_campaign(self, campaign: NewCampaign, first: Sequence[NewBatch], *,
                       batches_total: int, messages_total: int,
                       included_opt_outs: Iterable[str] = ()) -> Campaign:
        """Write the campaign with its ``first`` batches in one transaction; when more are
        to come (``batches_total`` of ``messages_total`` in all), mark it as still being
        saved. Its first batches may be sent once this returns."""
        if campaign.state not in ("draft", "scheduled"):
            raise ValueError("a new campaign is a draft or scheduled")
        if not first or not len(first) <= batches_total:
            raise ValueError("a campaign starts with one batch or more of its own")
        for batch in first:
            check_batch(campaign, batch)
        included = frozenset(included_opt_outs)
        with self._db.write() as conn:
            now = self._now()
            campaign_id = insert_campaign(conn, campaign, now, self._desk_id(), included)
            if batches_total > len(first):
                conn.execute("INSERT INTO campaign_saving (campaign_id, batches, messages)"
                             " VALUES (?,?,?)", (campaign_id, batches_total, messages_total))
            self._write_batches(conn, campaign_id, first, 1, included)
            self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)
        return self.get_campaign(campaign_id)

    def save_more_batches(self, campaign: NewCampaign, campaign_id: int,
                          batches: Sequence[NewBatch], *, first_seq: int) -> int:
        """Write the campaign's next batches (numbered from ``first_seq``, right after the
        ones saved) in one transaction; the last of them ends its saving. Returns how many
        of their messages were left out (their number is on the opt-out list by now)."""
        for batch in batches:
            check_batch(campaign, batch)
        # A middle step commits without waiting for the disk (unflushed.py): its batches
        # are on the disk once the step marking one of them 'sending' commits, before its
        # request leaves; lost to a power cut before that, they were never sent, and the
        # mark says they are not saved. The step that ends the saving waits for the disk.
        total = self._scalar("SELECT batches FROM campaign_saving WHERE campaign_id = ?",
                             (campaign_id,))
        ends = total is None or first_seq - 1 + len(batches) >= total
        write = self._db.write() if ends else self._unflushed_write()
        with larger_page_cache(self._db.connection(), self._sql), write as conn:
            row = conn.execute("SELECT batches FROM campaign_saving WHERE campaign_id = ?",
                               (campaign_id,)).fetchone()
            saved = conn.execute("SELECT COUNT(*) FROM batches WHERE campaign_id = ?",
                                 (campaign_id,)).fetchone()[0]
            if row is None or saved != first_seq - 1 or saved + len(batches) > row[0]:
                raise IllegalTransitionError("campaign", campaign_id, "saved", "saved")
            included = frozenset(r[0] for r in conn.execute(
                "SELECT mobile FROM campaign_opt_out_includes WHERE campaign_id = ?",
                (campaign_id,)).fetchall())
            if saved + len(batches) == row[0]:
                conn.execute("DELETE FROM campaign_saving WHERE campaign_id = ?",
                             (campaign_id,))
            left_out = self._write_batches(conn, campaign_id, batches, first_seq, included)
            complete_campaign_if_finished(conn, campaign_id)  # its batches may all be gone
            self._announce(conn, ChangeKind.CAMPAIGN, campaign_id)
        return left_out

    def partly_saved(self, campaign_id: int | None = None) -> list[PartlySaved]:
        """The campaigns (or this one) whose batches are not all written yet: being saved
        now, or left so by a crash or a failed write."""
        where = "" if campaign_id is None else " WHERE s.campaign_id = ?"
        rows = self._tuples(
            "SELECT s.campaign_id, s.batches, s.messages,"
            " (SELECT COUNT(*) FROM batches b WHERE b.campaign_id = s.campaign_id),"
            " (SELECT COUNT(*) FROM messages m WHERE m.campaign_id = s.campaign_id)"
            f" FROM campaign_saving s{where} ORDER BY s.campaign_id",
            () if campaign_id is None else (campaign_id,))
        return [PartlySaved(cid, int(saved_b), int(batches), int(saved_m), int(messages))
                for cid, batches, messages, saved_b, saved_m in rows]

    def _write_batches(self, conn: Connection, campaign_id: int, batches: Sequence[NewBatch],
                       first_seq: int, included: frozenset[str]) -> int:
        now = self._now()
        # Looked at in this transaction: nobody can add a number in between.
        opted_out = frozenset(on_opt_out_list(conn, self._sql, campaign_mobiles(batches))
                              - included)
        left_out = insert_batches(conn, self._sql, campaign_id, batches, now, opted_out,
                                  first_seq)
        if left_out:
            skip_if_empty(conn, {batch_id for batch_id, _ in left_out}, now)
            complete_campaign_if_finished(conn, campaign_id)
        return len(left_out)
