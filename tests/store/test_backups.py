"""Automatic backups: checked first, seven kept, dated by the store's clock, owner-only."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from disk_support import damage_middle, fill_store, small_disk
from time_support import FakeClock

from juhe_desk.store import NoRoomForBackupError, Store, StoreDamagedError
from juhe_desk.store.backups import KEEP, backups_folder, list_backups
from juhe_desk.store.database import Database, upgrade_pending
from juhe_desk.store.schema import MIGRATIONS


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_backup_a_day_and_only_the_newest_seven_are_kept(tmp_path: Path,
                                                             clock: FakeClock) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    with Store.open(path, clock=clock) as store:
        assert store.daily_backup_due()
        made = []
        for day in range(KEEP + 3):
            store.set_setting("day", str(day))
            assert store.daily_backup_due()
            made.append(store.back_up_automatically())
            assert not store.daily_backup_due()
            clock.advance(86_400)
    kept = list_backups(path)
    assert [b.path for b in kept] == list(reversed(made))[:KEEP]
    assert [b.taken_at.date() for b in kept] == [
        dt.date(2026, 11, 1) + dt.timedelta(days=d) for d in range(KEEP + 2, 2, -1)]
    assert kept[0].path.name == "juhe-desk-20261110-090000-daily.sqlite3"
    assert not made[0].exists() and not made[2].exists() and made[3].exists()
    assert _mode(backups_folder(path)) == 0o700
    for backup in kept:
        assert _mode(backup.path) == 0o600
    newest = sqlite3.connect(f"file:{kept[0].path}?mode=ro", uri=True)
    try:  # a plain file, whole: readable read-only, nothing left beside it
        assert newest.execute("SELECT value FROM settings WHERE key = 'day'").fetchone() == (
            str(KEEP + 2),)
        assert newest.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        newest.close()
    assert sorted(p.name for p in backups_folder(path).iterdir()) == sorted(
        b.path.name for b in kept)


def test_other_files_in_the_backups_folder_are_left_alone(tmp_path: Path,
                                                          clock: FakeClock) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    folder = backups_folder(path)
    folder.mkdir()
    mine = folder / "my own copy.sqlite3"
    mine.write_bytes(b"the user's")
    with Store.open(path, clock=clock) as store:
        for _ in range(KEEP + 1):
            store.back_up_automatically()
            clock.advance(86_400)
    assert mine.read_bytes() == b"the user's"
    assert len(list_backups(path)) == KEEP


def test_a_damaged_file_is_never_backed_up(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    fill_store(path)
    with Store.open(path, clock=clock) as store:
        good = store.back_up_automatically()
    before = _digest(good)
    damage_middle(path)
    clock.advance(86_400)
    with Store.open(path, clock=clock) as store:
        with pytest.raises(StoreDamagedError) as caught:
            store.back_up_automatically()
        assert caught.value.problems and caught.value.problems != ["ok"]
        assert "已损坏" in caught.value.text() and "damaged" in caught.value.text("en")
        with pytest.raises(StoreDamagedError):
            store.backup_to(tmp_path / "manual.sqlite3")
    assert [b.path for b in list_backups(path)] == [good]
    assert _digest(good) == before
    assert not (tmp_path / "manual.sqlite3").exists()


def test_a_migration_is_preceded_by_a_checked_backup(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    Database.open(path, MIGRATIONS[:1]).close()
    with Store.open(path, clock=clock):
        pass
    (backup,) = list_backups(path)
    assert backup.reason == "before-upgrade-v1" and backup.taken_at == clock.now.replace(
        tzinfo=None)


def test_a_damaged_file_is_not_migrated(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    old = Database.open(path, MIGRATIONS[:1])
    with old.write() as conn:
        conn.executemany("INSERT INTO templates (name, text, updated_at) VALUES (?, ?, ?)",
                         [(f"t{i}", "x" * 500, "2026-11-01") for i in range(400)])
    old.close()
    damage_middle(path)
    with pytest.raises(StoreDamagedError):
        Store.open(path, clock=clock)
    assert not list_backups(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    finally:
        conn.close()


def test_no_backup_fills_the_disk(tmp_path: Path, clock: FakeClock) -> None:
    with small_disk(tmp_path / "disk", "96m") as disk:
        path = disk / "juhe-desk.sqlite3"
        with Store.open(path, clock=clock) as store:
            store.set_setting("k", "v")
            first = store.back_up_automatically()
            (disk / "big").write_bytes(b"\0" * (40 << 20))  # leaves less than the spare room
            clock.advance(86_400)
            with pytest.raises(NoRoomForBackupError) as caught:
                store.back_up_automatically()
            assert "磁盘空间不足" in caught.value.text()
        assert list(backups_folder(path).iterdir()) == [first]


def test_a_pending_upgrade_is_seen_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    assert not upgrade_pending(path)  # no file yet: nothing to upgrade
    Database.open(path, MIGRATIONS[:2]).close()
    assert upgrade_pending(path)
    Store.open(path).close()
    assert not upgrade_pending(path)
    path.write_bytes(b"not a database at all" * 10)
    assert not upgrade_pending(path)
