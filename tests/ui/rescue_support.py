"""Answering the modal dialogs of start-up, whose ``exec()`` holds the test's own call.

``ModalAnswerer`` watches (a 10 ms timer on the GUI thread) for the active modal widget to
be the named dialog, keeps what it said, runs an optional step (free the disk...) and
clicks the named button; one answer per dialog, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QWidget,
)


@dataclass
class Seen:
    name: str
    title: str
    texts: dict[str, str]  # label objectName -> text
    buttons: dict[str, str]  # button objectName -> its text
    default: str

    def all_text(self) -> str:
        return "\n".join([self.title, *self.texts.values(), *self.buttons.values()])


@dataclass
class Answer:
    dialog: str
    button: str
    before: Callable[[QWidget], None] | None = None


@dataclass
class ModalAnswerer:
    answers: list[Answer]
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poke)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _poke(self) -> None:
        widget = QApplication.activeModalWidget()
        if not self.answers or widget is None or widget.objectName() != self.answers[0].dialog:
            return
        answer = self.answers.pop(0)
        self.seen.append(describe(widget))
        if answer.before is not None:
            answer.before(widget)
        button = widget.findChild(QAbstractButton, answer.button)
        if button is None:
            widget.close()  # never leave the test stuck in the dialog's exec()
            raise AssertionError(f"no {answer.button} among {list(self.seen[-1].buttons)}")
        button.click()


def describe(widget: QWidget) -> Seen:
    """What a dialog shows: title, named labels, named buttons, the default button."""
    buttons = [b for b in widget.findChildren(QAbstractButton) if b.objectName()]
    default = [b.objectName() for b in buttons
               if isinstance(b, QPushButton) and b.isDefault()]
    return Seen(widget.objectName(), widget.windowTitle(),
                {label.objectName(): label.text()
                 for label in widget.findChildren(QLabel) if label.objectName()},
                {b.objectName(): b.text() for b in buttons}, default[0] if default else "")
