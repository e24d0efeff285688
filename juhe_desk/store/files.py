"""Files and folders that only their owner may read: the database, its backups, kept copies."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def create_private_file(path: Path) -> None:
    """Create ``path`` owner-only if it does not exist yet (SQLite's -wal and -shm inherit
    the mode of the database file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    with contextlib.suppress(NotImplementedError, OSError):
        os.chmod(path, FILE_MODE)


def private_folder(path: Path) -> Path:
    """``path`` as an owner-only folder, created if need be."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(NotImplementedError, OSError):
        os.chmod(path, FOLDER_MODE)
    return path


def companions(database: Path) -> list[Path]:
    """The database file and the -wal and -shm files SQLite keeps beside it."""
    return [database, database.with_name(database.name + "-wal"),
            database.with_name(database.name + "-shm")]
