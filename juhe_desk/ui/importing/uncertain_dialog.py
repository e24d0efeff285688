"""Deciding about uncertain batches: did the request reach the gateway or not?

juhe-desk never sends an uncertain batch again by itself, and no delivery report settles it:
its mids were lost with its answer, so a report for one of its numbers cannot prove which
message it is for (protocol-notes.md: the user decides, helped by the reports). Each batch
shows the reports that arrived for its numbers after its request; the user says "it went"
(the reports are then applied to its messages) or "send it again".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.store import Batch, MessageFilter, Store, UncertainEvidence
from juhe_desk.ui import status_style
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.store_writes import StoreWrites

_BATCH_ROLE = int(Qt.ItemDataRole.UserRole)


@dataclass(frozen=True, slots=True)
class _Uncertain:
    """An uncertain batch as read in the job: how many numbers it carried, what came."""

    batch: Batch
    numbers: int
    evidence: UncertainEvidence


class UncertainDialog(QDialog):
    """Lists the campaign's uncertain batches; each can be marked as sent or to send again."""

    answered = Signal()  # an answer was written to the store

    def __init__(self, store: Store, writes: StoreWrites, campaign_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uncertainDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Uncertain batches"))
        self.store = store
        self._writes = writes
        self.campaign_id = campaign_id
        self.resent = 0  # batches put back to send: the campaign needs "Resume" for them

        question = QLabel(self.tr(
            "The gateway did not answer for these batches, so juhe-desk cannot tell whether "
            "their messages went out. Under each batch: how many of its numbers got a "
            "delivery report after it was sent. Reports for most of them suggest it went; "
            "none after a long wait suggests it did not. A report cannot prove it, though: "
            "the same numbers may have got a message from elsewhere.\n\nDid the batch go "
            "out? Choose “Send it again” only if you are sure it did not: otherwise these "
            "customers get the message twice."))
        question.setWordWrap(True)
        self.batch_list = named(QListWidget(), "uncertainList")
        self.went_button = named(QPushButton(self.tr("It &went (mark as sent)")),
                                 "uncertainWentButton")
        self.again_button = named(QPushButton(self.tr("It did &not go: send it again")),
                                  "uncertainResendButton")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(status_style.text_style(status_style.ERROR))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.went_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter never re-sends anything

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.batch_list)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)  # the evidence line of a batch reads whole

        self.went_button.clicked.connect(lambda: self.resolve("submitted"))
        self.again_button.clicked.connect(lambda: self.resolve("planned"))
        self.batch_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        """Read the uncertain batches (a job, after the answers written before), list them."""
        campaign_id = self.campaign_id

        def read(store: Store) -> list[_Uncertain]:
            return [_Uncertain(batch, store.count_messages(MessageFilter(
                        batch_id=batch.id, statuses=("pending", "uncertain", "submitted"))),
                        store.uncertain_evidence(batch.id))
                    for batch in store.campaign_batches(campaign_id)
                    if batch.state == "uncertain"]

        def failed(error: BaseException) -> None:
            self.error_label.setText(explain_error(error))

        self._writes.submit(read, self._list, failed)

    def _list(self, batches: list[_Uncertain]) -> None:
        self.batch_list.clear()
        for uncertain in batches:
            item = QListWidgetItem(self._describe(uncertain))
            item.setData(_BATCH_ROLE, uncertain.batch.id)
            self.batch_list.addItem(item)
        if self.batch_list.count():
            self.batch_list.setCurrentRow(0)
        self._update_buttons()

    def resolve(self, outcome: str) -> None:
        """Apply the user's answer to the selected batch."""
        item = self.batch_list.currentItem()
        if item is None:
            return
        batch_id = int(item.data(_BATCH_ROLE))
        went = outcome == "submitted"

        def write(store: Store) -> None:
            store.resolve_uncertain_batch(batch_id, "submitted" if went else "planned")
            if went:  # now its numbers' reports are its messages' reports
                store.match_reports_to_sent_messages()

        def failed(error: BaseException) -> None:  # e.g. reports settled it meanwhile
            if not went:
                self.resent -= 1
            self.error_label.setText(explain_error(error))
            self.reload()  # the batch is back in the list

        # Answered: off the list now; the answer is written in the background.
        self.batch_list.takeItem(self.batch_list.row(item))
        self.error_label.setText("")
        if not went:
            self.resent += 1
        self._update_buttons()
        self._writes.submit(write, lambda _none: self._written(), failed)

    def _written(self) -> None:
        self.reload()
        self.answered.emit()

    def _describe(self, uncertain: _Uncertain) -> str:
        batch = uncertain.batch
        # The numbers the request carried: not those left out because they had opted out.
        text = self.tr("Batch {seq}: %Ln number(s), sent at {time}", "",
                       uncertain.numbers).format(seq=batch.seq,
                                                 time=batch.request_started_at or "?")
        lines = [text, self._evidence(uncertain.evidence)]
        if batch.error_text:
            lines.append(batch.error_text)
        return "\n".join(lines)

    def _evidence(self, evidence: UncertainEvidence) -> str:
        if not evidence.reported:
            return self.tr("No delivery report for its numbers yet.")
        text = self.tr("Delivery reports after it was sent: %Ln of {total} number(s) "
                       "({delivered} delivered)", "", evidence.reported).format(
            total=evidence.numbers, delivered=evidence.delivered)
        if evidence.pushed:
            text += self.tr("; %Ln of them came by push", "", evidence.pushed)
        return text

    def _update_buttons(self) -> None:
        chosen = self.batch_list.currentItem() is not None
        self.went_button.setEnabled(chosen)
        self.again_button.setEnabled(chosen)
