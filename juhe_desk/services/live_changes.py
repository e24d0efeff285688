"""Hearing what the other desks change, as it happens (a shared database only).

A dedicated connection LISTENs on ``changes.CHANNEL``; ``listen`` waits on it with a short
timeout (so a cancel is noticed quickly) and hands each burst of notifications to
``deliver``. The server does not keep notifications for a listener that is away: when the
connection drops, ``listen`` connects again and delivers ``CATCH_UP`` ("everything may have
changed") once it listens again, so the desk reads afresh what it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

from juhe_desk.store import Store
from juhe_desk.store.changes import CHANNEL, Change
from juhe_desk.store.shared_errors import SharedStoreError

log = logging.getLogger(__name__)

WAIT_S = 0.3  # how long one wait for a notification lasts: a cancel is seen within it
RETRY_S = 2.0  # between attempts to connect again
BURST = 200  # notifications delivered together at most


@dataclass(frozen=True, slots=True)
class CatchUp:
    """The listener was away (its connection dropped): anything may have changed."""


CATCH_UP = CatchUp()
LiveEvent = Change | CatchUp


def listen(store: Store, deliver: Callable[[list[LiveEvent]], None],
           cancelled: Callable[[], bool], pause: Callable[[float], bool], *,
           wait_s: float = WAIT_S, retry_s: float = RETRY_S,
           listening: Callable[[], None] | None = None) -> None:
    """Deliver the other desks' changes until ``cancelled()``. ``pause(seconds)`` waits
    between reconnection attempts and returns True when cancelled meanwhile (a task's
    ``ctx.wait``). ``listening`` is called each time LISTEN is in place (tests wait on it)."""
    away = False
    while not cancelled():
        try:
            with store.shared_connection() as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                if listening is not None:
                    listening()
                if away:  # what was sent meanwhile was not kept for us
                    deliver([CATCH_UP])
                    away = False
                try:
                    _wait_for_changes(conn, deliver, cancelled, wait_s)
                finally:
                    if not conn.broken:
                        conn.execute(f"UNLISTEN {CHANNEL}")  # before it goes back to the pool
        except (psycopg.OperationalError, SharedStoreError) as error:
            log.info("listening for the other desks' changes stopped: %s", error)
            away = True
            if pause(retry_s):
                return


def _wait_for_changes(conn: psycopg.Connection[Any],
                      deliver: Callable[[list[LiveEvent]], None],
                      cancelled: Callable[[], bool], wait_s: float) -> None:
    while not cancelled():
        events: list[LiveEvent] = []
        # Up to wait_s for the first notification, then only those already here: a change
        # is passed on as soon as it is heard, not at the end of the wait (which added up
        # to wait_s to every change; the window gathers bursts itself: ui/live_desks.py).
        first = list(conn.notifies(timeout=wait_s, stop_after=1))
        arrived = [*first, *conn.notifies(timeout=0, stop_after=BURST)] if first else []
        for notify in arrived:
            change = Change.parse(notify.payload)
            if change is not None and change not in events:
                events.append(change)
        if events:
            deliver(events)
        elif conn.broken or conn.closed:
            raise psycopg.OperationalError("the connection was closed")
