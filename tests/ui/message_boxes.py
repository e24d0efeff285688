"""Answering a message box the window is about to open (it blocks in ``exec()``): queued
first, then it clicks as soon as the box is shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

POLL_MS = 20  # looks again until the box is open: the window opens it when it is ready


def answer_next_box(button: QMessageBox.StandardButton | QMessageBox.ButtonRole, *,
                    name: str | None = None) -> None:
    """Click ``button`` (a standard button, or the button of that role) of the next message
    box that is shown (named ``name`` when given)."""

    def answer() -> None:
        box = _shown_box(name)
        if box is None:
            QTimer.singleShot(POLL_MS, answer)
            return
        _button(box, button).click()

    QTimer.singleShot(0, answer)


def _shown_box(name: str | None) -> QMessageBox | None:
    return next((widget for widget in QApplication.topLevelWidgets()
                 if isinstance(widget, QMessageBox) and widget.isVisible()
                 and (name is None or widget.objectName() == name)), None)


def _button(box: QMessageBox,
            wanted: QMessageBox.StandardButton | QMessageBox.ButtonRole) -> QAbstractButton:
    if isinstance(wanted, QMessageBox.ButtonRole):
        return next(b for b in box.buttons() if box.buttonRole(b) == wanted)
    found = box.button(wanted)
    assert found is not None, f"{box.objectName()} has no {wanted}"
    return found
