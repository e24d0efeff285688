"""The gateway's daily totals (``statis``), cached in the store's settings.

The gateway answers STATUS 31 when ``statis`` is asked too often (about once an hour is
fine), so every answer is kept per account and date range, and the gateway is asked again
only once the cached answer is older than the interval. A narrower range (the last 7 days)
is served from a cached wider one (the last 30 days). When the gateway refuses or cannot be
reached, the best cached figures come back together with the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from juhe_desk.gateway.china_time import in_china, now_in_china
from juhe_desk.gateway.errors import GatewayError, StatisticsRateLimitError
from juhe_desk.gateway.models import DailyStatistics
from juhe_desk.gateway.parsing import refusal_for_status
from juhe_desk.store import Store

log = logging.getLogger(__name__)

MAX_RANGE_DAYS = 31  # at most 31 days apart: the gateway's limit (STATUS 30 beyond it)
DEFAULT_MIN_INTERVAL = dt.timedelta(hours=1)
MIN_INTERVAL_SETTING = "statistics.min_interval_s"
SETTING_PREFIX = "statistics.cache."
KEPT_ENTRIES = 6  # per account: enough for today's ranges and a few older ones

Clock = Callable[[], dt.datetime]


class StatisticsSource(Protocol):
    """What can answer ``statis``: the gateway client, or anything with its method."""

    def statis(self, begin: dt.date, end: dt.date) -> list[DailyStatistics]: ...


@dataclass(frozen=True, slots=True)
class StatisticsTotals:
    total: int = 0
    success: int = 0
    fail: int = 0
    unknown: int = 0

    @property
    def success_rate(self) -> float | None:
        """Delivered out of sent, in percent; None when nothing was sent."""
        return 100.0 * self.success / self.total if self.total else None


def totals(days: Iterable[DailyStatistics]) -> StatisticsTotals:
    rows = list(days)
    return StatisticsTotals(sum(d.total for d in rows), sum(d.success for d in rows),
                            sum(d.fail for d in rows), sum(d.unknown for d in rows))


def last_days(today: dt.date, count: int) -> tuple[dt.date, dt.date]:
    """The range of the last ``count`` days, today included."""
    if not 1 <= count <= MAX_RANGE_DAYS + 1:
        raise ValueError(f"a statistics range is 1 to {MAX_RANGE_DAYS} days, not {count}")
    return today - dt.timedelta(days=count - 1), today


@dataclass(frozen=True, slots=True)
class StatisticsAnswer:
    """Daily totals for ``begin``..``end``, and where they came from.

    ``fetched_at`` is when the gateway gave the figures (None: no figures at all);
    ``from_cache`` says they were not asked for just now; ``error`` is why the gateway was
    not (successfully) asked, e.g. STATUS 31; ``next_request_at`` is when it may be asked.
    """

    begin: dt.date
    end: dt.date
    days: tuple[DailyStatistics, ...]
    fetched_at: dt.datetime | None
    from_cache: bool
    next_request_at: dt.datetime
    error: GatewayError | None = None

    @property
    def totals(self) -> StatisticsTotals:
        return totals(self.days)

    @property
    def rate_limited(self) -> bool:
        return isinstance(self.error, StatisticsRateLimitError)


@dataclass(frozen=True, slots=True)
class _Entry:
    begin: dt.date
    end: dt.date
    fetched_at: dt.datetime
    days: tuple[DailyStatistics, ...]

    def covers(self, begin: dt.date, end: dt.date) -> bool:
        return self.begin <= begin and end <= self.end

    def overlaps(self, begin: dt.date, end: dt.date) -> bool:
        return self.begin <= end and begin <= self.end

    def within(self, begin: dt.date, end: dt.date) -> tuple[DailyStatistics, ...]:
        return tuple(d for d in self.days if begin <= d.day <= end)


@dataclass(frozen=True, slots=True)
class _AccountCache:
    entries: tuple[_Entry, ...] = ()
    last_request_at: dt.datetime | None = None
    refused: bool = False  # the last request got STATUS 31


class StatisticsCache:
    """Answers ``statis`` questions from the store when it can, from the gateway when due.

    Plain Python: safe to use in a job (see ``Store.job_connection``). Only one request per
    account should run at a time.
    """

    def __init__(self, store: Store, *, min_interval: dt.timedelta | None = None,
                 clock: Clock = now_in_china) -> None:
        self._store = store
        self._min_interval = min_interval
        self._clock = clock

    @property
    def min_interval(self) -> dt.timedelta:
        """The given interval, else the store's setting, else one hour."""
        if self._min_interval is not None:
            return self._min_interval
        text = self._store.get_setting(MIN_INTERVAL_SETTING)
        try:
            return dt.timedelta(seconds=max(0, int(text))) if text else DEFAULT_MIN_INTERVAL
        except ValueError:
            return DEFAULT_MIN_INTERVAL

    def today(self) -> dt.date:
        return self._now().date()

    # --- reading --------------------------------------------------------------------------
    def cached(self, account_id: str, begin: dt.date, end: dt.date) -> StatisticsAnswer | None:
        """The best figures the cache holds for the range (fresh or not), or None."""
        cache = self._load(account_id)
        entry = _best_entry(cache.entries, begin, end)
        if entry is None:
            return None
        return StatisticsAnswer(begin, end, entry.within(begin, end), entry.fetched_at, True,
                                self._next_request_at(cache))

    def next_request_at(self, account_id: str) -> dt.datetime:
        """When the gateway may be asked again for this account."""
        return self._next_request_at(self._load(account_id))

    # --- asking ---------------------------------------------------------------------------
    def get(self, source: StatisticsSource, account_id: str, begin: dt.date, end: dt.date,
            *, ask_from: dt.date | None = None) -> StatisticsAnswer:
        """Figures for ``begin``..``end``: cached while fresh, else asked from ``source``.

        ``ask_from`` widens the range asked (never beyond 31 days), so that later questions
        about shorter ranges are answered from the cache.
        """
        if end < begin or (end - begin).days > MAX_RANGE_DAYS:
            raise ValueError("a statistics range runs forward and spans at most 31 days")
        cache = self._load(account_id)
        now = self._now()
        fresh = [e for e in cache.entries
                 if e.covers(begin, end) and now - e.fetched_at < self.min_interval]
        if fresh:
            entry = max(fresh, key=lambda e: e.fetched_at)
            return StatisticsAnswer(begin, end, entry.within(begin, end), entry.fetched_at,
                                    True, self._next_request_at(cache))
        if cache.refused and now < self._next_request_at(cache):
            # Asking again before the interval is over would only be refused again.
            return self._fallback(cache, begin, end, refusal_for_status(31))
        first = begin
        if ask_from is not None and ask_from < begin and (end - ask_from).days <= MAX_RANGE_DAYS:
            first = ask_from
        try:
            days = tuple(sorted(source.statis(first, end), key=lambda d: d.day))
        except GatewayError as error:
            if isinstance(error, StatisticsRateLimitError):
                cache = _AccountCache(cache.entries, now, refused=True)
                self._save(account_id, cache)
            log.info("statis for %s not answered: %s", account_id, type(error).__name__)
            return self._fallback(cache, begin, end, error)
        entry = _Entry(first, end, now, days)
        cache = _AccountCache((entry, *cache.entries)[:KEPT_ENTRIES], now)
        self._save(account_id, cache)
        return StatisticsAnswer(begin, end, entry.within(begin, end), now, False,
                                self._next_request_at(cache))

    def forget(self, account_id: str) -> None:
        self._store.delete_setting(SETTING_PREFIX + account_id)

    def _fallback(self, cache: _AccountCache, begin: dt.date, end: dt.date,
                  error: GatewayError) -> StatisticsAnswer:
        entry = _best_entry(cache.entries, begin, end)
        return StatisticsAnswer(begin, end, entry.within(begin, end) if entry else (),
                                entry.fetched_at if entry else None, True,
                                self._next_request_at(cache), error)

    # --- storage --------------------------------------------------------------------------
    def _now(self) -> dt.datetime:
        return in_china(self._clock())

    def _next_request_at(self, cache: _AccountCache) -> dt.datetime:
        if cache.last_request_at is None:
            return self._now()
        return cache.last_request_at + self.min_interval

    def _load(self, account_id: str) -> _AccountCache:
        text = self._store.get_setting(SETTING_PREFIX + account_id)
        if not text:
            return _AccountCache()
        try:
            return _decode(json.loads(text))
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("statistics cache of %s unreadable; starting afresh", account_id)
            return _AccountCache()

    def _save(self, account_id: str, cache: _AccountCache) -> None:
        self._store.set_setting(SETTING_PREFIX + account_id,
                                json.dumps(_encode(cache), separators=(",", ":")))


def _best_entry(entries: Sequence[_Entry], begin: dt.date, end: dt.date) -> _Entry | None:
    """The newest entry covering the range, else the newest one overlapping it."""
    for wanted in (_Entry.covers, _Entry.overlaps):
        matching = [e for e in entries if wanted(e, begin, end)]
        if matching:
            return max(matching, key=lambda e: e.fetched_at)
    return None


def _encode(cache: _AccountCache) -> dict[str, Any]:
    return {
        "last_request_at": cache.last_request_at.isoformat() if cache.last_request_at else None,
        "refused": cache.refused,
        "entries": [
            {"begin": e.begin.isoformat(), "end": e.end.isoformat(),
             "fetched_at": e.fetched_at.isoformat(),
             "days": [[d.day.isoformat(), d.total, d.success, d.unknown, d.fail, d.success_rate]
                      for d in e.days]}
            for e in cache.entries
        ],
    }


def _decode(data: Any) -> _AccountCache:
    last = data.get("last_request_at")
    entries = tuple(
        _Entry(dt.date.fromisoformat(e["begin"]), dt.date.fromisoformat(e["end"]),
               in_china(dt.datetime.fromisoformat(e["fetched_at"])),
               tuple(DailyStatistics(dt.date.fromisoformat(day), int(total), int(success),
                                     int(unknown), int(fail), float(rate))
                     for day, total, success, unknown, fail, rate in e["days"]))
        for e in data["entries"])
    return _AccountCache(entries, in_china(dt.datetime.fromisoformat(last)) if last else None,
                         bool(data.get("refused", False)))

