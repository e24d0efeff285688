"""Managing the quick replies (常用回复): the shop's address, its opening hours, ...

Each has a short title (on its button above the reply box) and its text. Changes are written
off the GUI thread (``QuickReplyList``); the list shows what the store holds after each.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.textlen import sms_length
from juhe_desk.store import QuickReply
from juhe_desk.ui.conversation.quick_replies import QuickReplyList
from juhe_desk.ui.naming import named
from juhe_desk.ui.status_style import style_status

TITLE_MAX = 12


class QuickRepliesDialog(QDialog):
    def __init__(self, quick: QuickReplyList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickRepliesDialog")
        self.setWindowTitle(self.tr("Quick replies"))
        self.quick = quick
        self._selected_id: int | None = None

        intro = QLabel(self.tr("Texts you send often, such as the shop's address or opening "
                               "hours. In a conversation, one click puts one into the reply."))
        intro.setWordWrap(True)
        self.list = named(QListWidget(), "quickRepliesList")
        self.title_edit = named(QLineEdit(), "quickReplyTitleEdit")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Address"))
        self.text_edit = named(QPlainTextEdit(), "quickReplyTextEdit")
        self.text_edit.setPlaceholderText(self.tr("e.g. We are at 12 Heping Road, next to the "
                                                  "metro station."))
        self.text_edit.setTabChangesFocus(True)
        self.length_label = named(QLabel(), "quickReplyLengthLabel")
        self.status_label = named(QLabel(), "quickReplyStatusLabel")
        self.status_label.setWordWrap(True)
        self.new_button = named(QPushButton(self.tr("&New")), "newQuickReplyButton")
        self.save_button = named(QPushButton(self.tr("&Save")), "saveQuickReplyButton")
        self.delete_button = named(QPushButton(self.tr("&Delete…")), "deleteQuickReplyButton")
        self.up_button = named(QPushButton(self.tr("Move &up")), "moveQuickReplyUpButton")
        self.down_button = named(QPushButton(self.tr("Move do&wn")), "moveQuickReplyDownButton")
        for button in (self.new_button, self.delete_button, self.up_button, self.down_button):
            button.setAutoDefault(False)  # Enter in the title saves, never clears or deletes
        self.save_button.setDefault(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow("", self.length_label)
        buttons = QGridLayout()
        for column, button in enumerate((self.new_button, self.save_button, self.delete_button)):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        editor.addLayout(buttons)
        body = QGridLayout()
        body.addWidget(self.list, 0, 0)
        body.addLayout(editor, 0, 1)
        body.setColumnStretch(0, 2)
        body.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.resize(640, 400)

        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.ask_delete)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.text_edit.textChanged.connect(self._update)
        self.title_edit.textChanged.connect(self._update)
        quick.changed.connect(self._fill)
        quick.failed.connect(self._failed)
        self._fill()
        if not quick.loaded:
            quick.reload()

    # --- actions --------------------------------------------------------------------------
    def start_new(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._selected_id = None
        self.title_edit.clear()
        self.text_edit.clear()
        self.title_edit.setFocus()
        self._update()

    def save(self) -> None:
        title, text = self.title_edit.text().strip(), self.text_edit.toPlainText().strip()
        if not text:
            self._say(self.tr("Type the text of the quick reply first."), "warning")
            return
        if self._selected_id is None:
            self.quick.add(title, text, self._added)
            self._say(self.tr("Quick reply added."), "ok")
        else:
            self.quick.update(self._selected_id, title, text)
            self._say(self.tr("Quick reply saved."), "ok")

    def ask_delete(self) -> None:
        reply_id = self._selected_id
        if reply_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete quick reply"),
                          self.tr("Delete the quick reply “{title}”?").format(
                              title=self.list.currentItem().text()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("deleteQuickReplyBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def clicked(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.quick.delete(reply_id)
                self.start_new()

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        box.open()

    # --- internals ------------------------------------------------------------------------
    def _fill(self) -> None:
        keep = self._selected_id
        self.list.blockSignals(True)
        self.list.clear()
        for reply in self.quick.items:
            item = QListWidgetItem(reply.label())
            item.setData(Qt.ItemDataRole.UserRole, reply.id)
            item.setToolTip(reply.text)
            self.list.addItem(item)
            if reply.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if keep is None or self.list.currentItem() is None:
            self._selected_id = None
        self._update()

    def _added(self, reply: QuickReply) -> None:
        if self._selected_id is None:  # still on the one just added: it is now that one
            self._selected_id = reply.id

    def _chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        reply = next((r for r in self.quick.items
                      if current is not None
                      and r.id == current.data(Qt.ItemDataRole.UserRole)), None)
        self._selected_id = reply.id if reply is not None else None
        self.title_edit.setText(reply.title if reply is not None else "")
        self.text_edit.setPlainText(reply.text if reply is not None else "")
        self._update()

    def _move(self, step: int) -> None:
        ids = [r.id for r in self.quick.items]
        if self._selected_id not in ids:
            return
        at = ids.index(self._selected_id)
        to = at + step
        if 0 <= to < len(ids):
            ids[at], ids[to] = ids[to], ids[at]
            self.quick.order(ids)

    def _update(self) -> None:
        text = self.text_edit.toPlainText()
        self.length_label.setText(self.tr("%Ln character(s)", "", sms_length(text)))
        chosen = self._selected_id is not None
        self.save_button.setEnabled(bool(text.strip()))
        self.delete_button.setEnabled(chosen)
        row = self.list.currentRow()
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and 0 <= row < self.list.count() - 1)

    def _failed(self, text: str) -> None:
        self._say(text, "error")

    def _say(self, text: str, severity: str) -> None:
        self.status_label.setText(text)
        style_status(self.status_label, severity)
