"""Telling storage trouble apart from real failures on real files and disks."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from disk_support import damage_middle, fill, fill_store, garbage, read_only, small_disk, truncate

from juhe_desk.store import Store, StoreError
from juhe_desk.store.failures import StorageProblem, folder_problem, storage_problem


def _open_error(path: Path) -> BaseException:
    with pytest.raises(StoreError) as caught:
        Store.open(path).close()
    return caught.value


@pytest.mark.parametrize("damage", [truncate, garbage])
def test_a_file_cut_short_or_of_garbage_is_damaged(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "juhe-desk.sqlite3"
    fill_store(path)
    damage(path)
    assert storage_problem(_open_error(path), tmp_path) is StorageProblem.DAMAGED


def test_damage_in_the_middle_shows_when_its_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    fill_store(path)
    damage_middle(path)
    with Store.open(path) as store:  # opens: the schema is intact
        with pytest.raises(sqlite3.DatabaseError) as caught:
            store._db.connection().execute("SELECT count(*), sum(length(raw)) FROM reports"
                                           ).fetchone()
        assert storage_problem(caught.value) is StorageProblem.DAMAGED
        with pytest.raises(StoreError) as check:
            store.check_integrity()
        assert storage_problem(check.value) is StorageProblem.DAMAGED


def test_a_full_disk_at_start_and_while_writing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = disk / "juhe-desk.sqlite3"
        Store.open(path).close()
        filler = fill(disk)
        # Opening fails sizing the -shm file: a vague I/O error that the folder settles.
        error = _open_error(path)
        assert storage_problem(error) is StorageProblem.IO
        assert storage_problem(error, disk) is StorageProblem.FULL
        assert folder_problem(disk) is StorageProblem.FULL
        filler.unlink()
        with Store.open(path) as store:
            store.set_setting("k", "v")
            fill(disk)
            with pytest.raises(sqlite3.OperationalError) as caught:
                store.set_setting("k", "v" * 100_000)
            assert storage_problem(caught.value) is StorageProblem.FULL
            assert store.get_setting("k") == "v"  # reading still works


def test_a_read_only_folder(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        Store.open(disk / "juhe-desk.sqlite3").close()
        read_only(disk)
        assert folder_problem(disk) is StorageProblem.READ_ONLY
        existing = _open_error(disk / "juhe-desk.sqlite3")
        assert storage_problem(existing, disk) is StorageProblem.READ_ONLY
        new = _open_error(disk / "new" / "juhe-desk.sqlite3")
        assert storage_problem(new, disk / "new") is StorageProblem.READ_ONLY


def test_plain_errors_are_no_storage_trouble(tmp_path: Path) -> None:
    assert storage_problem(ValueError("x")) is None
    assert storage_problem(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert storage_problem(FileNotFoundError(errno.ENOENT, "gone")) is None
    assert storage_problem(OSError(errno.ENOSPC, "full")) is StorageProblem.FULL
    assert folder_problem(tmp_path) is None
