"""The last look before a send: numbers, parts, cost against the balance; Enter confirms.

A pre-paid account whose balance cannot pay for the send gets an explanation and no send
button: the gateway would refuse the numbers it cannot pay for, halfway through.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from juhe_desk.services.quick_send import QuickSend
from juhe_desk.ui import status_style
from juhe_desk.ui.carrier_text import carrier_counts_text
from juhe_desk.ui.dialogs.send_check_view import (
    add_confirm_buttons,
    add_notes,
    add_text_preview,
    balance_text,
    blocked_text,
    cost_text,
    summary_form,
)

PREVIEW_NUMBERS = 5
_NOTE_STYLE = status_style.text_style(status_style.NOTE)


class ConfirmSendDialog(QDialog):
    """Modal; ``accepted`` means "send". ``blocked`` dialogs can only be closed."""

    def __init__(self, quick: QuickSend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmSendDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Send these messages?"))
        self.quick = quick
        self.check = quick.check
        self.blocked = self.check.blocked

        layout = QVBoxLayout(self)
        layout.addLayout(self._summary())
        add_notes(layout, self._notes(), _NOTE_STYLE)

        add_text_preview(layout, self.tr("Each number gets this text:"), quick.text,
                         "confirmTextPreview", max_height=90)
        self.send_button = add_confirm_buttons(
            self, layout, "confirmButtons",
            blocked_text=self._blocked_text() if self.blocked else None,
            blocked_name="confirmBlockedLabel",
            confirm_text=self.tr("Send to %Ln number(s)", "", len(quick.mobiles)),
            confirm_name="confirmSendButton")
        self.setMinimumWidth(460)

    def _summary(self) -> QFormLayout:
        quick = self.quick
        numbers = ", ".join(quick.mobiles[:PREVIEW_NUMBERS])
        if len(quick.mobiles) > PREVIEW_NUMBERS:
            numbers += ", …"
        rows = [
            (self.tr("Numbers:"), f"{len(quick.mobiles)}  ({numbers})", "confirmNumbersLabel"),
            (self.tr("By carrier:"), carrier_counts_text(self.check.carriers) or "—",
             "confirmCarriersLabel"),
            (self.tr("SMS per number:"), str(quick.parts), "confirmPartsLabel"),
            (self.tr("SMS in all:"), str(self.check.total_parts), "confirmTotalLabel"),
            (self.tr("Estimated cost:"), cost_text(self.check), "confirmCostLabel"),
            (self.tr("Balance:"), balance_text(
                self.check,
                unknown=self.tr("unknown: it could not be checked. You can still send; the "
                                "gateway refuses the numbers the balance cannot pay for."),
                left_after=self.tr("¥{amount} (pre-paid); about ¥{left} left after this send")),
             "confirmBalanceLabel"),
        ]
        return summary_form(rows)

    def _notes(self) -> list[str]:
        check = self.check
        notes = []
        if check.invalid:
            notes.append(self.tr("%Ln invalid entry(ies) will be skipped.", "", check.invalid))
        if check.duplicates:
            notes.append(self.tr("%Ln repeated number(s) get the message only once.", "",
                                 check.duplicates))
        if check.opted_out:
            notes.append(self.tr("%Ln number(s) on the opt-out list are left out.", "",
                                 check.opted_out))
        if check.opted_out_included:
            notes.append(self.tr("%Ln number(s) on the opt-out list are included, as you chose.",
                                 "", check.opted_out_included))
        return notes

    def _blocked_text(self) -> str:
        return blocked_text(
            self.check,
            used_up=self.tr("This cannot be sent: the pre-paid balance is used up (¥{amount}). "
                            "Ask the gateway administrator to top up the account, then send "
                            "again."),
            too_dear=self.tr("This cannot be sent: it costs about ¥{cost}, but the pre-paid "
                             "balance is only ¥{amount} (¥{short} short). Ask the gateway "
                             "administrator to top up the account, or send to fewer numbers or "
                             "a shorter text."))
