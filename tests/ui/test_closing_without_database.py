"""Closing the window while the team's shared database is gone (its server stopped): the
window closes at once, whatever was still to be written is said (logged, in words), and
nothing waits for the network on the GUI thread.

A cluster of this module's own: the tests stop its server."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest
from pg_cluster import APP_PASSWORD, PgCluster
from pytestqt.qtbot import QtBot
from test_shared_database_down import database_status
from test_shared_database_window import start

from juhe_desk.services.send_settings import PARALLEL_SETTING
from juhe_desk.store import Store
from juhe_desk.store.advisory_locks import WRITE_LOCK
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.store_writes import FINISH_WAIT_S


def test_closing_with_the_database_gone_does_not_wait_and_says_what_was_not_saved(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster, own_team_db: SharedAddress,
        caplog: pytest.LogCaptureFixture) -> None:
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    session = window.session
    assert session.team is not None
    session.team.check_timer.setInterval(200)
    own_cluster.stop()
    qtbot.waitUntil(lambda: database_status(window) != "", timeout=30_000)
    session.writes.set_setting(PARALLEL_SETTING, "5", settle_ms=60_000)  # not written yet
    began = time.monotonic()
    window.close()  # the window's Store.watch_thread: no connection on the GUI thread
    took = time.monotonic() - began
    # Before: 10-20 s (each write waited out the pool's 10 s, the jobs too). Now the
    # bounded wait for the last writes, and a little.
    assert took < FINISH_WAIT_S + 3, f"closing took {took:.1f} s"
    said = [r.getMessage() for r in caplog.records if "not saved" in r.getMessage()]
    assert said and f"{PARALLEL_SETTING} = 5" in said[0], said


def test_closing_while_the_database_is_slow_does_not_wait_for_it(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster, own_team_db: SharedAddress,
        caplog: pytest.LogCaptureFixture) -> None:
    """Another desk holds the team's write lock (a long write): closing waits for it no
    longer than the bounded wait, and what waited for it (the pulls) is cancelled."""
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    with psycopg.connect(own_cluster.superuser_address(own_team_db.database)) as other_desk, \
            other_desk.transaction():
        other_desk.execute("SELECT pg_advisory_xact_lock(%s, %s)", WRITE_LOCK)
        window.session.writes.set_setting(PARALLEL_SETTING, "7", settle_ms=60_000)
        began = time.monotonic()
        window.close()
        took = time.monotonic() - began
    assert took < FINISH_WAIT_S + 3, f"closing took {took:.1f} s"
    said = [r.getMessage() for r in caplog.records if "not saved" in r.getMessage()]
    assert said and f"{PARALLEL_SETTING} = 7" in said[0], said


def test_closing_with_the_database_there_saves_what_was_left(
        qtbot: QtBot, tmp_path: Path, own_team_db: SharedAddress,
        caplog: pytest.LogCaptureFixture) -> None:
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    session = window.session
    session.writes.set_setting(PARALLEL_SETTING, "6", settle_ms=60_000)  # not written yet
    session.writes.submit(lambda store: store.add_template("周末", "周末全场八折"))
    window.close()
    assert not [r for r in caplog.records if "not saved" in r.getMessage()]
    with Store.open_shared(own_team_db, APP_PASSWORD) as store:
        assert store.get_setting(PARALLEL_SETTING) == "6"
        assert [t.name for t in store.list_templates()] == ["周末"]
