"""Pulling an account's reports and replies as one desk of several.

On a shared database exactly one desk pulls each account (``Store.try_take_puller``: a
session-level advisory lock, released by the server when that desk quits, crashes or loses
its network); the others skip their pull and try again, so one of them takes over within
``TAKEOVER_CHECK_S`` plus the server's keepalive time. The puller writes what each pull
returns to its local spool first (store/spool.py), then moves it into the shared database,
so nothing handed out once is lost while that database is briefly unreachable, and nothing
doubles after a stop between the two (the database's unique keys).

On a SQLite file (one desk) nothing changes: ``pull_once`` stores straight into the file.

Sooner, where it shows: reports and replies are pulled in turn, a round of each, so replies
do not wait behind rounds of reports; and while a campaign of the account waits for its
reports (a batch sent in the last ``REPORTS_AWAITED`` with messages not reported on yet), or
the gateway had more than the rounds took, the next pull comes after ``SOON_S`` instead of
the account's interval (``next_pull_s``). Each item is still written to the spool before it
is moved, and each handed out once: only the order and the pace of the asking change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.gateway.models import PulledItems
from juhe_desk.services.sync import (
    PULL_ROUNDS,
    SyncSummary,
    combined_summary,
    pull_once,
    store_items,
)
from juhe_desk.store import DeskInfo, Store
from juhe_desk.store.spool import Spool, SpoolPlace, SpoolUnavailableError

if TYPE_CHECKING:  # the client (and requests) is imported by whoever makes clients
    from juhe_desk.gateway.client import GatewayClient

TAKEOVER_CHECK_S = 5  # how often a desk that does not pull asks whether it may
# Items moved from the spool per transaction: the other desks hear of (and show) each part as
# it commits. A part is stored as a set (store/pulled_items.py: a few statements whatever its
# size, 200 items in tens of milliseconds); one by one, each item cost 2-5 ms of round trips
# and a pull of 1000 kept the other desks waiting seconds.
MOVE_CHUNK = 200
# Between pulls while reports are awaited (the account's interval otherwise, 30 s by default).
# Not shorter: the tabs re-read new items at most every 0.5 s (reports_page, inbox_page), so
# pulls closer than that make items wait for the tab's next read instead of the gateway.
SOON_S = 1.0
# After a send, most reports arrive within minutes; later ones wait for the usual interval.
REPORTS_AWAITED = dt.timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class PullTurn:
    """One turn: what was stored (None when another desk pulls), and who pulls."""

    summary: SyncSummary | None
    puller: DeskInfo | None
    hurry: bool = False  # pull again soon: reports are awaited, or the gateway has more


    @property
    def pulled_here(self) -> bool:
        return self.summary is not None


def pull_turn(client: GatewayClient, store: Store, account_id: str,
              spool: Spool | SpoolPlace | None, *, report_size: int = 1000,
              mo_size: int = 500) -> PullTurn:
    """Pull when this desk is (or now becomes) the account's puller; else say who is.
    Without a spool that can take the items (``SpoolUnavailableError``) this desk neither
    pulls nor keeps the puller's role: another desk takes over."""
    if spool is None:  # a SQLite file: this desk alone
        return PullTurn(pull_once(client, store, report_size=report_size, mo_size=mo_size),
                        store.puller_of(account_id),
                        store.reports_awaited(account_id, REPORTS_AWAITED))
    try:
        kept = spool.ready()
    except SpoolUnavailableError:
        store.release_puller(account_id)
        raise
    if not store.try_take_puller(account_id):
        return PullTurn(None, store.puller_of(account_id))
    summary, more = _pull_rounds(client, store, kept, report_size, mo_size)
    hurry = more or store.reports_awaited(account_id, REPORTS_AWAITED)
    return PullTurn(summary, store.puller_of(account_id), hurry)


def next_pull_s(turn: PullTurn, interval_s: float) -> float:
    """How long after ``turn`` the next pull comes: soon while it hurries."""
    return min(interval_s, SOON_S) if turn.hurry else interval_s


def pull_through_spool(client: GatewayClient, store: Store, spool: Spool, *,
                       report_size: int = 1000, mo_size: int = 500) -> SyncSummary:
    """What waits in the spool first, then pull, spool and move, until the gateway has no
    more (bounded): a round of reports, then one of replies, in turn, so that a reply is
    not kept behind many rounds of reports. A failure to reach the shared database raises
    with the items kept."""
    return _pull_rounds(client, store, spool, report_size, mo_size)[0]


def _pull_rounds(client: GatewayClient, store: Store, spool: Spool, report_size: int,
                 mo_size: int) -> tuple[SyncSummary, bool]:
    """``pull_through_spool``'s work, and whether the gateway had more than it took."""
    total = move_spooled(store, spool)
    pulling = [(client.reports, report_size), (client.inbound, mo_size)]
    for _ in range(PULL_ROUNDS):
        for pull, size in list(pulling):
            spool.ready()  # room for what the gateway hands out, before it is asked
            items = pull(size)
            spool.add(items)
            total = combined_summary(total, move_spooled(store, spool, balance=items.balance))
            if len(items) < size:
                pulling.remove((pull, size))
        if not pulling:
            return total, False
    return total, True


def move_spooled(store: Store, spool: Spool, balance: int | None = None) -> SyncSummary:
    """Move everything in the spool into the store, oldest first; returns what was new."""
    total = SyncSummary(balance=balance)
    while True:
        waiting = spool.waiting(MOVE_CHUNK)
        if not waiting.ids:
            return total
        total = combined_summary(total, store_items(store, waiting.items, "pull"))
        _opt_outs_again(store, waiting.items)
        spool.remove(waiting.ids)


def _opt_outs_again(store: Store, items: PulledItems) -> None:
    """A reply stored by an earlier attempt that stopped before its opt-out was: the
    number goes on the list now (``store_items`` acts on new replies only)."""
    asking = {m.mobile for m in items.inbound if is_optout_reply(m.content)}
    missing = asking - store.opted_out(asking)
    if missing:
        store.add_opt_outs(sorted(missing), "mo", note="reply")
