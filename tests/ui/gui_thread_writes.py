"""Write transactions that the window's code begins on the GUI thread, recorded with where
they came from (README: the GUI thread never waits for a write; user-caused writes go through
``StoreWrites``).

One place may write there: opening the data file before the window exists
(``ui/startup.py``); what is left when the window closes is written on a thread of
``StoreWrites.finish``'s own.
A test's own writes on the main thread (setting up data) are not the window's: not recorded.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import traceback
from collections.abc import Iterator

import pytest

from juhe_desk.store.database import Database

_ALLOWED = (("juhe_desk/ui/startup.py", None),)


def record_gui_thread_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, each write the window's code begins on the GUI thread: its stack."""
    found: list[str] = []
    write = Database.write

    @contextlib.contextmanager
    def recorded(self: Database) -> Iterator[sqlite3.Connection]:
        if threading.current_thread() is threading.main_thread():
            stack = traceback.extract_stack()[:-2]
            files = [(frame.filename.replace("\\", "/"), frame.name) for frame in stack]
            from_window = any("/juhe_desk/ui/" in path for path, _ in files)
            allowed = any(path.endswith(place) and name in (None, function)
                          for path, function in files for place, name in _ALLOWED)
            if from_window and not allowed:
                found.append("".join(traceback.format_list(stack[-8:])))
        with write(self) as conn:
            yield conn

    monkeypatch.setattr(Database, "write", recorded)
    return found
