"""Moving in from the window: the Account menu's moveHistoryAction on a desk joined to a
team database moves the desk's own file in a job, shows its progress and the counts per
table, and can be stopped and started again; a desk on its own file is told how to join
first."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from history_support import history
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from test_shared_database_window import start

from juhe_desk.services.history_move import move_desk_history
from juhe_desk.store import Store
from juhe_desk.store.move_in import Progress
from juhe_desk.store.move_in_counts import MoveResult
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.dialogs import history_move_dialog
from juhe_desk.ui.dialogs.history_move_dialog import HistoryMoveDialog
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME

NUMBERS = [f"1380000{i:04d}" for i in range(10)]


def desk_with_history(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with Store.open(data_dir / DATABASE_NAME) as desk:
        history(desk, "本店", NUMBERS)
    return data_dir


def open_move_dialog(window: MainWindow) -> HistoryMoveDialog:
    action = window.findChild(QAction, "moveHistoryAction")
    assert action is not None
    action.trigger()
    dialog = window.findChild(HistoryMoveDialog, "moveHistoryDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_desks_history_moves_in_from_the_account_menu(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    data_dir = desk_with_history(tmp_path)
    window, _ = start(qtbot, data_dir, "--shared-db", team_db.url)
    dialog = open_move_dialog(window)
    assert dialog.start_button.isEnabled()
    assert team_db.database in dialog.intro.text()

    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.isVisible(), timeout=20_000)
    assert dialog.move_result is not None and dialog.move_result.complete
    text = dialog.outcome.text()
    assert "短信：共 10，已搬入 10" in text, text
    assert str(data_dir / DATABASE_NAME) in text
    assert not dialog.start_button.isVisible()
    store = window.session.store
    assert [c.name for c in store.list_campaigns()] == ["本店活动"]
    assert store.is_opted_out(NUMBERS[-1])
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.findChild(HistoryMoveDialog) is None, timeout=5000)


def test_a_stopped_move_goes_on_when_started_again(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = desk_with_history(tmp_path)
    window, _ = start(qtbot, data_dir, "--shared-db", team_db.url)
    dialog = open_move_dialog(window)
    stopped = threading.Event()
    dialog.stop_button.clicked.connect(stopped.set)

    def held_after_first_step(database: Path, store: Store, *, progress: Progress,
                              should_stop: Callable[[], bool]) -> MoveResult:
        def progress_then_wait(done: int, total: int) -> None:
            progress(done, total)
            stopped.wait(10)  # the job goes on once the person pressed Stop

        return move_desk_history(database, store, progress=progress_then_wait,
                                 should_stop=should_stop)

    monkeypatch.setattr(history_move_dialog, "move_desk_history", held_after_first_step)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.stop_button.isVisible() and dialog.progress.maximum() > 0,
                    timeout=20_000)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.isVisible(), timeout=20_000)
    assert dialog.move_result is None and "继续" in dialog.outcome.text()
    store = window.session.store
    assert store._scalar("SELECT count(*) FROM messages") < len(NUMBERS)

    dialog.start_button.click()  # stopped is set: this time it runs to the end
    qtbot.waitUntil(lambda: dialog.move_result is not None, timeout=20_000)
    assert dialog.move_result is not None and dialog.move_result.complete
    assert [c.name for c in store.list_campaigns()] == ["本店活动"]
    assert store._scalar("SELECT count(*) FROM messages") == len(NUMBERS)


def test_a_desk_on_its_own_file_is_told_to_join_first(qtbot: QtBot, tmp_path: Path,
                                                      team_db: SharedAddress
                                                      ) -> None:
    data_dir = desk_with_history(tmp_path)
    window, _ = start(qtbot, data_dir)
    dialog = open_move_dialog(window)
    assert not dialog.start_button.isEnabled()
    assert "团队共享数据库" in dialog.intro.text()
