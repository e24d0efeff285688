"""The statis cache: asks the real (simulated) gateway at most once an interval per account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from store_backends import StorePlace
from time_support import FakeClock

from juhe_desk.gateway.china_time import CHINA_TZ
from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.errors import GatewayUnreachableError, StatisticsRateLimitError
from juhe_desk.gateway.models import DailyStatistics
from juhe_desk.gateway.retry_rules import RetryPolicy
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.services.statistics import (
    MIN_INTERVAL_SETTING,
    SETTING_PREFIX,
    StatisticsCache,
    last_days,
    totals,
)
from juhe_desk.store import Store

ACCOUNT = "922011"
OTHER = "922012"
PASSWORD = "pw-statis-5521"
TODAY = dt.date(2024, 5, 20)
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def clock() -> FakeClock:
    """Shared by the simulator and the cache."""
    return FakeClock(dt.datetime(2024, 5, 20, 15, 0, tzinfo=CHINA_TZ))


@pytest.fixture
def gateway(clock: FakeClock) -> Iterator[GatewaySimulator]:
    sim = GatewaySimulator(port=0, seed=3, clock=clock)
    for account in (ACCOUNT, OTHER):
        sim.add_account(SimAccount(account=account, password=PASSWORD, extno="1069012345",
                                   signatures=("【聚合云信】",), balance=1_000_000, price=50))
    with sim:
        yield sim


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[Store]:
    with store_place.open() as opened:
        yield opened


@pytest.fixture
def client(gateway: GatewaySimulator) -> Iterator[GatewayClient]:
    with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD,
                       retry=RetryPolicy(attempts=1)) as made:
        yield made


def send_on(gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, day: dt.date,
            count: int) -> None:
    saved = clock.now
    clock.now = dt.datetime.combine(day, dt.time(10, 0), CHINA_TZ)
    numbers = [f"1380013{day.day:02d}{i:02d}" for i in range(count)]
    client.send(numbers, "【聚合云信】您的订单已发货", extno="1069012345")
    clock.now = saved


def statis_requests(gateway: GatewaySimulator) -> int:
    return sum(1 for record in gateway.request_log() if record.action == "statis")


def test_first_answer_comes_from_the_gateway_then_from_the_cache(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    send_on(gateway, clock, client, TODAY - dt.timedelta(days=2), 3)
    send_on(gateway, clock, client, TODAY, 2)
    cache = StatisticsCache(store, clock=clock)
    begin, end = last_days(TODAY, 7)

    first = cache.get(client, ACCOUNT, begin, end)
    assert not first.from_cache and first.error is None
    assert [d.day for d in first.days] == [TODAY - dt.timedelta(days=2), TODAY]
    assert first.totals.total == 5
    assert first.fetched_at == clock.now
    assert statis_requests(gateway) == 1

    clock.advance(dt.timedelta(minutes=20))
    second = cache.get(client, ACCOUNT, begin, end)
    assert second.from_cache and second.error is None
    assert second.days == first.days and second.fetched_at == first.fetched_at
    assert second.next_request_at == first.fetched_at + HOUR
    assert statis_requests(gateway) == 1


def test_after_the_interval_the_gateway_is_asked_again(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    cache = StatisticsCache(store, clock=clock)
    begin, end = last_days(TODAY, 7)
    assert cache.get(client, ACCOUNT, begin, end).days == ()
    send_on(gateway, clock, client, TODAY, 4)
    clock.advance(HOUR + dt.timedelta(seconds=1))
    again = cache.get(client, ACCOUNT, begin, end)
    assert not again.from_cache
    assert again.totals.total == 4
    assert statis_requests(gateway) == 2


def test_a_shorter_range_is_served_from_a_wider_cached_one(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    send_on(gateway, clock, client, TODAY - dt.timedelta(days=20), 6)
    send_on(gateway, clock, client, TODAY - dt.timedelta(days=1), 2)
    cache = StatisticsCache(store, clock=clock)
    month_begin, end = last_days(TODAY, 30)
    week_begin, _ = last_days(TODAY, 7)

    month = cache.get(client, ACCOUNT, week_begin, end, ask_from=month_begin)
    assert month.totals.total == 2  # only the week is returned...
    wide = cache.get(client, ACCOUNT, month_begin, end)  # ...but the month was asked and kept
    assert wide.from_cache and wide.totals.total == 8
    assert statis_requests(gateway) == 1


def test_rate_limit_shows_the_cached_figures_and_stops_asking(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    gateway.statis_min_interval = 7200  # this gateway wants two hours between questions
    send_on(gateway, clock, client, TODAY, 3)
    cache = StatisticsCache(store, clock=clock)
    begin, end = last_days(TODAY, 7)
    fetched = cache.get(client, ACCOUNT, begin, end)
    assert fetched.error is None and fetched.totals.total == 3

    clock.advance(HOUR + dt.timedelta(minutes=1))  # our interval is over, the gateway's not
    refused = cache.get(client, ACCOUNT, begin, end)
    assert isinstance(refused.error, StatisticsRateLimitError) and refused.rate_limited
    assert refused.from_cache and refused.days == fetched.days
    assert refused.fetched_at == fetched.fetched_at
    assert refused.next_request_at == clock.now + HOUR
    assert statis_requests(gateway) == 2

    clock.advance(dt.timedelta(minutes=5))  # asking again now would only be refused again
    polite = cache.get(client, ACCOUNT, begin, end)
    assert polite.rate_limited and polite.days == fetched.days
    assert statis_requests(gateway) == 2


def test_rate_limit_without_anything_cached_says_so(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    gateway.statis_min_interval = 7200
    client.statis(TODAY, TODAY)  # someone else (another computer) just asked
    answer = StatisticsCache(store, clock=clock).get(client, ACCOUNT, *last_days(TODAY, 7))
    assert answer.rate_limited
    assert answer.days == () and answer.fetched_at is None


def test_the_cache_is_kept_per_account_and_survives_a_restart(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    send_on(gateway, clock, client, TODAY, 2)
    begin, end = last_days(TODAY, 7)
    StatisticsCache(store, clock=clock).get(client, ACCOUNT, begin, end)

    reopened = StatisticsCache(store, clock=clock)
    kept = reopened.cached(ACCOUNT, begin, end)
    assert kept is not None and kept.totals.total == 2
    assert reopened.cached(OTHER, begin, end) is None
    with GatewayClient(gateway.base_url, OTHER, PASSWORD) as other_client:
        other = reopened.get(other_client, OTHER, begin, end)
    assert not other.from_cache and other.totals.total == 0
    assert statis_requests(gateway) == 2


def test_unreachable_gateway_falls_back_to_the_cache(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    send_on(gateway, clock, client, TODAY, 2)
    cache = StatisticsCache(store, clock=clock)
    begin, end = last_days(TODAY, 7)
    cache.get(client, ACCOUNT, begin, end)
    gateway.stop()
    clock.advance(2 * HOUR)
    answer = cache.get(client, ACCOUNT, begin, end)
    assert isinstance(answer.error, GatewayUnreachableError)
    assert answer.from_cache and answer.totals.total == 2


def test_interval_comes_from_the_settings(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    store.set_setting(MIN_INTERVAL_SETTING, "60")
    cache = StatisticsCache(store, clock=clock)
    begin, end = last_days(TODAY, 7)
    cache.get(client, ACCOUNT, begin, end)
    clock.advance(dt.timedelta(seconds=61))
    assert not cache.get(client, ACCOUNT, begin, end).from_cache
    assert statis_requests(gateway) == 2


def test_an_unreadable_cache_starts_afresh(
        gateway: GatewaySimulator, clock: FakeClock, client: GatewayClient, store: Store) -> None:
    store.set_setting(SETTING_PREFIX + ACCOUNT, '{"entries": [{"begin": 5}]}')
    cache = StatisticsCache(store, clock=clock)
    answer = cache.get(client, ACCOUNT, *last_days(TODAY, 7))
    assert not answer.from_cache and answer.error is None


def test_ranges_longer_than_the_gateway_allows_are_refused(store: Store, clock: FakeClock,
                                                            client: GatewayClient) -> None:
    cache = StatisticsCache(store, clock=clock)
    with pytest.raises(ValueError):
        cache.get(client, ACCOUNT, TODAY - dt.timedelta(days=32), TODAY)
    with pytest.raises(ValueError):
        cache.get(client, ACCOUNT, TODAY, TODAY - dt.timedelta(days=1))
    with pytest.raises(ValueError):
        last_days(TODAY, 40)
    assert last_days(TODAY, 30) == (TODAY - dt.timedelta(days=29), TODAY)


def test_totals_and_success_rate() -> None:
    days = [DailyStatistics(TODAY, 10, 8, 1, 1, 80.0),
            DailyStatistics(TODAY - dt.timedelta(days=1), 10, 9, 0, 1, 90.0)]
    summary = totals(days)
    assert (summary.total, summary.success, summary.fail, summary.unknown) == (20, 17, 2, 1)
    assert summary.success_rate == pytest.approx(85.0)
    assert totals([]).success_rate is None
