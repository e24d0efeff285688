"""How soon the session pulls reports and replies again (services/puller.py decides, per
turn, whether to hurry): the account's interval, or ``SOON_S`` while a campaign waits for its
reports. A send that ends here, or a campaign another desk of the team sends while this desk
pulls, brings the next pull forward at once, rather than after the rest of a long interval
(30 s by default): the turn that follows then says whether to keep hurrying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from juhe_desk.services.puller import SOON_S, PullTurn, next_pull_s
from juhe_desk.store.changes import ChangeKind

if TYPE_CHECKING:
    from juhe_desk.ui.session import Session


class PullPace(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        session.sendFinished.connect(lambda _report: self.hurry())
        session.changedElsewhere.connect(self._changed_elsewhere)

    def interval_s(self) -> float:
        account = self.session.account
        return float(max(1, account.poll_interval_s)) if account is not None else 0.0

    def after_turn(self, turn: PullTurn) -> None:
        """A pull turn came back: the next one after the interval it asks for."""
        if self.session.account is not None:
            self._set_interval(next_pull_s(turn, self.interval_s()))

    def hurry(self) -> None:
        """Reports are about to come: the next pull soon (when pulling at all)."""
        if self.session.account is not None:
            self._set_interval(min(self.interval_s(), SOON_S))

    def _changed_elsewhere(self, kinds: frozenset[ChangeKind]) -> None:
        team = self.session.team
        if ChangeKind.CAMPAIGN in kinds and team is not None and team.pulls_here:
            self.hurry()  # another desk sends: its reports come through this desk

    def _set_interval(self, seconds: float) -> None:
        timer = self.session.poll_timer
        wanted = round(seconds * 1000)
        if timer.isActive() and timer.interval() != wanted:
            timer.setInterval(wanted)  # counted from now
