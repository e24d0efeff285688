"""First run: the account dialog asks, tests the connection, then saves (password in the keyring).

Every test starts with an empty data folder and the in-memory keyring, against the simulator.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import keyring
import pytest
from import_helpers import WindowFactory, balance_text
from keyring_backends import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE

from juhe_desk.gateway.codes import describe_status
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount, ledger
from juhe_desk.gateway.simulator.rules import password_matches
from juhe_desk.store import Store
from juhe_desk.ui.dialogs.account_dialog import AccountDialog
from juhe_desk.ui.main_window import MainWindow

# The simulator account of tests/ui/conftest.py
SECOND_ACCOUNT, SECOND_PASSWORD, SECOND_EXTNO = "922099", "second-pw-5512", "1069099999"
W = TypeVar("W", bound=QWidget)


def first_run_dialog(qtbot: QtBot, window: QMainWindow) -> AccountDialog:
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.account_dialog is not None
                    and window.account_dialog.isVisible(), timeout=3000)
    dialog = window.account_dialog
    assert dialog is not None and dialog.objectName() == "accountDialog"
    return dialog


def child(dialog: AccountDialog, kind: type[W], name: str) -> W:
    widget = dialog.findChild(kind, name)
    assert isinstance(widget, kind), f"{name} is missing"
    return widget


def fill_in(qtbot: QtBot, dialog: AccountDialog, gateway_url: str, *,
            account: str = ACCOUNT, password: str = PASSWORD, extno: str = EXTNO,
            mode: str = "plain") -> None:
    """Types into the fields as a user would (the signature as an input method commits it)."""
    for name, text in (("gatewayEdit", gateway_url), ("accountEdit", account),
                       ("passwordEdit", password), ("extnoEdit", extno)):
        edit = child(dialog, QLineEdit, name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    child(dialog, QLineEdit, "signatureEdit").setText(SIGNATURE)
    price = child(dialog, QLineEdit, "priceEdit")
    price.clear()
    qtbot.keyClicks(price, "0.05")
    child(dialog, QSpinBox, "batchSizeSpin").setValue(100)
    child(dialog, QSpinBox, "pollIntervalSpin").setValue(30)
    combo = child(dialog, QComboBox, "passwordModeCombo")
    combo.setCurrentIndex(combo.findData(mode))


def press_save(qtbot: QtBot, dialog: AccountDialog) -> None:
    buttons = child(dialog, QDialogButtonBox, "accountButtons")
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def action(window: QMainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, f"no action {name}"
    return found


def balance_queries(gateway: GatewaySimulator, account: str = ACCOUNT) -> int:
    return sum(1 for r in gateway.request_log()
               if r.action in ("overage", "balance") and r.account == account)


def signed_up(qtbot: QtBot, window: QMainWindow, gateway: GatewaySimulator,
              mode: str = "plain") -> AccountDialog:
    """The first-run dialog filled in right and saved, once the balance it tested shows;
    returns the dialog."""
    dialog = first_run_dialog(qtbot, window)
    fill_in(qtbot, dialog, gateway.base_url, mode=mode)
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    return dialog


@pytest.fixture
def window(open_window: WindowFactory) -> QMainWindow:
    """A first run: empty data folder, nothing in the keyring."""
    return open_window()


def test_first_run_asks_for_every_setting(window: QMainWindow, qtbot: QtBot) -> None:
    dialog = first_run_dialog(qtbot, window)
    for name in ("gatewayEdit", "accountEdit", "passwordEdit", "extnoEdit", "signatureEdit"):
        child(dialog, QLineEdit, name)
    assert child(dialog, QLineEdit, "passwordEdit").echoMode() == QLineEdit.EchoMode.Password
    assert not child(dialog, QLineEdit, "accountEdit").isReadOnly()
    child(dialog, QLineEdit, "priceEdit")
    child(dialog, QSpinBox, "batchSizeSpin")
    child(dialog, QSpinBox, "pollIntervalSpin")
    combo = child(dialog, QComboBox, "passwordModeCombo")
    assert [combo.itemData(i) for i in range(combo.count())] == ["plain", "md5"]
    assert "—" in balance_text(window)


def test_missing_fields_are_named_and_nothing_is_queried(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    dialog = first_run_dialog(qtbot, window)
    press_save(qtbot, dialog)
    status = child(dialog, QLabel, "accountStatusLabel").text()
    assert status and dialog.isVisible()
    assert balance_queries(gateway) == 0


def test_wrong_password_keeps_the_dialog_open_and_saves_nothing(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator,
        memory_keyring: MemoryKeyring) -> None:
    dialog = first_run_dialog(qtbot, window)
    fill_in(qtbot, dialog, gateway.base_url, password="not-the-password")
    press_save(qtbot, dialog)
    status = child(dialog, QLabel, "accountStatusLabel")
    wrong = describe_status(3).meaning("zh_CN")
    qtbot.waitUntil(lambda: wrong in status.text(), timeout=5000)

    assert describe_status(3).fix("zh_CN") in status.text()  # what to do about it, too
    assert "Traceback" not in status.text()
    assert balance_queries(gateway) == 1  # the connection test is a balance query
    assert dialog.isVisible()
    assert isinstance(window, MainWindow)
    assert window.session.store.list_accounts() == []
    assert window.session.account is None
    assert memory_keyring.passwords == {}
    assert [c for c in memory_keyring.calls if c[0] == "set"] == []
    assert "—" in balance_text(window)


def test_right_password_saves_account_and_keyring_and_shows_balance(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator,
        memory_keyring: MemoryKeyring) -> None:
    dialog = first_run_dialog(qtbot, window)
    fill_in(qtbot, dialog, gateway.base_url, password="wrong-first")
    press_save(qtbot, dialog)
    status = child(dialog, QLabel, "accountStatusLabel")
    qtbot.waitUntil(lambda: describe_status(3).meaning("zh_CN") in status.text(), timeout=5000)

    password = child(dialog, QLineEdit, "passwordEdit")
    password.clear()
    qtbot.keyClicks(password, PASSWORD)
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)

    assert keyring.get_password("juhe-desk", ACCOUNT) == PASSWORD
    assert isinstance(window, MainWindow)
    saved = window.session.store.get_active_account()
    assert saved is not None
    assert (saved.id, saved.gateway_url, saved.extno, saved.signatures) == (
        ACCOUNT, gateway.base_url, EXTNO, (SIGNATURE,))
    assert (saved.price_li, saved.batch_size, saved.poll_interval_s, saved.password_mode) == (
        50, 100, 30, "plain")
    assert window.session.ready


def test_settings_are_edited_later_without_retyping_the_password(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    dialog = signed_up(qtbot, window, gateway)
    assert isinstance(window, MainWindow)

    action(window, "accountSettingsAction").trigger()
    edit = window.account_dialog
    assert edit is not None and edit is not dialog
    qtbot.waitUntil(edit.isVisible, timeout=3000)
    assert child(edit, QLineEdit, "accountEdit").text() == ACCOUNT
    assert child(edit, QLineEdit, "accountEdit").isReadOnly()
    assert child(edit, QLineEdit, "gatewayEdit").text() == gateway.base_url
    assert child(edit, QLineEdit, "extnoEdit").text() == EXTNO
    assert child(edit, QLineEdit, "signatureEdit").text() == SIGNATURE
    assert child(edit, QLineEdit, "passwordEdit").text() == ""  # never shown again
    child(edit, QSpinBox, "batchSizeSpin").setValue(50)
    queries = balance_queries(gateway)
    press_save(qtbot, edit)
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=5000)

    assert balance_queries(gateway) > queries  # tested again before saving
    qtbot.waitUntil(lambda: window.session.store.get_account(ACCOUNT).batch_size == 50,
                    timeout=3000)  # written off the GUI thread
    assert window.session.store.get_account(ACCOUNT).is_active
    assert keyring.get_password("juhe-desk", ACCOUNT) == PASSWORD
    assert window.session.ready


@pytest.fixture
def second_account(gateway: GatewaySimulator) -> Iterator[None]:
    gateway.add_account(SimAccount(account=SECOND_ACCOUNT, password=SECOND_PASSWORD,
                                   extno=SECOND_EXTNO, signatures=(SIGNATURE,),
                                   balance=250_000, charge_type="PRECHARGE", price=50))
    yield


@pytest.mark.usefixtures("second_account")
def test_a_second_account_becomes_the_active_one(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    signed_up(qtbot, window, gateway)
    assert isinstance(window, MainWindow)

    action(window, "addAccountAction").trigger()
    other = window.account_dialog
    assert other is not None
    qtbot.waitUntil(other.isVisible, timeout=3000)
    assert child(other, QLineEdit, "accountEdit").text() == ""
    fill_in(qtbot, other, gateway.base_url, account=SECOND_ACCOUNT, password=SECOND_PASSWORD,
            extno=SECOND_EXTNO)
    press_save(qtbot, other)
    qtbot.waitUntil(lambda: "250.00" in balance_text(window), timeout=5000)

    store = window.session.store
    assert sorted(a.id for a in store.list_accounts()) == [ACCOUNT, SECOND_ACCOUNT]
    assert [a.id for a in store.list_accounts() if a.is_active] == [SECOND_ACCOUNT]
    assert keyring.get_password("juhe-desk", ACCOUNT) == PASSWORD
    assert keyring.get_password("juhe-desk", SECOND_ACCOUNT) == SECOND_PASSWORD

    # Back to the first one on the Account tab: its own password comes from the keyring.
    combo = window.findChild(QComboBox, "accountCombo")
    assert combo is not None and combo.isEnabled()
    index = combo.findData(ACCOUNT)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as when the user picks it
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    assert store.get_active_account() == store.get_account(ACCOUNT)
    assert window.session.ready


def test_md5_mode_works_end_to_end(window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The simulator takes both forms; recording what arrived shows that only MD5 did."""
    arrived_plain: list[bool] = []

    def recording(sent: str, password: str, action: str, params: dict[str, str]) -> bool:
        arrived_plain.append(sent == password)
        return password_matches(sent, password, action, params)

    monkeypatch.setattr(ledger, "password_matches", recording)  # what the ledger calls
    signed_up(qtbot, window, gateway, mode="md5")
    assert isinstance(window, MainWindow)
    assert window.session.store.get_account(ACCOUNT).password_mode == "md5"

    with window.session.make_client() as client:  # the client the pages use, as the app builds it
        results = client.send(["13800000001"], SIGNATURE + "md5 测试", extno=EXTNO)
    assert [r.result for r in results] == [0]
    assert gateway.submissions(ACCOUNT)[-1].mobile == "13800000001"
    assert arrived_plain and not any(arrived_plain)


def test_a_saved_account_without_its_password_asks_only_for_it(
        open_window: WindowFactory, qtbot: QtBot, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    """The second run on another computer: settings in the store, the keyring empty."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    from juhe_desk.store import Account

    with Store.open(data_dir / "juhe-desk.sqlite3") as store:
        store.save_account(Account(id=ACCOUNT, gateway_url=gateway.base_url, extno=EXTNO,
                                   signatures=(SIGNATURE,), price_li=50, is_active=True))
    window = open_window()
    dialog = first_run_dialog(qtbot, window)
    assert child(dialog, QLineEdit, "accountEdit").text() == ACCOUNT
    assert child(dialog, QLineEdit, "gatewayEdit").text() == gateway.base_url
    press_save(qtbot, dialog)  # no password yet: it must be asked for
    assert dialog.isVisible()
    qtbot.keyClicks(child(dialog, QLineEdit, "passwordEdit"), PASSWORD)
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    assert keyring.get_password("juhe-desk", ACCOUNT) == PASSWORD


def test_cancel_while_testing_saves_nothing(window: QMainWindow, qtbot: QtBot,
                                            gateway: GatewaySimulator,
                                            memory_keyring: MemoryKeyring) -> None:
    dialog = first_run_dialog(qtbot, window)
    fill_in(qtbot, dialog, gateway.base_url)
    press_save(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # before the answer can come back
    assert not dialog.isVisible()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: balance_queries(gateway) == 1
                    and not window.session.runner.busy(), timeout=5000)
    assert window.session.store.list_accounts() == []
    assert memory_keyring.passwords == {}
    assert not window.session.ready


def test_unreachable_gateway_is_explained_and_nothing_saved(
        window: QMainWindow, qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    dialog = first_run_dialog(qtbot, window)
    fill_in(qtbot, dialog, closed_url)
    press_save(qtbot, dialog)
    status = child(dialog, QLabel, "accountStatusLabel")
    buttons = child(dialog, QDialogButtonBox, "accountButtons")
    qtbot.waitUntil(lambda: buttons.isEnabled() and "…" not in status.text(), timeout=10_000)
    assert dialog.isVisible()
    assert status.text() and "Traceback" not in status.text()
    assert "127.0.0.1" in status.text() or "连接" in status.text() or "connect" in status.text()
    assert isinstance(window, MainWindow)
    assert window.session.store.list_accounts() == []
    assert memory_keyring.passwords == {}
