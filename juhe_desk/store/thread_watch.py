"""A thread that must not reach the database: tests name the GUI thread.

The window's rule: the GUI thread never waits on the network. On a team's shared database
every store call is a round trip to its server (up to the pool's 10 s when the server is
slow or gone), so there the GUI thread must not use the store at all: what it shows is read
in a job, or loaded before the window. ``Store.watch_thread(thread, report)`` makes each
connection that thread asks for call ``report(what)`` (by default: raise
``WatchedThreadError``), on either backend; tests use it to prove the rule, with the stack
of each offending call (``tests/ui/gui_thread_store.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Report = Callable[[str], None]


class WatchedThreadError(RuntimeError):
    """The watched thread (the GUI thread, in tests) asked the store for a connection."""


def refuse(what: str) -> None:
    raise WatchedThreadError(f"the store's {what} was asked for on the watched thread")


class ThreadWatch:
    """Reports each connection ``thread`` asks for; other threads pass unseen."""

    __slots__ = ("report", "thread")

    def __init__(self, thread: threading.Thread, report: Report = refuse) -> None:
        self.thread = thread
        self.report = report

    def check(self, what: str) -> None:
        if threading.current_thread() is self.thread:
            self.report(what)


def check(watch: ThreadWatch | None, what: str) -> None:
    """``watch.check(what)`` when a watch is set: the backends' one line."""
    if watch is not None:
        watch.check(what)
