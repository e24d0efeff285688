"""The balance gauge: a painted dial in 元 with the low-balance threshold marked; its amounts
grouped as the language writes large numbers (money_text.py)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from juhe_desk.ui import status_style
from juhe_desk.ui.money_text import whole_or_cents_yuan, yuan_text

START_ANGLE = 225.0  # degrees, Qt's counter-clockwise from 3 o'clock
SPAN = 270.0
HEALTHY = QColor("#2e9d5b")
LOW = QColor("#d9822b")
WARNING = QColor(status_style.ERROR)


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

    A post-paid account may owe money: a negative balance reads as an empty dial with
    "owes ¥…" in red, never as a broken needle.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceGauge")
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Balance"))
        self._balance_li: int | None = None
        self._threshold_li = 0
        self._caption = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(280, 250)

    @property
    def balance_li(self) -> int | None:
        return self._balance_li

    @property
    def threshold_li(self) -> int:
        return self._threshold_li

    @property
    def caption(self) -> str:
        return self._caption

    def scale_li(self) -> int:
        return nice_scale_li(self._balance_li or 0, self._threshold_li)

    def scale_text(self) -> str:
        """The mark at the dial's full end, in 元 grouped as the language writes them."""
        return whole_or_cents_yuan(self.scale_li())

    def amount_text(self) -> str:
        """The big text in the middle: the balance, or what a post-paid account owes."""
        if self._balance_li is None:
            return "—"
        if self._balance_li < 0:
            return self.tr("owes ¥{amount}").format(amount=yuan_text(-self._balance_li))
        return f"¥{yuan_text(self._balance_li)}"

    def set_balance(self, balance_li: int | None, threshold_li: int, caption: str = "") -> None:
        self._balance_li = balance_li
        self._threshold_li = max(0, threshold_li)
        self._caption = caption
        description = " · ".join(t for t in (self.amount_text(), caption) if t)
        if self._threshold_li:
            description += " · " + self.tr("warning below ¥{amount}").format(
                amount=yuan_text(self._threshold_li))
        self.setToolTip(description)
        self.setAccessibleDescription(description)
        self.update()

    def is_low(self) -> bool:
        return self._balance_li is not None and self._balance_li < self._threshold_li

    # --- painting -------------------------------------------------------------------------
    def _dial_rect(self) -> QRectF:
        # The arc's lowest points sit at 45° below the centre: the dial needs ~0.85 of its
        # side in height, plus room for the scale labels under the ends.
        side = max(60.0, min(self.width() - 24.0, (self.height() - 34.0) / 0.86))
        return QRectF((self.width() - side) / 2, 12, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._dial_rect()
        side = rect.width()
        palette = self.palette()
        width = max(8.0, side / 14)
        track = QPen(palette.mid().color(), width, Qt.PenStyle.SolidLine,
                     Qt.PenCapStyle.RoundCap)
        painter.setPen(track)
        painter.drawArc(rect, int(START_ANGLE * 16), int(-SPAN * 16))

        balance = self._balance_li
        scale = self.scale_li()
        if balance is not None and balance > 0:
            fraction = min(1.0, balance / scale)
            arc = QPen(LOW if self.is_low() else HEALTHY, width, Qt.PenStyle.SolidLine,
                       Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(rect, int(START_ANGLE * 16), int(-SPAN * fraction * 16))
        if self._threshold_li > 0:
            self._draw_threshold_mark(painter, rect, self._threshold_li / scale, width)
        self._draw_scale_ends(painter, rect, width)
        self._draw_texts(painter, rect)
        painter.end()

    def _draw_texts(self, painter: QPainter, rect: QRectF) -> None:
        side = rect.width()
        text = self.amount_text()
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(max(11.0, side / 10))
        inner_width = side * 0.72
        while big.pointSizeF() > 9 and QFontMetricsF(big).horizontalAdvance(text) > inner_width:
            big.setPointSizeF(big.pointSizeF() - 1)  # long amounts and "owes …" must fit
        painter.setFont(big)
        owes = self._balance_li is not None and self._balance_li < 0
        painter.setPen(WARNING if owes else self.palette().text().color())
        amount_box = QRectF(rect.left(), rect.center().y() - side * 0.16, side, side * 0.22)
        painter.drawText(amount_box, Qt.AlignmentFlag.AlignCenter, text)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, side / 24))
        painter.setFont(small)
        painter.setPen(self.palette().text().color())
        caption_box = QRectF(rect.left() + side * 0.14, amount_box.bottom(), side * 0.72,
                             side * 0.3)
        painter.drawText(caption_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self._caption)

    def _point(self, rect: QRectF, angle_deg: float, radius: float) -> QPointF:
        angle = math.radians(angle_deg)
        center = rect.center()
        return QPointF(center.x() + radius * math.cos(angle),
                       center.y() - radius * math.sin(angle))

    def _draw_threshold_mark(self, painter: QPainter, rect: QRectF, fraction: float,
                             width: float) -> None:
        angle = START_ANGLE - SPAN * min(1.0, fraction)
        radius = rect.width() / 2
        painter.setPen(QPen(WARNING, 3))
        painter.drawLine(self._point(rect, angle, radius - width),
                         self._point(rect, angle, radius + width * 0.9))

    def _draw_scale_ends(self, painter: QPainter, rect: QRectF, width: float) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, rect.width() / 28))
        painter.setFont(small)
        painter.setPen(self.palette().placeholderText().color())
        radius = rect.width() / 2
        metrics = QFontMetricsF(small)
        for angle, label in ((START_ANGLE, "0"), (START_ANGLE - SPAN, self.scale_text())):
            anchor = self._point(rect, angle, radius)
            half = max(40.0, metrics.horizontalAdvance(label) / 2 + 2)
            box = QRectF(anchor.x() - half, anchor.y() + width * 0.7, 2 * half, 18)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             label)
