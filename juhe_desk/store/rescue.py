"""Replacing the data file: with a backup, or with a new empty one. Nothing is ever deleted.

The file being replaced (damaged or not) is first kept aside in the same folder, with its
-wal and -shm, renamed with the date: ``juhe-desk-damaged-20261204-080000.sqlite3``.
A backup is copied and checked *before* anything is kept aside, so that a backup that
turns out damaged too leaves everything as it was. Call these with the store closed.

A backup knows nothing of what was sent after it was made. In the copy put in place, the
batches its unfinished campaigns had not sent yet become uncertain (they may have gone
since) and those campaigns paused: nothing restored is ever sent, or started on its
schedule, by itself; the user decides each batch, as after any uncertain request.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.store.backups import STAMP, BackupFile, backups_folder, list_backups, quick_check
from juhe_desk.store.errors import StoreDamagedError, StoreError, StoreOpenError, StoreTooNewError
from juhe_desk.store.files import FILE_MODE, companions, create_private_file, private_folder
from juhe_desk.store.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

OUR_TABLES = frozenset({"accounts", "campaigns", "batches", "messages"})


class NoUsableBackupError(StoreError):
    """Every automatic backup failed its check (or there is none)."""

    def __init__(self, tried: int) -> None:
        super().__init__(
            f"没有可用的自动备份（检查了 {tried} 个，都无法使用）。" if tried else
            "没有找到自动备份。",
            message_en=f"No usable automatic backup ({tried} checked, none could be used)."
            if tried else "No automatic backup was found.")
        self.tried = tried


def set_aside(database: Path, now: dt.datetime, label: str = "damaged") -> Path | None:
    """Rename the data file and its -wal/-shm to ``<stem>-<label>-<date><suffix>...`` in
    the same folder; returns the new name of the data file (None if there was none)."""
    stamp = now.strftime(STAMP)
    base = f"{database.stem}-{label}-{stamp}"
    number = 1
    while any(p.exists() for p in companions(database.with_name(base + database.suffix))):
        number += 1
        base = f"{database.stem}-{label}-{stamp}-{number}"
    kept = database.with_name(base + database.suffix)
    moved: Path | None = None
    for current, target in zip(companions(database), companions(kept), strict=True):
        if current.exists():
            os.replace(current, target)
            log.warning("kept %s aside as %s", current, target)
            if current == database:
                moved = target
    return moved


def start_fresh(database: Path, now: dt.datetime) -> Path | None:
    """Keep the current file aside; the store then creates a new, empty one. Its automatic
    backups move out of the rotation's reach (``keep_backups_apart``)."""
    kept = set_aside(database, now)
    keep_backups_apart(database, now)
    return kept


def keep_backups_apart(database: Path, now: dt.datetime) -> Path | None:
    """Move the automatic backups into ``backups/before-new-<date>/``: the backups of the
    new file would otherwise push these, the only sound copies of the old history, out of
    the last seven within a week."""
    old = list_backups(database)
    if not old:
        return None
    folder = private_folder(backups_folder(database) / f"before-new-{now.strftime(STAMP)}")
    for backup in old:
        os.replace(backup.path, folder / backup.path.name)
    log.warning("moved %d automatic backup(s) of the old data file to %s", len(old), folder)
    return folder


def restore(candidate: Path, database: Path, now: dt.datetime,
            label: str = "damaged") -> Path | None:
    """Replace ``database`` with a checked copy of ``candidate`` (left untouched); the
    current file is kept aside first. Returns the kept-aside file (None if there was none).
    Raises ``StoreDamagedError``/``StoreOpenError``/``StoreTooNewError`` for an unusable
    candidate, with nothing changed."""
    kept = put_in_place(prepare_copy(candidate, database, now), database, now, label)
    log.warning("restored %s from %s", database, candidate)
    return kept


def put_in_place(prepared: Path, database: Path, now: dt.datetime,
                 label: str = "replaced") -> Path | None:
    """Keep ``database`` aside and move ``prepared`` (from ``prepare_copy``) in its place;
    returns the kept-aside file (None if there was none)."""
    try:
        kept = set_aside(database, now, label)
        os.replace(prepared, database)
    except BaseException:
        prepared.unlink(missing_ok=True)
        raise
    return kept


def restore_latest(database: Path, now: dt.datetime,
                   backups: Sequence[BackupFile] | None = None) -> BackupFile:
    """Restore the newest automatic backup that passes its check; returns the one used."""
    backups = list_backups(database) if backups is None else backups
    for backup in backups:
        try:
            restore(backup.path, database, now)
        except (StoreDamagedError, StoreOpenError, StoreTooNewError) as exc:
            log.warning("the backup %s cannot be used: %s", backup.path, exc.text("en"))
            continue
        return backup
    raise NoUsableBackupError(len(backups))


def prepare_copy(candidate: Path, database: Path, now: dt.datetime) -> Path:
    """A checked, owner-only copy of ``candidate`` beside ``database``, ready to take its
    place, its unsent batches held as uncertain (``hold_unfinished``). The candidate itself
    is only read (it may sit on a read-only stick)."""
    prepared = database.with_name(database.name + ".restoring")
    for leftover in companions(prepared):
        leftover.unlink(missing_ok=True)
    create_private_file(prepared)
    try:
        shutil.copyfile(candidate, prepared)
        wal = candidate.with_name(candidate.name + "-wal")
        if wal.exists():  # a copy of a live file: its latest changes are in the -wal
            shutil.copyfile(wal, companions(prepared)[1])
        os.chmod(prepared, FILE_MODE)
        _check_copy(prepared, candidate, now)
    except BaseException:
        for leftover in companions(prepared):
            leftover.unlink(missing_ok=True)
        raise
    return prepared


def _check_copy(copy: Path, candidate: Path, now: dt.datetime) -> None:
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreOpenError(str(candidate), str(exc)) from exc
    try:
        quick_check(conn, candidate)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if version < 1 or not OUR_TABLES.issubset(tables):
            raise StoreOpenError(str(candidate), "not a juhe-desk data file")
        if version > SCHEMA_VERSION:
            raise StoreTooNewError(str(candidate), version, SCHEMA_VERSION)
        held = hold_unfinished(conn, now)
        if held:
            log.warning("restoring %s: %d unsent batch(es) held as uncertain", candidate, held)
        conn.execute("PRAGMA journal_mode = DELETE")  # folds a copied -wal in, removes it
    except sqlite3.DatabaseError as exc:
        raise StoreDamagedError(str(candidate), [str(exc)]) from exc
    finally:
        conn.close()


# Columns and states these statements use exist since the first schema version: a backup
# from before an upgrade is held the same way, then migrated when the store opens it.
_UNFINISHED = "('draft', 'scheduled', 'sending', 'paused')"
_HOLD = (
    "UPDATE messages SET status = 'uncertain', updated_at = :now WHERE status = 'pending'"
    " AND batch_id IN (SELECT b.id FROM batches b JOIN campaigns c ON c.id = b.campaign_id"
    f" WHERE b.state IN ('planned', 'sending') AND c.state IN {_UNFINISHED})",
    "UPDATE batches SET state = 'uncertain', finished_at = :now, error_text = :why"
    " WHERE state IN ('planned', 'sending')"
    f" AND campaign_id IN (SELECT id FROM campaigns WHERE state IN {_UNFINISHED})",
    f"UPDATE campaigns SET state = 'paused' WHERE state IN {_UNFINISHED}"
    " AND id IN (SELECT campaign_id FROM batches WHERE state = 'uncertain')",
)
RESTORED_TEXT = ("从备份恢复：备份之后可能已经发出 / restored from a backup: it may have been sent"
                 " after the backup was made")


def hold_unfinished(conn: sqlite3.Connection, now: dt.datetime) -> int:
    """In a restored copy: every batch of an unfinished campaign not known to be sent
    becomes uncertain, its campaign paused. Returns how many batches."""
    params = {"now": format_gateway_time(now), "why": RESTORED_TEXT}
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_HOLD[0], params)
        held = conn.execute(_HOLD[1], params).rowcount
        conn.execute(_HOLD[2])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return held
