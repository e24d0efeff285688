"""Finds text a widget cuts off: a label, button, check box, combo box or table header whose
text is wider than the room the widget gives it (Qt then clips it or elides it with "…").

Measured, not guessed: the widget's font metrics give the width the text needs, and the
widget's own geometry (or the style's sub-rectangle for a combo box's text) the width it has.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding
COMBO_SLACK = 3


def shown_text(text: str) -> str:
    """The text as drawn: a mnemonic's "&" is not drawn, "&&" is one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    width = rect.width() - 2 * label.margin() - max(0, label.indent())
    if label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(text):
        return None if label.wordWrap() else _rich_label(label, width)
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed}px, has {label.height()}px"
        return None
    lines = shown_text(text).split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > width + SLACK:
        return f"needs {widest}px, has {width}px"
    return None


def _rich_label(label: QLabel, width: int) -> str | None:
    hint = label.minimumSizeHint().width() - 2 * label.margin()
    if hint > width + SLACK:
        return f"needs {hint}px, has {width}px"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == \
            Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    needed = button.sizeHint().width()
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton, QToolButton)) \
            and needed > button.width() + SLACK:
        return f"needs {needed}px, has {button.width()}px"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    # Qt sizes a box to its items 2 pixels short of the edit field this measures; the last
    # glyph's side bearing (the blank half of a full-width "）") takes them without a cut.
    if needed > field.width() + COMBO_SLACK:
        return f"current text needs {needed}px, has {field.width()}px"
    return None


def _placeholder(edit: QLineEdit) -> str | None:
    """An empty field's hint ("Leave empty to keep the saved password") shown whole."""
    hint = edit.placeholderText()
    if edit.text() or not hint:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                       edit).width()
    margins = edit.textMargins()
    room -= margins.left() + margins.right() + 4  # Qt's own horizontal margin, 2 a side
    needed = edit.fontMetrics().horizontalAdvance(hint)
    if needed > room + SLACK:
        return f"placeholder {hint!r} needs {needed}px, has {room}px"
    return None


def _header(header: QHeaderView) -> Iterator[str]:
    if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return
    model = header.model()
    if model is None:
        return
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    view = header.parentWidget()
    sorting = isinstance(view, QAbstractItemView) and header.isSortIndicatorShown()
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        needed = metrics.horizontalAdvance(text) + 2 * margin
        if sorting and header.sortIndicatorSection() == section:
            needed += arrow + margin
        size = header.sectionSize(section)
        if needed > size + SLACK:
            yield f"header {text!r} needs {needed}px, has {size}px"


def _tabs(bar: QTabBar) -> Iterator[str]:
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = shown_text(bar.tabText(index))
        needed = metrics.horizontalAdvance(text)
        if needed > bar.tabRect(index).width() - 8:
            yield f"tab {text!r} needs {needed}px, has {bar.tabRect(index).width()}px"


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit, as "where: what"."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problems = [p for p in [_label(widget)] if p]
        elif isinstance(widget, QAbstractButton):
            problems = [p for p in [_button(widget)] if p]
        elif isinstance(widget, QComboBox):
            problems = [p for p in [_combo(widget)] if p]
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(),
                                                              (QComboBox, QAbstractSpinBox)):
            problems = [p for p in [_placeholder(widget)] if p]
        elif isinstance(widget, QHeaderView):
            problems = list(_header(widget))
        elif isinstance(widget, QTabBar):
            problems = list(_tabs(widget))
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(shown_text(widget.title())) + 20
            if needed > widget.width():
                problems = [f"title needs {needed}px, has {widget.width()}px"]
        text = getattr(widget, "text", None)
        shown = text() if callable(text) and not isinstance(widget, QComboBox) else ""
        found += [f"{_where(widget)} {shown!r}: {p}" for p in problems]
    return found
