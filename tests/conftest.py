"""Shared test set-up: offscreen Qt, no real home, keyring or network."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists: pytest-qt does not choose the platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app under test never touches the user's real folders.
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

TESTS_DIR = Path(__file__).parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))  # for helper modules such as keyring_backends

# Real PostgreSQL servers in throwaway folders, for the team-database tests.
pytest_plugins = ["team_host_support"]

import pytest  # noqa: E402 - after the environment is set
from keyring_backends import MemoryKeyring, installed_keyring  # noqa: E402
from store_backends import BACKENDS, SharedCluster, StorePlace  # noqa: E402
from time_zones import NOT_CHINA_ZONES, pc_time_zone  # noqa: E402


@pytest.fixture
def gateway() -> Iterator[object]:
    """The simulator with sim_gateway.py's account on it (the window tests have their own:
    tests/ui/conftest.py); a module that needs another seed or a slower gateway builds its
    own with ``simulator_with_account``."""
    from sim_gateway import simulator_with_account

    with simulator_with_account() as sim:
        yield sim


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring in memory for this test (never the machine's)."""
    backend = MemoryKeyring()
    with installed_keyring(backend):
        yield backend


@pytest.fixture(scope="session")
def shared_cluster() -> object:
    cluster = SharedCluster()
    yield cluster
    cluster.stop()


@pytest.fixture(params=BACKENDS)
def store_place(request: pytest.FixtureRequest, tmp_path: Path,
                shared_cluster: SharedCluster) -> object:
    """Where this test's store lives; the test runs once per backend (store_backends.py)."""
    place = StorePlace(request.param, tmp_path, shared_cluster)
    yield place
    place.close_all()


@pytest.fixture
def two_desks(shared_cluster: SharedCluster, tmp_path: Path) -> Iterator[tuple[object, object]]:
    """Two desks (前台, 收银台) on one team database, each with a store of its own."""
    from juhe_desk.store import DeskIdentity

    place = StorePlace("postgresql", tmp_path, shared_cluster)
    try:
        a, b = place.open(), place.open()
        a.set_desk(DeskIdentity.new("前台"))
        b.set_desk(DeskIdentity.new("收银台"))
        yield a, b
    finally:
        place.close_all()


@pytest.fixture
def fresh_regions_table() -> Iterator[None]:
    """The test loads the table of cities itself; the process's own is put back after."""
    from juhe_desk.domain import regions

    kept = regions._index
    regions._index = None
    yield
    regions._index = kept


@pytest.fixture(params=NOT_CHINA_ZONES)
def pc_zone(request: pytest.FixtureRequest) -> object:
    """The test runs once on a PC in UTC and once on one in Tokyo (time_zones.py)."""
    with pc_time_zone(request.param):
        yield request.param
