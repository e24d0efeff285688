"""Fixtures for window tests: a simulator gateway, an in-memory keyring, the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from gui_thread_store import fail_on_gui_thread_store_use, record_gui_thread_store_use
from gui_thread_writes import record_gui_thread_writes
from keyring_backends import MemoryKeyring
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from window_ready import show_until_ready

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.import_page import ImportPage

ACCOUNT = "922011"
PASSWORD = "pw-for-tests-7731"
EXTNO = "1069012345"
SIGNATURE = "【聚合云信】"


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    sim = GatewaySimulator(port=0, seed=7, report_delay=(0.0, 0.0))
    sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                               signatures=(SIGNATURE,), balance=1_000_000,
                               charge_type="PRECHARGE", price=50))
    sim.start()
    yield sim
    sim.stop()


WindowFactory = Callable[..., QMainWindow]


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
