"""Two and three desks (real processes, run_desk.py) on one gateway account and one shared
database: one desk pulls at a time; after ``kill -9`` of the pulling desk another takes
over within 30 s, and every report and reply the gateway handed out is stored exactly
once; an opt-out that reached one desk stops the number in another desk's running campaign
before its next batch."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_processes import Desk, wait_until
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN, simulator_with_account
from store_backends import SharedCluster, StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import NewBatch, NewCampaign, NewMessage, Store

TAKEOVER_LIMIT_S = 30.0


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    # Reports come up to 2 s after each message: they keep arriving across the kill.
    with simulator_with_account(seed=13, report_delay=(0.0, 2.0), balance=100_000_000,
                                max_connections=16) as sim:
        yield sim


@pytest.fixture
def place(shared_cluster: SharedCluster, tmp_path: Path) -> Iterator[StorePlace]:
    shared = StorePlace("postgresql", tmp_path, shared_cluster)
    yield shared
    shared.close_all()


def send_directly(sim: GatewaySimulator, first: int, count: int) -> list[str]:
    """Messages sent to the account by another program: the gateway owes a report each."""
    numbers = [f"139{first + i:08d}" for i in range(count)]
    with GatewayClient(sim.base_url, ACCOUNT, PASSWORD) as client:
        for start in range(0, count, 100):
            client.send(numbers[start:start + 100], f"{SIGN}会员日", extno=EXTNO)
    return numbers


def counts(store: Store) -> tuple[int, int, int]:
    conn = store._db.connection()
    reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    distinct = conn.execute("SELECT count(DISTINCT mid) FROM reports").fetchone()[0]
    inbound = conn.execute("SELECT count(*) FROM inbound").fetchone()[0]
    return int(reports), int(distinct), int(inbound)


def test_one_desk_pulls_and_another_takes_over_after_kill_9_losing_nothing(
        gateway: GatewaySimulator, place: StorePlace, tmp_path: Path) -> None:
    observer = place.open()  # the test's own view of the shared database
    names = ("前台", "收银台", "办公室")
    desks = [Desk(name, place.target, gateway.base_url, tmp_path / f"desk{i}")
             for i, name in enumerate(names)]
    try:
        for desk in desks:
            desk.wait_for(lambda line: line == "started")
        wait_until(lambda: observer.puller_of(ACCOUNT) is not None, 20, "a desk pulls")
        first = observer.puller_of(ACCOUNT)
        assert first is not None and first.name in names
        for desk in desks:  # every desk sees the same one
            desk.wait_for(lambda line: line == f"puller {first.name}", 20)
        pulling = next(d for d in desks if d.name == first.name)
        numbers = send_directly(gateway, 0, 300)
        replies = [gateway.inject_mo(ACCOUNT, n, "收到") for n in numbers[:40]]
        pulling.wait_for(lambda line: line.startswith("pulled "), 20)
        others = [d for d in desks if d is not pulling]
        for desk in others:  # one puller at a time: the others never pulled
            assert not any(line.startswith("pulled ") for line in desk.drain()), desk.seen
        pulling.kill()  # between two turns: what it pulled is stored
        killed_at = time.monotonic()
        numbers += send_directly(gateway, 1000, 200)  # the gateway keeps handing out
        replies += [gateway.inject_mo(ACCOUNT, n, "好的") for n in numbers[300:330]]

        def taken_over() -> bool:
            now = observer.puller_of(ACCOUNT)
            return now is not None and now.name != first.name

        wait_until(taken_over, TAKEOVER_LIMIT_S, "another desk pulls")
        took = time.monotonic() - killed_at
        second = observer.puller_of(ACCOUNT)
        assert second is not None and took < TAKEOVER_LIMIT_S
        for desk in others:
            desk.wait_for(lambda line: line == f"puller {second.name}", 20)

        gateway.flush_reports()  # every report due now: all handed out, all stored
        wait_until(lambda: counts(observer) == (len(numbers), len(numbers), len(replies)),
                   60, "every report and reply stored")
        state = gateway.state(ACCOUNT)
        assert state.submitted == len(numbers) == 500
        assert state.queued_reports == state.pending_reports == state.queued_inbound == 0
        stored_mids = {r[0] for r in observer._db.connection().execute(
            "SELECT mid FROM reports").fetchall()}
        assert stored_mids == {s.mid for s in gateway.submissions(ACCOUNT)}
        stored_replies = {r[0] for r in observer._db.connection().execute(
            "SELECT mid FROM inbound").fetchall()}
        assert stored_replies == set(replies)
        taker = next(d for d in others if d.name == second.name)
        idle = next(d for d in others if d is not taker)
        assert not any(line.startswith("pulled ") for line in idle.drain()), idle.seen
        print(f"takeover after kill -9: {took:.1f} s")
    finally:
        for desk in desks:
            desk.close()


def test_an_opt_out_pulled_at_one_desk_stops_another_desks_running_campaign(
        gateway: GatewaySimulator, place: StorePlace, tmp_path: Path) -> None:
    observer = place.open()
    numbers = [f"1380000{i:04d}" for i in range(30)]
    stopper = numbers[-1]
    content = f"{SIGN}周六八折"
    campaign_id = observer.create_campaign(
        NewCampaign(ACCOUNT, "店庆", "send", content=content, extno=EXTNO, signature=SIGN),
        [NewBatch("send", (NewMessage(n, content),)) for n in numbers]).id
    gateway.faults.latency = 0.3  # 30 batches one after another: about 9 s
    puller = Desk("前台", place.target, gateway.base_url, tmp_path / "a", interval=0.5)
    sender: Desk | None = None
    try:
        puller.wait_for(lambda line: line == "puller 前台")
        sender = Desk("收银台", place.target, gateway.base_url, tmp_path / "b", interval=0.5,
                      send=campaign_id)
        sender.wait_for(lambda line: line == "puller 前台")  # it does not pull
        wait_until(lambda: bool(gateway.submissions(ACCOUNT)), 20, "the campaign sends")
        gateway.inject_mo(ACCOUNT, stopper, "退订")
        wait_until(lambda: observer.is_opted_out(stopper), 10, "desk A stored the opt-out")
        last = observer.campaign_batches(campaign_id)[-1]
        assert last.state == "planned", "the campaign ended before the opt-out: no proof"
        sender.wait_for(lambda line: line.startswith("sent "), 60)
        assert sender.seen[-1] == "sent done"
        sent_to = [s.mobile for s in gateway.submissions(ACCOUNT)]
        assert stopper not in sent_to and sorted(sent_to) == sorted(numbers[:-1])
        (message,) = observer.batch_messages(last.id)
        assert message.status == "opted_out"
        batch = observer.get_batch(observer.campaign_batches(campaign_id)[0].id)
        assert observer.desk_name(batch.desk_id or "") == "收银台"  # whose request it was
    finally:
        for desk in (puller, sender):
            if desk is not None:
                desk.close()
