"""Automatic backups of the data file: checked first, made with SQLite's backup API, 7 kept.

They live in ``backups/`` beside the data file, owner-only, named
``<stem>-<YYYYMMDD-HHMMSS>-<reason><suffix>`` (``juhe-desk-20261204-080000-daily.sqlite3``),
so that their date is in the name, whatever the file system does with modification times.
A damaged database is never backed up: ``PRAGMA quick_check`` runs first, and a copy of a
damaged file must never push a good backup out of the last seven.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from juhe_desk.store.errors import NoRoomForBackupError, StoreDamagedError
from juhe_desk.store.files import companions, create_private_file, private_folder

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = 7
STAMP = "%Y%m%d-%H%M%S"
# Room left on the disk after a backup, so that a backup never fills it up.
SPARE_BYTES = 64 << 20


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # the clock's time when it was made (naive: China time)
    reason: str  # "daily", "before-upgrade-v5", ...


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ``StoreDamagedError`` unless SQLite's quick check finds the file sound."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:  # damage so bad that the check itself fails
        raise StoreDamagedError(str(path), [str(exc)]) from exc
    problems = [str(row[0]) for row in rows]
    if problems != ["ok"]:
        raise StoreDamagedError(str(path), problems)


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def list_backups(database: Path) -> list[BackupFile]:
    """The automatic backups of ``database``, newest first."""
    folder = backups_folder(database)
    pattern = re.compile(rf"{re.escape(database.stem)}-(\d{{8}}-\d{{6}})-([a-z0-9-]+)"
                         rf"{re.escape(database.suffix)}")
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            taken_at = dt.datetime.strptime(match.group(1), STAMP)
        except ValueError:
            continue
        found.append(BackupFile(entry, taken_at, match.group(2)))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def daily_backup_due(database: Path, now: dt.datetime) -> bool:
    """No automatic backup has been made on ``now``'s day yet."""
    today = now.date()
    return not any(b.taken_at.date() == today for b in list_backups(database))


def make_backup(conn: sqlite3.Connection, database: Path, now: dt.datetime,
                reason: str = "daily") -> Path:
    """Check ``database`` (through ``conn``), copy it into the backups folder, keep the
    newest ``KEEP``. Raises ``StoreDamagedError`` (no copy made) when the check fails."""
    quick_check(conn, database)
    folder = private_folder(backups_folder(database))
    _ensure_room(folder, database)
    stamp = now.strftime(STAMP)
    destination = folder / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    backup_file(conn, destination)
    log.info("backed up the data file to %s", destination)
    prune(database)
    return destination


def prune(database: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns those deleted."""
    removed: list[Path] = []
    for old in list_backups(database)[keep:]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", old.path, exc)
            continue
        removed.append(old.path)
    return removed


def backup_file(source: sqlite3.Connection, destination: Path) -> None:
    """A consistent copy of the whole database (SQLite's online backup API) into a new
    owner-only file, replacing ``destination`` atomically. The copy is a plain rollback-
    journal file: it can be opened read-only without leaving -wal/-shm files behind."""
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.replace(partial, destination)
    except BaseException:
        for leftover in companions(partial):
            leftover.unlink(missing_ok=True)
        raise


def _ensure_room(folder: Path, database: Path) -> None:
    size = sum(f.stat().st_size for f in companions(database) if f.exists())
    free = shutil.disk_usage(folder).free
    if free < size + SPARE_BYTES:
        raise NoRoomForBackupError(size + SPARE_BYTES, free)
