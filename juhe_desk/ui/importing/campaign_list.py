"""The list of campaigns at the top of the bulk tab's results: every campaign of the account
with its counts and state; on a team's database, which desk sends it, live.

Choosing a row shows that campaign below (CampaignPanel). The list is read in a job and read
again when anything it shows may have changed: this desk's progress, another desk's change
(heard through the session's ``synced``), a desk coming or going (``desksOnlineChanged``);
after the first read, only while it is in view (the bulk tab shown), else once it is
shown again. Totals that can
no longer change (an ended campaign with nothing awaiting a report) are kept, not read again.
From here a clerk pauses a campaign another desk sends, and takes over one whose desk is
gone, after a confirmation saying what becomes of the batches that desk had in flight.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from juhe_desk.services.campaign_list import (
    CampaignRow,
    campaign_rows,
    pause_elsewhere,
    totals_settled,
)
from juhe_desk.store import CampaignTotals
from juhe_desk.ui.dialogs.careful_question import careful_question
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.importing.campaign_control import CampaignControl
from juhe_desk.ui.models.campaign_list_model import CampaignListModel
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.cell_tooltips import wrap_cell_tooltips
from juhe_desk.ui.widgets.header_fit import widen_to_headings

REFRESH_MS = 400  # at most this often, however busy the desks are
_SELECT_ROW = (QItemSelectionModel.SelectionFlag.ClearAndSelect
               | QItemSelectionModel.SelectionFlag.Rows)  # combined once, not at each read


class CampaignList(QTableView):
    chosen = Signal(int)  # the clerk chose this campaign
    refreshed = Signal()  # the rows were read again

    def __init__(self, session: Session, control: CampaignControl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignListView")
        self.session = session
        self.control = control
        self.list_model = CampaignListModel(self)
        self.shown: int | None = None  # the campaign shown below
        self.take_over_box: QMessageBox | None = None
        self._token = 0
        self._reading = False
        self._stale = False  # a read was asked for while out of view: done once shown
        self._settled: dict[int, CampaignTotals] = {}  # totals that cannot change any more
        self.reads = 0  # how many reads went to the store (tests count them)
        self.setModel(self.list_model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        # Its heading and one row at the least: the sheet above keeps its room at 1100x720.
        self.setMinimumHeight(48)
        header = self.horizontalHeader()
        header.resizeSection(CampaignListModel.COL_NAME, 220)
        header.resizeSection(CampaignListModel.COL_WHEN, 120)
        for column in range(CampaignListModel.COL_TOTAL, CampaignListModel.COL_STATE):
            header.resizeSection(column, 80)  # "Uncertain" in a bold heading fits
        header.setSectionResizeMode(CampaignListModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widen_to_headings(header)
        wrap_cell_tooltips(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        session.add_shutdown_hook(self._timer.stop)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        session.synced.connect(lambda _summary: self.schedule_refresh())
        session.desksOnlineChanged.connect(lambda _names: self.schedule_refresh())
        control.changed.connect(lambda _id: self.schedule_refresh())
        control.progressed.connect(lambda _progress: self.schedule_refresh())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A few rows: the chosen campaign's messages below get the room."""
        return QSize(super().sizeHint().width(), 3 * 22)

    # --- reading --------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:  # what changed while the tab was not shown
            self.refresh()

    def refresh(self) -> None:
        """Read the campaigns again in a job, if in view (else once shown; the first read
        at once: the panel below shows the latest campaign); one read at a time, the
        newest wins."""
        account = self.session.account
        if account is None:
            self._show([])
            return
        if not self.isVisible() and self.reads:  # the first read shows the latest at once
            self._stale = True
            return
        if self._reading:  # read again once this one is back
            self.schedule_refresh()
            return
        self._stale = False
        self._reading = True
        self._token += 1
        self.reads += 1
        token, store, account_id = self._token, self.session.store, account.id
        settled = dict(self._settled)

        def job(ctx: TaskContext) -> list[CampaignRow]:
            return campaign_rows(store, account_id, settled=settled)

        self.session.runner.submit(job, on_result=lambda rows: self._read(token, rows),
                                   on_error=self._not_read)

    def _read(self, token: int, rows: list[CampaignRow]) -> None:
        self._reading = False
        if token == self._token:
            self._show(rows)

    def _not_read(self, error: BaseException) -> None:
        self._reading = False  # the team database away: its own label says so; try later
        self.setToolTip(explain_error(error))

    def _show(self, rows: list[CampaignRow]) -> None:
        self._settled = {r.campaign_id: r.totals for r in rows if totals_settled(r)}
        self.setToolTip("")
        self.list_model.set_rows(rows, frozenset(self.session.campaigns_sending_here))
        self.select(self.shown)
        self.refreshed.emit()

    # --- choosing -------------------------------------------------------------------------
    def select(self, campaign_id: int | None) -> None:
        """Mark ``campaign_id`` as the one shown (no ``chosen``: the panel asked for it)."""
        row = self.list_model.row_of(campaign_id)
        selection = self.selectionModel()
        if campaign_id == self.shown and row == selection.currentIndex().row() \
                and (selection.isRowSelected(row) if row >= 0 else not selection.hasSelection()):
            return  # as it is (each read while a campaign sends): no repaint of the list
        self.shown = campaign_id
        selection.blockSignals(True)
        if row < 0:
            selection.clear()
        else:
            index = self.list_model.index(row, 0)
            selection.setCurrentIndex(index, _SELECT_ROW)
        selection.blockSignals(False)
        self.viewport().update()

    def _current_changed(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            campaign_id = self.list_model.campaign_row(index.row()).campaign_id
            if campaign_id != self.shown:
                self.shown = campaign_id
                self.chosen.emit(campaign_id)

    def row(self, campaign_id: int | None) -> CampaignRow | None:
        return self.list_model.find(campaign_id)

    # --- acting on another desk's campaign ------------------------------------------------
    def pause_elsewhere(self, campaign_id: int) -> None:
        """Pause the campaign another desk sends: it stops there before its next batch."""
        store = self.session.store

        def job(ctx: TaskContext) -> object:
            return pause_elsewhere(store, campaign_id)

        self.control.message.emit(campaign_id, self.tr(
            "Asking the other desk to pause: it stops before its next batch."), "warning")
        self.session.runner.submit(job, on_result=lambda _c: self.control.changed.emit(
            campaign_id), on_error=lambda e: self.control.message.emit(
            campaign_id, explain_error(e), "error"))

    def take_over(self, campaign_id: int) -> QMessageBox | None:
        """Ask, then send the rest of a campaign whose desk is gone, from this desk."""
        row = self.row(campaign_id)
        if row is None:
            return None
        box, go, _keep = careful_question(
            self, "takeOverConfirm", QMessageBox.Icon.Question,
            self.tr("Take over this campaign?"), self._take_over_text(row),
            self.tr("Take over and send the rest"), self.tr("Not now"),
            QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("takeOverConfirmButton")
        box.finished.connect(lambda _r: self._take_over_answered(campaign_id,
                                                                box.clickedButton() is go))
        self.take_over_box = box
        box.open()
        return box

    def _take_over_text(self, row: CampaignRow) -> str:
        left = row.left_to_send
        text = self.tr("“{desk}” was sending “{name}” and is off line now. If you take it "
                       "over, this computer sends the %Ln message(s) not sent yet.", "",
                       left).format(desk=row.desk_name, name=row.name)
        if row.uncertain:
            text += "\n\n" + self.tr(
                "%Ln message(s) may or may not have gone (the other desk was sending them, "
                "or they were uncertain already). They are marked uncertain and never sent "
                "again by themselves: wait for their delivery reports, or decide each batch "
                "with “Uncertain batches…”.", "", row.uncertain)
        return text

    def _take_over_answered(self, campaign_id: int, confirmed: bool) -> None:
        self.take_over_box = None
        if confirmed:
            self.control.resume(campaign_id)  # recovery.resume: in-flight batches uncertain
