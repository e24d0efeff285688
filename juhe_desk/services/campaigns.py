"""A campaign in the store: written in full from checked numbers and texts before sending,
and its messages read back page by page."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from itertools import repeat
from typing import TypeVar

from juhe_desk.domain.batching import PositionsBatch, batch_positions
from juhe_desk.domain.textlen import sms_parts, sms_parts_each
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
    (``campaign_saving.start_saving`` writes it in steps instead, sent meanwhile.)
    """
    unsaved = plan_campaign(
        account_id=account_id, name=name, extno=extno, messages=messages,
        batch_size=batch_size, row_indexes=row_indexes, signature=signature,
        source_file=source_file, parent_campaign_id=parent_campaign_id,
        scheduled_at=scheduled_at, source_fingerprint=source_fingerprint)
    return with_reply_extension(store, store.create_campaign(
        unsaved.campaign, unsaved.batches(), included_opt_outs))


def plan_campaign(*, account_id: str, name: str, extno: str,
                  messages: Sequence[tuple[str, str]], batch_size: int,
                  row_indexes: Sequence[int | None] | None = None,
                  signature: str = "", source_file: str | None = None,
                  parent_campaign_id: int | None = None, scheduled_at: str | None = None,
                  source_fingerprint: str | None = None) -> UnsavedCampaign:
    """The campaign and its batches, made from (mobile, text) pairs, not written."""
    if not messages:
        raise ValueError("a campaign needs at least one message")
    rows: list[int | None] = list(row_indexes) if row_indexes is not None \
        else [None] * len(messages)
    if len(rows) != len(messages):
        raise ValueError("one row index per message")
    texts = [text for _, text in messages]
    mode: CampaignMode = "send" if texts.count(texts[0]) == len(texts) else "p2p"
    campaign = NewCampaign(
        account_id=account_id, name=name, mode=mode,
        content=texts[0] if mode == "send" else None,
        extno=extno, signature=signature, scheduled_at=scheduled_at,
        source_file=source_file, parent_campaign_id=parent_campaign_id,
        source_fingerprint=source_fingerprint)
    return UnsavedCampaign(campaign, batch_positions(messages, size=batch_size),
                           [mobile for mobile, _ in messages], texts, rows)


class UnsavedCampaign:
    """A campaign cut into batches, not written yet; each batch's messages are made when
    asked for (``batches``), so that saving in steps writes the first before the rest
    are made."""

    def __init__(self, campaign: NewCampaign, positions: Sequence[PositionsBatch],
                 mobiles: list[str], texts: list[str], rows: list[int | None]) -> None:
        self.campaign = campaign
        self._positions = positions
        self._mobiles, self._texts, self._rows = mobiles, texts, rows
        self._same_parts = sms_parts(texts[0]) if campaign.mode == "send" else None

    @property
    def batch_count(self) -> int:
        return len(self._positions)

    @property
    def message_count(self) -> int:
        return len(self._texts)

    def batches(self, start: int = 0, stop: int | None = None) -> list[NewBatch]:
        """The batches ``start`` to ``stop`` (indexes, as a slice), with their messages."""
        return [self._batch(planned) for planned in self._positions[start:stop]]

    def _batch(self, planned: PositionsBatch) -> NewBatch:
        mobiles = _taken(self._mobiles, planned.positions)
        texts = _taken(self._texts, planned.positions)
        parts = [self._same_parts] * len(texts) if self._same_parts is not None \
            else sms_parts_each(texts)
        # tuple.__new__ makes each NewMessage in C (its own __new__ is a Python function).
        return NewBatch(planned.action, tuple(map(
            tuple.__new__, repeat(NewMessage),
            zip(mobiles, texts, parts, _taken(self._rows, planned.positions), strict=True))))


T = TypeVar("T")


def _taken(items: list[T], positions: Sequence[int]) -> list[T]:
    """``items`` at ``positions`` (increasing): a slice when they follow one another."""
    first, last = positions[0], positions[-1]
    if last - first + 1 == len(positions):
        return items[first:last + 1]
    return list(map(items.__getitem__, positions))


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


def with_reply_extension(store: Store, campaign: Campaign) -> Campaign:
    """The campaign sent from its own extension of the 接入号 when its account uses them,
    so that replies are matched to it (domain/reply_extensions.py)."""
    account = store.find_account(campaign.account_id)
    if account is None or not account.reply_extension_digits:
        return campaign
    return store.assign_reply_suffix(campaign.id)


NOT_ACCEPTED: tuple[MessageStatus, ...] = ("pending", "refused", "uncertain")


def numbers_not_accepted(store: Store, campaign_id: int) -> list[str]:
    """Worker thread: the campaign's numbers the gateway did not surely accept, in order."""
    return [m.mobile for m in campaign_messages(store, campaign_id, NOT_ACCEPTED)]
