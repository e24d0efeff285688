"""``TextCellsDelegate``: the cells of a big paged table painted from text laid out once.

Why: with reports streaming in, the reports table repaints every row in view a few times a
second (new rows come in at the top). Qt's own delegate asks the model for every role of a
cell (a call into Python, ~16 µs a cell) and lays its text out again with a ``QTextLayout``
each time (~21 µs): 9 ms for the 208 cells of a full table on an idle 2-CPU machine. This
delegate reads the row's record from the model in Python directly and draws each text from a
``QStaticText`` kept by text and width, so a row that only moved down is drawn from what
was laid out before: 6-7 ms instead of 9-10 for the whole table. A text seen for the first
time is laid out and kept at once: cutting it off, laying it out and drawing it (~13 µs)
costs less than Qt's painting of it (~17 µs), and it is ready when its row has moved down.

It paints what the usual delegate would: the background and text colours and the text cut
off with "…" on the right, placed as the style places it. A cell it does not handle (a row
still being read, a selected, current or hovered cell, a bold one, a text of several lines,
right-to-left) goes to ``QStyledItemDelegate``, so the style draws selection and focus as
it always does.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from juhe_desk.ui.models.model_index import Index
from juhe_desk.ui.models.paged_table import DISPLAY, PagedTableModel

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
_KEPT = 4000  # texts laid out: a few screens of rows of every column
# As plain ints: an operation on PySide's enum flags is a Python call of its own (~30 µs).
_STYLED = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
           | QStyle.StateFlag.State_MouseOver).value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
# Enum members looked up once: each lookup on its class is a Python call (~0.3 µs) per cell.
_ACTIVE_GROUP, _INACTIVE_GROUP = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
_TEXT_ROLE = QPalette.ColorRole.Text
_PLAIN_TEXT = Qt.TextFormat.PlainText


class TextCellsDelegate(QStyledItemDelegate):
    """Paints ``model``'s cells of plain text (``cell`` for the display, foreground,
    background and font roles) from laid-out texts kept between paints."""

    def __init__(self, view: QAbstractItemView, model: PagedTableModel[Any, Any]) -> None:
        super().__init__(view)
        self._model = model
        self._view = view
        self._margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                None, view) + 1
        # Each text laid out by text and width, with its height (placed as Qt places it).
        self._texts: OrderedDict[tuple[str, int], tuple[QStaticText, int]] = OrderedDict()
        self._font = QFont()  # the font of the texts kept
        # The palette's text colour, active or not, by the palette's cache key: asking the
        # palette for it costs ~1.4 µs a cell.
        self._text_colors: dict[tuple[int, bool], QColor] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = self._model
        record = model.painted_record(index.row())
        state = option.state.value
        # The option's direction is the view's (initViewItemOption): asked of the view, it
        # is a bool, not an enum to make (~0.5 µs a cell).
        if record is None or state & _STYLED or not state & _ENABLED \
                or self._view.isRightToLeft():
            super().paint(painter, option, index)
            return
        column = index.column()
        text = model.cell(record, column, DISPLAY)
        if not isinstance(text, str) or "\n" in text or (
                FONT in model.roles and model.cell(record, column, FONT) is not None):
            super().paint(painter, option, index)
            return
        rect = option.rect
        width = rect.width() - 2 * self._margin
        laid_out = self._laid_out(text, width, option) if text else None
        background = (model.cell(record, column, BACKGROUND) if BACKGROUND in model.roles
                      else None)
        foreground = (model.cell(record, column, FOREGROUND) if FOREGROUND in model.roles
                      else None)
        if isinstance(foreground, QBrush):
            foreground = foreground.color()
        if isinstance(background, (QColor, QBrush)):
            painter.fillRect(rect, background)
        if laid_out is None:
            return
        if not isinstance(foreground, QColor):
            foreground = self._text_color(option.palette, bool(state & _ACTIVE))
        # The painter has the view's font, the text's (a new one is slow to set: ~40 µs); the
        # text is cut off to fit, so no clip either. No save() and restore() around: a
        # restored painter lays the next text out again (~50 µs); the view sets its own pen.
        painter.setPen(foreground)
        static, height = laid_out
        top = rect.top() + (rect.height() - height) // 2  # as Qt's
        painter.drawStaticText(rect.left() + self._margin, top, static)

    def _text_color(self, palette: QPalette, active: bool) -> QColor:
        key = (palette.cacheKey(), active)
        color = self._text_colors.get(key)
        if color is None:
            if len(self._text_colors) > 16:  # palettes come and go with the style's changes
                self._text_colors.clear()
            color = self._text_colors[key] = palette.color(
                _ACTIVE_GROUP if active else _INACTIVE_GROUP, _TEXT_ROLE)
        return color

    def _laid_out(self, text: str, width: int,
                  option: QStyleOptionViewItem) -> tuple[QStaticText, int]:
        """``text`` cut off to ``width`` as the style would, laid out once in the font, and
        its height."""
        font = option.font
        if font != self._font:  # the view's font changed: the texts kept are of another
            self._texts.clear()
            self._font = QFont(font)
        key = (text, width)
        laid_out = self._texts.get(key)
        if laid_out is not None:
            self._texts.move_to_end(key)
            return laid_out
        shown = option.fontMetrics.elidedText(text, option.textElideMode, width)
        static = QStaticText(shown)
        static.setTextFormat(_PLAIN_TEXT)
        static.prepare(QTransform(), font)
        laid_out = self._texts[key] = (static, int(static.size().height()))
        while len(self._texts) > _KEPT:
            self._texts.popitem(last=False)
        return laid_out
