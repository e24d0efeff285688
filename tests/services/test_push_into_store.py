"""Pushed items land in the real store exactly once, even in concurrent POSTs with repeats."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest
import requests
from store_backends import StorePlace

from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.push_receiver import PushReceiver
from juhe_desk.services.sync import store_pushed_items
from juhe_desk.store import Store

ITEMS = 10_000
PER_POST = 100
THREADS = 8


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[Store]:
    with store_place.open() as store:
        yield store


def item(i: int) -> dict[str, object]:
    if i % 10 == 0:  # every tenth is a reply, some of them opt-outs
        return {"flag": 0, "mid": f"MO{i:014X}", "mobile": f"139{i:08d}",
                "content": "退订" if i % 100 == 0 else "好的", "time": "2026-11-25 10:00:00"}
    return {"flag": 1, "mid": f"{i:016X}", "mobile": f"138{i:08d}", "stat": "DELIVRD",
            "time": "2026-11-25 10:00:00", "accessCode": "1069012345"}


def test_ten_thousand_pushed_items_are_stored_exactly_once(store: Store) -> None:
    def keep(items: PulledItems) -> None:
        store_pushed_items(store, items)

    bodies = [json.dumps([item(i) for i in range(start, start + PER_POST)]).encode()
              for start in range(0, ITEMS, PER_POST)]
    bodies += bodies[:20]  # the gateway pushes some again (it did not see our OK)
    answers: list[str] = []
    lock = threading.Lock()

    with PushReceiver(keep) as receiver:
        def post(chunk: list[bytes]) -> None:
            with requests.Session() as http:
                for body in chunk:
                    answer = http.post(receiver.url, data=body, timeout=30)
                    with lock:
                        answers.append(answer.text)

        threads = [threading.Thread(target=post, args=(bodies[i::THREADS],))
                   for i in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert answers == ["OK"] * len(bodies)
    assert store.count_reports() == ITEMS - ITEMS // 10
    assert store.count_inbound() == ITEMS // 10
    assert store.count_opt_outs() == ITEMS // 100


def test_a_malformed_push_stores_nothing(store: Store) -> None:
    with PushReceiver(lambda items: store_pushed_items(store, items)) as receiver:
        bad = requests.post(receiver.url, data=b'[{"flag": 1, "mid": ', timeout=10)
        wrong_shape = requests.post(receiver.url, data=b'{"flag": 1}', timeout=10)
    assert (bad.status_code, wrong_shape.status_code) == (400, 400)
    assert store.count_reports() == 0 and store.count_inbound() == 0
