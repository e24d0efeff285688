"""The checked rows as the bulk tab shows them: the counts, the "show only" choice, what they
cost, the table of every row as it will be sent, and the two buttons under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.before_sending import EarlierCampaign
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.importing.checked_details import CheckedDetailsLabel
from juhe_desk.ui.models.preview_model import PreviewModel, RowFilter
from juhe_desk.ui.naming import named
from juhe_desk.ui.status_style import style_status
from juhe_desk.ui.widgets.cell_tooltips import wrap_cell_tooltips
from juhe_desk.ui.widgets.header_fit import widen_to_headings

# These words were the page's before the pane had a module of its own: same context, so
# their translations hold.
_tr = translator_for("ImportPage")

_COLUMN_WIDTHS = ((PreviewModel.COL_ROW, 44), (PreviewModel.COL_NUMBER, 110),
                  (PreviewModel.COL_TEXT, 300), (PreviewModel.COL_LENGTH, 50),
                  (PreviewModel.COL_PARTS, 40), (PreviewModel.COL_VERDICT, 130),
                  (PreviewModel.COL_EXTRA, 80))


class PreviewPane(QWidget):
    """The page fills it (``model.set_checked_rows``, ``say``) and wires its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PreviewModel(self)
        self.view = named(QTableView(), "previewView")
        self.summary_label = named(QLabel(_tr("Open a spreadsheet to begin.")),
                                   "importSummaryLabel")
        self.summary_label.setWordWrap(True)  # a refusal is a few sentences: never widen
        self.details_label = CheckedDetailsLabel()
        self.filter_combo = named(QComboBox(), "previewFilterCombo")
        self.export_left_out_button = named(QPushButton(_tr("Export rows not sent…")),
                                            "exportInvalidButton")
        self.export_left_out_button.setToolTip(_tr(
            "The rows that will not be sent (invalid number, duplicate, opted out, no text), "
            "each with the reason, to fix and import again."))
        self.start_button = named(QPushButton(_tr("&Start campaign…")), "startCampaignButton")
        self._setup_view()
        for text, value in ((_tr("All rows"), RowFilter.ALL),
                            (_tr("Rows not sent as they are"), RowFilter.PROBLEMS),
                            (_tr("Rows costing an extra SMS"), RowFilter.EXTRA_COST)):
            self.filter_combo.addItem(text, value)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_row_filter(self.filter_combo.currentData()))
        self._build_layout()

    def say(self, text: str, severity: str) -> None:
        """The line above the table: the counts, or what to do first."""
        self.summary_label.setText(text)
        style_status(self.summary_label, severity)

    def show_start(self, earlier: EarlierCampaign | None, *, account_ready: bool,
                   other_sending: bool) -> None:
        """The start button's words follow the campaign this sheet and message already made."""
        button = self.start_button
        if earlier is None:
            button.setText(_tr("&Start campaign…"))
        elif earlier.finished:
            button.setText(_tr("&Start again as a new campaign…"))
        else:
            button.setText(_tr("Re&sume this campaign…"))
        if not account_ready:
            button.setToolTip(_tr("Set up the gateway account first: Account › "
                                  "Account settings…"))
        elif other_sending:
            button.setToolTip(_tr("Another campaign is being sent; start this "
                                  "one when it is done."))
        elif earlier is not None and earlier.finished:
            button.setToolTip(_tr(
                "This sheet with this message was sent as “{name}” ({time}). A new campaign "
                "sends it again, after a warning.").format(
                name=earlier.campaign.name, time=earlier.campaign.created_at[:16]))
        elif earlier is not None:
            button.setToolTip(_tr(
                "This sheet with this message is campaign “{name}”, not finished yet: it is "
                "resumed, never started again from the first row.").format(
                name=earlier.campaign.name))
        else:
            button.setToolTip(_tr("Check the counts and the cost, then send "
                                  "now or at a chosen time (Ctrl+Enter)"))

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the sheet's order until asked
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        # Fixed row heights: Qt never measures 100,000 rows.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(22)
        header = view.horizontalHeader()
        for column, width in _COLUMN_WIDTHS:
            header.resizeSection(column, width)
        header.setSectionResizeMode(PreviewModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        widen_to_headings(header)
        wrap_cell_tooltips(view)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.summary_label, 1)
        heading.addWidget(QLabel(_tr("Show:")))
        heading.addWidget(self.filter_combo)
        layout.addLayout(heading)
        layout.addWidget(self.details_label)
        layout.addWidget(self.view, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.export_left_out_button)
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        layout.addLayout(actions)
