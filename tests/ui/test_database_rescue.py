"""A data file that cannot be used, in-process: the rescue dialog is answered (restore, new,
quit, try again) and the files checked; damage found after the start; File → back up and
restore. The child-process side (no traceback, the log) is in test_startup_child.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
import tempfile
import threading
from pathlib import Path

import keyring
import pytest
from disk_support import (
    damage_middle,
    damage_table,
    fill,
    fill_store,
    garbage,
    small_disk,
    truncate,
)
from keyring_backends import MemoryKeyring
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from rescue_support import Answer, ModalAnswerer, Seen, describe
from sim_account import ACCOUNT, EXTNO, PASSWORD
from time_support import FakeClock
from window_ready import show_until_ready

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import SCHEMA_VERSION, Store
from juhe_desk.store.backups import list_backups
from juhe_desk.store.database import Database
from juhe_desk.store.schema import MIGRATIONS
from juhe_desk.ui import startup
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME
from juhe_desk.ui.startup import StartupCancelled

RESCUE = "databaseRescueDialog"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def marker(path: Path) -> str | None:
    with Store.open(path) as store:
        return store.get_setting("marker")


@pytest.fixture(autouse=True)
def signed_in(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
              tmp_path: Path) -> None:
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    fallback = tmp_path / "tmp"  # where the log goes when the data folder cannot take it
    fallback.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(fallback))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def with_backups(data_dir: Path) -> Path:
    """A data file and two daily backups; the newer holds "the newer data"."""
    clock = FakeClock()
    database = data_dir / DATABASE_NAME
    fill_store(database)
    with Store.open(database, clock=clock) as store:
        store.back_up_automatically()
        clock.advance(dt.timedelta(days=1))
        store.set_setting("marker", "the newer data")
        store.back_up_automatically()
        store.set_setting("marker", "after the last backup")
    return database


class Starter:
    def __init__(self, qtbot: QtBot, data_dir: Path, gateway: GatewaySimulator) -> None:
        self.qtbot, self.data_dir, self.gateway = qtbot, data_dir, gateway
        self.seen: list[Seen] = []

    def __call__(self, *answers: Answer, lang: str = "zh_CN") -> MainWindow:
        answerer = ModalAnswerer(list(answers))
        try:
            window = make_main_window(["--data-dir", str(self.data_dir), "--lang", lang,
                                       "--gateway", self.gateway.base_url,
                                       "--account", ACCOUNT, "--extno", EXTNO])
        finally:
            answerer.stop()
            self.seen = answerer.seen
        assert not answerer.answers, "a dialog expected was never shown"
        assert isinstance(window, MainWindow)
        self.add(window)
        return window

    def add(self, window: QMainWindow) -> None:
        self.qtbot.addWidget(window)
        show_until_ready(self.qtbot, window)


@pytest.fixture
def start(qtbot: QtBot, data_dir: Path, gateway: GatewaySimulator) -> Starter:
    return Starter(qtbot, data_dir, gateway)


def kept_aside(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("juhe-desk-damaged-*.sqlite3"))


def status_text(window: QMainWindow) -> str:
    return str(window.statusBar().currentMessage())


# --- at start ------------------------------------------------------------------------------
def test_restoring_the_latest_backup_keeps_the_damaged_file(start: Starter,
                                                            data_dir: Path) -> None:
    database = with_backups(data_dir)
    newest = list_backups(database)[0]
    truncate(database)
    damaged = digest(database)
    window = start(Answer(RESCUE, "rescueRestoreButton"))

    (seen,) = start.seen
    assert seen.title == "数据文件已损坏"
    assert set(seen.buttons) == {"rescueRestoreButton", "rescueNewButton", "rescueQuitButton"}
    assert seen.default == "rescueRestoreButton"
    assert "2026-11-02 09:00" in seen.texts["rescueRestoreButtonDescription"]  # its date
    assert "不会被删除" in seen.texts["rescueMessageLabel"]
    assert str(data_dir / "logs" / "juhe-desk.log") in seen.texts["rescueDetailsLabel"]

    assert window.session.store.get_setting("marker") == "the newer data"
    (kept,) = kept_aside(data_dir)
    assert digest(kept) == damaged
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert newest.path.exists()  # the backup restored stays a backup
    assert "已恢复" in status_text(window) and "2026-11-02 09:00" in status_text(window)


def test_a_new_empty_file_keeps_the_damaged_one_and_the_old_backups(start: Starter,
                                                                    data_dir: Path) -> None:
    database = with_backups(data_dir)
    old_backups = sorted(b.path.name for b in list_backups(database))
    garbage(database)
    damaged = digest(database)
    window = start(Answer(RESCUE, "rescueNewButton"), lang="en")

    assert start.seen[0].title == "The data file is damaged"
    assert window.session.store.get_setting("marker") is None
    (kept,) = kept_aside(data_dir)
    assert digest(kept) == damaged
    assert kept.name in status_text(window)
    (apart,) = (data_dir / "backups").glob("before-new-*")
    assert sorted(p.name for p in apart.iterdir()) == old_backups


def test_quitting_changes_nothing(start: Starter, data_dir: Path) -> None:
    database = data_dir / DATABASE_NAME
    fill_store(database)
    damage_middle(database)  # opens fine; the quick check at start finds it
    before = {p.name: digest(p) for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(StartupCancelled):
        start(Answer(RESCUE, "rescueQuitButton"))
    assert {p.name: digest(p) for p in data_dir.iterdir() if p.is_file()} == before
    assert "rescueRestoreButton" not in start.seen[0].buttons  # no backup to offer
    assert "没有找到自动备份" in start.seen[0].texts["rescueMessageLabel"]
    log = (data_dir / "logs" / "juhe-desk.log").read_text(encoding="utf-8")
    assert "cannot be used (damaged)" in log and "the user chose quit" in log


def test_a_full_disk_at_start_gets_its_own_words_and_a_retry(start: Starter, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    with small_disk(tmp_path / "disk", "4m") as disk:
        start.data_dir = disk / "data"
        fill_store(start.data_dir / DATABASE_NAME, reports=200)
        filler = fill(disk)
        window = start(Answer(RESCUE, "rescueRetryButton", before=lambda _: filler.unlink()))
        (seen,) = start.seen
        assert seen.title == "磁盘已满"
        assert "清理磁盘空间" in seen.texts["rescueMessageLabel"]
        assert set(seen.buttons) == {"rescueRetryButton", "rescueQuitButton"}
        assert seen.default == "rescueRetryButton"
        assert window.session.store.get_setting("marker") == "the good data"
        window.close()


def test_an_upgrade_is_checked_backed_up_and_run_off_the_gui_thread(
        start: Starter, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = data_dir / DATABASE_NAME
    old = Database.open(database, MIGRATIONS[:2])
    with old.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('marker', 'version 2')")
    old.close()
    opened_on: list[bool] = []
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def watched_open(cls: type[Store], *args: object, **kwargs: object) -> Store:
        opened_on.append(threading.current_thread() is threading.main_thread())
        return real_open(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Store, "open", classmethod(watched_open))
    window = start()
    assert opened_on == [False]
    assert window.session.store.get_setting("marker") == "version 2"
    (backup,) = list_backups(database)
    assert backup.reason == "before-upgrade-v2"


def test_a_file_from_a_newer_juhe_desk_is_left_alone(start: Starter, data_dir: Path) -> None:
    database = data_dir / DATABASE_NAME
    fill_store(database)
    conn = sqlite3.connect(database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(database)
    with pytest.raises(StartupCancelled):
        start(Answer(RESCUE, "rescueQuitButton"))
    (seen,) = start.seen
    assert seen.title == "无法打开数据文件" and "升级" in seen.texts["rescueMessageLabel"]
    assert list(seen.buttons) == ["rescueQuitButton"]
    assert digest(database) == before and not kept_aside(data_dir)


# --- damage found after the start -----------------------------------------------------------
@pytest.fixture
def large_file_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as too large to check before the window: checked in the background."""
    monkeypatch.setattr(startup, "INLINE_CHECK_MAX_BYTES", 0)


@pytest.mark.usefixtures("large_file_rules")
def test_damage_found_in_the_background_offers_the_rescue(start: Starter, data_dir: Path,
                                                          qtbot: QtBot) -> None:
    database = with_backups(data_dir)
    damage_table(database, "reports")
    window = start()  # no dialog before the window: the file opens
    qtbot.waitUntil(lambda: rescue_dialog(window) is not None, timeout=10_000)
    dialog = rescue_dialog(window)
    assert dialog is not None
    seen = describe(dialog)
    assert "检查" in seen.texts["rescueMessageLabel"]  # found by the check, not at opening

    # Meanwhile a tab that reads the damaged table says so, and where to go.
    tabs = window.findChild(QTabWidget, "mainTabs")
    reports = window.findChild(QWidget, "reportsPage")
    tabs.setCurrentWidget(reports)
    error = reports.findChild(QLabel, "reportsErrorLabel")
    qtbot.waitUntil(lambda: "已损坏" in error.text(), timeout=10_000)
    assert "从备份恢复" in error.text() and "意外" not in error.text()

    restore = dialog.buttons[next(c for c in dialog.buttons if c.value == "restore")]
    restore.click()
    successor = window.data_safety.successor
    assert successor is not None
    start.add(successor)
    assert not window.isVisible()
    assert successor.session.store.get_setting("marker") == "the newer data"
    assert len(kept_aside(data_dir)) == 1


def rescue_dialog(window: QMainWindow):  # type: ignore[no-untyped-def]
    from juhe_desk.ui.dialogs.database_rescue import DatabaseRescueDialog

    dialog = window.findChild(DatabaseRescueDialog, RESCUE)
    return dialog if dialog is not None and dialog.isVisible() else None


# --- File → Back up data… / Restore from a backup… -----------------------------------------
def test_back_up_now_writes_a_checked_private_copy(start: Starter, data_dir: Path,
                                                   qtbot: QtBot, tmp_path: Path) -> None:
    fill_store(data_dir / DATABASE_NAME)
    window = start()
    copy = tmp_path / "我的备份.sqlite3"
    window.data_safety.back_up_to(copy)
    qtbot.waitUntil(lambda: "已备份到" in status_text(window), timeout=10_000)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert marker(copy) == "the good data"


@pytest.mark.usefixtures("large_file_rules")
def test_a_damaged_file_is_not_backed_up_by_hand(start: Starter, data_dir: Path, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    fill_store(data_dir / DATABASE_NAME)
    damage_table(data_dir / DATABASE_NAME, "reports")
    window = start()
    qtbot.waitUntil(lambda: rescue_dialog(window) is not None, timeout=10_000)
    window.data_safety.back_up_to(tmp_path / "copy.sqlite3")  # File › Back up data…
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backupFailedBox") is not None,
                    timeout=10_000)
    box = window.findChild(QMessageBox, "backupFailedBox")
    assert "已损坏" in box.text() and "从备份恢复" in box.text()
    assert not (tmp_path / "copy.sqlite3").exists()
    box.accept()
    rescue_dialog(window).reject()  # Esc: "quit", which closes the window


def test_restoring_a_chosen_file_keeps_the_current_one(start: Starter, data_dir: Path,
                                                       qtbot: QtBot, tmp_path: Path) -> None:
    fill_store(data_dir / DATABASE_NAME)
    chosen = tmp_path / "U盘" / "备份.sqlite3"
    chosen.parent.mkdir()
    with Store.open(data_dir / DATABASE_NAME) as store:
        store.set_setting("marker", "on the stick")
        store.backup_to(chosen)
        store.set_setting("marker", "current")
    window = start()
    window.data_safety.restore_from(chosen)
    qtbot.waitUntil(lambda: confirm_box(window) is not None, timeout=10_000)
    box = confirm_box(window)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.text() == "用这个备份恢复吗？"
    assert str(chosen) in box.informativeText() and "不会删除" in box.informativeText()
    box.findChild(QWidget, "restoreConfirmButton").click()
    successor = window.data_safety.successor
    assert successor is not None
    start.add(successor)
    assert successor.session.store.get_setting("marker") == "on the stick"
    assert not window.data_safety.timer.isActive()  # the old window's timer stopped with it
    (replaced,) = data_dir.glob("juhe-desk-replaced-*.sqlite3")
    assert marker(replaced) == "current"
    assert "已从" in status_text(successor)


def confirm_box(window: QMainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "restoreConfirmDialog")
    return box if box is not None and box.isVisible() else None


def test_a_file_that_is_no_backup_is_refused_before_anything_changes(
        start: Starter, data_dir: Path, qtbot: QtBot, tmp_path: Path) -> None:
    fill_store(data_dir / DATABASE_NAME)
    not_ours = tmp_path / "别的.sqlite3"
    conn = sqlite3.connect(not_ours)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    window = start()
    window.data_safety.restore_from(not_ours)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoreRefusedBox") is not None,
                    timeout=10_000)
    window.findChild(QMessageBox, "restoreRefusedBox").accept()
    assert window.isVisible() and window.data_safety.successor is None
    assert window.session.store.get_setting("marker") == "the good data"
    assert not list(data_dir.glob("juhe-desk-*")) and not list(data_dir.glob("*.restoring"))

