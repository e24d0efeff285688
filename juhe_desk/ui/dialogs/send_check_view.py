"""What both confirmations before a send show of a ``SendCheck`` the same way.

``ConfirmSendDialog`` (the Send tab) and ``PrecheckDialog`` (a campaign) differ in their
rows and wording; the form, the notes, the cost and the blocked footer are these.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from juhe_desk.services.send_check import SendCheck
from juhe_desk.ui import status_style
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.money_text import yuan_text
from juhe_desk.ui.naming import named

_tr = translator_for("SendCheckView")


def summary_form(rows: Iterable[tuple[str, str, str]]) -> QFormLayout:
    """A form of (caption, value, objectName of the value's label) rows, values wrapped."""
    form = QFormLayout()
    for caption, value, name in rows:
        label = named(QLabel(value), name)
        label.setWordWrap(True)
        form.addRow(caption, label)
    return form


def add_notes(layout: QVBoxLayout, notes: Iterable[str | tuple[str, str]], style: str) -> None:
    """One wrapped label per note, in ``style``; a note given as (text, name) carries that
    objectName for tests and scripts."""
    for note in notes:
        text, name = (note, "") if isinstance(note, str) else note
        label = QLabel(text)
        if name:
            label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        layout.addWidget(label)


def add_blocked_footer(layout: QVBoxLayout, buttons: QDialogButtonBox, text: str,
                       name: str) -> None:
    """Why nothing can be sent, in red, and Close as the only (default) button."""
    blocked = named(QLabel(text), name)
    blocked.setWordWrap(True)
    blocked.setStyleSheet(status_style.text_style(status_style.ERROR, bold=True))
    layout.addWidget(blocked)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setDefault(True)


def cost_text(check: SendCheck) -> str:
    cost = check.cost_li
    if cost is None:
        return _tr("unknown: no price per SMS is set (Account settings)")
    return _tr("¥{cost} ({parts} × ¥{price})").format(
        cost=yuan_text(cost), parts=check.total_parts,
        price=yuan_text(check.price_li, 3))


def balance_text(check: SendCheck, *, unknown: str, left_after: str) -> str:
    """The balance and what it does with this send. ``unknown``: said when it could not be
    checked; ``left_after``: a text with ``{amount}`` and ``{left}`` for a pre-paid balance
    that pays."""
    balance = check.balance
    if balance is None:
        return unknown
    amount = yuan_text(balance.balance)
    if not balance.is_prepaid:
        return _tr("¥{amount} (post-paid: the cost is billed later)").format(amount=amount)
    cost = check.cost_li
    if cost is None or check.blocked:
        return _tr("¥{amount} (pre-paid)").format(amount=amount)
    return left_after.format(amount=amount, left=yuan_text(balance.balance - cost))


def blocked_amounts(check: SendCheck) -> dict[str, str]:
    """``amount`` (the balance), and ``cost`` and ``short`` when the cost is known, in yuan."""
    balance = check.balance
    amounts = {"amount": yuan_text(balance.balance if balance is not None else 0)}
    if check.cost_li is not None:
        amounts.update(cost=yuan_text(check.cost_li),
                       short=yuan_text(check.shortfall_li))
    return amounts
