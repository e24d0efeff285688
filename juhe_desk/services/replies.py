"""Replying to a customer from their conversation: a one-number campaign in the same journal.

A reply is written like any send (``campaigns.create_campaign_from_messages``: every
message journalled before it leaves, the opt-out list looked at again as the batch starts,
its own extension of the 接入号 when the account uses them) and then sent by the app's
campaign runner, so its mid, RESULT and delivery report land where every other message's
do, and the conversation shows them. A number on the opt-out list is sent to only when the
user said so (``include_opted_out``); otherwise the journal leaves it out, as it would
from a campaign.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from juhe_desk.domain.customer_names import names_from_rows
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Campaign, Store

REPLY_BATCH_SIZE = 1


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    """A reply as the user confirmed it, gathered on the GUI thread."""

    account_id: str
    extno: str
    mobile: str
    text: str  # final: the signature added
    signature: str
    name: str  # the campaign's name, e.g. "回复 13800000001"
    include_opted_out: bool = False


def write_reply(store: Store, draft: ReplyDraft) -> Campaign:
    """Journal the reply as a campaign of one message, ready for the runner (a job)."""
    if not draft.text.strip():
        raise ValueError("a reply needs a text")
    return create_campaign_from_messages(
        store, account_id=draft.account_id, name=draft.name, extno=draft.extno,
        messages=[(draft.mobile, draft.text)], batch_size=REPLY_BATCH_SIZE,
        signature=draft.signature,
        included_opt_outs=(draft.mobile,) if draft.include_opted_out else ())


def remember_sheet_names(store: Store, campaign_id: int, columns: Sequence[str],
                         rows: Sequence[Sequence[object]], messages: Sequence[tuple[str, str]],
                         row_indexes: Sequence[int | None]) -> int:
    """The customers' names the campaign's sheet gives (its 姓名 column), for the
    conversations; returns how many were kept (a job: a sheet may have 100,000 rows)."""
    names = names_from_rows(columns, rows, [mobile for mobile, _ in messages], row_indexes)
    return store.remember_customer_names(campaign_id, names)


def names_from_sheet_again(store: Store, campaign_id: int, columns: Sequence[str],
                           rows: Sequence[Sequence[object]]) -> int:
    """The names of a campaign written before names were kept, from its sheet read again
    (a job); only rows that still hold their message's number count. Returns how many."""
    messages = store.campaign_rows(campaign_id)
    names = names_from_rows(columns, rows, [mobile for mobile, _ in messages],
                            [row for _, row in messages], verify=True)
    return store.remember_customer_names(campaign_id, names)
