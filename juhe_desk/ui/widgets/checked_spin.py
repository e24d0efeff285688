"""Spin boxes that refuse a typed value out of range in words instead of in silence.

Qt's own spin box drops a keystroke that would leave its range (typing 12 where 8 is the
most gives 1) and quietly puts back the old value for 0: what was typed is neither applied
nor refused for the user to see. These accept any number while it is typed; when typing ends
with one out of range, ``refused`` carries the text typed and the box keeps its previous
value (Qt's CorrectToPreviousValue), for the page to say so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox


def _typed_number(box: QAbstractSpinBox, text: str) -> str:
    """The number in ``text`` without the box's prefix and suffix."""
    prefix = box.prefix() if isinstance(box, (QSpinBox, QDoubleSpinBox)) else ""
    suffix = box.suffix() if isinstance(box, (QSpinBox, QDoubleSpinBox)) else ""
    return text.removeprefix(prefix).removesuffix(suffix).strip()


class CheckedSpinBox(QSpinBox):
    refused = Signal(str)  # the number typed, out of range

    def __init__(self) -> None:
        super().__init__()
        self.setKeyboardTracking(False)  # "12" is not 1 on its way: the value once typed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        answer = super().validate(text, pos)
        number = _typed_number(self, text)
        if number.lstrip("-").isdigit() and not self.minimum() <= int(number) <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return answer

    def fixup(self, text: str) -> str:
        return _refuse_typed(self, text)


class CheckedDoubleSpinBox(QDoubleSpinBox):
    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setKeyboardTracking(False)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        answer = super().validate(text, pos)
        number = _typed_number(self, text).replace(",", ".")
        try:
            value = float(number)
        except ValueError:
            return answer
        if not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return answer

    def fixup(self, text: str) -> str:
        return _refuse_typed(self, text)


def _refuse_typed(box: CheckedSpinBox | CheckedDoubleSpinBox, text: str) -> str:
    """Typing ended out of range: say what was typed (the box keeps its previous value)."""
    number = _typed_number(box, text)
    if number:
        box.refused.emit(number)
    return text
