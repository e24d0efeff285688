"""Store fixtures: a real store on each backend (a SQLite file in tmp_path, a fresh
PostgreSQL database) and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_backends import SharedCluster, StorePlace
from store_support import FakeClock

from juhe_desk.store import Store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(store_place: StorePlace, clock: FakeClock) -> Iterator[Store]:
    yield store_place.open(clock=clock)


@pytest.fixture
def sqlite_store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    """For what only SQLite has (its query plans, its file): the SQLite backend alone."""
    with Store.open(tmp_path / "juhe.db", clock=clock) as opened:
        yield opened


@pytest.fixture
def store_place_pg(shared_cluster: SharedCluster, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two desks (two stores, each with its own pool) on one fresh shared database."""
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    try:
        yield place.open(), place.open()
    finally:
        place.close_all()
