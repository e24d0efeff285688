"""The desk that hosts the team database keeps its own history in it, reached the way every
desk reaches a shared database (``shared-database.txt``, the keyring under the address):
its start starts the server first, a failure gets the shared database's "try again or quit",
and quitting stops the server after the window let go of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from rescue_support import Answer, ModalAnswerer
from team_host_support import listening_elsewhere

from juhe_desk.app import make_main_window
from juhe_desk.services.shared_database import saved_address
from juhe_desk.services.team_host import TeamHost
from juhe_desk.store import Account
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME
from juhe_desk.ui.startup import StartupCancelled
from juhe_desk.ui.team_hosting import TeamHosting, start_team_host_if_enabled


def _start(qtbot: QtBot, data_dir: Path, answers: tuple[Answer, ...] = ()) -> MainWindow:
    answerer = ModalAnswerer(list(answers))
    try:
        window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
    finally:
        answerer.stop()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_the_hosting_desk_works_in_the_hosted_database(qtbot: QtBot,
                                                       hosting_desk: TeamHost) -> None:
    data_dir = hosting_desk.folder.parent
    assert saved_address(data_dir) == hosting_desk.local_address()  # set up: joined here
    assert start_team_host_if_enabled(data_dir) is None  # its start belongs to the store's
    assert not hosting_desk.status().running

    window = _start(qtbot, data_dir)
    store = window.session.store
    assert store.shared_address == hosting_desk.local_address()
    assert hosting_desk.status().running
    assert not (data_dir / DATABASE_NAME).exists()  # no private history beside it
    store.save_account(Account(id="922011", gateway_url="http://127.0.0.1:9/", is_active=True,
                               extno="1069012345", signatures=("【聚合云信】",), price_li=50))
    window.close()

    # A second start finds the server running (a window rebuilt after a restore does too)
    # and the account saved in it.
    window = _start(qtbot, data_dir)
    assert window.session.account is not None and window.session.account.id == "922011"
    window.close()
    TeamHosting.ensure(hosting_desk).stop()  # what quitting the app does
    assert not hosting_desk.status().running


def test_a_hosted_database_that_cannot_start_is_said_with_try_again(
        qtbot: QtBot, hosting_desk: TeamHost) -> None:
    data_dir = hosting_desk.folder.parent
    answers = (Answer("sharedDatabaseUnavailableBox", "sharedQuitButton"),)
    answerer = ModalAnswerer(list(answers))
    try:
        with listening_elsewhere(hosting_desk.settings().port), \
                pytest.raises(StartupCancelled):
            make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
    finally:
        answerer.stop()
    said = answerer.seen[0].all_text()
    assert str(hosting_desk.settings().port) in said and "端口" in said
    assert not (data_dir / DATABASE_NAME).exists()
