"""The balance gauge: a painted dial in 元 with the low-balance threshold marked."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from juhe_desk.domain.money import li_to_yuan_text

START_ANGLE = 225.0  # degrees, Qt's counter-clockwise from 3 o'clock
SPAN = 270.0


def nice_scale_li(balance_li: int, threshold_li: int) -> int:
    """The full-scale value of the dial: a round number above the balance and threshold."""
    top = max(balance_li, threshold_li * 2, 10_000)
    magnitude = int(10 ** math.floor(math.log10(top)))
    for step in (1, 2, 5, 10):
        if step * magnitude >= top:
            return step * magnitude
    return 10 * magnitude


class BalanceGauge(QWidget):
    """Shows a balance in 元 on a 270° dial; the arc turns amber below the threshold.

    A post-paid account may owe money: a negative balance reads as an empty dial with the
    amount owed in red, never as a broken needle.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceGauge")
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._balance_li: int | None = None
        self._threshold_li = 0
        self._caption = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(280, 240)

    @property
    def balance_li(self) -> int | None:
        return self._balance_li

    def set_balance(self, balance_li: int | None, threshold_li: int, caption: str = "") -> None:
        self._balance_li = balance_li
        self._threshold_li = max(0, threshold_li)
        self._caption = caption
        self.setToolTip(caption)
        self.update()

    def is_low(self) -> bool:
        return self._balance_li is not None and self._balance_li < self._threshold_li

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height() * 1.15) - 24
        rect = QRectF((self.width() - side) / 2, 12, side, side)
        palette = self.palette()
        track = QPen(palette.mid().color(), max(8.0, side / 14), Qt.PenStyle.SolidLine,
                     Qt.PenCapStyle.RoundCap)
        painter.setPen(track)
        painter.drawArc(rect, int(START_ANGLE * 16), int(-SPAN * 16))

        balance = self._balance_li
        scale = nice_scale_li(balance or 0, self._threshold_li)
        if balance is not None and balance > 0:
            fraction = min(1.0, balance / scale)
            color = QColor("#d9822b") if self.is_low() else QColor("#2e9d5b")
            arc = QPen(color, track.widthF(), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(rect, int(START_ANGLE * 16), int(-SPAN * fraction * 16))
        if self._threshold_li > 0:
            self._draw_threshold_mark(painter, rect, self._threshold_li / scale, track.widthF())

        painter.setPen(palette.text().color())
        big = QFont(self.font())
        big.setPointSizeF(max(12.0, side / 9))
        big.setBold(True)
        painter.setFont(big)
        text = "—" if balance is None else f"¥{li_to_yuan_text(balance)}"
        if balance is not None and balance < 0:
            painter.setPen(QColor("#c0392b"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(palette.text().color())
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, side / 22))
        painter.setFont(small)
        below = rect.adjusted(0, side * 0.22, 0, side * 0.22)
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()

    def _draw_threshold_mark(self, painter: QPainter, rect: QRectF, fraction: float,
                             width: float) -> None:
        angle = math.radians(START_ANGLE - SPAN * min(1.0, fraction))
        center = rect.center()
        radius = rect.width() / 2
        inner = QPointF(center.x() + (radius - width) * math.cos(angle),
                        center.y() - (radius - width) * math.sin(angle))
        outer = QPointF(center.x() + (radius + width) * math.cos(angle),
                        center.y() - (radius + width) * math.sin(angle))
        painter.setPen(QPen(QColor("#c0392b"), 3))
        painter.drawLine(inner, outer)
