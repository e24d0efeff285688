"""The recipients box: numbers in any common form, checked shortly after each change.

A small text is checked on the GUI thread (a few ms); a big paste goes to the task runner,
so the window never stalls. A check belongs to one version of the text (``_generation``);
an answer for an older version is dropped.

The check's module (and the rules it brings) is imported in a job at start, before the first
check can run on the GUI thread (``ComposePage.after_start``), not before the window paints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain import carriers
from juhe_desk.domain.recipients import RecipientCheck
from juhe_desk.ui.carrier_text import carrier_counts_text
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:  # shown when asked for
    from juhe_desk.ui.compose.invalid_numbers_dialog import InvalidNumbersDialog

DEBOUNCE_MS = 200
BIG_PASTE_LINES = 5_000
REASONS_SHOWN = 3

CheckCallback = Callable[[RecipientCheck], None]


class RecipientsPanel(QGroupBox):
    checked = Signal(RecipientCheck)  # of the current text
    failed = Signal(str)  # the check could not be done: why, in plain words

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recipients"))
        self.session = session
        self.edit = named(QPlainTextEdit(), "recipientsEdit")
        self.edit.setPlaceholderText(self.tr(
            "Type or paste mobile numbers: one per line, or separated by commas or spaces. "
            "A column copied from Excel works too; +86, spaces and dashes are fine."))
        self.edit.setTabChangesFocus(True)
        self.counts_label = named(QLabel(), "recipientCountsLabel")
        self.counts_label.setWordWrap(True)
        self.show_invalid_button = named(QPushButton(self.tr("Show &invalid…")),
                                         "showInvalidButton")
        self.show_invalid_button.setEnabled(False)
        self.include_opted_out = named(
            QCheckBox(self.tr("Include opted-out numbers in this send")), "includeOptedOutCheck")
        self.include_opted_out.setToolTip(self.tr(
            "Numbers whose owners replied to stop messages are left out. Tick this only if "
            "they agreed to receive this message."))

        row = QHBoxLayout()
        row.addWidget(self.include_opted_out, 1)
        row.addWidget(self.show_invalid_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counts_label)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._check_now)
        session.add_shutdown_hook(self._timer.stop)  # no check once the store is closing
        self._generation = 0
        self._checked_generation = -1
        self._check = RecipientCheck((), (), 0, ())
        self._job_running = False
        self._waiting: list[CheckCallback] = []
        self._invalid_dialog: InvalidNumbersDialog | None = None
        self._replaced: str | None = None  # the text before replace_numbers, for Ctrl+Z
        self.edit.installEventFilter(self)

        self._edits = 0  # textChanged so far: comparing it is cheaper than 20,000 lines of text
        self._read = (-1, "")  # (edits, the text then): reading 20,000 lines out costs ms
        self.edit.textChanged.connect(self._edited)
        self.include_opted_out.toggled.connect(lambda _on: self._show_counts())
        self.show_invalid_button.clicked.connect(self.show_invalid)
        self._apply(self._generation, self._check)

    # --- public ---------------------------------------------------------------------------
    @property
    def check(self) -> RecipientCheck:
        """The latest finished check (it may lag the text by the debounce delay)."""
        return self._check

    @property
    def edits(self) -> int:
        """How many times the text changed: equal counts mean the same text."""
        return self._edits

    @property
    def up_to_date(self) -> bool:
        return self._checked_generation == self._generation

    def recipients(self) -> tuple[str, ...]:
        """The numbers to send to: valid ones, plus opted-out ones when the user says so."""
        check = self._check
        return check.valid + check.opted_out if self.include_opted_out.isChecked() \
            else check.valid

    def recipient_carriers(self) -> tuple[tuple[carriers.Carrier, int], ...]:
        """``recipients()`` by carrier, most first."""
        check = self._check
        if not self.include_opted_out.isChecked():
            return check.carriers
        from juhe_desk.services.send_check import carrier_pairs

        return carrier_pairs(Counter(dict(check.carriers)) + Counter(
            dict(check.opted_out_carriers)))

    def set_numbers(self, text: str) -> None:
        self._replaced = None
        self.edit.setPlainText(text)

    def replace_numbers(self, text: str) -> None:
        """Replace the numbers; Ctrl+Z brings the old ones back.

        Not through the edit's own undo: an undoable replace of 20,000 lines removes them
        block by block (about 10 ms of the GUI thread, more with the edit shown), while
        setPlainText is a few ms. setPlainText empties the undo stack, so while it stays empty
        (nothing typed since, or all of it undone) Ctrl+Z puts the old text back instead.
        """
        before = self.text()
        self.edit.setPlainText(text)
        self._replaced = before
        self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def text(self) -> str:
        """The box's text, read out of the edit once per change (the check read it already)."""
        edits, text = self._read
        if edits != self._edits:
            text = self.edit.toPlainText()
            self._read = (self._edits, text)
        return text

    def bring_back_replaced(self) -> bool:
        """Undo the last replace_numbers if nothing was typed since; False if there is none."""
        if self._replaced is None or self.edit.document().isUndoAvailable():
            return False
        before, self._replaced = self._replaced, None
        self.edit.setPlainText(before)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)):
            return self.bring_back_replaced()  # else the edit's own undo
        return super().eventFilter(watched, event)

    def when_checked(self, callback: CheckCallback) -> None:
        """Call ``callback`` with the check of the current text, now or once it is done."""
        if self.up_to_date:
            callback(self._check)
            return
        self._waiting.append(callback)
        if self._timer.isActive() or not self._job_running:
            self._timer.stop()
            self._check_now()

    def recheck(self) -> None:
        """Check again (the opt-out list may have changed)."""
        self._text_changed()

    def show_invalid(self) -> None:
        if self._invalid_dialog is None:
            from juhe_desk.ui.compose.invalid_numbers_dialog import InvalidNumbersDialog

            self._invalid_dialog = InvalidNumbersDialog(self)
        self._invalid_dialog.set_checks(self._check.invalid)
        self._invalid_dialog.show()
        self._invalid_dialog.activateWindow()

    # --- checking -------------------------------------------------------------------------
    def _edited(self) -> None:
        self._edits += 1
        self._text_changed()

    def _text_changed(self) -> None:
        self._generation += 1
        self._timer.start()

    def _check_now(self) -> None:  # GUI thread
        generation = self._generation
        text = self.text()
        store = self.session.store
        # A few numbers are checked here, once libphonenumber's data is in (read in a job
        # at start): never an import on the GUI thread.
        # A team's shared database is asked in the job: over the network, it may be gone.
        if (text.count("\n") < BIG_PASTE_LINES and carriers.is_warm()
                and store.shared_address is None):
            from juhe_desk.services.quick_send import check_recipients  # imported when warm

            self._apply(generation, check_recipients(text, store))
            return
        if self._job_running:
            return  # the running check's answer is stale; _job_done starts the next one
        self._job_running = True
        if text.count("\n") >= BIG_PASTE_LINES:
            self.counts_label.setText(self.tr("Checking %Ln line(s)…", "",
                                              text.count("\n") + 1))

        def job(ctx: TaskContext) -> RecipientCheck:  # worker thread: plain values only
            from juhe_desk.services.quick_send import check_recipients

            return check_recipients(text, store)

        self.session.runner.submit(job, on_result=lambda c: self._job_done(generation, c),
                                   on_error=self._job_failed)

    def _job_done(self, generation: int, check: RecipientCheck) -> None:
        self._job_running = False
        if generation == self._generation:
            self._apply(generation, check)
        elif not self._timer.isActive():
            self._check_now()

    def _job_failed(self, error: BaseException) -> None:
        self._job_running = False
        self._waiting.clear()
        reason = explain_error(error)
        self.counts_label.setText(self.tr("The numbers could not be checked: {reason}").format(
            reason=reason))
        self.failed.emit(reason)

    def _apply(self, generation: int, check: RecipientCheck) -> None:
        self._check = check
        self._checked_generation = generation
        self._show_counts()
        self.show_invalid_button.setEnabled(bool(check.invalid))
        if self._invalid_dialog is not None and self._invalid_dialog.isVisible():
            self._invalid_dialog.set_checks(check.invalid)
        self.checked.emit(check)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(check)

    def _show_counts(self) -> None:
        check = self._check
        opted = len(check.opted_out)
        parts = [
            self.tr("%Ln valid", "", len(check.valid)),
            self.tr("%Ln invalid", "", len(check.invalid)),
            self.tr("%Ln duplicate(s) removed", "", check.duplicates),
            self.tr("%Ln opted out (included)", "", opted)
            if self.include_opted_out.isChecked()
            else self.tr("%Ln opted out (left out)", "", opted),
        ]
        text = " · ".join(parts)
        by_carrier = carrier_counts_text(self.recipient_carriers())
        if by_carrier:
            text += "\n" + self.tr("By carrier: {counts}").format(counts=by_carrier)
        if check.invalid:
            text += "\n" + self.tr("Invalid: {reasons}").format(reasons=self._reasons())
        self.counts_label.setText(text)

    def _reasons(self) -> str:
        lang = current_language()
        # The reason's own words: an unused prefix names itself (号段 154 不是在用的手机号段).
        counts = Counter(c.reason_text(lang) for c in self._check.invalid if c.reason is not None)
        shown = [f"{reason} ×{count}" for reason, count in counts.most_common(REASONS_SHOWN)]
        if len(counts) > REASONS_SHOWN:
            shown.append("…")
        return "; ".join(shown)
