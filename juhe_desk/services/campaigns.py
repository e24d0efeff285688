"""A campaign in the store: written in full from checked numbers and texts before sending,
and its messages read back page by page."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from juhe_desk.domain.batching import group_for_send
from juhe_desk.domain.textlen import sms_parts
from juhe_desk.store import (
    Campaign,
    CampaignMode,
    Message,
    MessageFilter,
    MessageStatus,
    NewBatch,
    NewCampaign,
    NewMessage,
    Store,
)

_PAGE = 10_000


def create_campaign_from_messages(store: Store, *, account_id: str, name: str, extno: str,
                                  messages: Sequence[tuple[str, str]], batch_size: int,
                                  row_indexes: Sequence[int | None] | None = None,
                                  signature: str = "", source_file: str | None = None,
                                  parent_campaign_id: int | None = None,
                                  scheduled_at: str | None = None,
                                  source_fingerprint: str | None = None,
                                  included_opt_outs: Collection[str] = ()) -> Campaign:
    """Group (mobile, text) pairs into batches and write the campaign with every message and
    planned batch in one transaction (``Store.create_campaign``, which takes them made).

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


def campaign_messages(store: Store, campaign_id: int,
                      statuses: tuple[MessageStatus, ...] = ()) -> Iterator[Message]:
    """Every message of the campaign, in the order they were planned, page by page."""
    wanted = MessageFilter(campaign_id=campaign_id, statuses=statuses)
    offset = 0
    while True:
        page = store.fetch_messages(wanted, offset, _PAGE, "row")
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)


def give_up_unsent(store: Store, campaign_id: int) -> int:
    """The user cancelled the rest of a campaign: its batches not sent yet never will be.

    A campaign not finished (a draft, scheduled, sending or paused) becomes 'cancelled'; what
    went, went, and uncertain batches stay uncertain. Returns how many messages were given
    up. Call it only while no sender runs for the campaign.
    """
    campaign = store.get_campaign(campaign_id)
    planned = [b for b in store.campaign_batches(campaign_id) if b.state == "planned"]
    if campaign.state in ("draft", "scheduled", "sending", "paused"):
        store.set_campaign_state(campaign_id, "cancelled")
    return sum(store.count_messages(MessageFilter(batch_id=b.id, statuses=("pending",)))
               for b in planned)


def _with_reply_extension(store: Store, campaign: Campaign) -> Campaign:
    """The campaign sent from its own extension of the 接入号 when its account uses them,
    so that replies are matched to it (domain/reply_extensions.py)."""
    account = store.find_account(campaign.account_id)
    if account is None or not account.reply_extension_digits:
        return campaign
    return store.assign_reply_suffix(campaign.id)
