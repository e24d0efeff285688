"""Asking for a field's default: the word that stands in wherever its cell is blank.

"Use a default for all" of the pre-send check and of the import tab opens it; the page then
writes the default into the template (``{姓名}`` becomes ``{姓名|顾客}``) and checks the
rows again, so that the rows without a name are sent too.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.template_edits import is_valid_default
from juhe_desk.ui import status_style
from juhe_desk.ui.naming import named

_ERROR_STYLE = status_style.text_style(status_style.ERROR)


class FieldDefaultDialog(QDialog):
    """Window-modal; ``chosen(field, default)`` once the user confirms a default."""

    chosen = Signal(str, str)

    def __init__(self, field: str, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldDefaultDialog")
        self.setWindowTitle(self.tr("A default for {field}").format(field=field))
        self.setModal(True)
        self.field = field
        explanation = QLabel(self.tr(
            "%Ln row(s) have no {field}. Type what the text should say there instead, e.g. "
            "顾客 for a missing name; it is used in every row whose {field} is blank.", "",
            rows).format(field=field))
        explanation.setWordWrap(True)
        self.edit = named(QLineEdit(), "fieldDefaultEdit")
        self.edit.setPlaceholderText(self.tr("e.g. 顾客"))
        self.error_label = named(QLabel(), "fieldDefaultErrorLabel")
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = buttons.addButton(
            self.tr("Use it for all"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("fieldDefaultOkButton")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.edit.textChanged.connect(self._check)
        self._check("")

    def default(self) -> str:
        return self.edit.text().strip()

    def accept(self) -> None:
        if not self._check(self.edit.text()):
            return
        super().accept()
        self.chosen.emit(self.field, self.default())

    def _check(self, text: str) -> bool:
        """A default can hold anything but braces; an empty one leaves nothing there."""
        if not is_valid_default(text):
            self.error_label.setText(self.tr("A default cannot hold braces { }."))
        elif not text.strip():
            self.error_label.setText(self.tr("With nothing typed, the text simply leaves "
                                             "{field} out where it is blank.").format(
                field=self.field))
        else:
            self.error_label.clear()
        self.error_label.setVisible(bool(self.error_label.text()))
        valid = is_valid_default(text)
        self.ok_button.setEnabled(valid)
        return valid
