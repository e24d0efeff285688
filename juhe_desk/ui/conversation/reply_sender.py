"""Sending a reply from a conversation, through the same checks and journal as any send.

1. A number on the opt-out list is sent to only after an explicit "send anyway"
   (``replyOptOutConfirm``, whose default button does not send).
2. The journal is read for the same text sent to the number in the last 24 hours
   (``RepeatGuard``: ``repeatSendWarning``, whose default does not send).
3. The reply is written as a one-number campaign in a job (``services.replies``), then sent
   by a ``CampaignRunner`` of its own (the app's one runner start API), so a bulk campaign
   running meanwhile is not in its way. Its mid, RESULT and delivery report land in the
   journal like every other message's; the conversation shows them.
One reply at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from juhe_desk.services.replies import ReplyDraft, write_reply
from juhe_desk.services.sending import SendOptions, SendReport
from juhe_desk.store import Campaign
from juhe_desk.ui.campaign_runner import CampaignRunner
from juhe_desk.ui.dialogs.careful_question import careful_question
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.repeat_guard import LeftOut, RepeatGuard
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

REPLY_OPTIONS = SendOptions(parallel=1)


class ReplySender(QObject):
    written = Signal(Campaign)  # the reply is in the journal and about to go
    finished = Signal(SendReport)
    failed = Signal(str)  # nothing (more) happens: why, in the user's words
    stopped = Signal()  # the user chose not to send (opt-out or repeat warning)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.guard = RepeatGuard(session, parent)
        self.runner = CampaignRunner(session, self)
        self.confirm_box: QMessageBox | None = None
        self._busy = False
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(lambda _campaign, text: self._fail(text))

    @property
    def busy(self) -> bool:
        return self._busy or self.runner.busy

    def send(self, mobile: str, text: str, signature: str, name: str, opted_out: bool) -> None:
        """Send ``text`` (final: signature added) to ``mobile`` as campaign ``name``."""
        if self.busy:
            return
        account = self.session.account
        if account is None or not self.session.ready:
            self.failed.emit(self.tr("No gateway account with a known password is set up: "
                                     "open Account › Account settings… first."))
            return
        draft = ReplyDraft(account.id, account.extno, mobile, text, signature, name)
        self._busy = True
        if opted_out:
            self._confirm_opted_out(draft)
        else:
            self._check_repeats(draft)

    # --- the checks -----------------------------------------------------------------------
    def _confirm_opted_out(self, draft: ReplyDraft) -> None:
        box, send, keep = careful_question(
            self.parent_widget, "replyOptOutConfirm", QMessageBox.Icon.Warning,
            self.tr("The number opted out"),
            self.tr("{mobile} is on the opt-out list: the customer asked for no more messages. "
                    "Send this reply only if they asked you to answer them.").format(
                        mobile=draft.mobile),
            self.tr("Send anyway"), self.tr("Do not send"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("replyOptOutSendButton")
        keep.setObjectName("replyOptOutKeepButton")

        def decided(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is send:
                self._check_repeats(ReplyDraft(
                    draft.account_id, draft.extno, draft.mobile, draft.text, draft.signature,
                    draft.name, include_opted_out=True))
            else:
                self._stop()

        box.finished.connect(decided)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _check_repeats(self, draft: ReplyDraft) -> None:
        def proceed(left_out: LeftOut) -> None:
            if left_out:  # "leave those out" leaves out the one number there is
                self._stop()
            else:
                self._write(draft)

        def stopped(reason: str | None) -> None:
            if reason is None:
                self._stop()
            else:
                self._fail(reason)

        self.guard.check([(draft.mobile, draft.text)], proceed, stopped)

    # --- writing and sending --------------------------------------------------------------
    def _write(self, draft: ReplyDraft) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> Campaign:
            return write_reply(store, draft)

        self.session.runner.submit(job, on_result=self._start,
                                   on_error=lambda e: self._fail(explain_error(e)))

    def _start(self, campaign: Campaign) -> None:
        self.written.emit(campaign)
        try:
            self.runner.start(campaign.id, REPLY_OPTIONS)
        except RuntimeError as error:  # the account went away meanwhile
            self._fail(explain_error(error))
            return
        self._busy = False  # the runner is busy from here on

    def _finished(self, report: SendReport) -> None:
        self._busy = False
        self.finished.emit(report)

    def _fail(self, text: str) -> None:
        self._busy = False
        self.failed.emit(text)

    def _stop(self) -> None:
        self._busy = False
        self.stopped.emit()
