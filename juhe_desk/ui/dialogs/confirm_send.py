"""The last look before a send: numbers, parts, cost against the balance; Enter confirms.

A pre-paid account whose balance cannot pay for the send gets an explanation and no send
button: the gateway would refuse the numbers it cannot pay for, halfway through.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.money import li_to_yuan_text
from juhe_desk.services.quick_send import QuickSend
from juhe_desk.ui.carrier_text import carrier_counts_text
from juhe_desk.ui.naming import named

PREVIEW_NUMBERS = 5
_WARNING_STYLE = "color: #c0392b; font-weight: bold;"
_NOTE_STYLE = "color: #8a6d3b;"


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
        self.send_button: QPushButton | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._summary())
        for note in self._notes():
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet(_NOTE_STYLE)
            layout.addWidget(label)

        layout.addWidget(QLabel(self.tr("Each number gets this text:")))
        preview = named(QPlainTextEdit(quick.text), "confirmTextPreview")
        preview.setReadOnly(True)
        preview.setMaximumHeight(90)
        layout.addWidget(preview)

        buttons = named(QDialogButtonBox(), "confirmButtons")
        if self.blocked:
            blocked = named(QLabel(self._blocked_text()), "confirmBlockedLabel")
            blocked.setWordWrap(True)
            blocked.setStyleSheet(_WARNING_STYLE)
            layout.addWidget(blocked)
            close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setDefault(True)
        else:
            count = len(quick.mobiles)
            self.send_button = buttons.addButton(self.tr("Send to %Ln number(s)", "", count),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
            self.send_button.setObjectName("confirmSendButton")
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.send_button.setDefault(True)
            self.send_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _summary(self) -> QFormLayout:
        quick = self.quick
        form = QFormLayout()
        numbers = ", ".join(quick.mobiles[:PREVIEW_NUMBERS])
        if len(quick.mobiles) > PREVIEW_NUMBERS:
            numbers += ", …"
        rows = [
            (self.tr("Numbers:"), f"{len(quick.mobiles)}  ({numbers})", "confirmNumbersLabel"),
            (self.tr("By carrier:"), carrier_counts_text(self.check.carriers) or "—",
             "confirmCarriersLabel"),
            (self.tr("SMS per number:"), str(quick.parts), "confirmPartsLabel"),
            (self.tr("SMS in all:"), str(self.check.total_parts), "confirmTotalLabel"),
            (self.tr("Estimated cost:"), self._cost_text(), "confirmCostLabel"),
            (self.tr("Balance:"), self._balance_text(), "confirmBalanceLabel"),
        ]
        for caption, value, name in rows:
            label = named(QLabel(value), name)
            label.setWordWrap(True)
            form.addRow(caption, label)
        return form

    def _cost_text(self) -> str:
        cost = self.check.cost_li
        if cost is None:
            return self.tr("unknown: no price per SMS is set (Account settings)")
        return self.tr("¥{cost} ({parts} × ¥{price})").format(
            cost=li_to_yuan_text(cost), parts=self.check.total_parts,
            price=li_to_yuan_text(self.check.price_li, 3))

    def _balance_text(self) -> str:
        balance = self.check.balance
        if balance is None:
            return self.tr("unknown: it could not be checked. You can still send; the gateway "
                           "refuses the numbers the balance cannot pay for.")
        amount = li_to_yuan_text(balance.balance)
        if not balance.is_prepaid:
            return self.tr("¥{amount} (post-paid: the cost is billed later)").format(
                amount=amount)
        cost = self.check.cost_li
        if cost is None or self.blocked:
            return self.tr("¥{amount} (pre-paid)").format(amount=amount)
        return self.tr("¥{amount} (pre-paid); about ¥{left} left after this send").format(
            amount=amount, left=li_to_yuan_text(balance.balance - cost))

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
        check = self.check
        balance = check.balance
        amount = li_to_yuan_text(balance.balance if balance is not None else 0)
        cost = check.cost_li
        if cost is None:
            return self.tr("This cannot be sent: the pre-paid balance is used up (¥{amount}). "
                           "Ask the gateway administrator to top up the account, then send "
                           "again.").format(amount=amount)
        return self.tr("This cannot be sent: it costs about ¥{cost}, but the pre-paid balance "
                       "is only ¥{amount} (¥{short} short). Ask the gateway administrator to "
                       "top up the account, or send to fewer numbers or a shorter text.").format(
            cost=li_to_yuan_text(cost), amount=amount, short=li_to_yuan_text(check.shortfall_li))
