"""The window on a team's shared database (``--shared-db``): it opens on it, sends through
it, and, where the database cannot be used, says why and offers to try again or quit:
never a private history instead."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from pg_cluster import free_port
from pytestqt.qtbot import QtBot
from rescue_support import Answer, ModalAnswerer
from sim_account import ACCOUNT
from test_send_end_to_end import NUMBERS, compose_page, fill_in, send_and_wait, table
from window_ready import show_until_ready

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.shared_database import save_address
from juhe_desk.store import MessageFilter
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME
from juhe_desk.ui.startup import StartupCancelled


def start(qtbot: QtBot, data_dir: Path, *args: str, answers: tuple[Answer, ...] = ()
          ) -> tuple[MainWindow, ModalAnswerer]:
    answerer = ModalAnswerer(list(answers))
    try:
        window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN", *args])
    finally:
        answerer.stop()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    show_until_ready(qtbot, window)
    return window, answerer


def test_a_desk_sends_through_the_shared_database(qtbot: QtBot, tmp_path: Path,
                                                  team_db: SharedAddress,
                                                  gateway: GatewaySimulator) -> None:
    data_dir = tmp_path / "data"
    window, _ = start(qtbot, data_dir, "--shared-db", team_db.url)
    page = compose_page(window)
    assert page.session.store.shared_address == team_db
    assert page.session.account is not None and page.session.account.id == ACCOUNT
    fill_in(qtbot, page, "\n".join(NUMBERS), "周末全场八折，欢迎光临")
    send_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: len(table(page)) == 3 and all(row[2] for row in table(page)),
                    timeout=5000)
    assert sorted(s.mobile for s in gateway.submissions(ACCOUNT)) == list(NUMBERS)
    campaign_id = page.results_model.campaign_id
    assert campaign_id is not None
    stored = page.session.store.fetch_messages(MessageFilter(campaign_id=campaign_id))
    assert sorted(m.mobile for m in stored) == list(NUMBERS)
    assert not (data_dir / DATABASE_NAME).exists()  # no private history beside it


def test_the_saved_address_is_used_at_start(qtbot: QtBot, tmp_path: Path,
                                            team_db: SharedAddress) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    save_address(data_dir, team_db)
    window, _ = start(qtbot, data_dir)
    assert compose_page(window).session.store.shared_address == team_db


def test_an_unreachable_database_is_said_and_never_replaced(qtbot: QtBot, tmp_path: Path,
                                                            team_db: SharedAddress) -> None:
    gone = SharedAddress(team_db.user, "127.0.0.1", free_port(), team_db.database)
    data_dir = tmp_path / "data"
    with pytest.raises(StartupCancelled):
        start(qtbot, data_dir, "--shared-db", gone.url,
              answers=(Answer("sharedDatabaseUnavailableBox", "sharedRetryButton"),
                       Answer("sharedDatabaseUnavailableBox", "sharedQuitButton")))
    assert not (data_dir / DATABASE_NAME).exists()


def test_the_wrong_password_is_said_in_words(qtbot: QtBot, tmp_path: Path,
                                             team_db: SharedAddress) -> None:
    keyring.set_password("juhe-desk", team_db.url, "not it")
    answerer = ModalAnswerer([Answer("sharedDatabaseUnavailableBox", "sharedQuitButton")])
    try:
        with pytest.raises(StartupCancelled):
            make_main_window(["--data-dir", str(tmp_path / "data"), "--shared-db", team_db.url])
    finally:
        answerer.stop()
    asked = answerer.seen[0]
    assert "密码不对" in asked.all_text()
    assert asked.title == "团队数据库"
    # Not hosted here: try again (the default) or quit, no port to change.
    assert set(asked.buttons) == {"sharedRetryButton", "sharedQuitButton"}
    assert asked.default == "sharedRetryButton"


def _desk_folder(tmp_path: Path, folder: str, name: str) -> Path:
    data_dir = tmp_path / folder
    data_dir.mkdir()
    (data_dir / "desk.json").write_text(f'{{"id": "{folder}-id", "name": "{name}"}}',
                                        encoding="utf-8")
    return data_dir


def test_the_status_bar_says_which_desk_receives_the_reports(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    first, _ = start(qtbot, _desk_folder(tmp_path, "a", "前台"), "--shared-db", team_db.url)
    qtbot.waitUntil(lambda: first.puller_label.text() == "本机负责收取回执", timeout=10_000)
    second, _ = start(qtbot, _desk_folder(tmp_path, "b", "收银台"),
                      "--shared-db", team_db.url)
    qtbot.waitUntil(lambda: second.puller_label.text() == "由 前台 收取回执", timeout=10_000)
    assert first.puller_label.isVisible() and second.puller_label.isVisible()
    assert second.session.store.puller_of(ACCOUNT).name == "前台"  # type: ignore[union-attr]
    first.close()  # the pulling desk quits: the other takes over within a takeover check
    qtbot.waitUntil(lambda: second.puller_label.text() == "本机负责收取回执", timeout=15_000)
