"""One campaign's outcome: delivered, failed and pending as numbers and a stacked bar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from juhe_desk.store import CampaignTotals
from juhe_desk.ui.naming import named

DELIVERED = QColor("#2e9d5b")
FAILED = QColor("#c0392b")
PENDING = QColor("#9aa5b1")


def split_totals(totals: CampaignTotals) -> tuple[int, int, int]:
    """(delivered, failed, pending): a refused number failed; the rest still waits."""
    failed = totals.failed + totals.refused
    return totals.delivered, failed, totals.total - totals.delivered - failed


class StackedBar(QWidget):
    """A horizontal bar split in proportion to its parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignBar")
        self.setMinimumHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._parts: list[tuple[int, QColor]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, 18)

    def set_parts(self, parts: list[tuple[int, QColor]]) -> None:
        self._parts = parts
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        total = sum(value for value, _ in self._parts)
        painter.fillRect(area, self.palette().base())
        if total:
            x = area.left()
            for value, color in self._parts:
                width = area.width() * value / total
                painter.fillRect(QRectF(x, area.top(), width, area.height()), color)
                x += width
        painter.setPen(self.palette().mid().color())
        painter.drawRect(area)
        painter.end()


class CampaignTotalsView(QWidget):
    """Numbers and a bar for one campaign; a hint when no campaign is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignTotals")
        self.title_label = named(QLabel(), "campaignTitleLabel")
        self.delivered_label = named(QLabel(), "campaignDeliveredLabel")
        self.failed_label = named(QLabel(), "campaignFailedLabel")
        self.pending_label = named(QLabel(), "campaignPendingLabel")
        self.bar = StackedBar(self)
        numbers = QHBoxLayout()
        for label, color in ((self.delivered_label, DELIVERED), (self.failed_label, FAILED),
                             (self.pending_label, PENDING)):
            swatch = QLabel("■")
            swatch.setStyleSheet(f"color: {color.name()};")
            numbers.addWidget(swatch)
            numbers.addWidget(label)
            numbers.addSpacing(12)
        numbers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.bar)
        layout.addLayout(numbers)
        self.show_totals("", None)

    def show_totals(self, name: str, totals: CampaignTotals | None) -> None:
        """``totals`` None: no campaign chosen (or not read yet)."""
        if totals is None:
            self.title_label.setText(
                self.tr("Choose a campaign above to see how many of its messages arrived."))
            for label in (self.delivered_label, self.failed_label, self.pending_label):
                label.clear()
            self.bar.set_parts([])
            return
        delivered, failed, pending = split_totals(totals)
        number = QLocale().toString
        self.title_label.setText(self.tr("{name}: %Ln message(s)", "", totals.total).format(
            name=name))
        self.delivered_label.setText(self.tr("Delivered {n}").format(n=number(delivered)))
        self.failed_label.setText(self.tr("Failed {n}").format(n=number(failed)))
        self.pending_label.setText(self.tr("Pending {n}").format(n=number(pending)))
        self.bar.set_parts([(delivered, DELIVERED), (failed, FAILED), (pending, PENDING)])
