"""A pull's or a push's items stored in one transaction, in a few statements.

The gateway hands reports and replies out in sets (up to 1000 a pull). Stored one by one,
each item cost a handful of statements, and on a shared database each statement is a round
trip to the server: 2-5 ms an item, seconds for a pull, while the other desks waited for the
commit to hear of it. Here a set is one transaction: its reports in one INSERT ... SELECT
(``matching.linked_reports_sql``), their messages' updates and the replies' conversations
sent together (``executemany``), its replies in one INSERT ... SELECT with their links
(``reply_links.linked_replies_sql``), then the opt-outs they ask for and the matching of
reports to messages marked as sent. The rules are those of one item at a time: the same
statements' conditions, applied in the order the items were stored.

What the replies ask: a reply that is an opt-out word (``is_optout_reply``: '退订', 'T',
'R' ...) puts its number on the opt-out list at once; one that only looks like it
(``likely_optout``) waits for a person, unless its number is on the list already.
"""

from __future__ import annotations

from dataclasses import dataclass

from juhe_desk.domain.likely_optout import likely_optout
from juhe_desk.domain.optout import is_optout_reply
from juhe_desk.gateway.models import PulledItems
from juhe_desk.store.changes import ChangeKind
from juhe_desk.store.connection import Connection
from juhe_desk.store.events import (
    _VIAS,
    EventsMixin,
    _add_opt_outs,
    _check_choice,
    _matched_in,
)
from juhe_desk.store.records import InboundRecord, ResolvedBatch, Via

OPT_OUT_NOTE = "reply"  # the note of an opt-out a reply asked for


@dataclass(frozen=True, slots=True)
class StoredItems:
    """What one set of items added."""

    new_reports: int = 0
    new_inbound: tuple[InboundRecord, ...] = ()
    new_opt_outs: tuple[str, ...] = ()  # the numbers of new opt-out replies
    resolved: tuple[ResolvedBatch, ...] = ()
    to_review: tuple[int, ...] = ()  # ids of new replies that look like opt-outs


class PulledItemsMixin(EventsMixin):
    def add_items(self, items: PulledItems, via: Via) -> StoredItems:
        """Store one pull's or push's reports and replies, all in one transaction; returns
        what was new."""
        _check_choice("via", via, _VIAS)
        if not items.reports and not items.inbound:
            return StoredItems()
        with self._db.write() as conn:
            now = self._now()
            new_reports = self._reports_in(conn, items.reports, via, now)
            inbound = tuple(self._replies_in(conn, items.inbound, via, now))
            opt_outs = tuple(dict.fromkeys(r.mobile for r in inbound
                                           if is_optout_reply(r.content)))
            if opt_outs:
                added = _add_opt_outs(conn, ((m, OPT_OUT_NOTE) for m in opt_outs), "mo", now)
                if added:
                    self._announce(conn, ChangeKind.OPT_OUT, added)
            to_review = _flag_likely_opt_outs(conn, inbound, opt_outs)
            resolved = tuple(_matched_in(conn, now)) if new_reports else ()
        return StoredItems(new_reports, inbound, opt_outs, resolved, to_review)


def _flag_likely_opt_outs(conn: Connection, inbound: tuple[InboundRecord, ...],
                          opted_out: tuple[str, ...]) -> tuple[int, ...]:
    """Flag the new replies that look like opt-outs from numbers not on the list yet."""
    likely = [r for r in inbound if r.mobile not in opted_out and likely_optout(r.content)]
    if not likely:
        return ()
    numbers = sorted({r.mobile for r in likely})
    listed = {row[0] for row in conn.execute(
        f"SELECT mobile FROM opt_outs WHERE mobile IN ({','.join('?' * len(numbers))})",
        numbers)}
    ids = tuple(r.id for r in likely if r.mobile not in listed)
    if ids:
        conn.executemany("UPDATE inbound SET optout_review = 'open' WHERE id = ?"
                         " AND optout_review IS NULL", [(i,) for i in dict.fromkeys(ids)])
    return ids
