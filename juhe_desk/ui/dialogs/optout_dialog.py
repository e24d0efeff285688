"""The opt-out list: numbers that asked not to get messages, to search, add, remove, import
(pasted, or from another platform's blacklist file) and export."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.numbers import normalize_mobile, to_ascii
from juhe_desk.services.optout_files import PastedOptOuts, import_pasted_opt_outs
from juhe_desk.store import Store
from juhe_desk.ui.dialogs.optout_files_ui import OptOutFiles
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.optout_model import OptOutModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.store_writes import StoreWrites
from juhe_desk.ui.tasks import TaskContext, TaskRunner


class OptOutImportDialog(QDialog):
    """A box to paste numbers into (one or several per line, as in the recipients box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optOutImportDialog")
        self.setWindowTitle(self.tr("Import numbers to the opt-out list"))
        label = QLabel(self.tr("Paste numbers, one or several per line (a column copied from "
                               "a spreadsheet works too):"))
        label.setWordWrap(True)
        self.edit = named(QPlainTextEdit(), "optOutImportEdit")
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(420, 360)


class OptOutDialog(QDialog):
    """Shows and edits the store's opt-out list; ``changed`` after every edit (once it is
    written: edits are written by ``writes``, off the GUI thread)."""

    changed = Signal()

    def __init__(self, store: Store, writes: StoreWrites, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optOutDialog")
        self.setWindowTitle(self.tr("Opt-out list"))
        self._store = store
        self._writes = writes
        self._runner = runner
        self.import_dialog: OptOutImportDialog | None = None
        self.confirm_box: QMessageBox | None = None

        intro = QLabel(self.tr("Numbers on this list are left out of every send unless you "
                               "include them for one send. Replies such as R, TD or 退订 "
                               "add their number here by themselves."))
        intro.setWordWrap(True)
        more = QLabel(self.tr(
            "Replies that only look like it (such as 别发了 or 不需要) wait in the Inbox under "
            "“Likely opt-outs to check”. A send running now leaves out a number as soon as "
            "it is on this list."))
        more.setWordWrap(True)
        self.search_edit = named(QLineEdit(), "optOutSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search: the start of a number"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = named(QLabel(), "optOutCountLabel")

        self.model = OptOutModel(store, runner=runner, parent=self)
        self.view = named(QTableView(), "optOutView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(OptOutModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OptOutModel.COL_MOBILE, 120), (OptOutModel.COL_ADDED, 150),
                              (OptOutModel.COL_SOURCE, 100)):
            self.view.setColumnWidth(column, width)

        self.add_edit = named(QLineEdit(), "optOutAddEdit")
        self.add_edit.setPlaceholderText(self.tr("Mobile number to add"))
        self.add_edit.setMinimumWidth(  # the hint whole, beside the file buttons
            self.add_edit.fontMetrics().horizontalAdvance(self.add_edit.placeholderText()) + 24)
        self.add_button = named(QPushButton(self.tr("&Add")), "optOutAddButton")
        self.remove_button = named(QPushButton(self.tr("&Remove selected")),
                                   "optOutRemoveButton")
        self.import_button = named(QPushButton(self.tr("&Import from pasted text…")),
                                   "optOutImportButton")
        self.message_label = named(QLabel(), "optOutMessageLabel")
        self.message_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addSpacing(12)
        add_row.addWidget(self.remove_button)
        add_row.addWidget(self.import_button)
        self.files: OptOutFiles | None = None
        if runner is not None:
            self.files = OptOutFiles(store, runner, self, self._show_message)
            self.files.imported.connect(self._edited)
            add_row.addWidget(self.files.import_button)
            add_row.addWidget(self.files.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(more)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message_label)
        layout.addWidget(close)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.add_edit.returnPressed.connect(self.add_number)
        self.add_button.clicked.connect(self.add_number)
        self.remove_button.clicked.connect(self.ask_remove_selected)
        self.import_button.clicked.connect(self.show_import)
        QShortcut(QKeySequence.StandardKey.Delete, self.view,
                  self.ask_remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.model.loaded.connect(self._show_count)
        self.model.loadFailed.connect(self._show_message)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.setTabOrder(self.search_edit, self.view)
        self.setTabOrder(self.view, self.add_edit)
        self._show_count()
        self._update_buttons()
        self.resize(800, 520)

    # --- public ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.refresh()

    def selected_numbers(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        records = (self.model.record(row) for row in rows)
        return [record.mobile for record in records if record is not None]

    def add_number(self) -> None:
        text = self.add_edit.text().strip()
        if not text:
            return
        check = normalize_mobile(text)
        if check.mobile is None:
            reason = check.reason.text(current_language()) if check.reason else ""
            self._show_message(self.tr("“{number}” is not a mobile number: {reason}")
                               .format(number=text, reason=reason))
            return
        mobile = check.mobile

        def added(new: int) -> None:
            if self.add_edit.text().strip() == text:  # nothing else typed meanwhile
                self.add_edit.clear()
            if new:
                self._show_message(self.tr("{number} is on the opt-out list now.")
                                   .format(number=mobile))
            else:
                self._show_message(self.tr("{number} was already on the list.")
                                   .format(number=mobile))
            self._edited()

        self._writes.submit(lambda store: store.add_opt_outs([mobile], "manual"), added,
                            lambda error: self._show_message(explain_error(error)))

    def ask_remove_selected(self) -> None:
        numbers = self.selected_numbers()
        if not numbers:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove from the opt-out list"),
                          self.tr("Remove %Ln number(s) from the opt-out list? They will get "
                                  "messages again.", "", len(numbers)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("optOutRemoveConfirm")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(remove)
        box.finished.connect(lambda _result: self._removal_answered(box, remove, numbers))
        self.confirm_box = box
        box.open()

    def remove_numbers(self, numbers: Sequence[str]) -> None:
        """Take ``numbers`` off the list, all in one transaction (in the background)."""
        wanted = list(numbers)

        def removed(count: int) -> None:
            self._show_message(self.tr("%Ln number(s) removed from the list.", "", count))
            self._edited()

        def failed(error: BaseException) -> None:
            self._show_message(explain_error(error))
            self._edited()

        self._writes.submit(lambda store: store.remove_opt_outs(wanted), removed, failed)

    def show_import(self) -> OptOutImportDialog:
        dialog = OptOutImportDialog(self)
        dialog.accepted.connect(lambda: self.import_text(dialog.edit.toPlainText()))
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def import_text(self, text: str) -> None:
        if not text.strip():
            return
        store = self._store
        self.import_button.setEnabled(False)
        self._show_message(self.tr("Importing…"))

        def job(ctx: TaskContext | None = None) -> PastedOptOuts:
            return import_pasted_opt_outs(store, text)

        if self._runner is None:
            try:
                result = job()
            except Exception as error:  # noqa: BLE001 - shown in plain words
                self._import_failed(error)
            else:
                self._imported(result)
            return
        self._runner.submit(job, on_result=self._imported, on_error=self._import_failed)

    # --- internals ------------------------------------------------------------------------
    def _removal_answered(self, box: QMessageBox, remove: QPushButton,
                          numbers: list[str]) -> None:
        if box.clickedButton() is remove:
            self.remove_numbers(numbers)
        box.deleteLater()
        if self.confirm_box is box:
            self.confirm_box = None

    def _imported(self, result: PastedOptOuts) -> None:
        self.import_button.setEnabled(True)
        parts = [self.tr("%Ln number(s) added", "", result.added)]
        if result.already:
            parts.append(self.tr("%Ln already on the list", "", result.already))
        if result.invalid:
            parts.append(self.tr("%Ln not valid, left out", "", result.invalid))
        self._show_message(self.tr("Import finished: {parts}.").format(parts="; ".join(parts)))
        self._edited()

    def _import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._show_message(explain_error(error))

    def _edited(self) -> None:
        self.model.refresh()
        self.changed.emit()

    def _apply_search(self) -> None:
        prefix = "".join(ch for ch in to_ascii(self.search_edit.text()) if ch.isdigit())
        self.model.set_filter(prefix)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%Ln number(s)", "", self.model.rowCount()))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
