"""What to send to each row: the phone column, the text or template, and the sending options.

A text without ``{列名}`` fields goes to every row as it is (one text for all: the ``send``
action); a text with fields is merged per row (``p2p``). The panel only gathers the choices;
the page checks the rows with them. What is wrong with the text is listed under it, all at once:
each column the sheet lacks with the headers it likely meant, a click on one putting it in
the text; and a field can be given a default for the rows where it is blank.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.sheet_check import RowCheckOptions
from juhe_desk.domain.template_edits import is_field_name, rename_field, with_default
from juhe_desk.domain.templates import ProblemKind, TemplateProblem
from juhe_desk.ui import status_style
from juhe_desk.ui.compose.content_panel import DEFAULT_OPTOUT_SUFFIX, SUFFIX_SETTING
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session

SUFFIX_ON_SETTING = "import.optout_suffix_on"
TEMPLATE_SETTING = "import.last_template"
_ERROR_STYLE = status_style.text_style(status_style.ERROR)
_NOTE_STYLE = status_style.text_style(status_style.MUTED)


class MessagePanel(QWidget):
    changed = Signal()  # any choice that changes the checked rows

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.phone_combo = named(QComboBox(), "phoneColumnCombo")
        self.phone_combo.setMinimumContentsLength(10)
        self.template_edit = named(QPlainTextEdit(), "templateEdit")
        self.template_edit.setPlaceholderText(self.tr(
            "Type the message. To fill in a value from each row, put its column name in "
            "braces, e.g. {姓名}, or click a column below."))
        self.template_edit.setTabChangesFocus(True)
        self.field_list = named(QListWidget(), "fieldList")
        self.field_list.setFlow(QListView.Flow.LeftToRight)
        self.field_list.setWrapping(True)
        self.field_list.setSpacing(2)
        self.field_list.setMaximumHeight(52)
        self.field_list.setToolTip(self.tr("Click a column to insert it where the cursor is."))
        self.error_label = named(QLabel(), "templateErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.error_label.setVisible(False)
        self.mode_label = named(QLabel(), "templateModeLabel")
        self.mode_label.setWordWrap(True)
        self.mode_label.setStyleSheet(_NOTE_STYLE)
        self.signature_label = named(QLabel(), "importSignatureLabel")
        self.signature_label.setWordWrap(True)
        self.suffix_check = named(QCheckBox(self.tr("Add an opt-out note:")),
                                  "importSuffixCheck")
        self.suffix_edit = named(QLineEdit(), "importSuffixEdit")
        self.keep_first_check = named(QCheckBox(self.tr("Keep only the first row per number")),
                                      "keepFirstOnlyCheck")
        self.keep_first_check.setToolTip(self.tr(
            "A number listed again with a different text gets only its first row. The same "
            "number with the same text is always sent once."))
        self.include_opted_out_check = named(QCheckBox(self.tr("Include opted-out numbers")),
                                             "importIncludeOptedOutCheck")
        self.include_opted_out_check.setToolTip(self.tr(
            "Numbers on the opt-out list are left out unless you tick this. Tick it only if "
            "they agreed to get this message."))
        self._build_layout()
        self._restore()
        self.show_signature()

        self.phone_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.template_edit.textChanged.connect(self.changed)
        self.field_list.itemClicked.connect(self._insert_field)
        self.field_list.itemActivated.connect(self._insert_field)
        self.error_label.linkActivated.connect(self._suggestion_chosen)
        self.suffix_check.toggled.connect(self._suffix_toggled)
        self.suffix_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.keep_first_check.toggled.connect(lambda _on: self.changed.emit())
        self.include_opted_out_check.toggled.connect(lambda _on: self.changed.emit())
        session.accountChanged.connect(self.show_signature)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Phone number &column:"), self.phone_combo)
        form.addRow(self.tr("&Message:"), self.template_edit)
        form.addRow(self.tr("Insert a column:"), self.field_list)
        suffix = QHBoxLayout()
        suffix.addWidget(self.suffix_check)
        suffix.addWidget(self.suffix_edit, 1)
        options = QHBoxLayout()
        options.addWidget(self.keep_first_check)
        options.addWidget(self.include_opted_out_check)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.signature_label)
        layout.addLayout(suffix)
        layout.addLayout(options)

    def _restore(self) -> None:
        settings = self.session.writes  # read before the window: no store read here
        self.suffix_edit.setText(settings.setting(SUFFIX_SETTING) or DEFAULT_OPTOUT_SUFFIX)
        self.suffix_check.setChecked(settings.setting(SUFFIX_ON_SETTING) == "1")
        self.suffix_edit.setEnabled(self.suffix_check.isChecked())
        self.template_edit.setPlainText(settings.setting(TEMPLATE_SETTING) or "")

    # --- the sheet's columns --------------------------------------------------------------
    def set_columns(self, columns: Sequence[str], guessed: int | None) -> None:
        """Offer the sheet's columns; the phone column starts at ``guessed``."""
        self.phone_combo.blockSignals(True)
        self.phone_combo.clear()
        for index, name in enumerate(columns):
            self.phone_combo.addItem(name or self.tr("Column {n}").format(n=index + 1), index)
        self.phone_combo.setCurrentIndex(guessed if guessed is not None else -1)
        self.phone_combo.blockSignals(False)
        self.field_list.clear()
        for name in columns:
            if name.strip():
                item = QListWidgetItem(name.strip())
                item.setToolTip(self.tr("Insert {{{name}}}").format(name=name.strip()))
                self.field_list.addItem(item)

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.template_edit.insertPlainText("{" + item.text() + "}")
        self.template_edit.setFocus()

    # --- choices --------------------------------------------------------------------------
    def phone_column(self) -> int | None:
        value = self.phone_combo.currentData()
        return value if isinstance(value, int) else None

    def template(self) -> str:
        return self.template_edit.toPlainText()

    def signature(self) -> str:
        account = self.session.account
        return account.signatures[0] if account is not None and account.signatures else ""

    def suffix(self) -> str:
        return self.suffix_edit.text().strip() if self.suffix_check.isChecked() else ""

    def options(self) -> RowCheckOptions | None:
        """The options to check the rows with, or None while no phone column is chosen."""
        column = self.phone_column()
        if column is None:
            return None
        return RowCheckOptions(phone_column=column, template=self.template(),
                           signature=self.signature(), optout_suffix=self.suffix(),
                           keep_first_only=self.keep_first_check.isChecked(),
                           include_opted_out=self.include_opted_out_check.isChecked())

    def remember(self) -> None:
        """Keep the text and the note for next time (called when a campaign is created)."""
        writes = self.session.writes  # one transaction for all three, off the GUI thread
        writes.set_setting(TEMPLATE_SETTING, self.template())
        writes.set_setting(SUFFIX_ON_SETTING, "1" if self.suffix_check.isChecked() else "0")
        if self.suffix_edit.text().strip():
            writes.set_setting(SUFFIX_SETTING, self.suffix_edit.text().strip())

    def rename_field(self, field: str, name: str) -> bool:
        """Every ``{field}`` of the text names the column ``name`` instead (undoable)."""
        return self._replace_template(rename_field(self.template(), field, name))

    def use_default(self, field: str, default: str) -> bool:
        """``{field}`` reads ``default`` wherever its cell is blank: ``{姓名|顾客}``."""
        return self._replace_template(with_default(self.template(), field, default))

    def _replace_template(self, text: str) -> bool:
        """The whole text replaced, as one step of undo; False when it stays the same."""
        if text == self.template():
            return False
        cursor = self.template_edit.textCursor()
        cursor.beginEditBlock()  # one step for Ctrl+Z
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.template_edit.setTextCursor(cursor)
        return True

    # --- feedback -------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error_label.setText(html.escape(text).replace("\n", "<br>"))
        self.error_label.setToolTip("")
        self.error_label.setVisible(bool(text))

    def show_problems(self, problems: Sequence[TemplateProblem]) -> None:
        """Every problem of the text, one a line; each header suggested for a missing
        column is a link that puts it in the text."""
        lines = [self._problem_html(problem) for problem in problems]
        self.error_label.setText("<br>".join(lines))
        suggested = any(p.suggestions for p in problems)
        self.error_label.setToolTip(self.tr("Click a column name to use it in the message.")
                                    if suggested else "")
        self.error_label.setVisible(bool(lines))

    def _problem_html(self, problem: TemplateProblem) -> str:
        if problem.kind is not ProblemKind.UNKNOWN_FIELD or problem.field is None:
            return html.escape(problem.text(current_language()))
        field = html.escape(f"{{{problem.field}}}")
        # A header is not broken across lines.
        links = [f'<span style="white-space: nowrap">'
                 f'<a href="{rename_link(problem.field, header)}">'
                 f'{html.escape("{" + header + "}")}</a></span>'
                 for header in problem.suggestions if is_field_name(header)]
        if not links:
            return self.tr("{field}: the spreadsheet has no such column.").format(field=field)
        return self.tr("{field}: the spreadsheet has no such column. Did you mean "
                       "{headers}?").format(field=field,
                                            headers=self.tr(" or ").join(links))

    def _suggestion_chosen(self, link: str) -> None:
        kind, _, names = link.partition(":")
        field, _, header = names.partition(":")
        if kind == "rename" and is_field_name(unquote(header)):
            self.rename_field(unquote(field), unquote(header))
            self.template_edit.setFocus()


    def show_mode(self, fields: Sequence[str]) -> None:
        if not self.template().strip():
            self.mode_label.setText("")
        elif fields:
            self.mode_label.setText(self.tr("Each row gets its own text, filled in from the "
                                            "columns {fields}.").format(
                fields="、".join("{" + f + "}" for f in fields)))
        else:
            self.mode_label.setText(self.tr("Every row gets the same text."))

    def show_signature(self) -> None:
        signature = self.signature()
        if signature:
            self.signature_label.setText(self.tr("The signature {signature} is added at the "
                                                 "start of every text.").format(
                signature=signature))
            self.signature_label.setStyleSheet(_NOTE_STYLE)
        else:
            self.signature_label.setText(self.tr(
                "No signature is set for this account: most gateways refuse a text without "
                "its registered 【signature】. Add it in Account › Account settings…"))
            self.signature_label.setStyleSheet(_ERROR_STYLE)

    def _suffix_toggled(self, on: bool) -> None:
        self.suffix_edit.setEnabled(on)
        self.changed.emit()


def rename_link(field: str, header: str) -> str:
    """The link of a suggested header: ``rename:`` and both names, percent-encoded."""
    return f"rename:{quote(field, safe='')}:{quote(header, safe='')}"
