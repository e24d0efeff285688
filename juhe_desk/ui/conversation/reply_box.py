"""The reply box under a conversation: the customer's latest message above it, quick replies,
the text with its live length and parts (signature included), and the send button.

It starts empty for each conversation (a draft typed there stays with its conversation while
the app runs); it never holds another message's text. A number on the opt-out list is said
so here, before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.textlen import ComposedText, ComposeWarning, compose_text, next_boundary
from juhe_desk.store import QuickReply, TimelineEntry
from juhe_desk.ui.conversation.quick_replies import QuickReplyList
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named
from juhe_desk.ui.status_style import style_status
from juhe_desk.ui.widgets.conversation_delegates import short_time

_HINT_STYLE = "color: #6b6b6b;"
_QUOTE_STYLE = ("QLabel { background: #ffffff; border: 1px solid #d8d8d8; border-radius: 6px;"
                " padding: 4px 8px; }")
EDIT_LINES = 4


class ReplyBox(QWidget):
    sendRequested = Signal()  # noqa: N815 - the user asked to send what is typed
    manageQuickReplies = Signal()  # noqa: N815 - "manage…" was clicked

    def __init__(self, quick: QuickReplyList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self.quick = quick
        self._signature = ""
        self._composed = compose_text("", "")

        self.quote_label = named(QLabel(), "replyQuoteLabel")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setStyleSheet(_QUOTE_STYLE)
        self.quote_label.setVisible(False)
        self.quick_bar = QHBoxLayout()
        self.quick_bar.setContentsMargins(0, 0, 0, 0)
        quick_widget = QWidget()
        quick_widget.setLayout(self.quick_bar)
        self.quick_area = QScrollArea()
        self.quick_area.setWidget(quick_widget)
        self.quick_area.setWidgetResizable(True)
        self.quick_area.setFrameShape(QFrame.Shape.NoFrame)
        self.quick_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.quick_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.manage_button = named(QToolButton(), "manageQuickRepliesButton")
        self.manage_button.setText(self.tr("Quick replies…"))
        self.manage_button.setToolTip(self.tr("Add or change the texts you send often"))
        self.edit = named(QPlainTextEdit(), "replyEdit")
        self.edit.setTabChangesFocus(True)
        lines = self.edit.fontMetrics().lineSpacing() * EDIT_LINES + 12
        self.edit.setMinimumHeight(lines)
        self.edit.setMaximumHeight(lines * 2)
        self.length_label = named(QLabel(), "replyLengthLabel")
        self.signature_label = named(QLabel(), "replySignatureLabel")
        self.signature_label.setStyleSheet(_HINT_STYLE)
        self.signature_label.setWordWrap(True)
        self.optout_label = named(QLabel(), "replyOptOutLabel")
        self.optout_label.setWordWrap(True)
        style_status(self.optout_label, "error")
        self.optout_label.setVisible(False)
        self.status_label = named(QLabel(), "replyStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.send_button = named(QPushButton(self.tr("Send reply")), "replyButton")
        self.send_button.setToolTip(self.tr("Send this text to the customer (Ctrl+Enter)"))
        self.send_button.setDefault(False)

        quick_row = QHBoxLayout()
        quick_row.addWidget(QLabel(self.tr("Quick replies:")))
        quick_row.addWidget(self.quick_area, 1)
        quick_row.addWidget(self.manage_button)
        counts = QHBoxLayout()
        counts.addWidget(self.length_label)
        counts.addWidget(self.signature_label, 1)
        counts.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote_label)
        layout.addLayout(quick_row)
        layout.addWidget(self.edit)
        layout.addWidget(self.optout_label)
        layout.addLayout(counts)
        layout.addWidget(self.status_label)

        self.edit.textChanged.connect(self.update_counts)
        self.send_button.clicked.connect(self.sendRequested)
        self.manage_button.clicked.connect(self.manageQuickReplies)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.edit, self.sendRequested.emit,
                      context=Qt.ShortcutContext.WidgetShortcut)
        quick.changed.connect(self._show_quick_replies)
        self._show_quick_replies()
        self.update_counts()

    # --- what the panel sets --------------------------------------------------------------
    def set_target(self, who: str, latest: TimelineEntry | None, opted_out: bool) -> None:
        """The conversation the box answers: its customer, their latest message, whether the
        number is on the opt-out list."""
        self.edit.setPlaceholderText(self.tr("Reply to {who}…").format(who=who))
        if latest is not None:
            self.quote_label.setText(self.tr("{who} wrote at {time}: {text}").format(
                who=who, time=short_time(latest.time), text=" ".join(latest.text.split())))
        self.quote_label.setVisible(latest is not None)
        self.optout_label.setText(self.tr(
            "This number is on the opt-out list: the customer asked for no more messages. "
            "Send only if they asked you to reply; you will be asked to confirm."))
        self.optout_label.setVisible(opted_out)

    def signature(self) -> str:
        return self._signature

    def set_signature(self, signature: str) -> None:
        self._signature = signature
        self.update_counts()

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Send reply"))

    def say(self, text: str, severity: str = "") -> None:
        self.status_label.setText(text)
        style_status(self.status_label, severity)
        self.status_label.setVisible(bool(text))

    # --- the text -------------------------------------------------------------------------
    def body(self) -> str:
        return str(self.edit.toPlainText())

    def set_body(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def composed(self) -> ComposedText:
        """The text as it will be sent (signature added) with its length and parts."""
        return self._composed

    def insert(self, text: str) -> None:
        """Put ``text`` in at the cursor, undoably, and go on typing after it."""
        self.edit.insertPlainText(text)
        self.edit.setFocus()

    def update_counts(self) -> None:
        composed = compose_text(self.body(), self._signature)
        self._composed = composed
        empty = not self.body().strip()
        length, parts = (0, 0) if empty else (composed.length, composed.parts)
        text = self.tr("{chars} characters · {parts} part(s)").format(chars=length, parts=parts)
        if not empty:
            more = next_boundary(length) - length + 1
            text += " " + self.tr("(%Ln more make it {parts} parts)", "", more).format(
                parts=parts + 1)
        self.length_label.setText(text)
        if not self._signature:
            note = self.tr("No signature is set for this account: most gateways refuse a "
                           "message without it.")
        elif composed.added_signature:
            note = self.tr("{signature} is added at the start and counted.").format(
                signature=self._signature)
        else:
            note = self.tr("The text holds the signature {signature}.").format(
                signature=self._signature)
        lang = current_language()
        warnings = [w.text(lang) for w in composed.warnings if w is not ComposeWarning.EMPTY_BODY]
        self.signature_label.setText(" ".join([note, *warnings]))

    # --- quick replies --------------------------------------------------------------------
    def _show_quick_replies(self) -> None:
        while self.quick_bar.count():
            item = self.quick_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once; deleted once control is back in the loop
                widget.deleteLater()
        for reply in self.quick.items:
            self.quick_bar.addWidget(self._chip(reply))
        if not self.quick.items:
            hint = QLabel(self.tr("none yet"))
            hint.setStyleSheet(_HINT_STYLE)
            self.quick_bar.addWidget(hint)
        self.quick_bar.addStretch(1)
        self.quick_area.setFixedHeight(self.manage_button.sizeHint().height() + 6)

    def _chip(self, reply: QuickReply) -> QToolButton:
        button = named(QToolButton(), "quickReplyButton")
        button.setText(reply.label())
        button.setToolTip(self.tr("Insert: {text}").format(text=reply.text))
        button.clicked.connect(lambda _checked=False, text=reply.text: self.insert(text))
        return button
