"""The Send tab: numbers, a text, a check of cost and balance, then the send with its results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.cli import Options
from juhe_desk.domain import carriers
from juhe_desk.domain.recipients import RecipientCheck
from juhe_desk.gateway.china_time import minute_text
from juhe_desk.services.same_text import SameText
from juhe_desk.services.sending import SendOptions, SendProgress, SendReport
from juhe_desk.services.sync import SyncSummary
from juhe_desk.store import Campaign
from juhe_desk.ui.campaign_runner import CampaignRunner
from juhe_desk.ui.compose.after_send import AfterSend
from juhe_desk.ui.compose.content_panel import ContentPanel
from juhe_desk.ui.compose.recipients_panel import RecipientsPanel
from juhe_desk.ui.compose.throttle import Throttle
from juhe_desk.ui.compose.unrecorded import mark_unrecorded
from juhe_desk.ui.dialogs.careful_question import careful_question
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.results_model import ResultsModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.repeat_guard import LeftOut, RepeatGuard
from juhe_desk.ui.session import Session
from juhe_desk.ui.status_style import style_status
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.cell_tooltips import wrap_cell_tooltips
from juhe_desk.ui.widgets.header_fit import widen_to_headings

if TYPE_CHECKING:  # imported in a job at start (after_start) and when sending
    from juhe_desk.services.quick_send import QuickSend
    from juhe_desk.ui.dialogs.confirm_send import ConfirmSendDialog


class ComposePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composePage")
        self.session = session
        self.recipients = RecipientsPanel(session, self)
        self.content = ContentPanel(session, self)
        self.campaign_runner = CampaignRunner(session, self)
        # Closing the window stops a quick send for good: it is not resumed at the next start.
        session.add_shutdown_hook(self.campaign_runner.cancel)
        self.results_model = ResultsModel(session.store, runner=session.runner, parent=self)
        session.add_shutdown_hook(self.results_model.stop_refreshing)
        self.confirm_dialog: ConfirmSendDialog | None = None
        self.repeat_guard = RepeatGuard(session, self)
        self.after_send = AfterSend(session, self.recipients, self.content, self)
        self.send_button = named(QPushButton(self.tr("&Send…")), "sendButton")
        self.send_button.setToolTip(self.tr("Check the numbers and the cost, then send "
                                            "(Ctrl+Enter)"))
        self.send_button.setMinimumWidth(120)
        self.progress = named(QProgressBar(), "sendProgress")
        self.progress.setFormat(self.tr("%v of %m batches"))
        self.progress.setVisible(False)
        self.cancel_button = named(QPushButton(self.tr("Stop sending")), "cancelSendButton")
        self.cancel_button.setVisible(False)
        self.status_label = named(QLabel(), "sendStatusLabel")
        self.status_label.setWordWrap(True)  # a stopped send explains itself at length
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results_view = named(QTableView(), "resultsView")
        self.results_view.setModel(self.results_model)
        self.results_model.refresh_only_while_shown(self.results_view)
        self.results_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.results_view.setSortingEnabled(True)  # in send order until a header is clicked
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results_view.verticalHeader().setVisible(False)
        self.results_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(ResultsModel.COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ResultsModel.COL_MOBILE, 130)
        header.resizeSection(ResultsModel.COL_MID, 170)
        widen_to_headings(header)

        self._build_layout()

        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel_send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)
        self.campaign_runner.created.connect(self._campaign_created)
        self.campaign_runner.optedOutAtConfirm.connect(self._opted_out_at_confirm)
        session.optOutsChanged.connect(self.recipients.recheck)
        self._progress_shown = Throttle(100, self._progressed, self)  # ten a second at most
        self.campaign_runner.progressed.connect(self._progress_shown.give)
        self.campaign_runner.finished.connect(self._finished)
        self.campaign_runner.failed.connect(self._failed)
        self.recipients.failed.connect(lambda _reason: self.send_button.setEnabled(True))
        session.synced.connect(self._synced)
        QWidget.setTabOrder(self.recipients.edit, self.recipients.include_opted_out)
        QWidget.setTabOrder(self.recipients.include_opted_out, self.content.template_combo)
        QWidget.setTabOrder(self.content.template_combo, self.content.edit)
        QWidget.setTabOrder(self.content.edit, self.send_button)

    def _build_layout(self) -> None:
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.recipients)
        top.addWidget(self.content)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setChildrenCollapsible(False)

        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(0)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(actions)
        bottom_layout.addWidget(self.status_label)
        bottom_layout.addWidget(self.results_view, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # --- page hooks -----------------------------------------------------------------------
    def after_start(self, _options: Options) -> None:
        """Read libphonenumber's data in a job (about 40 ms): until it is in, the numbers
        typed are checked in jobs too, never importing it on the GUI thread.

        The results' tooltips come now, after the first paint: the first view whose viewport
        Python reaches costs about 8 ms (PySide then creates every widget class to find the
        viewport's), and the results are empty until a send anyway."""
        wrap_cell_tooltips(self.results_view)
        if not carriers.is_warm():
            self.session.runner.submit(_warm_up)

    def prefill(self, mobile: str, text: str = "") -> None:
        """Start a message to ``mobile`` (the inbox's "reply"): numbers filled, text focused."""
        self.recipients.set_numbers(mobile)
        if text:
            self.content.set_text(text)
        tabs = self._tab_widget()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        self.content.edit.setFocus()
        self.content.edit.moveCursor(QTextCursor.MoveOperation.End)

    def may_close(self) -> bool:
        """While a send runs, ask; closing stops the send after the requests in flight."""
        if not self.campaign_runner.busy:
            return True
        box, stop, _keep = careful_question(
            self, "closeWhileSendingBox", QMessageBox.Icon.Warning, self.tr("A send is running"),
            self.tr("Messages are being sent right now. If you close the window, sending stops "
                    "after the current batch and the remaining numbers are not sent."),
            self.tr("Stop sending and close"), self.tr("Keep sending"))
        box.exec()
        if box.clickedButton() is not stop:
            return False
        self.campaign_runner.cancel()
        return True

    # --- sending --------------------------------------------------------------------------
    def send(self) -> None:
        """Check what is needed, then ask for confirmation (the default button sends)."""
        if self.campaign_runner.busy or self.repeat_guard.checking:
            return  # Ctrl+Enter again while the journal is read: one check, one dialog
        account = self.session.account
        if account is None:
            self._say(self.tr("No gateway account is set up yet. Open Account › Account "
                              "settings… and enter the account and password the gateway "
                              "administrator gave you."), "error")
            return
        if not self.session.ready:
            self._say(self.tr("The password of account {account} is not known on this "
                              "computer. Open Account › Account settings… and enter it "
                              "again.").format(account=account.id), "error")
            return
        if self._refused_while_database_down():
            return
        self.send_button.setEnabled(False)  # until the numbers are checked
        self.recipients.when_checked(self._confirm)

    def _confirm(self, check: RecipientCheck) -> None:
        """Numbers checked: first the journal, for numbers that got this text already."""
        self.send_button.setEnabled(not self.campaign_runner.busy)
        quick = self._quick_send(check)
        if quick is None:
            return
        self.send_button.setEnabled(False)  # until the journal is read and the user decided
        self.repeat_guard.check(SameText(quick.mobiles, quick.text),  # pairs made in the job
                                lambda left_out: self._open_confirm(quick, left_out),
                                self._repeat_stopped)

    def _repeat_stopped(self, reason: str | None) -> None:
        self.send_button.setEnabled(not self.campaign_runner.busy)
        if reason is not None:
            self._say(self.tr("Nothing was sent: {reason}").format(reason=reason), "error")

    def _open_confirm(self, quick: QuickSend, left_out: LeftOut) -> None:
        self.send_button.setEnabled(not self.campaign_runner.busy)
        if left_out:
            quick = quick.leaving_out(left_out)
            self._say(self.tr("%Ln number(s) that got this text in the last 24 hours are left "
                              "out.", "", len(left_out)), "warning")
        if self.confirm_dialog is not None:
            self.confirm_dialog.deleteLater()
        from juhe_desk.ui.dialogs.confirm_send import ConfirmSendDialog

        dialog = ConfirmSendDialog(quick, self)
        dialog.accepted.connect(lambda: self._start(quick))
        self.confirm_dialog = dialog
        dialog.open()

    def _quick_send(self, check: RecipientCheck) -> QuickSend | None:
        account = self.session.account
        if account is None:
            return None
        mobiles = self.recipients.recipients()
        if not mobiles:
            if check.opted_out and not self.recipients.include_opted_out.isChecked():
                self._say(self.tr("Every number is on the opt-out list, so there is nobody "
                                  "to send to. Tick “Include opted-out numbers” only if they "
                                  "agreed to get this message."), "warning")
            else:
                self._say(self.tr("Enter at least one valid mobile number in the Recipients "
                                  "box."), "warning")
            self.recipients.edit.setFocus()
            return None
        if not self.content.body().strip():
            self._say(self.tr("Type the message text first."), "warning")
            self.content.edit.setFocus()
            return None
        from juhe_desk.services.quick_send import QuickSend

        composed = self.content.composed()
        include = self.recipients.include_opted_out.isChecked()
        return QuickSend(
            account=account, mobiles=mobiles, text=composed.text, parts=composed.parts,
            signature=self.content.signature(), invalid=len(check.invalid),
            duplicates=check.duplicates,
            opted_out_left_out=0 if include else len(check.opted_out),
            opted_out_included=len(check.opted_out) if include else 0,
            balance=self.session.balance,
            included_opt_outs=frozenset(check.opted_out) if include else frozenset(),
            carriers=self.recipients.recipient_carriers())

    def _refused_while_database_down(self) -> bool:
        """Nothing is sent while the team's shared database cannot be reached: it says so."""
        if not self.session.shared_database_down:
            return False
        self._say(self.tr("Nothing was sent: the team database cannot be reached, and "
                          "messages are only sent once they can be recorded there. You can "
                          "go on writing; send again when the status bar no longer shows "
                          "the problem."), "error")
        return True

    def _start(self, quick: QuickSend) -> None:
        if self.campaign_runner.busy or not self.session.ready:
            return
        if self._refused_while_database_down():  # it went away while the dialog was open
            return
        name = self.tr("Quick send {time}").format(time=minute_text())
        self.results_model.clear()
        self.progress.setRange(0, 0)  # busy until the first batch comes back
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self.send_button.setEnabled(False)
        self._say(self.tr("Sending to %Ln number(s)…", "", len(quick.mobiles)), "")
        self.after_send.started()
        self.campaign_runner.start_new(lambda store: quick.write(store, name), SendOptions())

    def cancel_send(self) -> None:
        if not self.campaign_runner.busy:
            return
        self.campaign_runner.cancel()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Stopping after the requests already on their way…"), "warning")

    def _campaign_created(self, campaign: Campaign) -> None:
        self.results_model.show_campaign(campaign.id)

    def _progressed(self, progress: SendProgress) -> None:
        self.progress.setRange(0, max(1, progress.batches_total))
        self.progress.setValue(progress.batches_done)
        if not self.campaign_runner.stopping:
            self._say(self.tr("Sending… {accepted} accepted, {refused} refused so far.").format(
                accepted=progress.accepted, refused=progress.refused), "")
        self.results_model.refresh_soon()

    def _finished(self, report: SendReport) -> None:
        self._sending_ended()
        text, severity = self._with_opt_outs(report, *self._report_text(report))
        self._say(text, severity)
        self.after_send.ended(report, lambda note: self._say(f"{text} {note}", severity))

    def _failed(self, _campaign_id: int, explanation: str) -> None:
        self._sending_ended()
        if self.results_model.campaign_id is not None:
            mark_unrecorded(self.session, self.results_model, self.results_model.campaign_id)
        self._say(self.tr("The send did not start: {reason}").format(reason=explanation)
                  if self.results_model.campaign_id is None else explanation, "error")

    def _sending_ended(self) -> None:
        self._progress_shown.stop()  # a batch not shown yet would say "Sending…" again
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.send_button.setEnabled(True)
        self.results_model.set_sending(False)
        self.results_model.refresh()

    def _synced(self, summary: SyncSummary) -> None:
        if self.results_model.campaign_id is not None:
            self.results_model.refresh_soon()  # delivery reports change the outcomes
        if summary.new_opt_outs:
            self.recipients.recheck()  # someone just replied "R": leave them out from now on

    def _report_text(self, report: SendReport) -> tuple[str, str]:
        p = report.progress
        counts = self.tr("{accepted} accepted, {refused} refused.").format(
            accepted=p.accepted, refused=p.refused)
        if report.outcome in ("stopped", "paused"):
            return self.tr("Sending stopped: {reason} {counts}").format(
                reason=report.text(current_language()), counts=counts), "error"
        if report.outcome == "cancelled":
            return self.tr("Sending was stopped as you asked; the remaining numbers were not "
                           "sent. {counts}").format(counts=counts), "warning"
        if p.uncertain:
            return self.tr(
                "%Ln number(s) may or may not have received the message: the gateway did not "
                "answer in time. Do not send to them again before their delivery reports "
                "arrive (Delivery reports tab). {counts}", "", p.uncertain).format(
                counts=counts), "warning"
        if p.refused:
            return self.tr("Sent, but the gateway refused some numbers; the table says why. "
                           "{counts}").format(counts=counts), "warning"
        return self.tr("All %Ln number(s) accepted by the gateway. Delivery reports will "
                       "follow in the Delivery reports tab.", "", p.accepted), "ok"

    # --- numbers that opted out after they were chosen -------------------------------------
    def _opted_out_at_confirm(self, numbers: int) -> None:
        self._say(self.tr("%Ln number(s) opted out while you were confirming (e.g. replied R): "
                          "they are left out. Sending to the others…", "", numbers), "warning")

    def _with_opt_outs(self, report: SendReport, text: str, severity: str) -> tuple[str, str]:
        """The end of a send, with the numbers left out because they opted out meanwhile."""
        left_out = report.opted_out_total
        if not left_out:
            return text, severity
        p = report.progress
        if report.outcome == "done" and not (p.accepted or p.refused or p.uncertain):
            return self.tr("Nothing was sent: every number opted out (e.g. replied R) after you "
                           "chose it."), "warning"
        note = self.tr("%Ln number(s) were not sent: they opted out (e.g. replied R) after you "
                       "chose them.", "", left_out)
        return f"{text} {note}", "warning" if severity == "ok" else severity

    def _say(self, text: str, severity: str) -> None:
        self.status_label.setText(text)
        style_status(self.status_label, severity)

    def _tab_widget(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget


def _warm_up(_ctx: TaskContext) -> None:
    """Worker thread: the numbers' check, then libphonenumber's data. Once it is warm the GUI
    thread checks a few numbers itself, and then imports nothing."""
    import juhe_desk.services.quick_send  # noqa: F401

    carriers.warm_up()
