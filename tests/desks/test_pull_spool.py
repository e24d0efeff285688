"""The puller's local spool: what the gateway handed out is kept on the desk until the
shared database has it, so a shared database that is briefly unreachable loses nothing,
and a desk stopped between the two steps doubles nothing when it moves the items again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import PgCluster
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN
from store_backends import SharedCluster, StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import DeliveryReport, InboundMessage, PulledItems
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.puller import (
    MOVE_CHUNK,
    SOON_S,
    PullTurn,
    move_spooled,
    next_pull_s,
    pull_through_spool,
    pull_turn,
)
from juhe_desk.store import DeskIdentity
from juhe_desk.store.shared_errors import SharedStoreError
from juhe_desk.store.spool import SPOOL_NAME, Spool


@pytest.fixture
def spool(tmp_path: Path) -> Iterator[Spool]:
    opened = Spool(tmp_path / SPOOL_NAME)
    yield opened
    opened.close()


def test_items_wait_in_the_spool_while_the_shared_database_is_unreachable(
        gateway: GatewaySimulator, shared_cluster: SharedCluster, tmp_path: Path,
        spool: Spool) -> None:
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    cluster: PgCluster = shared_cluster.get()
    try:
        store = place.open()
        store.set_desk(DeskIdentity.new("前台"))
        database = place.target.rsplit("/", 1)[-1]
        with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
            client.send([f"1390000{i:04d}" for i in range(20)], f"{SIGN}你好", extno=EXTNO)
            gateway.inject_mo(ACCOUNT, "13900000003", "退订")
            gateway.flush_reports()
            # The server refuses this database's connections and ends the ones it has.
            cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
            cluster.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        f" WHERE datname = '{database}'")
            with pytest.raises(SharedStoreError):
                pull_through_spool(client, store, spool)
            assert spool.count() == 20  # the first pull's reports, handed out once: kept
            assert gateway.state(ACCOUNT).queued_reports == 0
            cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
            summary = pull_through_spool(client, store, spool)
        assert summary.new_reports == 20 and len(summary.new_inbound) == 1
        assert summary.new_opt_outs == ("13900000003",)
        assert spool.count() == 0
        assert store.count_reports() == 20
        assert store.is_opted_out("13900000003")
    finally:
        place.close_all()


def test_moving_again_after_a_stop_between_the_steps_doubles_nothing(
        store_place: StorePlace, tmp_path: Path) -> None:
    store = store_place.open()
    items = PulledItems(
        reports=(DeliveryReport("A1B2C3D4E5F60718", "13900000001", "DELIVRD",
                                "2026-12-05 10:00:00", raw='{"flag":1}'),),
        inbound=(InboundMessage("B1B2C3D4E5F60718", "13900000002", "退订",
                                "2026-12-05 10:00:01", EXTNO, raw='{"flag":0}'),),
        primary="inbound")
    path = tmp_path / "kept" / SPOOL_NAME
    path.parent.mkdir()
    first = Spool(path)
    first.add(items)
    # The earlier run stored the reply, then stopped before its opt-out and before it
    # removed the items from the spool.
    store.add_inbound(items.inbound, "pull")
    first.close()
    again = Spool(path)  # the next start
    try:
        assert again.count() == 2
        summary = move_spooled(store, again)
        assert summary.new_reports == 1 and summary.new_inbound == ()
        assert store.is_opted_out("13900000002")  # the reply's opt-out, not lost
        again.add(items)  # the same items once more: stored once all the same
        assert move_spooled(store, again).new_reports == 0
        conn = store._db.connection()
        assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM inbound").fetchone()[0] == 1
        assert again.count() == 0
    finally:
        again.close()


def test_a_desk_that_does_not_pull_leaves_the_gateway_alone(
        gateway: GatewaySimulator, store_place: StorePlace, spool: Spool) -> None:
    desk_a, desk_b = store_place.open(), store_place.open()
    desk_a.set_desk(DeskIdentity.new("前台"))
    desk_b.set_desk(DeskIdentity.new("收银台"))
    gateway.inject_mo(ACCOUNT, "13900000001", "几点开门？")
    shared = store_place.is_postgres
    with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
        turn_a = pull_turn(client, desk_a, ACCOUNT, spool if shared else None)
        assert turn_a.pulled_here and turn_a.puller is not None and turn_a.puller.is_this_desk
        gateway.inject_mo(ACCOUNT, "13900000002", "好的")
        turn_b = pull_turn(client, desk_b, ACCOUNT, spool if shared else None)
    if shared:  # desk A pulls for the team; desk B only says so
        assert not turn_b.pulled_here and turn_b.puller is not None
        assert turn_b.puller.name == "前台" and gateway.state(ACCOUNT).queued_inbound == 1
    else:  # a SQLite file has one desk: it pulls, as before
        assert turn_b.pulled_here and gateway.state(ACCOUNT).queued_inbound == 0


def test_a_big_pull_is_moved_in_parts_each_announced_as_it_commits(
        shared_cluster: SharedCluster, tmp_path: Path, spool: Spool) -> None:
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    try:
        store = place.open()
        count = MOVE_CHUNK * 2 + 50
        spool.add(PulledItems(reports=tuple(
            DeliveryReport(f"M{i:015d}", f"1390000{i:04d}", "DELIVRD", "2026-12-05 10:00:00")
            for i in range(count)), inbound=()))
        with store.shared_connection() as listener:
            listener.execute("LISTEN juhe_changes")
            assert move_spooled(store, spool).new_reports == count
            heard = [n.payload for n in listener.notifies(timeout=5, stop_after=3)]
            listener.execute("UNLISTEN juhe_changes")
        # One notice per part: the other desks show the first part before the last is in.
        assert len([p for p in heard if p.startswith("report:")]) == 3, heard
        assert store.count_reports() == count and spool.count() == 0
    finally:
        place.close_all()


def test_replies_are_pulled_between_rounds_of_reports_each_stored_once(
        gateway: GatewaySimulator, store_place: StorePlace, spool: Spool) -> None:
    store = store_place.open()
    store.set_desk(DeskIdentity.new("前台"))
    with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
        client.send([f"1390000{i:04d}" for i in range(25)], f"{SIGN}你好", extno=EXTNO)
        for number in ("13900000001", "13900000002", "13900000003"):
            gateway.inject_mo(ACCOUNT, number, "几点开门？")
        gateway.flush_reports()
        before = len(gateway.request_log())
        turn = pull_turn(client, store, ACCOUNT, spool if store_place.is_postgres else None,
                         report_size=10, mo_size=10)
    asked = [r.action for r in gateway.request_log()[before:]]
    if store_place.is_postgres:  # through the spool: a round of each, in turn
        assert asked == ["report", "mo", "report", "report"]
    assert turn.pulled_here and not turn.hurry  # nothing of this store waits for reports
    assert store.count_reports() == 25
    assert int(store._scalar("SELECT count(*) FROM inbound")) == 3
    assert gateway.state(ACCOUNT).queued_reports == gateway.state(ACCOUNT).queued_inbound == 0


def test_the_next_pull_comes_soon_only_while_it_hurries() -> None:
    assert next_pull_s(PullTurn(None, None, hurry=True), 30) == SOON_S
    assert next_pull_s(PullTurn(None, None, hurry=False), 30) == 30
    assert next_pull_s(PullTurn(None, None, hurry=True), 0.2) == 0.2  # never slower
