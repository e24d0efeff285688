"""The campaign part of the import tab: progress, pause/resume/cancel, per-row results.

Shows one campaign of the active account (the latest by default, any other one chosen in
the list of campaigns above it, CampaignList). Its messages are read from the store page by
page; counts are read in the task runner. Actions go to the CampaignControl; exports and
"send the failed rows again" need the sheet and the pre-send check, so they are asked of the
page by signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.campaign_list import CampaignRow
from juhe_desk.services.sending import SendProgress
from juhe_desk.store import Campaign, CampaignTotals, CarrierOutcome
from juhe_desk.ui.carrier_text import carrier_outcomes_text
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.importing.advanced_sending import AdvancedSending
from juhe_desk.ui.importing.campaign_control import CampaignControl
from juhe_desk.ui.importing.campaign_list import CampaignList
from juhe_desk.ui.importing.campaign_parts import ask_to_cancel, messages_view
from juhe_desk.ui.importing.file_panel import show_progress
from juhe_desk.ui.importing.uncertain_dialog import UncertainDialog
from juhe_desk.ui.models.campaign_list_model import state_text
from juhe_desk.ui.models.campaign_model import CampaignModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.status_style import style_status
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.remembered_splitter import remember_splitter
from juhe_desk.ui.widgets.steady_label import SteadyLabel

REFRESH_MS = 400  # at most this often while batches come back

@dataclass(frozen=True, slots=True)
class _Status:
    campaign: Campaign
    totals: CampaignTotals
    # By carrier; None while the campaign sends, here or from any tab or desk (read again
    # once it stops, not at every step).
    carriers: dict[str, CarrierOutcome] | None = None


class CampaignPanel(QWidget):
    exportRequested = Signal(int, str)  # noqa: N815 - campaign id, "results" or "failed"
    resendRequested = Signal(int)  # noqa: N815 - campaign id

    def __init__(self, session: Session, control: CampaignControl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.control = control
        self.status: _Status | None = None
        self.uncertain_dialog: UncertainDialog | None = None
        self._status_token = 0
        # What reads the sheet rows of a campaign's messages (in a job), given by the page:
        # its open sheet's, else those kept when the campaign was made.
        self.source_rows_for: Callable[[int], Callable[[], Sequence[int]]] = \
            lambda _id: lambda: []
        self.model = CampaignModel(session.store, runner=session.runner, parent=self)

        self.campaign_list = CampaignList(session, control, self)
        # Texts that change at each read while a campaign sends: labels whose size only grows,
        # so a new count does not lay out and repaint the whole tab (steady_label.py).
        self.state_label = named(SteadyLabel(), "campaignStateLabel")
        self.progress = named(QProgressBar(), "campaignProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.pause_button = named(QPushButton(self.tr("&Pause")), "pauseCampaignButton")
        self.resume_button = named(QPushButton(self.tr("&Resume")), "resumeCampaignButton")
        self.cancel_button = named(QPushButton(self.tr("Cancel campaign…")),
                                   "cancelCampaignButton")
        self.take_over_button = named(QPushButton(self.tr("&Take over and send…")),
                                      "takeOverCampaignButton")
        self.take_over_button.setToolTip(self.tr(
            "The desk that was sending this campaign is off line: send the rest from here"))
        self.take_over_button.hide()
        self.message_label = named(QLabel(), "campaignMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label = named(SteadyLabel(), "campaignTotalsLabel")
        self.carriers_label = named(QLabel(), "campaignCarriersLabel")
        self.carriers_label.setWordWrap(True)
        self.view = messages_view(self.model)
        self.export_button = named(QPushButton(self.tr("&Export results…")),
                                   "exportResultsButton")
        self.export_button.setToolTip(self.tr("Your spreadsheet with the columns 发送结果, "
                                              "状态报告, 原因, 消息ID and 时间 added"))
        self.export_failed_button = named(QPushButton(self.tr("Export failed rows…")),
                                          "exportFailedButton")
        self.resend_button = named(QPushButton(self.tr("Send failed rows again…")),
                                   "resendFailedButton")
        self.uncertain_button = named(QPushButton(self.tr("Uncertain batches…")),
                                      "resolveUncertainButton")
        self.advanced = AdvancedSending(session, self)
        self._build_layout()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_shown)
        self._stale = False  # a refresh came due while hidden: done when shown again
        session.add_shutdown_hook(self._refresh_timer.stop)
        self.campaign_list.chosen.connect(self.show_campaign)
        self.campaign_list.refreshed.connect(self._list_refreshed)
        self.take_over_button.clicked.connect(self._take_over)
        self.pause_button.clicked.connect(self._pause)
        self.resume_button.clicked.connect(self._resume)
        self.cancel_button.clicked.connect(self._cancel)
        self.export_button.clicked.connect(lambda: self._export("results"))
        self.export_failed_button.clicked.connect(lambda: self._export("failed"))
        self.resend_button.clicked.connect(self._resend)
        self.uncertain_button.clicked.connect(self.open_uncertain)
        control.changed.connect(self._campaign_changed)
        control.progressed.connect(self._progressed)
        control.message.connect(self._message)
        session.synced.connect(lambda _summary: self._schedule_refresh())
        session.accountChanged.connect(self.reload_list)
        self.reload_list()
        self._update_buttons()

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.state_label)
        controls.addWidget(self.progress, 1)
        for button in (self.pause_button, self.resume_button, self.take_over_button,
                       self.cancel_button):
            controls.addWidget(button)
        bottom = QHBoxLayout()
        for button in (self.export_button, self.export_failed_button, self.resend_button,
                       self.uncertain_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.advanced.toggle)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(controls)
        details_layout.addWidget(self.message_label)
        details_layout.addWidget(self.totals_label)
        details_layout.addWidget(self.carriers_label)
        details_layout.addWidget(self.view, 1)
        # Every campaign above, the one chosen below: the clerk moves the handle.
        split = named(QSplitter(Qt.Orientation.Vertical), "campaignSplitter")
        split.addWidget(self.campaign_list)
        split.addWidget(details)
        split.setChildrenCollapsible(False)
        split.setSizes([3, 7])  # shares of the height: a few campaigns, the messages below
        remember_splitter(split, self.session.writes, "ui.import.campaign_splitter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.advanced.panel)

    # --- which campaign -------------------------------------------------------------------
    @property
    def campaign_id(self) -> int | None:
        return self.model.campaign_id

    def reload_list(self) -> None:
        """Read the list of campaigns again (in a job); the latest is shown if none is."""
        self.campaign_list.refresh()

    def _list_refreshed(self) -> None:
        model = self.campaign_list.list_model
        if self.campaign_id is None and model.rowCount():
            self.show_campaign(model.campaign_row(0).campaign_id)
        elif self.campaign_id is not None and self.status is not None:
            self._show_status()  # the sending desk or its state may have changed
        self._update_buttons()

    def show_campaign(self, campaign_id: int | None,
                      source_rows: Sequence[int] | None = None) -> None:
        if campaign_id != self.campaign_id:
            self.status = None
            self.message_label.setText("")
            self.carriers_label.setText("")
            self.progress.setValue(0)
        self.model.show_campaign(campaign_id, source_rows or ())
        if source_rows is None and campaign_id is not None:
            self.read_source_rows(campaign_id)
        self.campaign_list.select(campaign_id)
        if campaign_id is not None and self.campaign_list.row(campaign_id) is None:
            self.reload_list()  # a campaign just made: listed once read
        self.refresh()

    def set_source_rows(self, source_rows: Sequence[int]) -> None:
        self.model.set_source_rows(source_rows)

    def read_source_rows(self, campaign_id: int) -> None:
        """Read the campaign's sheet rows in a job, then show them if it is still shown."""
        read = self.source_rows_for(campaign_id)

        def show(rows: Sequence[int]) -> None:
            if campaign_id == self.campaign_id:
                self.set_source_rows(rows)

        self.session.runner.submit(lambda ctx: read(), on_result=show,
                                   on_error=lambda error: self.message_label.setText(
                                       explain_error(error)))

    # --- refreshing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the campaign's state, counts and the rows in view."""
        campaign_id = self.campaign_id
        self.model.set_sending(campaign_id in self.session.campaigns_sending_here)
        self.model.refresh()
        if campaign_id is None:
            self.status = None
            self._show_status()
            return
        self._status_token += 1
        token, store = self._status_token, self.session.store
        sending = campaign_id in self.session.campaigns_sending_here

        def job(ctx: TaskContext) -> _Status:
            campaign = store.get_campaign(campaign_id)
            # Sent from the Send tab or another desk, it is "sending" too: its rates by carrier
            # would change at every read (a new text: the panel laid out again).
            carriers = None if sending or campaign.state == "sending" else \
                store.campaign_carrier_outcomes(campaign_id)
            return _Status(campaign, store.campaign_totals(campaign_id), carriers)

        def failed(error: BaseException) -> None:  # its state, totals, carrier rates
            if token == self._status_token:
                self.say(explain_error(error), "error")

        self.session.runner.submit(job, on_result=lambda s: self._status_read(token, s),
                                   on_error=failed)

    def _status_read(self, token: int, status: _Status) -> None:
        if token == self._status_token and status.campaign.id == self.campaign_id:
            self.status = status
            self._show_status()

    def _schedule_refresh(self) -> None:
        if self.campaign_id is None:
            return
        if not self.isVisible():  # no reads for a hidden tab: one when it is shown again
            self._stale = True
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @property
    def refresh_due(self) -> bool:
        """A re-read is waiting for its time (tests prove by it that no further read comes)."""
        return self._refresh_timer.isActive()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _campaign_changed(self, campaign_id: int) -> None:
        self.reload_list()
        if campaign_id == self.campaign_id:
            self.refresh()
        self._update_buttons()

    def _progressed(self, progress: SendProgress) -> None:
        if progress.campaign_id != self.campaign_id:
            return
        show_progress(self.progress, progress.batches_done, max(1, progress.batches_total))
        self._schedule_refresh()

    def _message(self, campaign_id: int, text: str, severity: str) -> None:
        if campaign_id in (0, self.campaign_id):
            self.say(text, severity)

    def say(self, text: str, severity: str = "") -> None:
        self.message_label.setText(text)
        style_status(self.message_label, severity)

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            self.state_label.setText("")
            self.totals_label.setText("")
            self.carriers_label.setText("")
        else:
            if status.carriers is not None:
                rates = carrier_outcomes_text(status.carriers.values())
                self.carriers_label.setText(self.tr("By carrier: {rates}").format(rates=rates)
                                            if rates else "")
            self.state_label.setText(self._state_text(status.campaign))
            t = status.totals
            totals = self.tr(
                "{total} messages: {delivered} delivered · {failed} failed · {submitted} "
                "awaiting report · {pending} not sent yet · {uncertain} uncertain").format(
                total=t.total, delivered=t.delivered, failed=t.failed + t.refused,
                submitted=t.submitted, pending=t.pending, uncertain=t.uncertain)
            if t.opted_out:
                totals += " · " + self.tr("{n} not sent: opted out").format(n=t.opted_out)
            self.totals_label.setText(totals)  # once: each text set sizes the label again
            if self.control.sending_id != status.campaign.id and t.total:
                show_progress(self.progress, t.total - t.pending, t.total)
        self._update_buttons()

    def _state_text(self, campaign: Campaign) -> str:
        row = self.campaign_list.row(campaign.id)
        if row is None or row.state != campaign.state:  # not listed yet: no desk to name
            row = CampaignRow(campaign.id, campaign.name, campaign.created_at,
                              campaign.scheduled_at, campaign.state, CampaignTotals())
        return state_text(row, campaign.id in self.session.campaigns_sending_here)

    def _update_buttons(self) -> None:
        campaign_id = self.campaign_id
        status = self.status if self.status and self.status.campaign.id == campaign_id else None
        sending = campaign_id is not None and self.control.sending_id == campaign_id
        state = status.campaign.state if status else None
        totals = status.totals if status else CampaignTotals()
        # On a team's database: another desk sends it (pause only), or its desk is gone.
        listed = self.campaign_list.row(campaign_id)
        role = listed.desk_role if listed and listed.state == state == "sending" else ""
        elsewhere = not sending and role == "other"
        # Sent from another tab of this desk: that tab pauses it; resuming here would send
        # its batches twice over (each batch's start refuses the second, with an error).
        other_tab = self.control.sent_from_other_tab(campaign_id)
        gone = not sending and role == "gone"
        self.pause_button.setEnabled((sending and not self.control.campaign_runner.stopping)
                                     or elsewhere)
        self.resume_button.setVisible(not gone)
        self.take_over_button.setVisible(gone)
        self.resume_button.setEnabled(not sending and not elsewhere and not other_tab
                                      and state in ("paused", "sending", "scheduled"))
        self.resume_button.setText(self.tr("Send &now") if state == "scheduled"
                                   else self.tr("&Resume"))
        self.cancel_button.setEnabled(not elsewhere and not other_tab
                                      and state in ("scheduled", "sending", "paused"))
        busy = sending or elsewhere or other_tab  # its outcomes still change: nothing to act on
        self.export_button.setEnabled(status is not None and not busy)
        failed = totals.failed + totals.refused
        self.export_failed_button.setEnabled(failed > 0 and not busy)
        self.resend_button.setEnabled(failed > 0 and not busy)
        self.uncertain_button.setEnabled(totals.uncertain > 0 and not busy)

    # --- actions --------------------------------------------------------------------------
    def _pause(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is not None and self.control.sending_id != campaign_id:
            listed = self.campaign_list.row(campaign_id)
            if listed is not None and listed.desk_role == "other":
                self.pause_button.setEnabled(False)
                self.campaign_list.pause_elsewhere(campaign_id)
                return
        self.control.pause()
        self._update_buttons()

    def _take_over(self) -> None:
        if self.campaign_id is not None:
            self.campaign_list.take_over(self.campaign_id)

    def _resume(self) -> None:
        if self.campaign_id is not None:
            self.resume_button.setEnabled(False)
            self.control.resume(self.campaign_id)

    def _cancel(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            return
        ask_to_cancel(self, lambda: self.control.cancel(campaign_id))

    def _export(self, kind: str) -> None:
        if self.campaign_id is not None:
            self.exportRequested.emit(self.campaign_id, kind)

    def _resend(self) -> None:
        if self.campaign_id is not None:
            self.resendRequested.emit(self.campaign_id)

    def open_uncertain(self) -> UncertainDialog | None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            return None
        dialog = UncertainDialog(self.session.store, self.session.writes, campaign_id, self)
        dialog.finished.connect(lambda _r: self._uncertain_closed(dialog))
        dialog.answered.connect(self.refresh)
        self.uncertain_dialog = dialog
        dialog.open()
        return dialog

    def _uncertain_closed(self, dialog: UncertainDialog) -> None:
        if dialog.resent:
            self.say(self.tr("%Ln batch(es) will be sent again: click Resume.", "",
                             dialog.resent), "warning")
        self.refresh()
