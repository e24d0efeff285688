"""Turning checked recipients and texts into a campaign in the store, in full, before sending."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from juhe_desk.domain.batching import batch_positions
from juhe_desk.domain.textlen import sms_parts
from juhe_desk.store import Campaign, CampaignMode, NewBatch, NewCampaign, NewMessage, Store


def create_campaign(store: Store, *, account_id: str, name: str, extno: str,
                    messages: Sequence[tuple[str, str]], batch_size: int,
                    row_indexes: Sequence[int | None] | None = None,
                    signature: str = "", source_file: str | None = None,
                    parent_campaign_id: int | None = None,
                    scheduled_at: str | None = None,
                    source_fingerprint: str | None = None,
                    included_opt_outs: Collection[str] = ()) -> Campaign:
    """Write a campaign with every message and planned batch in one transaction.

    ``messages`` are (mobile, final text) pairs. One text for all makes a ``send``
    campaign; otherwise ``p2p``, with texts holding a line break sent by ``send``.
    ``included_opt_outs``: numbers on the opt-out list the user chose to include; any other
    number on the list by now is written as 'opted_out' and never sent.
    """
    if not messages:
        raise ValueError("a campaign needs at least one message")
    rows = list(row_indexes) if row_indexes is not None else [None] * len(messages)
    if len(rows) != len(messages):
        raise ValueError("one row index per message")
    texts = [text for _, text in messages]
    mode: CampaignMode = "send" if texts.count(texts[0]) == len(texts) else "p2p"
    # Built once each, in the order given; a batch takes its messages by position.
    parts = [sms_parts(texts[0])] * len(texts) if mode == "send" else list(map(sms_parts, texts))
    new_messages = list(map(NewMessage, [mobile for mobile, _ in messages], texts, parts, rows))
    batches = [NewBatch(batch.action, tuple(map(new_messages.__getitem__, batch.positions)))
               for batch in batch_positions(messages, size=batch_size)]
    campaign = NewCampaign(
        account_id=account_id, name=name, mode=mode,
        content=texts[0] if mode == "send" else None,
        extno=extno, signature=signature, scheduled_at=scheduled_at,
        source_file=source_file, parent_campaign_id=parent_campaign_id,
        source_fingerprint=source_fingerprint)
    return store.create_campaign(campaign, batches, included_opt_outs)
