"""``SteadyLabel``: a label for a text that changes often (a count, a rate), whose size only
grows.

Why: a new text in a label that may resize goes up the widgets (``updateGeometry``) to the
window's tabs, and a ``QTabWidget`` asked to lay itself out repaints all of itself: every
widget of the tab, the table's visible cells included (measured with reports streaming in:
a whole-window repaint a few times a second, 10-30 ms each on a busy 2-CPU machine). A
label of fixed size stops that at once; this one fixes its size to the widest text it has
shown, so a new count that fits changes nothing around it, and one that does not makes room
once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    """A ``QLabel`` whose size is fixed to the largest of its texts so far."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._make_room()

    def _make_room(self) -> None:
        hint = self.sizeHint()
        width = max(hint.width(), self.minimumWidth())
        height = max(hint.height(), self.minimumHeight())
        if (width, height) != (self.maximumWidth(), self.maximumHeight()):
            self.setFixedSize(width, height)
