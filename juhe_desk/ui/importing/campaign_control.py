"""Which stored campaign sends when: now, at its time, after the one sending, or on resume.

One campaign sends at a time; others wait in a queue. Scheduled campaigns wait for their
timer. Pause stops between batches; cancel also gives up the batches not yet sent. Every
outcome is said in plain words through ``message`` (text, severity).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from juhe_desk.gateway.codes import RESULT_BALANCE_TOO_LOW
from juhe_desk.services.campaigns import give_up_unsent
from juhe_desk.services.due_start import BeforeStarting, SavingElsewhere, look_before_starting
from juhe_desk.services.recovery import (
    CampaignRecovery,
    RecoveryReport,
    ResumeSummary,
    resume,
)
from juhe_desk.services.send_settings import send_options
from juhe_desk.services.sending import SendProgress, SendReport
from juhe_desk.store import Campaign
from juhe_desk.ui.campaign_runner import CampaignRunner
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.scheduler import LATE_GRACE_S, CampaignScheduler, seconds_until
from juhe_desk.ui.schedule_follow import ScheduleFollower
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

SAVE_WAIT_MS = 2000  # how often a start waiting for another desk's save looks again


class CampaignControl(QObject):
    changed = Signal(int)  # a campaign was created, started, ended or cancelled
    progressed = Signal(SendProgress)  # of the campaign sending
    message = Signal(int, str, str)  # campaign id, text, severity ("ok"/"warning"/"error"/"")

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.campaign_runner = CampaignRunner(session, self)
        # Closing the window pauses the campaign sending: it resumes at the next start.
        session.add_shutdown_hook(self.campaign_runner.pause)
        self.scheduler = CampaignScheduler(self)
        self.queue: list[int] = []
        self._checking: int | None = None  # the campaign read before it starts
        # Due, but another desk is still saving them: they start once saved (due_start.py).
        self.waiting_for_save: dict[int, SavingElsewhere] = {}
        # Due before the account's password was known (read at start, or typed in).
        self.after_password: set[int] = set()
        session.accountChanged.connect(self._password_known)
        self.campaign_runner.progressed.connect(self.progressed)
        self.campaign_runner.finished.connect(self._finished)
        self.campaign_runner.failed.connect(self._failed)
        self.scheduler.due.connect(self.start)
        session.add_shutdown_hook(self.scheduler.disarm_all)
        self.schedule_follow = ScheduleFollower(self)  # scheduled at another desk meanwhile

    @property
    def busy(self) -> bool:
        """A campaign sends, or one is read before it starts."""
        return self.campaign_runner.busy or self._checking is not None

    @property
    def sending_id(self) -> int | None:
        return self.campaign_runner.campaign_id if self.campaign_runner.busy else None

    def sent_from_other_tab(self, campaign_id: int | None) -> bool:
        """Another runner of this desk (the Send tab, a reply) sends it now."""
        return (campaign_id is not None and campaign_id != self.sending_id
                and campaign_id in self.session.campaigns_sending_here)

    # --- starting -------------------------------------------------------------------------
    def start(self, campaign_id: int) -> None:
        """Send now, or right after the campaign sending now."""
        if self.campaign_runner.busy:
            if campaign_id != self.campaign_runner.campaign_id and campaign_id not in self.queue:
                self.queue.append(campaign_id)
                self.message.emit(campaign_id, self.tr(
                    "This campaign waits until the one sending now is done."), "")
            return
        if self.session.shared_database_down:
            self.message.emit(campaign_id, self.tr(
                "Not started: the team database cannot be reached, and messages are only "
                "sent once they can be recorded there. Start it again when the status bar "
                "no longer shows the problem."), "error")
            return
        if self._checking is not None:  # one start at a time: the next waits for it
            if campaign_id != self._checking and campaign_id not in self.queue:
                self.queue.append(campaign_id)
            return
        self._read_then_start(campaign_id)

    def _read_then_start(self, campaign_id: int) -> None:
        """Read the campaign (a job: on a team's database a round trip), then start it if
        it may be sent here now (services/due_start.py)."""
        store = self.session.store
        self._checking = campaign_id
        if campaign_id not in self.waiting_for_save:
            self.message.emit(campaign_id, "", "")  # what was said about the last run is over

        def read(found: BeforeStarting) -> None:
            self._checking = None
            self.waiting_for_save.pop(campaign_id, None)
            if self.campaign_runner.busy:  # started meanwhile (another start): after it
                self.start(campaign_id)
                return
            if not self._can_send(found.campaign):
                self.changed.emit(campaign_id)  # not busy any more: the buttons follow
            elif found.saving is not None:
                self._wait_for_save(found.campaign, found.saving)
            elif found.sent_by:
                self.message.emit(campaign_id, self.tr(
                    "{desk} is sending this campaign.").format(desk=found.sent_by), "")
                self.changed.emit(campaign_id)
            else:
                self._start_now(campaign_id)
                return
            self._next()

        def failed(error: BaseException) -> None:
            self._checking = None
            self.waiting_for_save.pop(campaign_id, None)
            self._error(campaign_id, error)
            self._next()

        self.session.runner.submit(lambda ctx: look_before_starting(store, campaign_id),
                                   on_result=read, on_error=failed)

    def _wait_for_save(self, campaign: Campaign, saving: SavingElsewhere) -> None:
        """Another desk is still saving it: never send from a partly saved list. Look again
        in a moment; it starts once saved (unless that desk has started it by then)."""
        self.waiting_for_save[campaign.id] = saving
        self.scheduler.look_again(campaign.id, campaign.scheduled_at or "", SAVE_WAIT_MS)
        self.message.emit(campaign.id, self.tr(
            "Not started yet: this campaign is still being saved at “{desk}” ({saved} of "
            "{total} messages saved). It starts by itself once it is saved, never from a "
            "partly saved list.").format(desk=saving.desk, saved=saving.saved,
                                         total=saving.total), "warning")
        self.changed.emit(campaign.id)

    def _start_now(self, campaign_id: int) -> None:
        self.scheduler.disarm(campaign_id)  # "send now" on a scheduled one: not twice
        try:
            self.campaign_runner.start(campaign_id, send_options(self.session.writes))
        except RuntimeError as error:
            self.message.emit(campaign_id, explain_error(error), "error")
            return
        # What was said about the last run ("Paused…", "waits until…") is over now; the
        # state beside the campaign's name says it sends.
        self.message.emit(campaign_id, "", "")
        self.changed.emit(campaign_id)

    def _password_known(self) -> None:
        if self.session.ready and self.after_password:
            due, self.after_password = sorted(self.after_password), set()
            for campaign_id in due:
                self.start(campaign_id)

    def schedule(self, campaign_id: int, scheduled_at: str) -> None:
        self.scheduler.arm(campaign_id, scheduled_at)
        self.changed.emit(campaign_id)

    def resume(self, campaign_id: int) -> None:
        """Make a paused (or stopped) campaign sendable again, then send what is left."""
        if self.campaign_runner.busy and self.campaign_runner.campaign_id == campaign_id:
            return
        if self.sent_from_other_tab(campaign_id):  # both would send its batches
            self.message.emit(campaign_id, self.tr(
                "This campaign is being sent from the Send tab; wait until it is done."),
                "warning")
            return
        store = self.session.store
        account = self.session.account
        extno = account.extno if account is not None else None
        signatures = account.signatures if account is not None else ()

        def job(ctx: TaskContext) -> ResumeSummary:
            # What is left goes with the account's extno and signature as they are now:
            # after RESULT 10/17 the user fixes them, then resumes.
            return resume(store, campaign_id, extno=extno, signatures=signatures)

        self.session.runner.submit(job, on_result=self._resumed,
                                   on_error=lambda e: self._error(campaign_id, e))

    def _resumed(self, summary: ResumeSummary) -> None:
        campaign_id = summary.campaign.id
        if summary.batches_to_send:
            self.start(campaign_id)
            if summary.new_signature or summary.new_extno:  # said once start cleared the last words
                self.message.emit(campaign_id, summary.text(current_language()), "")
        else:
            self.message.emit(campaign_id, summary.text(current_language()), "warning")
            self.changed.emit(campaign_id)

    def pause(self) -> None:
        if self.campaign_runner.busy:
            self.campaign_runner.pause()
            self.message.emit(self.campaign_runner.campaign_id or 0, self.tr(
                "Pausing after the requests already on their way…"), "warning")

    def cancel(self, campaign_id: int) -> None:
        """Give up what is not sent yet (what went, went)."""
        self.scheduler.disarm(campaign_id)
        self.waiting_for_save.pop(campaign_id, None)
        self.after_password.discard(campaign_id)
        if campaign_id in self.queue:
            self.queue.remove(campaign_id)
        if self.campaign_runner.busy and self.campaign_runner.campaign_id == campaign_id:
            self.campaign_runner.cancel()  # gives up the rest once the batches in flight end
            return
        self._give_up(campaign_id)

    def _give_up(self, campaign_id: int) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> int:
            return give_up_unsent(store, campaign_id)

        def done(unsent: int) -> None:
            self._say_cancelled(campaign_id, unsent)
            self.changed.emit(campaign_id)

        self.session.runner.submit(job, on_result=done,
                                   on_error=lambda e: self._error(campaign_id, e))

    def _say_cancelled(self, campaign_id: int, unsent: int) -> None:
        self.message.emit(campaign_id, self.tr(
            "The campaign is cancelled: %Ln message(s) were not sent.", "", unsent), "warning")

    # --- after a restart ------------------------------------------------------------------
    def restore(self, report: RecoveryReport) -> list[CampaignRecovery]:
        """Arm the scheduled campaigns of this account and start those just due; returns the
        unfinished ones the user has to decide about."""
        account = self.session.account
        undecided: list[CampaignRecovery] = []
        for campaign in report.campaigns:
            if account is None or campaign.account_id != account.id:  # read in the job
                continue
            left = seconds_until(campaign.scheduled_at) if campaign.scheduled_at else None
            if campaign.waits_for_its_time and left is not None and left > -LATE_GRACE_S:
                self.scheduler.arm(campaign.campaign_id, campaign.scheduled_at or "")
            else:
                undecided.append(campaign)
        return undecided

    # --- outcomes -------------------------------------------------------------------------
    def _can_send(self, campaign: Campaign) -> bool:
        campaign_id = campaign.id
        account = self.session.account
        if account is not None and not self.session.ready and campaign.state == "scheduled":
            # Its time came as the window opened, before the password was read: not an error.
            self.after_password.add(campaign_id)
            self.message.emit(campaign_id, self.tr(
                "Its time has come: it starts as soon as the account's password is known."),
                "")
            return False
        if not self.session.ready or account is None:
            self.message.emit(campaign_id, self.tr(
                "No gateway account is set up yet, so nothing was sent. Open Account › Account "
                "settings…, then click Resume."), "error")
            return False
        if campaign.state not in ("draft", "scheduled", "sending", "paused"):
            self.changed.emit(campaign_id)  # cancelled or done meanwhile: nothing to send
            return False
        owner = campaign.account_id
        if owner != account.id:
            self.message.emit(campaign_id, self.tr(
                "This campaign belongs to account {owner}. Switch to that account to send "
                "it.").format(owner=owner), "error")
            return False
        return True

    def _finished(self, report: SendReport) -> None:
        campaign_id = report.campaign_id
        if report.given_up is not None:
            self._say_cancelled(campaign_id, report.given_up)
        else:
            text, severity = self.report_text(report)
            if report.opted_out_total:
                text += " " + self.tr("%Ln number(s) were not sent: they opted out (e.g. "
                                      "replied R) after they were chosen.", "",
                                      report.opted_out_total)
                severity = "warning" if severity == "ok" else severity
            self.message.emit(campaign_id, text, severity)
        self.changed.emit(campaign_id)
        self._next()

    def _failed(self, campaign_id: int, explanation: str) -> None:
        self.message.emit(campaign_id, self.tr("Sending stopped: {reason}").format(
            reason=explanation), "error")
        self.changed.emit(campaign_id)
        self._next()

    def _error(self, campaign_id: int, error: BaseException) -> None:
        self.message.emit(campaign_id, explain_error(error), "error")
        self.changed.emit(campaign_id)

    def _next(self) -> None:
        if self.queue and not self.campaign_runner.busy and self._checking is None:
            self.start(self.queue.pop(0))

    def report_text(self, report: SendReport) -> tuple[str, str]:
        p: SendProgress = report.progress
        counts = self.tr("{accepted} accepted, {refused} refused, {uncertain} uncertain.").format(
            accepted=p.accepted, refused=p.refused, uncertain=p.uncertain)
        reason = report.text(current_language())
        if report.outcome == "paused" and report.error_code == RESULT_BALANCE_TOO_LOW:
            return self.tr("Balance too low: the campaign is paused. Top up the account, then "
                           "click Resume. ({reason}) {counts}").format(
                reason=reason, counts=counts), "error"
        if report.outcome == "paused":
            return self.tr("Sending paused: {reason} Click Resume to carry on. {counts}").format(
                reason=reason, counts=counts), "error"
        if report.outcome == "stopped":
            return self.tr("Sending stopped: {reason} Once that is fixed, click Resume. "
                           "{counts}").format(reason=reason, counts=counts), "error"
        if report.outcome == "cancelled":
            return self.tr("Paused. Click Resume to send the rest. {counts}").format(
                counts=counts), "warning"
        if p.uncertain:
            return self.tr("Sent, but %Ln message(s) are uncertain: the gateway did not answer "
                           "in time. They are never sent again by themselves; wait for their "
                           "delivery reports or decide with “Uncertain batches…”. {counts}", "",
                           p.uncertain).format(counts=counts), "warning"
        if p.refused:
            return self.tr("Sent; the gateway refused some numbers (the table says why). "
                           "{counts}").format(counts=counts), "warning"
        return self.tr("Sent: all %Ln number(s) accepted by the gateway. Delivery reports "
                       "follow.", "", p.accepted), "ok"
