"""Fixtures for window tests: a simulator gateway, an in-memory keyring, the real window,
and a team's shared database with the simulator's account saved in it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from gui_thread_store import fail_on_gui_thread_store_use, record_gui_thread_store_use
from gui_thread_writes import record_gui_thread_writes
from import_helpers import SignedIn, WindowFactory
from keyring_backends import MemoryKeyring
from pg_cluster import APP_PASSWORD, PgCluster, PgUnavailable
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE, window_simulator
from store_backends import SharedCluster, StorePlace
from window_ready import show_until_ready

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account, Store
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.i18n import current_language, install_translators
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.tasks import TaskRunner


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with window_simulator() as sim:
        yield sim




@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path,
                memory_keyring: MemoryKeyring) -> Iterator[WindowFactory]:
    """Builds the real main window with ``make_main_window``; pytest-qt closes it at the end,
    once nothing sends in it: closed while it sends, it would ask first, in a modal box
    nobody answers."""

    def until_quiet(window: QWidget) -> None:
        if window.isVisible():
            qtbot.waitUntil(lambda: not sending(window), timeout=30_000)

    def factory(*argv: str, data_dir: Path | None = None) -> QMainWindow:
        args = ["--data-dir", str(data_dir or tmp_path / "data"), "--lang", "zh_CN", *argv]
        window = make_main_window(args)
        qtbot.addWidget(window, before_close_func=until_quiet)
        show_until_ready(qtbot, window)
        return window

    yield factory


@pytest.fixture
def signed_in(open_window: WindowFactory, gateway: GatewaySimulator, tmp_path: Path) -> SignedIn:
    """``signed_in(batch_size=5)``: the simulator's account saved in the desk's store, then
    the window opened signed in to it; ``signed_in.open()``: opened once more, as after a
    restart (import_helpers.SignedIn)."""
    return SignedIn(open_window, gateway, tmp_path / "data")


@pytest.fixture
def window(signed_in: SignedIn) -> QMainWindow:
    """Signed in to the account saved in the desk's store, its signature and price with it
    (``main_window``: named on the command line only). A module may set it up its own way."""
    return signed_in()


def sending(window: QWidget) -> bool:
    """Whether a campaign or a send still runs in ``window`` (closing it would ask)."""
    campaigns = window.findChild(ImportPage)
    compose = window.findChild(ComposePage)
    return bool((campaigns is not None and campaigns.control.busy)
                or (compose is not None and compose.campaign_runner.busy))


@pytest.fixture
def main_window(open_window: WindowFactory, gateway: GatewaySimulator) -> QMainWindow:
    """The window signed in to the simulator's test account (password in the keyring)."""
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    return open_window("--gateway", gateway.base_url, "--account", ACCOUNT, "--extno", EXTNO)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store of the desk's own (SQLite); a module that needs data in it has its own."""
    with Store.open(tmp_path / "juhe.db") as opened:
        yield opened


@pytest.fixture
def runner(store: Store) -> Iterator[TaskRunner]:
    """A task runner on ``store``, opening its job connections as the session's does."""
    task_runner = TaskRunner(job_scope=store.job_connection)
    yield task_runner
    task_runner.shutdown()


def _ready_for_the_window(store: Store, address: SharedAddress,
                          gateway: GatewaySimulator) -> None:
    """The simulator's account saved in the team's database; the database's password and
    the account's in the keyring, as a desk that joined the team has them."""
    store.save_account(Account(id=ACCOUNT, gateway_url=gateway.base_url, extno=EXTNO,
                               signatures=(SIGNATURE,), price_li=50, is_active=True))
    keyring.set_password("juhe-desk", address.url, APP_PASSWORD)
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)


@pytest.fixture
def team_db(shared_cluster: SharedCluster, tmp_path: Path,
            memory_keyring: MemoryKeyring, gateway: GatewaySimulator) -> SharedAddress:
    """A team's shared database of its own on the session's cluster, ready for windows
    opened with ``--shared-db team_db.url``."""
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    with place.open() as store:
        assert place.address is not None
        _ready_for_the_window(store, place.address, gateway)
    return place.address


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[PgCluster]:
    """A cluster of the test module's own, whose server its tests may stop and start
    (skipped, or failed in CI, by name where no server is installed)."""
    holder = SharedCluster()
    try:
        yield holder.get()
    finally:
        holder.stop()


@pytest.fixture
def own_team_db(own_cluster: PgCluster, memory_keyring: MemoryKeyring,
                gateway: GatewaySimulator) -> Iterator[SharedAddress]:
    """As ``team_db``, on ``own_cluster``; its server runs again after the test, whether
    or not the test started it again itself."""
    address = own_cluster.new_database()
    with Store.open_shared(address, APP_PASSWORD) as store:
        _ready_for_the_window(store, address, gateway)
    yield address
    with contextlib.suppress(PgUnavailable):  # the test started it again already
        own_cluster.start_server()


@pytest.fixture(autouse=True)
def chinese_after_each_test() -> Iterator[None]:
    """A test that started a window with ``--lang en`` leaves the app's language English:
    the next test's dialog would speak English (its errors too) where the app's default
    is Chinese. Each test begins as a start without --lang on a Chinese PC does."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication) and current_language() != "zh_CN":
        install_translators(app, "zh_CN")


@pytest.fixture(autouse=True)
def no_store_writes_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every window test also checks that nothing the window does writes the store on the
    GUI thread (a write waits for the disk: the window would stutter)."""
    found = record_gui_thread_writes(monkeypatch)
    yield
    if found:
        pytest.fail(f"{len(found)} store write(s) on the GUI thread; the first:\n{found[0]}",
                    pytrace=False)


@pytest.fixture(autouse=True)
def no_shared_store_use_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every window test on a team's shared database also checks that the window's code
    takes no store connection on the GUI thread (each one is a round trip to the server,
    up to 10 s when it is gone: see gui_thread_store.py)."""
    found = record_gui_thread_store_use(monkeypatch)
    yield
    fail_on_gui_thread_store_use(found)
