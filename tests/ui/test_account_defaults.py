"""The same app whichever way it was set up: an account made on the command line
(--gateway/--account) and one made in the first-run dialog start from the same defaults, and
the dialog asks for the price the contract says instead of filling one in silently."""

from __future__ import annotations

from pathlib import Path

import keyring
from import_helpers import WindowFactory, commit_text
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QMainWindow, QSpinBox
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD
from test_first_run import balance_queries, balance_text, child, first_run_dialog, press_save

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account
from juhe_desk.ui.dialogs.account_dialog import AccountDialog
from juhe_desk.ui.main_window import MainWindow


def without_price(qtbot: QtBot, dialog: AccountDialog, gateway_url: str) -> QLineEdit:
    """What the dialog needs, typed as a user would, except the price; returns its field.
    Every other setting stays as the dialog offers it."""
    for name, text in (("gatewayEdit", gateway_url), ("accountEdit", ACCOUNT),
                       ("passwordEdit", PASSWORD), ("extnoEdit", EXTNO)):
        edit = child(dialog, QLineEdit, name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    price = child(dialog, QLineEdit, "priceEdit")
    price.clear()
    return price


def stored(window: QMainWindow) -> Account | None:
    assert isinstance(window, MainWindow)
    return window.session.store.find_account(ACCOUNT)


def saved_account(qtbot: QtBot, window: QMainWindow) -> Account:
    """The account as the window saved it (written off the GUI thread)."""
    qtbot.waitUntil(lambda: stored(window) is not None, timeout=3000)
    account = stored(window)
    assert account is not None
    return account


def test_the_price_is_asked_for_with_the_usual_price_as_a_hint(
        open_window: WindowFactory, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    window = open_window()
    dialog = first_run_dialog(qtbot, window)
    price = child(dialog, QLineEdit, "priceEdit")
    assert price.text() == ""  # nothing the user did not type
    assert "0.05" in price.placeholderText()

    without_price(qtbot, dialog, gateway.base_url)
    press_save(qtbot, dialog)
    status = child(dialog, QLabel, "accountStatusLabel")
    assert "每条短信单价" in status.text() and "合同" in status.text()  # what, and why
    assert dialog.isVisible() and balance_queries(gateway) == 0

    for typed in ("abc", "0", "0.0455", "50"):  # not an amount, free, finer than 厘, 50 元
        price.clear()
        qtbot.keyClicks(price, typed)
        press_save(qtbot, dialog)
        assert f"“{typed}”不是每条短信的单价" in status.text(), typed
        assert dialog.isVisible() and balance_queries(gateway) == 0

    price.clear()
    commit_text(price, "０.045元")  # full-width, as a Chinese input method may type it
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    assert saved_account(qtbot, window).price_li == 45


def test_an_account_from_the_command_line_starts_as_one_from_the_dialog(
        open_window: WindowFactory, qtbot: QtBot, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    # The first-run dialog, its settings as they come.
    by_dialog = open_window(data_dir=tmp_path / "by-dialog")
    dialog = first_run_dialog(qtbot, by_dialog)
    offered = (child(dialog, QSpinBox, "batchSizeSpin").value(),
               child(dialog, QSpinBox, "pollIntervalSpin").value(),
               round(child(dialog, QDoubleSpinBox, "lowBalanceSpin").value() * 1000))
    assert offered == (200, 30, 10_000)  # 30 s between pulls, a warning below 10 元
    assert child(dialog, QLineEdit, "priceEdit").text() == ""

    # The same account on the command line, on another desk (data folder).
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    by_command = open_window("--gateway", gateway.base_url, "--account", ACCOUNT,
                             "--extno", EXTNO, data_dir=tmp_path / "by-command")
    made = saved_account(qtbot, by_command)
    assert (made.batch_size, made.poll_interval_s, made.low_balance_li) == offered
    assert made.price_li == 0  # not known yet: the cost check says so, no made-up price
    assert isinstance(by_command, MainWindow)
    assert by_command.session.poll_timer.interval() == 30_000

    # Saved from the dialog with only what it asks for typed: the same settings.
    without_price(qtbot, dialog, gateway.base_url)
    qtbot.keyClicks(child(dialog, QLineEdit, "priceEdit"), "0.05")
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: "1000.00" in balance_text(by_dialog), timeout=5000)
    from_dialog = saved_account(qtbot, by_dialog)
    assert (from_dialog.batch_size, from_dialog.poll_interval_s,
            from_dialog.low_balance_li) == offered
    assert from_dialog.price_li == 50

    # Opened later on the command-line desk, the dialog asks for the price it lacks.
    by_command.show_account_dialog()
    edit = by_command.account_dialog
    assert edit is not None
    qtbot.waitUntil(edit.isVisible, timeout=3000)
    assert child(edit, QLineEdit, "priceEdit").text() == ""
    press_save(qtbot, edit)
    assert "每条短信单价" in child(edit, QLabel, "accountStatusLabel").text()
