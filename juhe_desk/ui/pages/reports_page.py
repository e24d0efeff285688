"""The delivery reports tab: every report, filtered and sorted by the store, and export.

The table is a ``ReportsModel`` (a lazy, paged model): on 1,000,000 reports its count and
first page cost up to 75 ms, a deep page up to 300 ms, so all of them run in the task
runner (figures in ``juhe_desk/ui/models/paged_table.py`` and ``bench/history_bench.py``).
New reports (``session.synced``) refresh the count and the pages in view, at most every
half second, keeping the selection and the scroll position, and the totals and rates by
carrier at most every two seconds; a hidden tab refreshes when it is shown again. The
numbers of the selected rows can go on the opt-out list (button and context menu).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.sync import SyncSummary
from juhe_desk.store import Campaign, CampaignTotals, ReportRecord
from juhe_desk.ui import status_style
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.models.reports_model import ReportsModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.optout_actions import OptOutActions
from juhe_desk.ui.pages.reports_export import EXCEL_MAX_ROWS, ReportsExport
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.campaign_totals import CampaignTotalsView
from juhe_desk.ui.widgets.carrier_rates import CarrierRatesView
from juhe_desk.ui.widgets.cell_tooltips import wrap_cell_tooltips
from juhe_desk.ui.widgets.report_filter_bar import ReportFilterBar
from juhe_desk.ui.widgets.steady_label import SteadyLabel
from juhe_desk.ui.widgets.text_cells_delegate import TextCellsDelegate

REFRESH_COOLDOWN_MS = 500
# New reports read the totals and the rates by carrier again at most this often: summaries,
# their labels laid out as rich text each time, and the rates a pass over every report.
TOTALS_COOLDOWN_MS = 2000
STATUS_NOTE_MS = 10_000
# A typical text of each column: the columns are sized by these, never by reading rows.
# A campaign made from a sheet is named after it and its time: room for a usual one.
COLUMN_SAMPLES = ("2026-01-01 00:00:00", "13800138000", "Broadnet", "MA:0000",
                  "超过有效期仍未送达（手机", "客户名单.xlsx 2026-01-01 00:00",
                  "0123456789ABCDEF", "Push")


class ReportsPage(QWidget):
    exported = Signal(str, int)  # path, rows written

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """``staged``: built by ``build_rest``, a part per ``next()`` (``pages.Pages``)."""
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.session = session
        self.build_rest = self._build(session)
        if not staged:
            for _part in self.build_rest:
                pass

    def _build(self, session: Session) -> Iterator[None]:
        """The page in two parts."""
        self._stale = False
        # New reports refresh the table at most this often, however fast they come.
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setInterval(REFRESH_COOLDOWN_MS)
        self._cooldown.timeout.connect(self._cooled_down)
        self._totals_cooldown = QTimer(self)
        self._totals_cooldown.setSingleShot(True)
        self._totals_cooldown.setInterval(TOTALS_COOLDOWN_MS)
        self._totals_cooldown.timeout.connect(self._totals_cooled_down)
        self._totals_stale = False
        self._campaigns_read = 0  # the newest read of the campaign list
        self._top_row: QPersistentModelIndex | None = None

        self.filter_bar = ReportFilterBar(self)
        yield  # the model reads the store: it comes in one part with what hears its answers
        self.model = ReportsModel(session.store, runner=session.runner,
                                  filter=self.filter_bar.current_filter(), parent=self)
        self.view = self._make_view()
        self.totals = CampaignTotalsView(self)
        self.carrier_rates = CarrierRatesView(session, self)
        self.count_label = named(SteadyLabel(), "reportsCountLabel")
        self.export_label = named(QLabel(), "reportsExportLabel")
        self.error_label = named(QLabel(), "reportsErrorLabel")
        self.error_label.setStyleSheet(status_style.text_style(status_style.ERROR))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.refresh_button = named(QPushButton(self.tr("&Refresh")), "reportsRefreshButton")
        self.refresh_button.setToolTip(self.tr("Read the reports again (new ones appear "
                                               "by themselves after each check)"))
        self.export_button = named(QPushButton(self.tr("&Export to Excel…")),
                                   "reportsExportButton")
        self.export_button.setToolTip(self.tr("Save the reports shown (all pages, as "
                                              "filtered) to an .xlsx file"))
        self.optout_button = named(QPushButton(self.tr("Add to &opt-out list")),
                                   "reportsAddOptOutButton")
        self.optout_button.setToolTip(self.tr("Put the numbers of the selected rows on the "
                                              "opt-out list: they get no more messages"))
        self.reply_button = named(QPushButton(self.tr("Rep&ly…")), "reportsReplyButton")
        self.reply_button.setToolTip(self.tr("Open the conversation with the selected number "
                                             "in the Inbox tab, to answer it (double-click a "
                                             "row)"))
        self.reply_action = QAction(self.tr("Reply…"), self)
        self.reply_action.setObjectName("reportsReplyAction")
        self.view.addAction(self.reply_action)
        self.optout_actions = OptOutActions(session, self)
        self.optout_action = QAction(self.tr("Add to opt-out list"), self)
        self.optout_action.setObjectName("reportsAddOptOutAction")
        self.view.addAction(self.optout_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_action = QAction(self.tr("&Export delivery reports…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.choose_export_path)
        find = QAction(self.tr("Find a number"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_number_filter)
        self.addAction(find)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.export_label, 1)
        bottom.addWidget(self.reply_button)
        bottom.addWidget(self.optout_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.totals)
        layout.addWidget(self.carrier_rates)
        layout.addLayout(bottom)
        self.setTabOrder(self.filter_bar.to_date, self.view)
        self.setTabOrder(self.view, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.export_button)

        self.filter_bar.filterChanged.connect(self._filter_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.optout_button.clicked.connect(self.add_selected_to_opt_outs)
        self.optout_action.triggered.connect(self.add_selected_to_opt_outs)
        self.reply_button.clicked.connect(self.reply_to_selected)
        self.reply_action.triggered.connect(self.reply_to_selected)
        self.view.doubleClicked.connect(lambda _index: self.reply_to_selected())
        self.optout_actions.said.connect(self._status_note)
        self.exporter = ReportsExport(self.model, session.runner, self.export_button,
                                      self.export_label, self)
        self.exporter.exported.connect(self._exported)
        self.exporter.failed.connect(self._show_error)
        self.view.selectionModel().selectionChanged.connect(self._update_opt_out_button)
        self.model.modelReset.connect(self._update_opt_out_button)
        self.export_button.clicked.connect(self.choose_export_path)
        self.model.loaded.connect(self._rows_loaded)
        self.model.loadFailed.connect(self._show_error)
        self.model.modelReset.connect(self._show_count)
        self.model.modelReset.connect(self.view.scrollToTop)  # another filter or order
        self.model.rowsInserted.connect(self._show_count)
        self.model.rowsRemoved.connect(self._show_count)
        self.model.layoutAboutToBeChanged.connect(self._remember_top_row)
        # Held while scrolled down: the model keeps place only for rows someone holds.
        self.view.verticalScrollBar().valueChanged.connect(self._remember_top_row)
        self.model.layoutChanged.connect(self._keep_top_row)
        session.synced.connect(self._synced)
        session.sendFinished.connect(lambda _report: self._campaigns_changed())
        session.accountChanged.connect(self._campaigns_changed)
        self._campaigns_changed()
        self._show_count()
        self._update_opt_out_button()

    def _make_view(self) -> QTableView:
        view = named(QTableView(self), "reportsView")
        view.setModel(self.model)
        view.setItemDelegate(TextCellsDelegate(view, self.model))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(ReportsModel.COL_MEANING, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            header_text = str(self.model.header(column))
            view.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                            metrics.horizontalAdvance(header_text) + 16) + 16)
        columns.setSortIndicator(ReportsModel.COL_TIME, Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        columns.sortIndicatorChanged.connect(self._sort_requested)
        wrap_cell_tooltips(view)
        return view

    # --- page hooks -----------------------------------------------------------------------
    def file_actions(self) -> list[QAction]:
        return [self.export_action]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Read once the tab is painted: a job started hands the GIL to a pool thread and the
        # GUI thread waits to get it back, a wait the switch of tabs need not include.
        QTimer.singleShot(0, self, self._read_what_is_stale)

    def _read_what_is_stale(self) -> None:
        if not self.isVisible():
            return  # hidden again at once: read when shown
        if self._stale:
            self.refresh()
        elif self._totals_stale:
            self._totals_stale = False
            self._load_totals()

    def focus_number_filter(self) -> None:
        self.filter_bar.number_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.number_edit.selectAll()

    # --- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """The rows, the totals and the rates read again (the Refresh button; the tab shown)."""
        self._refresh_rows()
        self._totals_stale = False
        self._load_totals()

    def _refresh_rows(self) -> None:
        self._stale = False
        self._cooldown.start()
        # Every status the stored reports hold is offered, not only those of the rows read:
        # read in the same job as the rows (one job fewer to hand the GIL to).
        self.model.refresh(along=(self.session.store.report_stat_codes,
                                  self.filter_bar.add_codes))

    def _synced(self, summary: SyncSummary) -> None:
        if not (summary.new_reports or summary.resolved):
            return
        self._stale = True  # read when the tab is shown, or when the cooldown ends
        if self.isVisible() and not self._cooldown.isActive():
            self._new_reports_shown()

    def _cooled_down(self) -> None:
        if self._stale and self.isVisible():
            self._new_reports_shown()

    def _new_reports_shown(self) -> None:
        """New reports: the rows now, the totals and rates when their cooldown allows."""
        self._refresh_rows()
        if self._totals_cooldown.isActive():
            self._totals_stale = True
        else:
            self._totals_cooldown.start()
            self._load_totals()

    def _totals_cooled_down(self) -> None:
        if self._totals_stale and self.isVisible():
            self._totals_stale = False
            self._totals_cooldown.start()
            self._load_totals()

    def _filter_changed(self) -> None:
        self.error_label.hide()
        self.model.set_filter(self.filter_bar.current_filter())
        self._show_count()
        self._load_totals()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if column not in ReportsModel.sort_orders:  # the store cannot sort by it
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            descending = self.model.order[1]
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                    if descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _rows_loaded(self) -> None:
        self.error_label.hide()
        self.filter_bar.add_codes(r.stat for r in self.model.cached_records())
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("%Ln report(s)", "", count)
        if self.model.is_loading():
            text += " · " + self.tr("reading…")
        self.count_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._show_count()

    def _remember_top_row(self) -> None:
        top = self.view.indexAt(self.view.viewport().rect().topLeft())
        self._top_row = QPersistentModelIndex(top) if top.isValid() and top.row() > 0 else None

    def _keep_top_row(self) -> None:
        # At the top, new rows show up; further down, the rows being read stay in place.
        top, self._top_row = self._top_row, None
        if top is not None and top.isValid():
            self.view.scrollTo(self.model.index(top.row(), 0),
                               QAbstractItemView.ScrollHint.PositionAtTop)

    # --- campaigns ------------------------------------------------------------------------
    def _campaigns_changed(self) -> None:
        """Read the account's campaigns (a job; the newest read wins), then list them."""
        account = self.session.account
        account_id, store = account.id if account else None, self.session.store
        self._campaigns_read += 1
        asked = self._campaigns_read

        def listed(campaigns: list[Campaign]) -> None:
            if asked == self._campaigns_read:
                self.model.set_campaign_names({c.id: c.name for c in campaigns})
                self.filter_bar.set_campaigns(campaigns)
                self._load_totals()

        self.session.runner.submit(lambda ctx: store.list_campaigns(account_id),
                                   on_result=listed, on_error=self._show_exception)

    def _load_totals(self) -> None:
        campaign_id, name = self.filter_bar.campaign_id(), self.filter_bar.campaign_name()
        self.carrier_rates.show_for(self.filter_bar.current_filter(), name)
        self.totals.setVisible(campaign_id is not None)
        if campaign_id is None:
            self.totals.show_totals("", None)
            return
        store = self.session.store

        def read(ctx: TaskContext) -> CampaignTotals:
            return store.campaign_totals(campaign_id)

        def show(totals: CampaignTotals) -> None:
            if self.filter_bar.campaign_id() == campaign_id:
                self.totals.show_totals(name, totals)

        self.session.runner.submit(read, on_result=show, on_error=self._show_exception)

    def _show_exception(self, error: BaseException) -> None:
        self._show_error(explain_error(error))

    # --- export (reports_export.py) --------------------------------------------------------
    def choose_export_path(self) -> QFileDialog | None:
        return self.exporter.choose_path()

    def export_to(self, path: str) -> None:
        self.exporter.export_to(path)

    def _exported(self, path: str, written: int) -> None:
        text = self.tr("%Ln report(s) saved to {path}", "", written).format(path=path)
        if written == EXCEL_MAX_ROWS:
            text += " " + self.tr("(a sheet holds no more rows: narrow the filter for the "
                                  "rest)")
        self.export_label.setText(text)
        self.exported.emit(path, written)

    def select_row(self, row: int) -> None:
        """Select one row (keyboard users and tests)."""
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_record(self) -> ReportRecord | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    # --- opt-outs -------------------------------------------------------------------------
    def selected_numbers(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        records = (self.model.record(row) for row in rows)
        return list(dict.fromkeys(r.mobile for r in records if r is not None))

    def add_selected_to_opt_outs(self) -> None:
        self.optout_actions.add_numbers(self.selected_numbers())

    def reply_to_selected(self) -> None:
        """The first selected number's conversation, in the Inbox tab."""
        numbers = self.selected_numbers()
        if numbers:
            self.session.conversationRequested.emit(numbers[0])

    def _update_opt_out_button(self) -> None:
        selected = self.view.selectionModel().hasSelection()
        self.optout_button.setEnabled(selected)
        self.optout_action.setEnabled(selected)
        self.reply_button.setEnabled(selected)
        self.reply_action.setEnabled(selected)

    def _status_note(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_NOTE_MS)

