"""A small chart of the gateway's daily totals (statis): stacked bars and the success rate."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from juhe_desk.gateway.models import DailyStatistics
from juhe_desk.ui import status_style

DELIVERED = QColor("#2e9d5b")
FAILED = QColor(status_style.ERROR)
UNKNOWN = QColor("#9aa5b1")
RATE = QColor("#2f6fb3")
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _filled(days: Sequence[DailyStatistics], begin: dt.date | None,
            end: dt.date | None) -> list[DailyStatistics]:
    """One row per day from ``begin`` to ``end``: the gateway leaves out days without SMS."""
    by_day = {d.day: d for d in days}
    if begin is None or end is None:
        return sorted(days, key=lambda d: d.day)
    count = (end - begin).days + 1
    every = (begin + dt.timedelta(days=i) for i in range(max(0, count)))
    return [by_day.get(day, DailyStatistics(day, 0, 0, 0, 0, 0.0)) for day in every]


class DailyChart(QWidget):
    """One stacked bar per day (delivered, failed, unknown: together the SMS sent) and the
    success rate as a line on a 0-100 % scale; hovering a day shows its numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyChart")
        self.setMinimumHeight(130)
        self.setAccessibleName(self.tr("Daily totals"))
        self._days: list[DailyStatistics] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560, 220)

    def days(self) -> list[DailyStatistics]:
        """The days shown, one per day of the range (days without SMS as zeros)."""
        return list(self._days)

    def set_days(self, days: Sequence[DailyStatistics], begin: dt.date | None = None,
                 end: dt.date | None = None) -> None:
        self._days = _filled(days, begin, end)
        total = sum(d.total for d in self._days)
        success = sum(d.success for d in self._days)
        summary = self.tr("%Ln message(s) sent", "", total)
        if total:
            summary += " · " + self.tr("success rate {rate:.1f}%").format(
                rate=100.0 * success / total)
        self.setAccessibleDescription(summary)
        self.update()

    # --- geometry -------------------------------------------------------------------------
    def _plot_area(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        left = metrics.horizontalAdvance("00000") + 8
        right = metrics.horizontalAdvance("100%") + 8
        return QRectF(self.rect()).adjusted(left, line + 12, -right, -(line + 6))

    def _slot(self, area: QRectF) -> float:
        return area.width() / max(1, len(self._days))

    def _day_at(self, x: float) -> DailyStatistics | None:
        area = self._plot_area()
        if not self._days or not area.left() <= x < area.right():
            return None
        return self._days[min(len(self._days) - 1, int((x - area.left()) / self._slot(area)))]

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._plot_area()
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        if not any(d.total for d in self._days):
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No SMS sent in this period"))
            painter.end()
            return
        self._draw_axes(painter, area)
        self._draw_bars(painter, area)
        self._draw_rate(painter, area)
        self._draw_legend(painter)
        painter.end()

    def _draw_axes(self, painter: QPainter, area: QRectF) -> None:
        peak = max(d.total for d in self._days)
        grid = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        muted = self.palette().placeholderText().color()
        for fraction in (0.0, 0.5, 1.0):
            y = area.bottom() - area.height() * fraction
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(muted)
            label_left = QRectF(0, y - 9, area.left() - 6, 18)
            painter.drawText(label_left, RIGHT_MIDDLE, str(round(peak * fraction)))
            label_right = QRectF(area.right() + 6, y - 9, self.width() - area.right() - 6, 18)
            painter.setPen(RATE)
            painter.drawText(label_right, LEFT_MIDDLE, f"{round(100 * fraction)}%")

    def _draw_bars(self, painter: QPainter, area: QRectF) -> None:
        peak = max(1, max(d.total for d in self._days))
        slot = self._slot(area)
        bar_width = max(2.0, slot * 0.7)
        label_every = 1 if len(self._days) <= 10 else 5
        metrics = QFontMetricsF(self.font())
        for index, day in enumerate(self._days):
            x = area.left() + index * slot + (slot - bar_width) / 2
            bottom = area.bottom()
            for value, color in ((day.success, DELIVERED), (day.fail, FAILED),
                                 (day.unknown, UNKNOWN)):
                height = area.height() * value / peak
                painter.fillRect(QRectF(x, bottom - height, bar_width, height), color)
                bottom -= height
            last = index == len(self._days) - 1
            if (len(self._days) - 1 - index) % label_every == 0 or (last and label_every == 1):
                label = day.day.strftime("%m-%d")
                width = metrics.horizontalAdvance(label) + 4
                centre = x + bar_width / 2
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(centre - width / 2, area.bottom() + 3, width,
                                        metrics.height()), Qt.AlignmentFlag.AlignHCenter, label)

    def _draw_rate(self, painter: QPainter, area: QRectF) -> None:
        slot = self._slot(area)
        points = [QPointF(area.left() + (i + 0.5) * slot,
                          area.bottom() - area.height() * _rate(d) / 100)
                  for i, d in enumerate(self._days) if d.total]
        painter.setPen(QPen(RATE, 2))
        for start, stop in itertools.pairwise(points):
            painter.drawLine(start, stop)
        painter.setBrush(RATE)
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(self.font())
        entries = ((self.tr("Delivered"), DELIVERED), (self.tr("Failed"), FAILED),
                   (self.tr("Unknown"), UNKNOWN), (self.tr("Success rate"), RATE))
        x = self._plot_area().left()
        height = metrics.height()
        for label, color in entries:
            painter.fillRect(QRectF(x, 4 + (height - 10) / 2, 10, 10), color)
            painter.setPen(self.palette().text().color())
            width = metrics.horizontalAdvance(label) + 4
            painter.drawText(QRectF(x + 14, 4, width, height), Qt.AlignmentFlag.AlignVCenter,
                             label)
            x += 14 + width + 14

    # --- hover ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self._day_at(event.pos().x())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(day), self)
            return True
        return super().event(event)

    def day_text(self, day: DailyStatistics) -> str:
        """One day's numbers in words, for the tooltip."""
        text = self.tr("{day}: {total} sent, {success} delivered, {fail} failed, "
                       "{unknown} unknown").format(
            day=day.day.isoformat(), total=day.total, success=day.success, fail=day.fail,
            unknown=day.unknown)
        if day.total:
            text += " · " + self.tr("success rate {rate:.1f}%").format(rate=_rate(day))
        return text


def _rate(day: DailyStatistics) -> float:
    """The gateway's own success rate for the day (percent), kept within 0-100."""
    return max(0.0, min(100.0, day.success_rate)) if day.total else 0.0
