"""Sends a campaign already in the store, in the task runner, one campaign at a time.

``send_stored_campaign`` is the job: a ``CampaignSender`` over the stored batches whose cancel
check and back-off sleep wake on the user's "pause" and on shutdown. ``CampaignRunner`` is
its GUI-thread side: start, pause (stop between batches), and signals for progress and the
end. Whatever stops a run, the batches not yet sent stay planned and the campaign paused, so
``juhe_desk.services.recovery.resume`` can carry on later; nothing is ever sent twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services.sending import CampaignSender, SendOptions, SendProgress, SendReport
from juhe_desk.store import Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

WAKE_EVERY_S = 0.1


def interruptible_sleep(stop: threading.Event,
                        cancelled: Callable[[], bool]) -> Callable[[float], bool]:
    """A sleep for the sender's back-off that returns True as soon as ``cancelled()``."""

    def sleep(seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not cancelled():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            stop.wait(min(left, WAKE_EVERY_S))
        return True

    return sleep


def send_stored_campaign(ctx: TaskContext, store: Store,
                         make_client: Callable[[], GatewayClient], campaign_id: int,
                         stop: threading.Event, options: SendOptions) -> SendReport:
    """Worker thread: send the campaign's planned batches; progress goes to ``ctx``."""

    def cancelled() -> bool:
        return stop.is_set() or ctx.cancelled

    sender = CampaignSender(store, make_client, campaign_id, options=options,
                            cancelled=cancelled, sleep=interruptible_sleep(stop, cancelled),
                            progress=ctx.progress)
    return sender.run()


class CampaignRunner(QObject):
    """Runs one stored campaign at a time; ``pause()`` stops it between batches."""

    started = Signal(int)  # campaign id
    progressed = Signal(object)  # SendProgress
    finished = Signal(object)  # SendReport
    failed = Signal(int, str)  # campaign id, the explanation in the user's words

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stop: threading.Event | None = None
        self.campaign_id: int | None = None
        session.add_shutdown_hook(self.pause)

    @property
    def busy(self) -> bool:
        return self._stop is not None

    @property
    def pausing(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    def start(self, campaign_id: int, options: SendOptions) -> None:  # GUI thread
        if self.busy:
            raise RuntimeError("a campaign is already being sent")
        stop = threading.Event()
        store = self.session.store
        factory = self.session.client_factory()  # raises when no account is ready
        self._stop = stop
        self.campaign_id = campaign_id

        def job(ctx: TaskContext) -> SendReport:
            return send_stored_campaign(ctx, store, factory, campaign_id, stop, options)

        self.session.runner.submit(job, on_result=self._done,
                                   on_error=lambda error: self._failed(campaign_id, error),
                                   on_progress=self._progress)
        self.started.emit(campaign_id)

    def pause(self) -> None:
        """Send no further batch; requests already on their way finish (or turn uncertain)."""
        if self._stop is not None:
            self._stop.set()

    def _progress(self, value: object) -> None:
        if isinstance(value, SendProgress):
            self.progressed.emit(value)

    def _done(self, report: SendReport) -> None:
        self._stop = None
        self.finished.emit(report)
        self.session.refresh_balance()
        self.session.sendFinished.emit(report)

    def _failed(self, campaign_id: int, error: BaseException) -> None:
        self._stop = None
        self.failed.emit(campaign_id, explain_error(error))
        self.session.refresh_balance()
