"""Turning checked recipients and texts into a campaign in the store, in full, before sending."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from juhe_desk.domain.batching import group_for_send
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
    row_of = {(mobile, text): row for (mobile, text), row in zip(messages, rows, strict=True)}
    planned = group_for_send(messages, size=batch_size)
    texts = {text for _, text in messages}
    mode: CampaignMode = "send" if len(texts) == 1 else "p2p"
    batches = [
        NewBatch(batch.action, tuple(
            NewMessage(mobile, text, sms_parts(text), row_of.get((mobile, text)))
            for mobile, text in batch.items))
        for batch in planned
    ]
    campaign = NewCampaign(
        account_id=account_id, name=name, mode=mode,
        content=next(iter(texts)) if mode == "send" else None,
        extno=extno, signature=signature, scheduled_at=scheduled_at,
        source_file=source_file, parent_campaign_id=parent_campaign_id,
        source_fingerprint=source_fingerprint)
    return _with_reply_extension(store, store.create_campaign(campaign, batches,
                                                              included_opt_outs))


def _with_reply_extension(store: Store, campaign: Campaign) -> Campaign:
    """The campaign sent from its own extension of the 接入号 when its account uses them,
    so that replies are matched to it (domain/reply_extensions.py)."""
    account = store.find_account(campaign.account_id)
    if account is None or not account.reply_extension_digits:
        return campaign
    return store.assign_reply_suffix(campaign.id)
