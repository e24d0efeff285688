"""One campaign's outcome: delivered, failed, pending and opted out as numbers and a bar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from juhe_desk.store import CampaignTotals
from juhe_desk.ui import status_style
from juhe_desk.ui.naming import named
from juhe_desk.ui.widgets.steady_label import SteadyLabel

DELIVERED = QColor("#2e9d5b")
FAILED = QColor(status_style.ERROR)
PENDING = QColor("#9aa5b1")
OPTED_OUT = QColor(status_style.OPTED_OUT)


def split_totals(totals: CampaignTotals) -> tuple[int, int, int, int]:
    """(delivered, failed, pending, opted out): a refused number failed; one that opted out
    after it was chosen was not sent, neither sent nor failed; the rest still waits."""
    failed = totals.failed + totals.refused
    pending = totals.total - totals.delivered - failed - totals.opted_out
    return totals.delivered, failed, pending, totals.opted_out


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
        # The numbers change as reports come in: steady, they never lay the tab out again.
        self.delivered_label = named(SteadyLabel(), "campaignDeliveredLabel")
        self.failed_label = named(SteadyLabel(), "campaignFailedLabel")
        self.pending_label = named(SteadyLabel(), "campaignPendingLabel")
        self.opted_out_label = named(SteadyLabel(), "campaignOptedOutLabel")
        self.bar = StackedBar(self)
        numbers = QHBoxLayout()
        self._swatches: dict[QLabel, QLabel] = {}
        for label, color in ((self.delivered_label, DELIVERED), (self.failed_label, FAILED),
                             (self.pending_label, PENDING), (self.opted_out_label, OPTED_OUT)):
            swatch = QLabel("■")
            swatch.setStyleSheet(f"color: {color.name()};")
            self._swatches[label] = swatch
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
            for label in (self.delivered_label, self.failed_label, self.pending_label,
                          self.opted_out_label):
                label.clear()
            self._show_opted_out(False)
            self.bar.set_parts([])
            return
        delivered, failed, pending, opted_out = split_totals(totals)
        number = QLocale().toString
        self.title_label.setText(self.tr("{name}: %Ln message(s)", "", totals.total).format(
            name=name))
        self.delivered_label.setText(self.tr("Delivered {n}").format(n=number(delivered)))
        self.failed_label.setText(self.tr("Failed {n}").format(n=number(failed)))
        self.pending_label.setText(self.tr("Pending {n}").format(n=number(pending)))
        self.opted_out_label.setText(self.tr("Not sent, opted out {n}").format(
            n=number(opted_out)))
        self._show_opted_out(opted_out > 0)
        self.bar.set_parts([(delivered, DELIVERED), (failed, FAILED), (pending, PENDING),
                            (opted_out, OPTED_OUT)])

    def _show_opted_out(self, shown: bool) -> None:
        """Only campaigns with numbers that opted out meanwhile show that count."""
        self.opted_out_label.setVisible(shown)
        self._swatches[self.opted_out_label].setVisible(shown)
