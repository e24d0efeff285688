"""What kind of storage trouble an exception shows: a damaged file, a full or read-only disk.

SQLite names the trouble in its error code (``sqlite3.Error.sqlite_errorcode``), but not
always the real cause: on a full disk, opening a file in WAL mode fails while sizing its
-shm file (SQLITE_IOERR_SHMSIZE), and a read-only folder shows as SQLITE_CANTOPEN. Given
the folder, such vague codes are settled by looking at the folder itself.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
import tempfile
from enum import StrEnum
from pathlib import Path

from juhe_desk.store.errors import (
    NoRoomForBackupError,
    StoreDamagedError,
    StoreError,
    StoreOpenError,
)

# Below this much free space a failed write is put down to a full disk.
FULL_BELOW_BYTES = 1 << 20


class StorageProblem(StrEnum):
    DAMAGED = "damaged"  # the file is not (or no longer) a readable database
    FULL = "full"  # no space left on the disk
    READ_ONLY = "read_only"  # the folder or file cannot be written
    IO = "io"  # the disk failed to read or write
    BUSY = "busy"  # another program holds the file


_PRIMARY_CODES = {
    11: StorageProblem.DAMAGED,  # SQLITE_CORRUPT
    26: StorageProblem.DAMAGED,  # SQLITE_NOTADB
    13: StorageProblem.FULL,  # SQLITE_FULL
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    14: StorageProblem.IO,  # SQLITE_CANTOPEN: settled by the folder when known
    10: StorageProblem.IO,  # SQLITE_IOERR: likewise
    5: StorageProblem.BUSY,  # SQLITE_BUSY
    6: StorageProblem.BUSY,  # SQLITE_LOCKED
}
_ERRNOS = {
    errno.ENOSPC: StorageProblem.FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EIO: StorageProblem.IO,
}
if hasattr(errno, "EDQUOT"):
    _ERRNOS[errno.EDQUOT] = StorageProblem.FULL


class UnusableFolderError(StoreError):
    """The data folder's disk is full or cannot be written (``check_folder``)."""

    def __init__(self, folder: Path, problem: StorageProblem) -> None:
        super().__init__(f"数据文件夹 {folder} 无法使用（{problem.value}）。",
                         message_en=f"The data folder {folder} cannot be used ({problem.value}).")
        self.folder = folder
        self.problem = problem


def check_folder(folder: Path) -> None:
    """Raise ``UnusableFolderError`` when ``folder``'s disk is full or read-only. A store on
    a read-only disk may well open and read; the first write would then fail."""
    problem = folder_problem(folder)
    if problem is not None:
        raise UnusableFolderError(folder, problem)


def storage_problem(error: BaseException, folder: Path | None = None) -> StorageProblem | None:
    """The storage trouble behind ``error`` (following its causes), or None when it is not
    one. ``folder``, where the file lives, settles vague codes by looking at the disk."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        problem = _direct_problem(current)
        if problem is not None:
            if problem is StorageProblem.IO and folder is not None:
                return folder_problem(folder) or problem
            return problem
        current = current.__cause__ or current.__context__
    if isinstance(error, StoreOpenError) and folder is not None:
        return folder_problem(folder)
    return None


def _direct_problem(error: BaseException) -> StorageProblem | None:
    if isinstance(error, StoreDamagedError):
        return StorageProblem.DAMAGED
    if isinstance(error, UnusableFolderError):
        return error.problem
    if isinstance(error, NoRoomForBackupError):
        return StorageProblem.FULL
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _PRIMARY_CODES.get(code & 0xFF)
        return None
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNOS.get(error.errno)
    return None


def folder_problem(folder: Path) -> StorageProblem | None:
    """FULL or READ_ONLY when the disk under ``folder`` is so; None when it looks fine."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    with contextlib.suppress(OSError):
        if shutil.disk_usage(existing).free < FULL_BELOW_BYTES:
            return StorageProblem.FULL
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        return _ERRNOS.get(exc.errno or 0, StorageProblem.READ_ONLY)
    return None
