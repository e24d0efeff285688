"""No spool, no pull: where the desk's spool file cannot be made or written (a read-only
folder, a full disk), the desk says so in words, pulls nothing (the gateway hands each item
out once: nothing is taken without a place to keep it) and lets go of the puller's role;
once the folder can take it again, the items are pulled and stored, once each.

Real small disks (a tmpfs mounted for the test, root only), a real simulator, a real
throwaway PostgreSQL cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from disk_support import fill, read_only, small_disk
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN
from store_backends import SharedCluster, StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.puller import pull_turn
from juhe_desk.store import DeskIdentity, Store
from juhe_desk.store.spool import SPOOL_NAME, SpoolPlace, SpoolUnavailableError

NUMBERS = [f"1390000{i:04d}" for i in range(12)]


@pytest.fixture
def team_store(shared_cluster: SharedCluster, tmp_path: Path) -> Iterator[Store]:
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    try:
        store = place.open()
        store.set_desk(DeskIdentity.new("前台"))
        yield store
    finally:
        place.close_all()


def reports_waiting(gateway: GatewaySimulator, client: GatewayClient) -> None:
    client.send(NUMBERS, f"{SIGN}你好", extno=EXTNO)
    gateway.flush_reports()
    assert gateway.state(ACCOUNT).queued_reports == len(NUMBERS)


def test_a_read_only_folder_stops_the_pulls_in_words_and_takes_nothing(
        gateway: GatewaySimulator, team_store: Store, tmp_path: Path) -> None:
    with small_disk(tmp_path / "desk") as folder, \
            GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
        read_only(folder)
        reports_waiting(gateway, client)
        place = SpoolPlace(folder / SPOOL_NAME)
        with pytest.raises(SpoolUnavailableError) as raised:
            pull_turn(client, team_store, ACCOUNT, place)
        assert "文件夹不能写入" in raised.value.text("zh_CN")
        assert str(folder / SPOOL_NAME) in raised.value.text("zh_CN")
        assert "cannot be written" in raised.value.text("en")
        assert gateway.state(ACCOUNT).queued_reports == len(NUMBERS)  # nothing taken
        assert team_store.puller_of(ACCOUNT) is None  # another desk may pull
        assert team_store.count_reports() == 0


def test_a_full_disk_stops_the_pulls_until_there_is_room_again(
        gateway: GatewaySimulator, team_store: Store, tmp_path: Path) -> None:
    with small_disk(tmp_path / "desk") as folder, \
            GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
        place = SpoolPlace(folder / SPOOL_NAME)
        first = pull_turn(client, team_store, ACCOUNT, place)  # the spool made, the role held
        assert first.pulled_here
        reports_waiting(gateway, client)
        filler = fill(folder)

        with pytest.raises(SpoolUnavailableError) as raised:
            pull_turn(client, team_store, ACCOUNT, place)
        assert "磁盘已满" in raised.value.text("zh_CN")
        assert "the disk is full" in raised.value.text("en")
        assert gateway.state(ACCOUNT).queued_reports == len(NUMBERS)  # nothing taken
        assert team_store.puller_of(ACCOUNT) is None  # the role let go

        filler.unlink()
        again = pull_turn(client, team_store, ACCOUNT, place)
        place.close()
    assert again.pulled_here and again.summary is not None
    assert again.summary.new_reports == len(NUMBERS)
    assert gateway.state(ACCOUNT).queued_reports == 0
    assert team_store.count_reports() == len(NUMBERS)  # each once
