"""A small stacked bar chart of the gateway's daily totals (statis)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from juhe_desk.gateway.models import DailyStatistics

DELIVERED = QColor("#2e9d5b")
FAILED = QColor("#c0392b")
UNKNOWN = QColor("#9aa5b1")


class DailyChart(QWidget):
    """One stacked bar per day: delivered, failed, unknown; the total on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyChart")
        self.setMinimumHeight(160)
        self._days: list[DailyStatistics] = []
        self._legend = (self.tr("Delivered"), self.tr("Failed"), self.tr("Unknown"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 200)

    def set_days(self, days: Sequence[DailyStatistics]) -> None:
        self._days = sorted(days, key=lambda d: d.day)
        total = sum(d.total for d in self._days)
        success = sum(d.success for d in self._days)
        rate = (100.0 * success / total) if total else 0.0
        self.setToolTip(self.tr("%n message(s) sent", "", total) + " · "
                        + self.tr("success rate {rate:.1f}%").format(rate=rate))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(36, 24, -8, -22)
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        if not self._days:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No statistics yet"))
            painter.end()
            return
        peak = max(1, max(d.total for d in self._days))
        painter.drawText(QRectF(0, area.top() - 6, 32, 14), Qt.AlignmentFlag.AlignRight,
                         str(peak))
        slot = area.width() / len(self._days)
        bar_width = max(2.0, slot * 0.7)
        for index, day in enumerate(self._days):
            x = area.left() + index * slot + (slot - bar_width) / 2
            bottom = area.bottom()
            for value, color in ((day.success, DELIVERED), (day.fail, FAILED),
                                 (day.unknown, UNKNOWN)):
                height = area.height() * value / peak
                painter.fillRect(QRectF(x, bottom - height, bar_width, height), color)
                bottom -= height
            if len(self._days) <= 10 or index % 5 == 0:
                painter.setPen(text_color)
                painter.drawText(QRectF(x - 10, area.bottom() + 2, bar_width + 20, 18),
                                 Qt.AlignmentFlag.AlignHCenter, day.day.strftime("%m-%d"))
        x = area.left()
        for label, color in zip(self._legend, (DELIVERED, FAILED, UNKNOWN), strict=True):
            painter.fillRect(QRectF(x, 4, 10, 10), color)
            painter.setPen(text_color)
            painter.drawText(QRectF(x + 14, 0, 90, 18), Qt.AlignmentFlag.AlignVCenter, label)
            x += 100
        painter.end()
