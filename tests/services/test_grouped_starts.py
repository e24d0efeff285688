"""The send workers' steps to "sending" that come at once are committed together, each
worker returning only once its own step is committed; a step that cannot be taken fails
for its worker alone. A real store, real threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence

import pytest
from store_backends import StorePlace

from juhe_desk.services.grouped_starts import GroupedStarts
from juhe_desk.services.send_pipeline import Answered
from juhe_desk.store import (
    BatchStart,
    IllegalTransitionError,
    NewBatch,
    NewCampaign,
    NewMessage,
    Store,
)

TIMEOUT_S = 10.0


class _HeldStore(Store):
    """Holds the first step taken alone until ``go`` is set; remembers every commit."""

    go: threading.Event
    holding: threading.Event
    commits: list[list[int]]

    def start_batch(self, batch_id: int, answered: Answered | None = None) -> BatchStart:
        if not self.holding.is_set():
            self.holding.set()
            assert self.go.wait(TIMEOUT_S)
        self.commits.append([batch_id])
        return super().start_batch(batch_id, answered)

    def start_batches(self, steps: Sequence[tuple[int, Answered | None]]) -> list[BatchStart]:
        self.commits.append([batch_id for batch_id, _ in steps])
        return super().start_batches(steps)


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[_HeldStore]:
    with _HeldStore(store_place.open()._db) as store:
        store.go, store.holding, store.commits = threading.Event(), threading.Event(), []
        yield store


def wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def batches(store: Store, count: int) -> list[int]:
    campaign = store.create_campaign(NewCampaign("922011", "x", "send", content="a"), [
        NewBatch("send", (NewMessage(f"1380000000{i}", "a"),)) for i in range(count)])
    return [b.id for b in store.campaign_batches(campaign.id)]


def start_in_threads(store: Store, starts: GroupedStarts,
                     batch_ids: list[int]) -> tuple[list[threading.Thread], dict[int, object]]:
    outcomes: dict[int, object] = {}

    def start(batch_id: int) -> None:
        with store.job_connection():
            try:
                outcomes[batch_id] = starts.start(batch_id)
            except Exception as exc:  # noqa: BLE001 - the test looks at it
                outcomes[batch_id] = exc

    threads = [threading.Thread(target=start, args=(b,)) for b in batch_ids]
    threads[0].start()
    assert store.holding.wait(TIMEOUT_S)  # ... the first commit is under way
    for thread in threads[1:]:
        thread.start()
    wait_for(lambda: starts.queued() == len(batch_ids) - 1)
    assert outcomes == {}  # nobody returned before its step committed
    store.go.set()
    for thread in threads:
        thread.join(TIMEOUT_S)
    return threads, outcomes


def test_steps_that_come_while_one_commits_commit_together(store: _HeldStore) -> None:
    first, *others = batches(store, 4)
    starts = GroupedStarts(store)
    _, outcomes = start_in_threads(store, starts, [first, *others])
    assert [sorted(batch_ids) for batch_ids in store.commits] == [[first], others]
    assert all(outcomes[b] == BatchStart() for b in (first, *others))
    assert {store.get_batch(b).state for b in (first, *others)} == {"sending"}


def test_a_step_that_cannot_be_taken_fails_for_its_worker_alone(store: _HeldStore) -> None:
    first, second, third = batches(store, 3)
    store.holding.set()  # (not held)
    with store.job_connection():
        store.start_batch(third)  # already sending: it cannot start again
    store.holding.clear()
    starts = GroupedStarts(store)
    _, outcomes = start_in_threads(store, starts, [first, second, third])
    assert [sorted(batch_ids) for batch_ids in store.commits[1:3]] == [[first], [second, third]]
    assert sorted(store.commits[3:]) == [[second], [third]]  # then each alone
    assert outcomes[first] == outcomes[second] == BatchStart()
    assert isinstance(outcomes[third], IllegalTransitionError)
    assert [store.get_batch(b).state for b in (first, second, third)] == ["sending"] * 3


def test_the_writes_beside_give_way_while_a_step_is_under_way(store: _HeldStore) -> None:
    (only,) = batches(store, 1)
    starts = GroupedStarts(store)
    outcome: list[BatchStart] = []

    def start() -> None:
        with store.job_connection():
            outcome.append(starts.start(only))

    worker = threading.Thread(target=start)
    worker.start()
    assert store.holding.wait(TIMEOUT_S)  # its step is under way, held
    began = time.monotonic()
    starts.give_way(timeout=0.2)
    assert time.monotonic() - began >= 0.2  # waited for it (here: until the timeout)
    store.go.set()
    worker.join(TIMEOUT_S)
    starts.give_way(timeout=TIMEOUT_S)  # nobody under way: at once
    assert outcome == [BatchStart()]
