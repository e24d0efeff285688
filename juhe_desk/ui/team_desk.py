"""What a desk of a team adds to the session (a shared database only; a SQLite file has
one desk and none of this).

- Whose turn it is to pull the account's reports and replies: the session's pull goes
  through this desk's spool (services/puller.py); while another desk pulls, this one asks
  every ``TAKEOVER_CHECK_S`` whether it should take over, and it lets go of the pulls when
  it switches accounts.
- Whether the shared database can be reached: a cheap check every ``SHARED_CHECK_S``, and
  every job that meets the server gone (the task runner's failure watchers); the session's
  ``sharedDatabaseChanged`` says when that changes.
- The other desks, live (ui/live_desks.py).

The session's signals carry all of it, so the tabs connect to the session alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from juhe_desk.services.puller import TAKEOVER_CHECK_S
from juhe_desk.store import DeskInfo
from juhe_desk.store.spool import SPOOL_NAME, SpoolPlace, SpoolUnavailableError
from juhe_desk.ui.account_follow import AccountFollower
from juhe_desk.ui.live_desks import LiveDesks
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:
    from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)

SHARED_CHECK_S = 5  # how often the shared database is asked whether it is there
# The settings read again every 30 s as well: another desk's change is announced and read
# at once (ui/live_desks.py), this catches one from a desk of a version that announced none.
SETTINGS_EVERY_CHECKS = 6


class TeamDesk(QObject):
    def __init__(self, session: Session, data_dir: Path) -> None:
        super().__init__(session)
        self.session = session
        # Pulled items go through the desk's local spool (services/puller), opened by the
        # first pull (a job): a folder that cannot take it stops the pulls only, said in
        # words (the session's pullProblemChanged), never the start.
        self.spool = SpoolPlace(data_dir / SPOOL_NAME)
        self.pull_problem = ""
        self.puller: DeskInfo | None = None
        # Another desk pulls: ask now and then whether this one should take over.
        self.takeover_timer = QTimer(self)
        self.takeover_timer.setInterval(TAKEOVER_CHECK_S * 1000)
        self.takeover_timer.timeout.connect(self._check_takeover)
        # A cheap check now and then, and every job that meets the server gone, tell
        # whether it can be reached ("" while it can).
        self.problem = ""
        self._checking = False
        self._checks = 0
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(SHARED_CHECK_S * 1000)
        self.check_timer.timeout.connect(self.check_shared_database)
        session.runner.failure_watchers.append(self._watch_failure)
        self.live = LiveDesks(session)
        self.account_follow = AccountFollower(session)  # edited at another desk

    def start(self) -> None:
        """Once the window is up: the checks and the other desks' changes."""
        self.check_timer.start()
        self.live.start()

    def stop(self) -> None:
        """At shutdown, before the runner stops."""
        self.takeover_timer.stop()
        self.check_timer.stop()
        self.live.stop()

    def close(self) -> None:
        """At shutdown, once no job runs any more."""
        self.spool.close()

    # --- whose turn it is to pull ---------------------------------------------------------
    @property
    def pulls_here(self) -> bool:
        return self.puller is not None and self.puller.is_this_desk

    def puller_is(self, puller: DeskInfo | None) -> None:
        """A pull said who pulls the account now."""
        self._pull_problem_is("")  # its turn went through the spool
        if puller != self.puller:
            self.puller = puller
            self.session.pullerChanged.emit(puller)

    def pull_failed(self, error: BaseException) -> bool:
        """A pull failed; True when the shared database or this desk's spool is at fault,
        not the gateway (the status bar says so through ``sharedDatabaseChanged`` or
        ``pullProblemChanged``)."""
        from juhe_desk.store.shared_errors import SharedStoreError, SharedStoreUnavailableError
        from juhe_desk.ui.i18n import current_language

        if isinstance(error, SpoolUnavailableError):  # nothing was pulled, the role let go
            self.puller = None
            self.session.pullerChanged.emit(None)
            self._pull_problem_is(error.text(current_language()))
            return True
        if self.puller is not None and isinstance(error, SharedStoreError):
            self.puller = None  # not known while the shared database cannot be asked
            self.session.pullerChanged.emit(None)
        return isinstance(error, SharedStoreUnavailableError)

    def _pull_problem_is(self, explanation: str) -> None:
        if explanation != self.pull_problem:
            self.pull_problem = explanation
            if explanation:
                log.warning("this desk does not pull: %s", explanation)
            self.session.pullProblemChanged.emit(explanation)

    def let_go_of_pulling(self, account_id: str) -> None:
        """This desk no longer pulls ``account_id``: another desk of the team may."""
        store = self.session.store
        self.puller = None
        self.session.runner.submit(
            lambda ctx: store.release_puller(account_id),
            on_error=lambda error: log.warning("releasing the pulls: %s", error))

    def _check_takeover(self) -> None:
        if not self.pulls_here:
            self.session.poll_now()

    # --- the shared database's health ------------------------------------------------------
    def check_shared_database(self) -> None:
        """Ask the shared database's server once (in a job); skipped while asking."""
        if self._checking:
            return
        self._checking = True
        store = self.session.store

        def ping(ctx: TaskContext) -> None:
            store.ping_shared()

        def answered(_none: object) -> None:
            self._checking = False
            self._shared_database_is(True, "")
            self._checks += 1
            if self._checks % SETTINGS_EVERY_CHECKS == 0:  # what other desks set, now and then
                self.session.writes.refresh_known_settings()

        def failed(_error: BaseException) -> None:  # the failure watcher has told it
            self._checking = False

        self.session.runner.submit(ping, on_result=answered, on_error=failed)

    def _watch_failure(self, error: BaseException) -> None:
        from juhe_desk.services.interrupted import SendInterrupted
        from juhe_desk.store.shared_errors import SharedStoreUnavailableError
        from juhe_desk.ui.errors import explain_error

        if isinstance(error, SendInterrupted) and error.database_unreachable:
            error = error.__cause__ or error
        if isinstance(error, SharedStoreUnavailableError):
            self._shared_database_is(False, explain_error(error))

    def _shared_database_is(self, reachable: bool, explanation: str) -> None:
        was_down = bool(self.problem)
        self.problem = "" if reachable else explanation
        if was_down == reachable:  # it changed
            self.session.store.renew_shared_connection()
            log.warning("the shared database can %sbe reached", "" if reachable else "not ")
            self.session.sharedDatabaseChanged.emit(reachable, self.problem)
