"""A question whose default button keeps things as they are.

Sending, cancelling, taking over or closing mid-send cannot be undone, so Enter and Esc both
choose the button that changes nothing; the clerk must click the one that acts. The caller
opens the box (``open()``, answered by ``finished``) or, when closing the window, ``exec()``s it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

Role = QMessageBox.ButtonRole


def careful_question(parent: QWidget | None, name: str, icon: QMessageBox.Icon, title: str,
                     text: str, act: str, keep: str, act_role: Role = Role.DestructiveRole,
                     ) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The box named ``name``, its acting button (``act``) and its default ``keep`` button."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    act_button = box.addButton(act, act_role)
    keep_button = box.addButton(keep, Role.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    return box, act_button, keep_button
