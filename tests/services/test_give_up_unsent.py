"""One rule for giving up a campaign's unsent batches, used by both tabs' cancel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_backends import StorePlace

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.services.campaigns import create_campaign_from_messages, give_up_unsent
from juhe_desk.store import Campaign, MessageFilter, Store

MOBILES = [f"1380000{i:04d}" for i in range(10)]


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[Store]:
    with store_place.open() as opened:
        yield opened


def campaign(store: Store, scheduled_at: str | None = None) -> Campaign:
    return create_campaign_from_messages(
        store, account_id="922011", name="店庆", extno="106901",
        messages=[(m, "【店】您好") for m in MOBILES], batch_size=4, scheduled_at=scheduled_at)


@pytest.mark.parametrize("scheduled_at", [None, "2030-01-01 10:00:00"])
def test_a_campaign_not_started_gives_up_every_message(store: Store,
                                                       scheduled_at: str | None) -> None:
    made = campaign(store, scheduled_at)
    assert made.state in ("draft", "scheduled")
    assert give_up_unsent(store, made.id) == len(MOBILES)
    assert store.get_campaign(made.id).state == "cancelled"


def test_what_went_stays_and_only_the_planned_batches_are_given_up(store: Store) -> None:
    made = campaign(store)
    store.set_campaign_state(made.id, "sending")
    first = store.campaign_batches(made.id)[0]
    store.batch_start(first.id)
    store.batch_submitted(first.id, [SubmitResult(m, f"MID{i}", 0)
                                     for i, m in enumerate(MOBILES[:4])])
    store.set_campaign_state(made.id, "paused")
    assert give_up_unsent(store, made.id) == len(MOBILES) - 4
    assert store.get_campaign(made.id).state == "cancelled"
    assert store.count_messages(MessageFilter(campaign_id=made.id,
                                              statuses=("submitted",))) == 4


def test_a_finished_campaign_is_left_as_it_is(store: Store) -> None:
    made = campaign(store)
    store.set_campaign_state(made.id, "sending")
    for batch in store.campaign_batches(made.id):
        store.batch_start(batch.id)
        store.batch_submitted(batch.id, [SubmitResult(m, f"M{m}", 0)
                                         for m, _ in store.batch_recipients(batch.id)])
    store.set_campaign_state(made.id, "done")
    assert give_up_unsent(store, made.id) == 0
    assert store.get_campaign(made.id).state == "done"
