"""Table columns at least as wide as their headings: widths chosen in pixels for Chinese cut
English headings off ("Characters" in 50 pixels showed "haracte")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle


def widen_to_headings(header: QHeaderView) -> None:
    """Widen every section whose heading does not fit (with the sort arrow's room when the
    view sorts); narrower headings keep the width they were given."""
    model = header.model()
    if model is None:
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin \
        if header.isSortIndicatorShown() else 0
    metrics = header.fontMetrics()
    for section in range(header.count()):
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(text) + 2 * margin + arrow + 2
        if text and header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
