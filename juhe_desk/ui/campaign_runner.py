"""Sends one campaign at a time in the task runner: for the Send tab and the bulk tab alike.

``start(campaign_id, options)`` sends a campaign already in the store (the bulk tab);
``start_new(write, options)`` first writes it, in the same job (the Send tab's quick send).
Either way a campaign still being saved in steps (services/campaign_saving.py) is sent as
its batches are committed.
The job is a ``CampaignSender`` whose cancel check and back-off sleep are the job's own
``TaskContext``: ``pause()`` cancels that context, so the sender stops between batches and
the batches not sent stay planned, the campaign paused, for
``juhe_desk.services.recovery.resume`` to carry on later. ``cancel()`` stops it the same way
and then gives up those batches (``juhe_desk.services.campaigns.give_up_unsent``): the
campaign is over. Either way nothing is ever sent twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from juhe_desk.services.campaign_saving import SavingInSteps, being_saved
from juhe_desk.services.campaigns import give_up_unsent
from juhe_desk.services.sending import CampaignSender, SendOptions, SendProgress, SendReport
from juhe_desk.store import Campaign, Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:  # the client (and requests) is imported in the jobs that make one
    from juhe_desk.gateway.client import GatewayClient

# Runs in the job: writes the campaign's first batch, the rest is saved while it sends.
WriteCampaign = Callable[[Store], SavingInSteps]


@dataclass(frozen=True, slots=True)
class OptedOutMeanwhile:
    """Numbers that opted out between the check and the writing of the campaign: not sent."""

    numbers: int


def send_campaign(ctx: TaskContext, store: Store, make_client: Callable[[], GatewayClient],
                  campaign: int | WriteCampaign, options: SendOptions,
                  give_up: threading.Event) -> SendReport:
    """Worker thread: write the campaign when given how, send its planned batches until done
    or ``ctx`` is cancelled, then give up what is left when ``give_up`` is set."""
    new: SavingInSteps | None = None
    if isinstance(campaign, int):
        campaign_id = campaign
        saving = being_saved(store, campaign_id)  # e.g. scheduled, or paused while saved
    else:
        saving = new = campaign(store)
        ctx.progress(new.campaign)
        campaign_id = new.campaign.id
    told = 0

    def progress(value: object) -> None:
        nonlocal told  # a new campaign's numbers left out, counted as its steps are written
        if new is not None and new.left_out > told:
            told = new.left_out
            ctx.progress(OptedOutMeanwhile(told))
        ctx.progress(value)

    sender = CampaignSender(store, make_client, campaign_id, options=options,
                            cancelled=lambda: ctx.cancelled, sleep=ctx.wait,
                            progress=progress, saving=saving)
    report = sender.run()
    if give_up.is_set():
        report = replace(report, given_up=give_up_unsent(store, campaign_id))
    return report


class CampaignRunner(QObject):
    """Runs one campaign at a time; ``pause()`` and ``cancel()`` stop it between batches.

    Whoever owns it says what closing the window does: the bulk tab pauses (the campaign
    resumes at the next start), the Send tab cancels (a quick send is not resumed).
    """

    created = Signal(Campaign)  # start_new wrote it
    optedOutAtConfirm = Signal(int)  # noqa: N815 - numbers left out as the campaign was written
    progressed = Signal(SendProgress)
    finished = Signal(SendReport)  # ``given_up`` is set after cancel()
    failed = Signal(int, str)  # campaign id (0: not written), the explanation in the user's words

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.campaign_id: int | None = None
        self._job: TaskContext | None = None
        self._give_up = threading.Event()
        # The shared database gone: no further batch (the user resumes once it is back).
        session.sharedDatabaseChanged.connect(self._shared_database_changed)

    def _shared_database_changed(self, reachable: bool, _explanation: str) -> None:
        if not reachable:
            self.pause()

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def stopping(self) -> bool:
        """Paused or cancelled, and waiting for the requests already on their way."""
        return self._job is not None and self._job.cancelled

    def start(self, campaign_id: int, options: SendOptions) -> None:  # GUI thread
        """Send a campaign already in the store."""
        self._start(campaign_id, options)

    def start_new(self, write: WriteCampaign, options: SendOptions) -> None:  # GUI thread
        """Write a campaign with ``write`` (in the job), then send it."""
        self._start(write, options)

    def pause(self) -> None:
        """Send no further batch; requests already on their way finish (or turn uncertain)."""
        if self._job is not None:
            self._job.cancel()

    def cancel(self) -> None:
        """Pause, then give up the batches not sent: the campaign is over."""
        if self._job is not None:
            self._give_up.set()
            self._job.cancel()

    def _start(self, campaign: int | WriteCampaign, options: SendOptions) -> None:
        if self.busy:
            raise RuntimeError("a campaign is already being sent")
        store = self.session.store
        factory = self.session.client_factory()  # raises when no account is ready
        give_up = threading.Event()
        self._give_up = give_up
        self.campaign_id = campaign if isinstance(campaign, int) else None
        if self.campaign_id is not None:
            self.session.campaigns_sending_here.add(self.campaign_id)

        def job(ctx: TaskContext) -> SendReport:
            return send_campaign(ctx, store, factory, campaign, options, give_up)

        self._job = self.session.runner.submit(job, on_result=self._done,
                                               on_error=self._failed,
                                               on_progress=self._progress)

    def _progress(self, value: object) -> None:
        if isinstance(value, SendProgress):
            self.progressed.emit(value)
        elif isinstance(value, Campaign):
            self.campaign_id = value.id
            self.session.campaigns_sending_here.add(value.id)
            self.created.emit(value)
        elif isinstance(value, OptedOutMeanwhile):
            self.optedOutAtConfirm.emit(value.numbers)

    def _done(self, report: SendReport) -> None:
        if self._give_up.is_set() and report.given_up is None:
            self._give_up_late(report)  # cancelled after the job had looked
            return
        self._job = None
        self.session.campaigns_sending_here.discard(report.campaign_id)
        self.finished.emit(report)
        self.session.refresh_balance()
        self.session.sendFinished.emit(report)

    def _give_up_late(self, report: SendReport) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> SendReport:
            return replace(report, given_up=give_up_unsent(store, report.campaign_id))

        self.session.runner.submit(job, on_result=self._done, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        if self.campaign_id is not None:
            self.session.campaigns_sending_here.discard(self.campaign_id)
        self.failed.emit(self.campaign_id or 0, explain_error(error))
        self.session.refresh_balance()
