"""A small window listing each invalid entry of the recipients box with its reason.

Not modal: the user can fix the entries in the box while looking at the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.numbers import NumberCheck
from juhe_desk.ui.models.invalid_numbers_model import InvalidNumbersModel
from juhe_desk.ui.naming import named


class InvalidNumbersDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invalidNumbersDialog")
        self.setWindowTitle(self.tr("Invalid numbers"))
        self.model = InvalidNumbersModel(self)
        self.summary = named(QLabel(), "invalidSummaryLabel")
        self.summary.setWordWrap(True)
        self.view = named(QTableView(), "invalidNumbersView")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            InvalidNumbersModel.COL_ENTRY, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyInvalidButton")
        copy.clicked.connect(self.copy_list)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def set_checks(self, checks: Sequence[NumberCheck]) -> None:
        self.model.set_checks(checks)
        self.summary.setText(self.tr(
            "%Ln entry(ies) of the recipients box are not usable mobile numbers and will be "
            "skipped. Correct them in the box, or leave them out.", "", len(checks)))

    def copy_list(self) -> None:
        rows = range(self.model.rowCount())
        lines = [f"{self.model.data(self.model.index(r, 0))}\t{self.model.reason(r)}"
                 for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines))
