"""Store connections the window's code asks for on the GUI thread, recorded with where from.

On a team's shared database each store call is a round trip to its server: with the server
slow or gone it would freeze the window for up to the pool's 10 s. So there the window reads
in jobs, or from values loaded before it (``store.thread_watch``). Every store opened while
``record_gui_thread_store_use`` is on is watched (on PostgreSQL; on SQLite too with
``sqlite=True``): each connection the GUI thread takes from code under ``juhe_desk/ui/`` is
recorded. A test's own calls on the main thread (setting up data, looking) are not the
window's, and neither is the one place that must be on the GUI thread,
``Session.shutdown`` closing the store. (What is left unwritten when the window closes is
written on a thread of ``StoreWrites.finish``'s own, never here.)
"""

from __future__ import annotations

import threading
import traceback

import pytest

from juhe_desk.store import Store
from juhe_desk.store.database import Database

_ALLOWED = (("juhe_desk/ui/session.py", "shutdown"),)


def record_gui_thread_store_use(monkeypatch: pytest.MonkeyPatch, *, sqlite: bool = False,
                                allowed: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """From now on, each store connection the window's code takes on the GUI thread: its
    stack (the last frames). ``allowed``: more (file, function) places that may."""
    places = _ALLOWED + allowed
    found: list[str] = []
    gui_thread = threading.main_thread()
    made = Store.__init__

    def report(what: str) -> None:
        stack = traceback.extract_stack()[:-3]
        files = [(frame.filename.replace("\\", "/"), frame.name) for frame in stack]
        from_window = any("/juhe_desk/ui/" in path for path, _ in files)
        allowed = any(path.endswith(place) and name == function
                      for path, function in files for place, name in places)
        if from_window and not allowed:
            window_frames = [f for f in stack if "/juhe_desk/ui/" in f.filename.replace("\\", "/")]
            where = window_frames[-1]
            found.append(f"{what} from {where.filename}:{where.lineno} ({where.name}):\n"
                         + "".join(traceback.format_list(stack[-10:])))

    def watched(self: Store, *args: object, **kwargs: object) -> None:
        made(self, *args, **kwargs)  # type: ignore[arg-type]
        if sqlite or not isinstance(self._db, Database):
            self.watch_thread(gui_thread, report)

    monkeypatch.setattr(Store, "__init__", watched)
    return found


def fail_on_gui_thread_store_use(found: list[str]) -> None:
    if found:
        places = sorted({entry.split(":\n", 1)[0] for entry in found})
        pytest.fail(f"{len(found)} store connection(s) taken on the GUI thread, from:\n"
                    + "\n".join(places) + f"\nthe first:\n{found[0]}", pytrace=False)


def gui_thread_connections(monkeypatch: pytest.MonkeyPatch, store: Store) -> list[str]:
    """From now on, one entry each time ``store`` (on SQLite) hands the GUI thread a
    connection, whoever asks: for a model whose ``data()`` must never read."""
    taken: list[str] = []
    opened = store._db.connection

    def connection() -> object:
        if threading.current_thread() is threading.main_thread():
            taken.append("read")
        return opened()

    monkeypatch.setattr(store._db, "connection", connection)
    return taken
