"""Runs one send of the Send tab in the task runner: store the campaign in full, then send it.

The job gets plain values (store, a client factory, the quick send) and touches no widget. It
reports the new campaign first, then each ``SendProgress``; the callbacks run on the GUI
thread and turn them into this object's signals.

Writing the campaign looks at the opt-out list once more: a number that opted out while
the confirmation was open is written as not sent (``LeftOutAtConfirm`` says how many).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services.quick_send import QuickSend
from juhe_desk.services.sending import SendOptions, SendProgress, SendReport
from juhe_desk.store import Campaign, MessageFilter, Store
from juhe_desk.ui.campaign_runner import send_stored_campaign
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext


@dataclass(frozen=True, slots=True)
class LeftOutAtConfirm:
    """Numbers that opted out between the check and the confirmation: not sent."""

    numbers: int


class SendController(QObject):
    campaignCreated = Signal(object)  # noqa: N815 - Campaign
    optedOutAtConfirm = Signal(int)  # noqa: N815 - numbers left out as the send started
    progressed = Signal(object)  # SendProgress
    finished = Signal(object)  # SendReport
    failed = Signal(str)  # the explanation, in the user's words

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stop: threading.Event | None = None
        self.campaign: Campaign | None = None

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def start(self, quick: QuickSend, name: str) -> None:  # GUI thread
        if self.busy:
            raise RuntimeError("a send is already running")
        stop = threading.Event()
        self._stop = stop
        self.campaign = None
        store = self.session.store
        factory = self.session.client_factory()

        def job(ctx: TaskContext) -> SendReport:
            return run_send(ctx, store, factory, quick, name, stop)

        self.session.runner.submit(job, on_result=self._done, on_error=self._failed,
                                   on_progress=self._progress)

    def cancel(self) -> None:
        """Stop after the requests in flight; nothing more is sent."""
        if self._stop is not None:
            self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    def _progress(self, value: object) -> None:
        if isinstance(value, Campaign):
            self.campaign = value
            self.campaignCreated.emit(value)
        elif isinstance(value, SendProgress):
            self.progressed.emit(value)
        elif isinstance(value, LeftOutAtConfirm):
            self.optedOutAtConfirm.emit(value.numbers)

    def _done(self, report: SendReport) -> None:
        self._stop = None
        self.finished.emit(report)
        self.session.refresh_balance()
        self.session.sendFinished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._stop = None
        self.failed.emit(explain_error(error))
        self.session.refresh_balance()


def run_send(ctx: TaskContext, store: Store, make_client: Callable[[], GatewayClient],
             quick: QuickSend, name: str, stop: threading.Event) -> SendReport:
    """Worker thread: write the campaign with every message, then send it batch by batch."""
    campaign = quick.write(store, name)
    ctx.progress(campaign)
    left_out = store.count_messages(MessageFilter(campaign_id=campaign.id,
                                                  statuses=("opted_out",)))
    if left_out:
        ctx.progress(LeftOutAtConfirm(left_out))
    report = send_stored_campaign(ctx, store, make_client, campaign.id, stop,
                                  SendOptions())
    if report.outcome == "cancelled":
        cancel_unsent(store, campaign.id)
    return report


def cancel_unsent(store: Store, campaign_id: int) -> None:
    """A cancelled send with batches never sent: the campaign is over, not paused."""
    planned = any(b.state == "planned" for b in store.campaign_batches(campaign_id))
    state = store.get_campaign(campaign_id).state
    if planned and state in ("scheduled", "sending", "paused"):
        store.set_campaign_state(campaign_id, "cancelled")
