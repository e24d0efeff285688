"""What both confirmations before a send show of a ``SendCheck`` the same way.

``ConfirmSendDialog`` (the Send tab) and ``PrecheckDialog`` (a campaign) differ in their
rows and wording; the form, the notes, the text preview, the cost and the buttons (or the
blocked footer) are these.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

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


def add_text_preview(layout: QVBoxLayout, caption: str, text: str, name: str,
                     max_height: int) -> QPlainTextEdit:
    """``caption`` over ``text`` shown read-only, as it will be sent."""
    layout.addWidget(QLabel(caption))
    preview = named(QPlainTextEdit(text), name)
    preview.setReadOnly(True)
    preview.setMaximumHeight(max_height)
    layout.addWidget(preview)
    return preview


def add_confirm_buttons(dialog: QDialog, layout: QVBoxLayout, name: str, *,
                        blocked_text: str | None, blocked_name: str, confirm_text: str,
                        confirm_name: str) -> QPushButton | None:
    """The buttons under a confirmation, named ``name``, answering ``dialog``: with a
    ``blocked_text``, why nothing can be sent and Close (``add_blocked_footer``); otherwise
    the confirm button (default and focused: Enter confirms) and Cancel. Returns the confirm
    button, None when blocked."""
    buttons = named(QDialogButtonBox(), name)
    confirm = None
    if blocked_text is not None:
        add_blocked_footer(layout, buttons, blocked_text, blocked_name)
    else:
        confirm = buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        confirm.setObjectName(confirm_name)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        confirm.setDefault(True)
        confirm.setAutoDefault(True)
        confirm.setFocus()
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return confirm


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


def blocked_text(check: SendCheck, *, used_up: str, too_dear: str) -> str:
    """Why a pre-paid balance cannot pay: ``used_up`` (with ``{amount}``, the balance) when
    the cost is not known, else ``too_dear`` (with ``{cost}``, ``{amount}`` and ``{short}``),
    in yuan. The texts come from the dialog, in its own words."""
    balance = check.balance
    amount = yuan_text(balance.balance if balance is not None else 0)
    if check.cost_li is None:
        return used_up.format(amount=amount)
    return too_dear.format(amount=amount, cost=yuan_text(check.cost_li),
                           short=yuan_text(check.shortfall_li))
