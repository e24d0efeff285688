"""Pulling delivery reports and inbound messages: stored before anything else.

A pull is consumed at the gateway, so what one returns goes into the store in the same
call, before it is counted, shown or acted on. Replies that ask to opt out put their
number on the opt-out list in the same transaction (a send running meanwhile leaves it out
of its next batches); replies that only look like it ("别发了") wait in the inbox for a
person (store/pulled_items.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from juhe_desk.gateway.models import PulledItems
from juhe_desk.store import InboundRecord, ResolvedBatch, Store, Via

if TYPE_CHECKING:  # the client (and requests) is imported by whoever makes clients
    from juhe_desk.gateway.client import GatewayClient

PULL_ROUNDS = 5  # a busy account may hold more than one page; don't loop forever


@dataclass(frozen=True, slots=True)
class SyncSummary:
    new_reports: int = 0
    new_inbound: tuple[InboundRecord, ...] = ()
    new_opt_outs: tuple[str, ...] = ()
    resolved: tuple[ResolvedBatch, ...] = ()
    balance: int | None = None
    to_review: tuple[int, ...] = ()  # ids of new replies that look like opt-outs


def store_items(store: Store, items: PulledItems, via: Via) -> SyncSummary:
    """Store one pull's or push's items, in one transaction (``Store.add_items``: the
    opt-outs the replies ask for with them); returns what was new."""
    stored = store.add_items(items, via)
    return SyncSummary(stored.new_reports, stored.new_inbound, stored.new_opt_outs,
                       stored.resolved, items.balance, stored.to_review)


def store_pushed_items(store: Store, items: PulledItems) -> SyncSummary:
    """Store one push, on the push receiver's thread: a job of its own, in its own
    ``job_connection`` (the receiver's threads are not the task runner's)."""
    with store.job_connection():
        return store_items(store, items, "push")


def pull_once(client: GatewayClient, store: Store, *, report_size: int = 1000,
              mo_size: int = 500) -> SyncSummary:
    """Pull reports, then inbound messages, until the gateway has no more (bounded)."""
    total = SyncSummary()
    for pull, size in ((client.reports, report_size), (client.inbound, mo_size)):
        for _ in range(PULL_ROUNDS):
            items = pull(size)
            summary = store_items(store, items, "pull")
            total = combined_summary(total, summary)
            if len(items) < size:
                break
    return total


def combined_summary(a: SyncSummary, b: SyncSummary) -> SyncSummary:
    """What two syncs stored, together (an opt-out counted once)."""
    return SyncSummary(
        new_reports=a.new_reports + b.new_reports,
        new_inbound=a.new_inbound + b.new_inbound,
        new_opt_outs=tuple(dict.fromkeys(a.new_opt_outs + b.new_opt_outs)),
        resolved=a.resolved + b.resolved,
        balance=b.balance if b.balance is not None else a.balance,
        to_review=a.to_review + b.to_review,
    )
