"""Without a usable keyring the account dialog still works: the password lasts this run only.

The user is told so in words (the dialog and the status bar), the app works for the run, and
the password is written nowhere on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.backend
import pytest
from import_helpers import WindowFactory, balance_text
from keyring.backends import fail
from keyring_backends import MemoryKeyring, NoKeyring, RefusingKeyring, installed_keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot
from secret_search import secret_hits
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE

from juhe_desk.credentials import UNAVAILABLE_ZH
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account, Store
from juhe_desk.ui.dialogs.account_dialog import AccountDialog
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME

# The simulator account of tests/ui/conftest.py
THIS_RUN_ONLY = "本次运行"  # in UNAVAILABLE_ZH and in the dialog's Chinese wording alike

BACKENDS: dict[str, Callable[[], keyring.backend.KeyringBackend]] = {
    "keyring-fail-backend": fail.Keyring,  # what keyring picks on a headless machine
    "no-keyring": NoKeyring,  # NoKeyringError from every call
    "locked-keyring": RefusingKeyring,  # KeyringLocked / PasswordSetError
}


@pytest.fixture(params=sorted(BACKENDS))
def broken_keyring(request: pytest.FixtureRequest,
                   memory_keyring: MemoryKeyring) -> Iterator[keyring.backend.KeyringBackend]:
    """Installed over the fixtures' in-memory keyring for the whole test."""
    backend = BACKENDS[request.param]()
    with installed_keyring(backend):
        yield backend


def open_dialog(qtbot: QtBot, window: QMainWindow) -> AccountDialog:
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.account_dialog is not None
                    and window.account_dialog.isVisible(), timeout=3000)
    assert window.account_dialog is not None
    return window.account_dialog


def type_into(qtbot: QtBot, dialog: AccountDialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None
    edit.clear()
    qtbot.keyClicks(edit, text)


def save(qtbot: QtBot, dialog: AccountDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "accountButtons")
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_first_run_keeps_the_password_for_this_run_and_says_so(
        broken_keyring: keyring.backend.KeyringBackend, open_window: WindowFactory,
        qtbot: QtBot, gateway: GatewaySimulator, tmp_path: Path) -> None:
    window = open_window()
    dialog = open_dialog(qtbot, window)
    for name, text in (("gatewayEdit", gateway.base_url), ("accountEdit", ACCOUNT),
                       ("passwordEdit", PASSWORD), ("extnoEdit", EXTNO), ("priceEdit", "0.05")):
        type_into(qtbot, dialog, name, text)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)

    message = window.statusBar().currentMessage()
    assert message == UNAVAILABLE_ZH and THIS_RUN_ONLY in message
    assert isinstance(window, MainWindow)
    session = window.session
    assert session.ready  # the app works for this run
    assert session.store.get_active_account() is not None  # the settings are kept
    with session.make_client() as client:
        assert client.balance().balance == 1_000_000

    window.close()
    data_dir = tmp_path / "data"
    assert (data_dir / DATABASE_NAME).exists()
    assert secret_hits(data_dir, PASSWORD) == []
    log_text = (data_dir / "logs" / "juhe-desk.log").read_text(encoding="utf-8")
    assert "Traceback" not in log_text


def test_next_run_asks_for_the_password_again_and_says_why(
        open_window: WindowFactory, qtbot: QtBot, gateway: GatewaySimulator,
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with Store.open(data_dir / DATABASE_NAME) as store:
        store.save_account(Account(id=ACCOUNT, gateway_url=gateway.base_url, extno=EXTNO,
                                   signatures=(SIGNATURE,), price_li=50, is_active=True))
    with installed_keyring(fail.Keyring()):
        window = open_window()
        dialog = open_dialog(qtbot, window)
        intro = dialog.findChild(QLabel, "accountIntroLabel")
        assert intro is not None
        assert "this run only" in intro.text() or "本次运行" in intro.text()
        assert dialog.findChild(QLineEdit, "accountEdit").text() == ACCOUNT  # type: ignore[union-attr]
        type_into(qtbot, dialog, "passwordEdit", PASSWORD)
        save(qtbot, dialog)
        qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
        assert THIS_RUN_ONLY in window.statusBar().currentMessage()
        window.close()
    assert secret_hits(data_dir, PASSWORD) == []
