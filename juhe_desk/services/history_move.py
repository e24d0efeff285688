"""Moving in: this desk's own history (its SQLite file) into the team's shared database.

A job: ``move_desk_history(database, store, ctx-like callbacks)``. The file is read, never
written; what it moved is remembered in the shared database under this file's key (kept
beside the file in ``history-move-key.txt``, so the file itself stays as it was), so a move
stopped or broken off goes on where it stopped when started again, and moving the same file
twice adds nothing (store/move_in.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from juhe_desk.store import Store
from juhe_desk.store.files import create_private_file
from juhe_desk.store.move_in import MoveStopped, Progress, move_history
from juhe_desk.store.move_in_counts import MoveResult

KEY_FILE = "history-move-key.txt"

__all__ = ["KEY_FILE", "MoveResult", "MoveStopped", "has_history", "move_desk_history",
           "source_key"]


def has_history(database: Path) -> bool:
    """Whether this desk has a file of its own to move in."""
    return database.is_file() and database.stat().st_size > 0


def source_key(database: Path) -> str:
    """This file's key in the shared database's ``moved_in``: made once, then kept."""
    path = database.with_name(KEY_FILE)
    try:
        key = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        key = ""
    if not key:
        key = f"{uuid.uuid4()}"
        create_private_file(path)
        path.write_text(key + "\n", encoding="utf-8")
    return key


def move_desk_history(database: Path, store: Store, *,
                      progress: Progress = lambda done, total: None,
                      should_stop: Callable[[], bool] = lambda: False) -> MoveResult:
    """Move the history in ``database`` (this desk's SQLite file) into ``store`` (the
    team's shared one); counts per table at the end. Raises ``MoveStopped`` when asked to
    stop, a ``StoreError`` in words when the file cannot be read."""
    if store.shared_address is None:
        raise ValueError("the history moves into a shared database")
    return move_history(database, store, source_key(database), progress=progress,
                        should_stop=should_stop)
