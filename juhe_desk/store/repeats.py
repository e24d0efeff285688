"""What went out lately, so that the same text does not reach the same number twice by accident.

It goes by the journal. A message counts as sent once its request may have reached the
gateway and the gateway did not refuse that number: status submitted, delivered or uncertain,
or still pending in a batch whose request is on its way. Numbers the gateway refused,
requests that provably never left and messages whose delivery report says they failed do not
count: those customers did not get the text. "When" is the time the request started.

Campaigns also remember the fingerprint of the sheet and message they were made from
(``campaign_sources``), so that starting the same file with the same message again can name
the earlier campaign, however long ago it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.store import _rows
from juhe_desk.store._base import StoreBase
from juhe_desk.store.connection import tuple_cursor
from juhe_desk.store.records import Campaign

REPEAT_WINDOW = dt.timedelta(hours=24)
# Up to this many numbers, the messages of each number are read (index on messages.mobile);
# beyond, every message of the batches sent within the window is read once (index on
# batches.request_started_at) and compared here. bench/repeat_bench.py measured both.
BY_NUMBER_LIMIT = 5_000

_SENT = ("(m.status IN ('submitted', 'delivered', 'uncertain')"
         " OR (m.status = 'pending' AND b.state = 'sending'))")
_SENT_TO_NUMBERS = (
    "SELECT m.mobile, m.content, m.campaign_id, b.request_started_at"
    " FROM {numbers} CROSS JOIN messages AS m CROSS JOIN batches AS b"
    " WHERE m.mobile = w.value AND b.id = m.batch_id AND b.request_started_at >= ?"
    f" AND {_SENT}")
_SENT_SINCE = (
    "SELECT m.mobile, m.content, m.campaign_id, b.request_started_at"
    " FROM batches AS b CROSS JOIN messages AS m"
    " WHERE b.request_started_at >= ? AND b.state IN ('sending', 'submitted', 'uncertain')"
    f" AND m.batch_id = b.id AND {_SENT}")


@dataclass(frozen=True, slots=True)
class EarlierSend:
    """A campaign (or quick send) that sent some of the same texts to the same numbers."""

    campaign_id: int
    name: str
    created_at: str
    quick_send: bool
    numbers: int  # how many of the numbers asked about got the same text from it
    first_sent_at: str
    last_sent_at: str


@dataclass(frozen=True, slots=True)
class RepeatCheck:
    """Which of the (number, text) pairs asked about went out since ``since``, and in what."""

    since: str
    repeated: frozenset[tuple[str, str]] = frozenset()
    earlier: tuple[EarlierSend, ...] = ()  # the latest first

    @property
    def found(self) -> bool:
        return bool(self.repeated)

    @property
    def numbers(self) -> int:
        """How many different numbers would get a text they got already."""
        return len({mobile for mobile, _ in self.repeated})


class RepeatsMixin(StoreBase):
    def recent_repeats(self, messages: Iterable[tuple[str, str]],
                       within: dt.timedelta = REPEAT_WINDOW) -> RepeatCheck:
        """Which of these (number, final text) pairs were sent within ``within`` of now."""
        wanted = set(messages)
        since = format_gateway_time(self._clock() - within)
        if not wanted:
            return RepeatCheck(since)
        # Few pairs (so few numbers): looked up by number; more: the day's sends read once.
        if len(wanted) <= BY_NUMBER_LIMIT:
            mobiles = set(map(itemgetter(0), wanted))
            rows = self._stream(_SENT_TO_NUMBERS.format(numbers=self._sql.json_texts("w")),
                                (json.dumps(sorted(mobiles)), since))
        else:
            rows = self._stream(_SENT_SINCE, (since,))
        repeated: set[tuple[str, str]] = set()
        # campaign id -> (its numbers among those asked about, first and last request time)
        found: dict[int, tuple[set[str], str, str]] = {}
        for mobile, content, campaign_id, started in rows:
            if (mobile, content) not in wanted:
                continue
            repeated.add((mobile, content))
            seen = found.get(campaign_id)
            if seen is None:
                found[campaign_id] = ({mobile}, started, started)
            else:
                seen[0].add(mobile)
                found[campaign_id] = (seen[0], min(seen[1], started), max(seen[2], started))
        return RepeatCheck(since, frozenset(repeated), self._earlier_sends(found))

    def campaigns_from_source(self, fingerprint: str,
                              account_id: str | None = None) -> list[Campaign]:
        """Campaigns made from the sheet and message with this fingerprint, newest first."""
        columns = ", ".join(f"c.{c.strip()}" for c in _rows.CAMPAIGN_COLUMNS.split(","))
        where = "s.fingerprint = ?" + (" AND c.account_id = ?" if account_id is not None else "")
        params: tuple[Any, ...] = (fingerprint,) if account_id is None \
            else (fingerprint, account_id)
        return [_rows.campaign(r) for r in self._rows(
            f"SELECT {columns} FROM campaign_sources s JOIN campaigns c ON c.id = s.campaign_id"
            f" WHERE {where} ORDER BY c.id DESC", params)]

    def _stream(self, sql: str, params: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
        """Rows one at a time as plain tuples: a day's history is never held in memory."""
        cursor = tuple_cursor(self._db.connection())
        try:
            yield from cursor.execute(sql, params)
        finally:
            cursor.close()

    def _earlier_sends(self, found: dict[int, tuple[set[str], str, str]]
                       ) -> tuple[EarlierSend, ...]:
        if not found:
            return ()
        rows = self._rows("SELECT id, name, created_at, source_file, parent_campaign_id"
                          " FROM campaigns WHERE id IN (SELECT CAST(w.value AS BIGINT)"
                          f" FROM {self._sql.json_texts('w')})",
                          (json.dumps(list(found)),))
        sends = [EarlierSend(
            campaign_id=r["id"], name=r["name"], created_at=r["created_at"],
            quick_send=r["source_file"] is None and r["parent_campaign_id"] is None,
            numbers=len(found[r["id"]][0]), first_sent_at=found[r["id"]][1],
            last_sent_at=found[r["id"]][2]) for r in rows]
        return tuple(sorted(sends, key=lambda s: (s.last_sent_at, s.campaign_id), reverse=True))
