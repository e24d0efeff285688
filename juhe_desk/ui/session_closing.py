"""Closing the session when the window closes, in the one order that loses nothing.

1. Timers stop (polling, the team's takeover, the demo gateway's), then the shutdown hooks
   run, while the store is still open (a page's timers, a campaign paused, the push server).
2. What the user asked to be written and is not yet (``session.writes``) is written on a
   thread of its own, waited for a bounded time.
3. The task runner stops: its jobs end.
4. A campaign still being saved in steps is saved whole (seconds for 100,000 rows), so that
   it is not left partly saved; only a saving that is stuck is given up.
5. The demo gateway and the team's desk stop; the store closes.

Where writes were left unsaved or the team's database does not answer, the store is closed
before the jobs are waited for: those waiting for a connection then fail at once, not in
10 s, and no saving is waited for (it cannot finish).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from juhe_desk.store import Store
    from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)

SAVING_AT_CLOSE_S = 120.0  # a campaign being saved as the window closes: its steps end


def close_session(session: Session, hooks: Iterable[Callable[[], None]]) -> None:
    """Stop timers, ``hooks`` and workers, then the demo gateway, then close the database."""
    session.poll_timer.stop()
    if session.team is not None:
        session.team.stop()
    if session.demo_gateway is not None:
        session.demo_gateway.stop_timer()
    for hook in hooks:
        try:
            hook()
        except Exception:
            log.exception("a shutdown hook failed")
    unsaved = session.writes.finish()
    closed_early = bool(unsaved) or session.shared_database_down
    if closed_early:
        session.store.close()
    session.runner.shutdown()
    if not closed_early:  # a campaign still being saved is saved whole (not if it cannot)
        finish_savings(session.store)
    if session.demo_gateway is not None:
        session.demo_gateway.stop()
    if session.team is not None:
        session.team.close()
    session.store.close()


def finish_savings(store: Store) -> None:
    """Wait for a campaign still being saved in steps, so that it is not left partly saved;
    only a saving that is stuck is given up."""
    if "juhe_desk.services.campaign_saving" in sys.modules:  # none was ever started
        from juhe_desk.services.campaign_saving import finish_savings as finish

        finish(store, timeout=SAVING_AT_CLOSE_S)
