"""How the inbox paints conversations: the list's two-line rows, and the chat bubbles.

Both paint only what their models hold (plain values). A bubble's text wraps at word
boundaries, or anywhere in a long run without one (a link, a long number); the layouts of
the bubbles on screen are kept, keyed by text and width, so scrolling does not lay them out
again.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from juhe_desk.ui import status_style
from juhe_desk.ui.models.conversation_model import KIND_ROLE, META_ROLE, SEVERITY_ROLE
from juhe_desk.ui.models.conversations_model import (
    MOBILE_ROLE,
    NAME_ROLE,
    OPTED_OUT_ROLE,
    PREVIEW_ROLE,
    TIME_ROLE,
    UNREAD_ROLE,
    WAITING_ROLE,
    ConversationsModel,
)
from juhe_desk.ui.models.model_index import Index

GREY = QColor(status_style.MUTED)
UNREAD_BADGE = QColor("#d93025")
WARNING = QColor(status_style.WARNING)
SEVERITY_COLOURS = {"ok": QColor(status_style.OK), "warning": WARNING,
                    "error": QColor(status_style.ERROR)}
SENT_BUBBLE = QColor("#d3f2d0")
RECEIVED_BUBBLE = QColor("#ffffff")
BUBBLE_BORDER = QColor("#d8d8d8")
PAD = 8  # inside a bubble
MARGIN = 10  # around a bubble
BUBBLE_SHARE = 0.72  # of the view's width, at most
_LAYOUTS_KEPT = 400
_ROWS_KEPT = 60  # rows of the conversation list kept painted: a few screens (~60 KB each)
# What of a row's state changes its look, as an int (PySide's flags are slow to combine).
_ROW_STATES = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver
               | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Active
               | QStyle.StateFlag.State_Enabled).value


def _first_sight(seen: OrderedDict[tuple[object, ...], None], key: tuple[object, ...],
                 limit: int) -> bool:
    """True the first time ``key`` is seen (it is noted among the ``limit`` seen last)."""
    if key in seen:
        del seen[key]
        return False
    seen[key] = None
    while len(seen) > limit:
        seen.popitem(last=False)
    return True


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    return small


def month_day_time(time: str) -> str:
    """"2026-11-01 09:30:00" -> "11-01 09:30"."""
    return f"{time[5:10]} {time[11:16]}" if len(time) >= 16 else time


class ConversationListDelegate(QStyledItemDelegate):
    """Name (bold while unread) and number, time; the latest reply and the unread badge.

    A row is painted once into a picture kept by what it shows (its record, size, state,
    font and palette) and then copied: replies pushed every fraction of a second repaint the
    list, whose rows mostly only moved down (~200 µs a row painted, ~10 µs copied). A row is
    kept when it is painted the second time as it was: one painted once, as when replies come
    from a new number each, costs what it did before (keeping one costs ~150 µs more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_kept = _ROWS_KEPT
        self._rows: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._seen: OrderedDict[tuple[object, ...], None] = OrderedDict()  # painted once

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        record = (model.painted_record(index.row())
                  if isinstance(model, ConversationsModel) and self.rows_kept else None)
        if record is None:
            self._paint_row(painter, option, index)
            return
        rect: QRect = option.rect
        ratio = painter.device().devicePixelRatioF()
        key = (record, rect.width(), rect.height(), option.state.value & _ROW_STATES, ratio,
               option.font.key(), option.palette.cacheKey())
        picture = self._rows.get(key)
        if picture is not None:
            self._rows.move_to_end(key)
        elif _first_sight(self._seen, key, self.rows_kept):  # a row seen once costs no more
            self._paint_row(painter, option, index)  # than before: it may never come back
            return
        else:
            picture = self._rows[key] = self._picture(option, index, ratio)
            while len(self._rows) > self.rows_kept:
                self._rows.popitem(last=False)
        painter.drawPixmap(rect.topLeft(), picture)

    def _picture(self, option: QStyleOptionViewItem, index: Index, ratio: float) -> QPixmap:
        """The row as painted on the view's background."""
        size = option.rect.size()
        picture = QPixmap(size * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(option.palette.base().color())
        at_origin = QStyleOptionViewItem(option)
        at_origin.rect = QRect(QPoint(0, 0), size)
        painter = QPainter(picture)
        self._paint_row(painter, at_origin, index)
        painter.end()
        return picture

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                widget)
        rect: QRect = option.rect.adjusted(8, 6, -8, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        grey = text_colour if selected else GREY
        plain = QFont(option.font)  # the model's font role makes it bold while unread
        plain.setBold(False)
        font = QFont(option.font)
        unread = int(index.data(UNREAD_ROLE) or 0)
        font.setBold(unread > 0)
        small = _small(plain)
        line = QFontMetrics(font).height()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + 4, rect.width(), line)

        painter.save()
        time = month_day_time(str(index.data(TIME_ROLE) or ""))
        painter.setFont(small)
        time_width = QFontMetrics(small).horizontalAdvance(time) + 4
        painter.setPen(grey)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, time)

        name, mobile = str(index.data(NAME_ROLE) or ""), str(index.data(MOBILE_ROLE) or "")
        painter.setFont(font)
        painter.setPen(text_colour)
        who_rect = top.adjusted(0, 0, -time_width, 0)
        first = name or mobile
        first = QFontMetrics(font).elidedText(first, Qt.TextElideMode.ElideRight,
                                              who_rect.width())
        painter.drawText(who_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         first)
        if name:
            used = QFontMetrics(font).horizontalAdvance(first) + 8
            painter.setFont(small)
            painter.setPen(grey)
            painter.drawText(who_rect.adjusted(used, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mobile)

        badge_width = self._paint_badge(painter, bottom, unread, index, small)
        painter.setFont(plain)
        painter.setPen(grey)
        preview = QFontMetrics(plain).elidedText(
            str(index.data(PREVIEW_ROLE) or ""), Qt.TextElideMode.ElideRight,
            bottom.width() - badge_width)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         preview)
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, unread: int, index: Index,
                     font: QFont) -> int:
        """The unread count in a red pill (or a mark for opt-outs); the width it took."""
        if unread:
            text, colour = (str(unread) if unread < 100 else "99+"), UNREAD_BADGE
        elif index.data(OPTED_OUT_ROLE):
            text, colour = self.tr("opted out"), GREY
        elif index.data(WAITING_ROLE):
            text, colour = self.tr("check"), WARNING
        else:
            return 0
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        pill = QRect(rect.right() - width, rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return width + 8


class BubbleDelegate(QStyledItemDelegate):
    """Our messages on the right, theirs on the left; a small line under each bubble."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = parent
        self._layouts: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        document = self._document(str(index.data() or ""), option.font)
        meta = QFontMetrics(_small(option.font)).height()
        return QSize(self._width(), int(document.size().height()) + 2 * PAD + meta + MARGIN + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        font: QFont = option.font
        sent = index.data(KIND_ROLE) == "sent"
        document = self._document(str(index.data() or ""), font)
        size = document.size()
        bubble = QRectF(0, rect.top() + MARGIN / 2, size.width() + 2 * PAD,
                        size.height() + 2 * PAD)
        if sent:
            bubble.moveRight(rect.right() - MARGIN)
        else:
            bubble.moveLeft(rect.left() + MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.highlight().color() if selected else BUBBLE_BORDER,
                            2 if selected else 1))
        painter.setBrush(SENT_BUBBLE if sent else RECEIVED_BUBBLE)
        painter.drawRoundedRect(bubble, 8, 8)
        painter.translate(bubble.left() + PAD, bubble.top() + PAD)
        document.drawContents(painter)
        painter.restore()

        painter.save()
        small = _small(font)
        painter.setFont(small)
        severity = str(index.data(SEVERITY_ROLE) or "")
        painter.setPen(SEVERITY_COLOURS.get(severity, GREY))
        meta_rect = QRect(rect.left() + MARGIN, int(bubble.bottom()) + 2,
                          rect.width() - 2 * MARGIN, QFontMetrics(small).height())
        meta = QFontMetrics(small).elidedText(str(index.data(META_ROLE) or ""),
                                              Qt.TextElideMode.ElideRight, meta_rect.width())
        align = Qt.AlignmentFlag.AlignRight if sent else Qt.AlignmentFlag.AlignLeft
        painter.drawText(meta_rect, align | Qt.AlignmentFlag.AlignVCenter, meta)
        painter.restore()

    def _width(self) -> int:
        viewport = getattr(self._view, "viewport", None)
        widget = viewport() if callable(viewport) else self._view
        return max(120, int(widget.width()) - 4)

    def _document(self, text: str, font: QFont) -> QTextDocument:
        width = max(80, int(self._width() * BUBBLE_SHARE) - 2 * PAD)
        key = (text, width, font.toString())
        document = self._layouts.get(key)
        if document is not None:
            self._layouts.move_to_end(key)
            return document
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        wrapping = QTextOption()
        wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(wrapping)
        document.setPlainText(text)
        document.setTextWidth(width)
        document.setTextWidth(min(width, document.idealWidth() + 1))  # short texts: snug
        self._layouts[key] = document
        while len(self._layouts) > _LAYOUTS_KEPT:
            self._layouts.popitem(last=False)
        return document
