"""What the send journal says now: campaigns, their batches and messages, answers not yet
recorded, batches in flight that no running desk is seeing through. Reads only; the journal's
steps (journal.py) write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from juhe_desk.store import _rows
from juhe_desk.store._base import StoreBase
from juhe_desk.store.errors import NotFoundError
from juhe_desk.store.records import Batch, Campaign, CampaignState, Message


class JournalReadsMixin(StoreBase):
    # --- campaigns ------------------------------------------------------------------------
    def get_campaign(self, campaign_id: int) -> Campaign:
        row = self._row(f"SELECT {_rows.CAMPAIGN_COLUMNS} FROM campaigns WHERE id = ?",
                        (campaign_id,))
        if row is None:
            raise NotFoundError("campaign", campaign_id)
        return _rows.campaign(row)

    def list_campaigns(self, account_id: str | None = None,
                       states: Sequence[CampaignState] = ()) -> list[Campaign]:
        """Newest first."""
        where: list[str] = []
        params: list[object] = []
        if account_id is not None:
            where.append("account_id = ?")
            params.append(account_id)
        if states:
            where.append(f"state IN ({','.join('?' * len(states))})")
            params.extend(states)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return [_rows.campaign(r) for r in self._rows(
            f"SELECT {_rows.CAMPAIGN_COLUMNS} FROM campaigns {clause} ORDER BY id DESC", params)]

    # --- batches --------------------------------------------------------------------------
    def get_batch(self, batch_id: int) -> Batch:
        row = self._row(f"SELECT {_rows.BATCH_COLUMNS} FROM batches WHERE id = ?", (batch_id,))
        if row is None:
            raise NotFoundError("batch", batch_id)
        return _rows.batch(row)

    def campaign_batches(self, campaign_id: int, after_seq: int = 0) -> list[Batch]:
        """The campaign's batches in order; ``after_seq``: only those after that one (the
        ones a campaign saved in steps has added since)."""
        return [_rows.batch(r) for r in self._rows(
            f"SELECT {_rows.BATCH_COLUMNS} FROM batches WHERE campaign_id = ? AND seq > ?"
            " ORDER BY seq", (campaign_id, after_seq))]

    def unfinished_batches(self) -> list[Batch]:
        """Planned, sending or uncertain batches of campaigns not cancelled, in send order."""
        return [_rows.batch(r) for r in self._rows(
            f"SELECT {_prefixed(_rows.BATCH_COLUMNS, 'b')} FROM batches b"
            " JOIN campaigns c ON c.id = b.campaign_id"
            " WHERE b.state IN ('planned','sending','uncertain') AND c.state <> 'cancelled'"
            " ORDER BY b.campaign_id, b.seq")]

    def uncertain_batches(self) -> list[Batch]:
        return [_rows.batch(r) for r in self._rows(
            f"SELECT {_rows.BATCH_COLUMNS} FROM batches WHERE state = 'uncertain'"
            " ORDER BY campaign_id, seq")]

    def batch_messages(self, batch_id: int) -> list[Message]:
        return [_rows.message(r) for r in self._rows(
            f"SELECT {_rows.MESSAGE_COLUMNS} FROM messages WHERE batch_id = ? ORDER BY id",
            (batch_id,))]

    def batch_recipients(self, batch_id: int) -> list[tuple[str, str]]:
        """(mobile, text) of a batch's messages still to send, in order: all a request
        needs, read cheaply."""
        return [(mobile, content) for mobile, content in self._tuples(
            "SELECT mobile, content FROM messages WHERE batch_id = ? AND status = 'pending'"
            " ORDER BY id", (batch_id,))]

    def unsent_messages(self, batch_id: int) -> list[tuple[int, str, str]]:
        """(id, mobile, text) of a batch's messages still to send, in order: what a request
        needs, and what recording its answer needs (``apply_answer``'s ``carried``)."""
        return self._tuples(
            "SELECT id, mobile, content FROM messages WHERE batch_id = ? AND status = 'pending'"
            " ORDER BY id", (batch_id,))

    def answers_to_apply(self, batch_ids: Iterable[int] | None = None) -> list[int]:
        """Batches answered whose answer is not yet recorded (the app stopped in between);
        of ``batch_ids`` only, when given."""
        answered = [r[0] for r in self._tuples(
            "SELECT id FROM batches WHERE answer IS NOT NULL ORDER BY id")]
        if batch_ids is None:
            return answered
        wanted = set(batch_ids)
        return [i for i in answered if i in wanted]

    def _orphaned_batches(self, own_too: bool, campaign_id: int | None) -> set[int]:
        """Batches in flight (sending, or answered and not recorded) that no running desk
        is seeing through."""
        rows = self._tuples(
            "SELECT id, campaign_id, desk_id FROM batches"
            " WHERE state = 'sending' OR answer IS NOT NULL")
        rows = [r for r in rows if campaign_id is None or r[1] == campaign_id]
        if self._sql.name != "postgresql":  # one desk: every batch in flight is its own
            return {r[0] for r in rows} if own_too else set()
        own = self._desk_id()
        alive = self.live_desks({r[2] for r in rows if r[2] is not None and r[2] != own})
        return {batch_id for batch_id, _, desk in rows
                if (own_too if desk is None or desk == own else desk not in alive)}


def _prefixed(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))
