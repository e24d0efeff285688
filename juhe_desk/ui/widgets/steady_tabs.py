"""``SteadyTabWidget``: the window's tabs, laid out again only when their size hints change.

Why: a ``QTabWidget`` answers every layout request (which any widget of the shown tab sends
up when, say, a label gets a new text or a table its new row count) by laying out its tab
bar and pages and repainting all of itself: every widget of the tab, the table's visible
cells included. With reports streaming in that was a whole-window repaint a few times a
second (10-30 ms each on a busy 2-CPU machine, ``bench/ui_stall.py``). When neither its size
nor the size hints of its tab bar and pages changed, that layout would come out the same:
the request is dropped, and the widget that changed repaints only itself, as Qt does anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

_LayoutKey = tuple[QSize, QSize, QSize, QSize, QSize, int]


class SteadyTabWidget(QTabWidget):
    """A ``QTabWidget`` that skips a layout (and its full repaint) that would change nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: _LayoutKey | None = None
        self._pages = self.findChild(QStackedWidget)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            key = self._layout_key()
            if key is not None and key == self._laid_out_for:
                return True
            self._laid_out_for = key
        return super().event(event)

    def _layout_key(self) -> _LayoutKey | None:
        """What a layout of the tabs depends on (None while hidden: always laid out then)."""
        pages = self._pages
        if pages is None or not self.isVisible():
            return None
        bar = self.tabBar()
        return (self.size(), bar.sizeHint(), bar.minimumSizeHint(), pages.sizeHint(),
                pages.minimumSizeHint(), self.count())
