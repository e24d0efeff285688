"""The warning before a text goes again to numbers that got it in the last 24 hours.

Modal, objectName ``repeatSendWarning``. It says how many numbers, when and from which
campaign (or quick send); its default button (Enter, Esc) does **not** send. The user may
send to all anyway, or leave those numbers out and send to the rest.
"""

from __future__ import annotations

import heapq
from enum import Enum

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.store import Campaign, EarlierSend, RepeatCheck
from juhe_desk.ui import status_style
from juhe_desk.ui.naming import named

SENDS_SHOWN = 5
NUMBERS_SHOWN = 5
TEXT_WIDTH = 460
_HEADLINE_STYLE = "font-weight: bold;"
_NOTE_STYLE = status_style.text_style(status_style.NOTE)


class RepeatDecision(Enum):
    DONT_SEND = "dont_send"
    LEAVE_OUT = "leave_out"  # send only to the numbers that did not get it
    SEND_ALL = "send_all"


def short_time(moment: str) -> str:
    """``2026-11-01 09:00:00`` -> ``2026-11-01 09:00``: the store's time without seconds, the
    date and time held together by a no-break space (a wrapped line never splits them)."""
    return moment[:16].replace(" ", "\u00a0")


class RepeatSendWarning(QDialog):
    """``chosen`` carries the decision once the dialog closes (DONT_SEND on Esc or close)."""

    chosen = Signal(RepeatDecision)

    def __init__(self, check: RepeatCheck, total: int, parent: QWidget | None = None, *,
                 same_source: Campaign | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatSendWarning")
        self.setModal(True)
        self.setWindowTitle(self.tr("Sent already"))
        self.check = check
        self.total = total
        self.decision = RepeatDecision.DONT_SEND
        repeated = check.numbers
        rest = max(0, total - len(check.repeated))  # messages: a p2p number may have two

        text = QVBoxLayout()
        if same_source is not None:
            text.addWidget(self._label(self.tr(
                "This sheet with this message was sent before: campaign “{name}”, created "
                "{time}.").format(name=same_source.name,
                                  time=short_time(same_source.created_at)),
                "repeatSameSourceLabel", _HEADLINE_STYLE))
        headline = self.tr("%Ln of the {total} numbers got this same text in the last 24 "
                           "hours:", "", repeated).format(total=QLocale().toString(total))
        headline_label = self._label(headline, "repeatHeadlineLabel", _HEADLINE_STYLE)
        # A width for the text, not for the dialog: the dialog's own minimum then still
        # follows its layout, so that the longer English buttons are never cut.
        headline_label.setMinimumWidth(TEXT_WIDTH)
        text.addWidget(headline_label)
        text.addWidget(self._label("\n".join(self._sends()), "repeatSendsLabel"))
        text.addWidget(self._label(self.tr("Numbers: {numbers}").format(
            numbers=self._numbers()), "repeatNumbersLabel"))
        text.addWidget(self._label(self.tr(
            "Customers who get the same text twice may complain or opt out. Send it again only "
            "if you mean to."), "repeatAdviceLabel", _NOTE_STYLE))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        buttons = named(QDialogButtonBox(), "repeatButtons")
        self.dont_send_button = self._button(buttons, self.tr("Don't send"),
                                             "repeatDontSendButton",
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.leave_out_button: QPushButton | None = None
        if rest:
            self.leave_out_button = self._button(
                buttons, self.tr("Leave them out, send to the other %Ln", "", rest),
                "repeatLeaveOutButton", QDialogButtonBox.ButtonRole.AcceptRole)
            self.leave_out_button.clicked.connect(
                lambda: self._choose(RepeatDecision.LEAVE_OUT))
        self.send_all_button = self._button(
            buttons, self.tr("Send to all %Ln anyway", "", total), "repeatSendAllButton",
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_all_button.clicked.connect(lambda: self._choose(RepeatDecision.SEND_ALL))
        buttons.rejected.connect(self.reject)
        # Enter and Esc both mean "don't send"; a sending button needs a click (or Space).
        self.dont_send_button.setDefault(True)
        self.dont_send_button.setAutoDefault(True)
        self.dont_send_button.setFocus()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.chosen.emit(self.decision))

    def _choose(self, decision: RepeatDecision) -> None:
        self.decision = decision
        self.accept()

    def _sends(self) -> list[str]:
        lines = [self._send_line(send) for send in self.check.earlier[:SENDS_SHOWN]]
        more = len(self.check.earlier) - SENDS_SHOWN
        if more > 0:
            lines.append(self.tr("• and %Ln more earlier send(s)", "", more))
        return lines

    def _send_line(self, send: EarlierSend) -> str:
        first, last = short_time(send.first_sent_at), short_time(send.last_sent_at)
        when = first if first == last else self.tr("{first} to {last}").format(
            first=first, last=last[11:] if first[:10] == last[:10] else last)  # same day
        if send.quick_send:
            return self.tr("• quick send at {when}: %Ln number(s)", "", send.numbers).format(
                when=when)
        return self.tr("• campaign “{name}”, sent {when}: %Ln number(s)", "",
                       send.numbers).format(name=send.name, when=when)

    def _numbers(self) -> str:
        mobiles = heapq.nsmallest(NUMBERS_SHOWN + 1, {m for m, _ in self.check.repeated})
        shown = ", ".join(mobiles[:NUMBERS_SHOWN])
        return shown + (", …" if len(mobiles) > NUMBERS_SHOWN else "")

    @staticmethod
    def _label(text: str, name: str, style: str = "") -> QLabel:
        label = named(QLabel(text), name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        return label

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, name: str,
                role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button
