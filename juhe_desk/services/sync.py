"""Pulling delivery reports and inbound messages: stored before anything else.

A pull is consumed at the gateway, so what one returns goes into the store in the same
call, before it is counted, shown or acted on. Replies that ask to opt out put their
number on the opt-out list in the same pass (a send running meanwhile leaves it out of its
next batches); replies that only look like it ("别发了") wait in the inbox for a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from juhe_desk.domain.likely_optout import likely_optout
from juhe_desk.domain.optout import is_optout_reply
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
    """Store one pull's or push's items; returns what was new."""
    new_reports = store.add_reports(items.reports, via) if items.reports else 0
    inbound = tuple(store.add_inbound(items.inbound, via)) if items.inbound else ()
    opt_outs = tuple(dict.fromkeys(r.mobile for r in inbound if is_optout_reply(r.content)))
    if opt_outs:
        store.add_opt_outs(opt_outs, "mo", note="reply")
    to_review = _likely_opt_outs(store, inbound, opt_outs)
    resolved = tuple(store.match_reports_to_sent_messages()) if new_reports else ()
    return SyncSummary(new_reports, inbound, opt_outs, resolved, items.balance, to_review)


def store_pushed_items(store: Store, items: PulledItems) -> SyncSummary:
    """Store one push, on the push receiver's thread: a job of its own, in its own
    ``job_connection`` (the receiver's threads are not the task runner's)."""
    with store.job_connection():
        return store_items(store, items, "push")


def _likely_opt_outs(store: Store, inbound: tuple[InboundRecord, ...],
                     opted_out: tuple[str, ...]) -> tuple[int, ...]:
    """Flag the new replies that look like opt-outs from numbers not on the list yet."""
    likely = [r for r in inbound if r.mobile not in opted_out and likely_optout(r.content)]
    if not likely:
        return ()
    listed = store.opted_out(r.mobile for r in likely)
    ids = tuple(r.id for r in likely if r.mobile not in listed)
    if ids:
        store.flag_for_review(ids)
    return ids


def pull_once(client: GatewayClient, store: Store, *, report_size: int = 1000,
              mo_size: int = 500) -> SyncSummary:
    """Pull reports, then inbound messages, until the gateway has no more (bounded)."""
    total = SyncSummary()
    for pull, size in ((client.reports, report_size), (client.inbound, mo_size)):
        for _ in range(PULL_ROUNDS):
            items = pull(size)
            summary = store_items(store, items, "pull")
            total = merge(total, summary)
            if len(items) < size:
                break
    return total


def merge(a: SyncSummary, b: SyncSummary) -> SyncSummary:
    return SyncSummary(
        new_reports=a.new_reports + b.new_reports,
        new_inbound=a.new_inbound + b.new_inbound,
        new_opt_outs=tuple(dict.fromkeys(a.new_opt_outs + b.new_opt_outs)),
        resolved=a.resolved + b.resolved,
        balance=b.balance if b.balance is not None else a.balance,
        to_review=a.to_review + b.to_review,
    )
