"""The campaigns another desk of the team schedules, cancels or starts, followed here while
the app runs (a shared database only; on a SQLite file nothing changes elsewhere).

At start the bulk tab arms a timer for each scheduled campaign it reads
(``CampaignControl.restore``). After that, a campaign saved, cancelled or started at
another desk announces it (``ChangeKind.CAMPAIGN``, store/changes.py); this desk then reads
the account's scheduled campaigns again in a job (services/due_start.py) and brings its
timers in line: a new one is armed (the campaign list shows it through the same change,
``session.synced``), one no longer scheduled there is disarmed. Who starts it when its time
comes, exactly once, is services/due_start.py's rule: the desk that saved it, the others a
few seconds later only when it has not.

Only timers armed before the read began are disarmed by it: one armed meanwhile (this desk
just saved it) may be newer than what the read saw.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from juhe_desk.services.due_start import Scheduled, scheduled_campaigns
from juhe_desk.store.changes import ChangeKind
from juhe_desk.ui.importing.scheduler import LATE_GRACE_S, seconds_until

if TYPE_CHECKING:
    from juhe_desk.ui.importing.campaign_control import CampaignControl

log = logging.getLogger(__name__)


class ScheduleFollower(QObject):
    def __init__(self, control: CampaignControl) -> None:
        super().__init__(control)
        self.control = control
        self.session = control.session
        self._reading = False
        self._again = False  # a change came while reading: read once more after
        self.session.changedElsewhere.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, kinds: frozenset[ChangeKind]) -> None:
        if ChangeKind.CAMPAIGN in kinds:
            self.look()

    def look(self) -> None:
        """Read the scheduled campaigns again (one read at a time)."""
        account = self.session.account
        if account is None:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        store, account_id = self.session.store, account.id
        armed = self.control.scheduler.armed()
        self.session.runner.submit(
            lambda ctx: scheduled_campaigns(store, account_id),
            on_result=lambda found: self._read(account_id, armed, found),
            on_error=self._not_read)

    def _read(self, account_id: str, armed_before: dict[int, str],
              found: list[Scheduled]) -> None:
        self._reading = False
        account = self.session.account
        if account is not None and account.id == account_id:
            self._follow(armed_before, found)
        self._look_again_if_asked()

    def _follow(self, armed_before: dict[int, str], found: list[Scheduled]) -> None:
        control, scheduler = self.control, self.control.scheduler
        armed = scheduler.armed()
        # Already in hand here: sending, waiting behind the one sending, waiting for
        # another desk's save or for the password.
        in_hand = {*control.queue, *control.waiting_for_save, *control.after_password}
        if control.sending_id is not None:
            in_hand.add(control.sending_id)
        for item in found:
            left = seconds_until(item.scheduled_at)
            if (item.campaign_id in in_hand or armed.get(item.campaign_id) == item.scheduled_at
                    or left is None or left <= -LATE_GRACE_S):  # too late: asked at a start
                continue
            log.info("campaign %s was scheduled at another desk", item.campaign_id)
            scheduler.arm(item.campaign_id, item.scheduled_at, item.later_s)
            control.changed.emit(item.campaign_id)
        still = {item.campaign_id for item in found}
        for campaign_id, scheduled_at in armed_before.items():
            if (campaign_id not in still and armed.get(campaign_id) == scheduled_at
                    and campaign_id not in control.waiting_for_save):
                log.info("campaign %s is no longer scheduled", campaign_id)
                scheduler.disarm(campaign_id)  # cancelled, or started, elsewhere
                control.changed.emit(campaign_id)

    def _not_read(self, error: BaseException) -> None:
        self._reading = False
        log.info("the scheduled campaigns were not read again: %s", error)
        self._look_again_if_asked()

    def _look_again_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.look()
