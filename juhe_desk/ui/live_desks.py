"""The other desks of a team, live: what they change shows here within a second, and who
else is on line (a shared database only; a SQLite file has one desk and none of this).

The listener (services/live_changes.py) runs as one long job in the session's task runner
and reports each burst of the others' changes as progress; a change is passed on at once
when nothing was in the last ``COALESCE_MS``, else together with the others of that time at
its end (at most about three refreshes a second, and no wait for the first), through the
session's signals the tabs already refresh on: ``synced`` for reports and campaign
progress, ``optOutsChanged`` for the opt-out list, the settings read again
(``session.writes.settingsChanged``), and ``changedElsewhere`` (the kinds) for the rest
(replies, saved texts). After the listener was away (its connection dropped) every kind counts
as changed: the desk reads everything afresh.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from juhe_desk.services.sync import SyncSummary
from juhe_desk.store.changes import Change, ChangeKind
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:
    from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)

COALESCE_MS = 300  # at most about three refreshes a second, however busy the others are
PRESENCE_MS = 10_000  # how often the names of the desks on line are asked for


class LiveDesks(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self._pending: set[ChangeKind] = set()
        self._listener: TaskContext | None = None
        self._asking = False
        self.online: list[str] | None = None  # the other desks' names, once known
        self.coalesce_timer = QTimer(self)
        self.coalesce_timer.setSingleShot(True)
        self.coalesce_timer.setInterval(COALESCE_MS)
        self.coalesce_timer.timeout.connect(self._pass_on)
        self.presence_timer = QTimer(self)
        self.presence_timer.setInterval(PRESENCE_MS)
        self.presence_timer.timeout.connect(self.ask_who_is_on_line)

    def start(self) -> None:
        if self._listener is not None:
            return
        store = self.session.store

        def listen_for_changes(ctx: TaskContext) -> None:
            from juhe_desk.services.live_changes import listen

            listen(store, ctx.progress, lambda: ctx.cancelled, ctx.wait)

        self._listener = self.session.runner.submit(
            listen_for_changes, on_progress=self._heard, on_error=self._listener_failed)
        self.presence_timer.start()
        self.ask_who_is_on_line()

    def stop(self) -> None:
        self.presence_timer.stop()
        self.coalesce_timer.stop()
        if self._listener is not None:
            self._listener.cancel()

    # --- the others' changes --------------------------------------------------------------
    def _heard(self, events: object) -> None:
        assert isinstance(events, list)
        for event in events:
            if isinstance(event, Change):
                self._pending.add(event.kind)
            else:  # CATCH_UP: anything may have changed while we were away
                self._pending.update(ChangeKind)
                self.ask_who_is_on_line()
        if not self.coalesce_timer.isActive():
            self._pass_on()  # the first change of a while: at once

    def _pass_on(self) -> None:
        kinds, self._pending = frozenset(self._pending), set()
        if not kinds:
            return
        self.coalesce_timer.start()  # what comes meanwhile waits for its end
        if ChangeKind.REPORT in kinds or ChangeKind.CAMPAIGN in kinds:
            self.session.synced.emit(SyncSummary(new_reports=1))  # "some": pages re-read
        if ChangeKind.OPT_OUT in kinds:
            self.session.optOutsChanged.emit()
        if ChangeKind.SETTINGS in kinds:  # read in turn with the writes: settingsChanged
            self.session.writes.refresh_known_settings()
        self.session.changedElsewhere.emit(kinds)

    def _listener_failed(self, error: BaseException) -> None:
        log.error("listening for the other desks' changes failed", exc_info=error)

    # --- who is on line -------------------------------------------------------------------
    def ask_who_is_on_line(self) -> None:
        if self._asking:
            return
        self._asking = True
        store = self.session.store
        self.session.runner.submit(lambda ctx: store.other_desks_online(),
                                   on_result=self._on_line, on_error=self._not_known)

    def _on_line(self, names: object) -> None:
        self._asking = False
        assert isinstance(names, list)
        if names != self.online:
            self.online = names
            self.session.desksOnlineChanged.emit(names)

    def _not_known(self, error: BaseException) -> None:
        self._asking = False
        log.info("which desks are on line is not known now: %s", error)
