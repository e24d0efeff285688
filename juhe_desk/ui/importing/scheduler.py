"""Starting scheduled campaigns on time, while the app runs.

A scheduled campaign is only a row in the store (state ``scheduled`` with ``scheduled_at`` in
China time, like every time the store keeps), so it survives a restart: at start the page
arms a timer for each one again. Timers live on the GUI thread; when one fires, ``due``
says which campaign to start. A start that must wait (another desk of the team is still
saving the campaign: services/due_start.py) looks again a little later (``look_again``).
A campaign another desk saved meanwhile is armed as its change is heard
(ui/schedule_follow.py), a few seconds after its time (``later_s``): that desk starts it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Signal

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import format_gateway_time, parse_gateway_time
from juhe_desk.ui.china_clock import to_china

# A QTimer holds a 32-bit count of milliseconds: wake up at least every day and look again.
MAX_TIMER_MS = 24 * 3600 * 1000
# A campaign found up to this late at start is what the user asked for: it starts by itself.
# Later than that (the app was closed at the time) the user is asked first: "tonight's
# offer" sent the next afternoon may be wrong.
LATE_GRACE_S = 15 * 60


def store_time(moment: QDateTime) -> str:
    """A moment chosen in the interface, as the store's China-time text."""
    return format_gateway_time(to_china(moment))


def seconds_until(text: str, now: dt.datetime | None = None) -> float | None:
    """Seconds from ``now`` to the store time ``text`` (negative when past; None: no time)."""
    moment = parse_gateway_time(text)
    if moment is None:
        return None
    return (moment - (now or now_in_china())).total_seconds()


class CampaignScheduler(QObject):
    """One single-shot timer per scheduled campaign."""

    due = Signal(int)  # campaign id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timers: dict[int, QTimer] = {}
        self._times: dict[int, str] = {}
        self._later: dict[int, float] = {}

    def arm(self, campaign_id: int, scheduled_at: str, later_s: float = 0.0) -> None:
        """Fire ``due(campaign_id)`` at ``scheduled_at`` (at once when it is past), or
        ``later_s`` after it (a campaign another desk saved: services/due_start.py)."""
        self.disarm(campaign_id)
        left = seconds_until(scheduled_at)
        if left is None:
            return
        left += later_s
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        timer.setInterval(int(min(max(0.0, left) * 1000, MAX_TIMER_MS)))
        timer.timeout.connect(lambda: self._fired(campaign_id))
        self._timers[campaign_id] = timer
        self._times[campaign_id] = scheduled_at
        self._later[campaign_id] = later_s
        timer.start()

    def look_again(self, campaign_id: int, scheduled_at: str, after_ms: int) -> None:
        """Fire ``due(campaign_id)`` again in ``after_ms``: its time has come, but its start
        waits for something (it stays ``armed``, and ``disarm`` ends the wait)."""
        self.disarm(campaign_id)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(after_ms)
        timer.timeout.connect(lambda: self._looked_again(campaign_id))
        self._timers[campaign_id] = timer
        self._times[campaign_id] = scheduled_at
        timer.start()

    def disarm(self, campaign_id: int) -> None:
        timer = self._timers.pop(campaign_id, None)
        self._times.pop(campaign_id, None)
        self._later.pop(campaign_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def disarm_all(self) -> None:
        for campaign_id in list(self._timers):
            self.disarm(campaign_id)

    def armed(self) -> dict[int, str]:
        """Campaign id -> its time, for every campaign waiting for its time."""
        return dict(self._times)

    def _looked_again(self, campaign_id: int) -> None:
        if campaign_id in self._times:
            self.disarm(campaign_id)
            self.due.emit(campaign_id)

    def _fired(self, campaign_id: int) -> None:
        scheduled_at = self._times.get(campaign_id)
        if scheduled_at is None:
            return
        later_s = self._later.get(campaign_id, 0.0)
        left = seconds_until(scheduled_at)
        if left is not None and left + later_s > 0.5:  # a long wait: in day-long steps
            self.arm(campaign_id, scheduled_at, later_s)
            return
        self.disarm(campaign_id)
        self.due.emit(campaign_id)
