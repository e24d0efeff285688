"""Tooltips of table cells that wrap: a long reason, text or campaign name shows as a few
lines of reasonable width, never one line across the screen; a cell whose text is cut off
("…") shows its whole text even when its model gives no tooltip.

Qt word-wraps a tooltip only when it is rich text, so the text goes in as escaped HTML.

``html`` (and its table of entities) is imported at the first long tooltip: the Send tab
imports this module before the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QToolTip

# Longer than this: wrapped (a short tooltip stays one plain line).
WRAP_FROM_CHARS = 40


def wrapped_tooltip(text: str) -> str:
    if len(text) <= WRAP_FROM_CHARS:
        return text
    import html

    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class CellTooltips(QObject):
    """The event filter on a view's viewport; ``wrap_cell_tooltips`` installs it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid():
            return False
        text = self.tooltip_text(index)
        if not text:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), wrapped_tooltip(text), self.view.viewport(),
                          self.view.visualRect(index))
        return True

    def tooltip_text(self, index: QModelIndex) -> str:
        """The model's tooltip; when the cell cuts its text off, that text first."""
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        text = "" if shown is None else str(shown)
        if not text or text in tip:
            return tip
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        needed = self.view.fontMetrics().horizontalAdvance(text) + 2 * margin
        if needed <= self.view.visualRect(index).width():
            return tip
        return f"{text}\n{tip}" if tip else text


def wrap_cell_tooltips(view: QAbstractItemView) -> CellTooltips:
    tooltips = CellTooltips(view)
    view.viewport().installEventFilter(tooltips)
    return tooltips
