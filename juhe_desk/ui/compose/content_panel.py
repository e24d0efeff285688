"""The message text: saved templates, live length and parts of the final text, signature checks.

Everything is counted on the text as it will be sent: the account's signature added once
when missing, and the opt-out note when ticked (``compose_text``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.textlen import ComposedText, ComposeWarning, compose_text, next_boundary
from juhe_desk.store import Store, Template
from juhe_desk.store.changes import ChangeKind
from juhe_desk.ui import status_style
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session

TEMPLATE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # a saved text's text, in the combo
DEFAULT_OPTOUT_SUFFIX = "拒收请回复R"  # part of the SMS itself, so not translated
SUFFIX_SETTING = "compose.optout_suffix"
SUFFIX_ON_SETTING = "compose.optout_suffix_on"
_WARNING_STYLE = status_style.text_style(status_style.ERROR)
_HINT_STYLE = status_style.text_style(status_style.MUTED)


class ContentPanel(QGroupBox):
    changed = Signal()  # the final text or its counts changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Message"))
        self.session = session
        self.template_combo = named(QComboBox(), "templateCombo")
        self.template_combo.setMinimumContentsLength(16)
        self.template_combo.setToolTip(self.tr("Put a saved text into the message box"))
        self.save_template_button = named(QPushButton(self.tr("Save as template…")),
                                          "saveTemplateButton")
        self.delete_template_button = named(QPushButton(self.tr("Delete template")),
                                            "deleteTemplateButton")
        self.edit = named(QPlainTextEdit(), "contentEdit")
        self.edit.setPlaceholderText(self.tr("Type the message here."))
        self.edit.setTabChangesFocus(True)
        self.length_label = named(QLabel(), "lengthLabel")
        self.boundary_label = named(QLabel(), "boundaryLabel")
        self.boundary_label.setStyleSheet(_HINT_STYLE)
        self.signature_label = named(QLabel(), "signatureLabel")
        self.signature_label.setWordWrap(True)
        self.warning_label = named(QLabel(), "composeWarningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(_WARNING_STYLE)
        self.suffix_check = named(QCheckBox(self.tr("Add an opt-out note:")), "optOutSuffixCheck")
        self.suffix_edit = named(QLineEdit(), "optOutSuffixEdit")

        templates = QHBoxLayout()
        templates.addWidget(QLabel(self.tr("Template:")))
        templates.addWidget(self.template_combo, 1)
        templates.addWidget(self.save_template_button)
        templates.addWidget(self.delete_template_button)
        counts = QHBoxLayout()
        counts.addWidget(self.length_label)
        counts.addStretch(1)
        counts.addWidget(self.boundary_label)
        suffix = QHBoxLayout()
        suffix.addWidget(self.suffix_check)
        suffix.addWidget(self.suffix_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(templates)
        layout.addWidget(self.edit, 1)
        layout.addLayout(counts)
        layout.addWidget(self.signature_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(suffix)

        settings = session.writes  # read before the window: no store read here
        self.suffix_edit.setText(settings.setting(SUFFIX_SETTING) or DEFAULT_OPTOUT_SUFFIX)
        self.suffix_check.setChecked(settings.setting(SUFFIX_ON_SETTING) == "1")
        self.suffix_edit.setEnabled(self.suffix_check.isChecked())
        self._composed = compose_text("", "")

        self.edit.textChanged.connect(self.update_counts)
        self.suffix_check.toggled.connect(self._suffix_toggled)
        self.suffix_edit.textChanged.connect(self.update_counts)
        self.suffix_edit.editingFinished.connect(self._save_suffix)
        self.template_combo.activated.connect(self._template_chosen)
        self.save_template_button.clicked.connect(self.ask_template_name)
        self.delete_template_button.clicked.connect(self.ask_delete_template)
        session.accountChanged.connect(self.update_counts)
        session.changedElsewhere.connect(self._changed_elsewhere)
        self._templates_read = 0  # the newest read of the saved texts
        self.reload_templates()
        self.update_counts()

    # --- the text -------------------------------------------------------------------------
    def signature(self) -> str:
        account = self.session.account
        return account.signatures[0] if account is not None and account.signatures else ""

    def body(self) -> str:
        return str(self.edit.toPlainText())

    def composed(self) -> ComposedText:
        """The final text with its length, parts and warnings."""
        return self._composed

    def set_text(self, text: str) -> None:
        """Replace the text, undoably (Ctrl+Z brings the old one back)."""
        cursor = self.edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)

    def update_counts(self) -> None:
        suffix = self.suffix_edit.text() if self.suffix_check.isChecked() else ""
        signature = self.signature()
        composed = compose_text(self.body(), signature, suffix)
        self._composed = composed
        empty = not self.body().strip()
        length, parts = (0, 0) if empty else (composed.length, composed.parts)
        self.length_label.setText(self.tr("{chars} characters · {parts} part(s)").format(
            chars=length, parts=parts))
        if empty:
            self.boundary_label.setText("")
        else:
            more = next_boundary(length) - length + 1
            self.boundary_label.setText(self.tr(
                "%Ln more character(s) make it {parts} parts", "", more).format(parts=parts + 1))
        self.signature_label.setText(self._signature_note(composed, signature))
        lang = current_language()
        self.warning_label.setText("\n".join(
            w.text(lang) for w in composed.warnings if w is not ComposeWarning.EMPTY_BODY))
        self.warning_label.setVisible(bool(self.warning_label.text()))
        self.changed.emit()

    def _signature_note(self, composed: ComposedText, signature: str) -> str:
        if not signature:
            return self.tr("No signature is set for this account. Most gateways refuse a "
                           "message without its registered 【signature】: add it in Account "
                           "settings, or type it into the text.")
        if composed.added_signature:
            return self.tr("The signature {signature} is added at the start and counted "
                           "above.").format(signature=signature)
        return self.tr("The text holds the signature {signature}.").format(signature=signature)

    def _suffix_toggled(self, on: bool) -> None:
        self.suffix_edit.setEnabled(on)
        self.session.writes.set_setting(SUFFIX_ON_SETTING, "1" if on else "0")
        self.update_counts()

    def _save_suffix(self) -> None:
        text = self.suffix_edit.text().strip()
        self.session.writes.set_setting(SUFFIX_SETTING, text or DEFAULT_OPTOUT_SUFFIX)

    # --- templates ------------------------------------------------------------------------
    def reload_templates(self, select_id: int | None = None) -> None:
        """Read the saved texts (a job) and list them; the newest read wins."""
        self._templates_read += 1
        asked = self._templates_read

        def listed(templates: list[Template]) -> None:
            if asked == self._templates_read:
                self._list_templates(templates, select_id)

        def failed(error: BaseException) -> None:
            if asked == self._templates_read:
                self._templates_unreadable(explain_error(error))

        problem = self.session.shared_database_problem
        if problem:
            self._templates_unreadable(problem)
            return
        store = self.session.store
        self.session.runner.submit(lambda ctx: store.list_templates(),
                                   on_result=listed, on_error=failed)

    def _changed_elsewhere(self, kinds: frozenset[ChangeKind]) -> None:
        """Another desk of the team saved, changed or deleted a text: listed again, the
        one chosen kept (the message box is left as it is)."""
        if ChangeKind.TEMPLATE in kinds:
            self.reload_templates(select_id=self.selected_template_id())

    def _list_templates(self, templates: list[Template], select_id: int | None) -> None:
        combo = self.template_combo
        combo.clear()
        combo.addItem(self.tr("Choose a saved text…"), None)
        for template in templates:
            combo.addItem(template.name, template.id)
            combo.setItemData(combo.count() - 1, template.text, Qt.ItemDataRole.ToolTipRole)
            combo.setItemData(combo.count() - 1, template.text, TEMPLATE_TEXT_ROLE)
        if select_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(select_id)))
        self.delete_template_button.setEnabled(combo.currentData() is not None)

    def _templates_unreadable(self, reason: str) -> None:
        """Said beside the text, while the team's shared database cannot be reached (the
        text box itself keeps working)."""
        self.warning_label.setText(self.tr("The saved texts cannot be read now: {reason}")
                                   .format(reason=reason))
        self.warning_label.setVisible(True)

    def unselect_template(self) -> None:
        """Show "Choose a saved text…" again; the list stays (no store read)."""
        self.template_combo.setCurrentIndex(0)
        self.delete_template_button.setEnabled(False)

    def selected_template_id(self) -> int | None:
        data = self.template_combo.currentData()
        return data if isinstance(data, int) else None

    def _template_chosen(self, index: int) -> None:
        template_id = self.template_combo.itemData(index)
        self.delete_template_button.setEnabled(isinstance(template_id, int))
        if isinstance(template_id, int):
            text = self.template_combo.itemData(index, TEMPLATE_TEXT_ROLE)
            if isinstance(text, str):  # as listed: no store read on the GUI thread
                self.set_text(text)
            self.edit.setFocus()

    def ask_template_name(self) -> None:
        if not self.body().strip():
            self.warning_label.setText(self.tr("Type the text first, then save it as a "
                                               "template."))
            self.warning_label.setVisible(True)
            return
        dialog = named(QInputDialog(self), "templateNameDialog")
        dialog.setWindowTitle(self.tr("Save as template"))
        dialog.setLabelText(self.tr("Name of the template (a template with the same name is "
                                    "replaced):"))
        current = self.template_combo.currentText() if self.selected_template_id() else ""
        dialog.setTextValue(current)
        dialog.textValueSelected.connect(self.save_template)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_template(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        body = self.body()

        def save(store: Store) -> Template:
            existing = next((t for t in store.list_templates() if t.name == name), None)
            if existing is not None:
                return store.update_template(existing.id, name, body)
            return store.add_template(name, body)

        def failed(error: BaseException) -> None:
            self.warning_label.setText(explain_error(error))
            self.warning_label.setVisible(True)

        self.session.writes.submit(
            save, lambda saved: self.reload_templates(select_id=saved.id), failed)

    def ask_delete_template(self) -> None:
        template_id = self.selected_template_id()
        if template_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete template"),
                          self.tr("Delete the template “{name}”? The message box keeps its "
                                  "text.").format(name=self.template_combo.currentText()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("deleteTemplateBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def clicked(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.delete_template(template_id)

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        box.open()

    def delete_template(self, template_id: int) -> None:
        self.session.writes.submit(lambda store: store.delete_template(template_id),
                                   lambda _deleted: self.reload_templates())

