"""The bulk-import preview: every checked row of a CheckedRows, as it will be sent.

The checked rows live in memory (up to a few hundred thousand rows, as columns: CheckedRowTable);
``data()`` computes each visible cell from its CheckedRow, so nothing per row is built up
front. Sorting and the "show only" filter keep a list of row positions, not copies of rows.
A paint asks some seven roles of each visible cell: ``multiData`` answers them in one call
into Python per cell, and each such call must first take the GIL, which a busy worker (a
campaign sending, a check's results coming in) hands over only every millisecond.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from juhe_desk.domain.money import li_to_yuan_text
from juhe_desk.domain.sheet_check import CheckedRow, CheckedRows, CheckedRowTable, Verdict
from juhe_desk.ui import status_style
from juhe_desk.ui.i18n import current_language, translator_for
from juhe_desk.ui.models.model_index import Index
from juhe_desk.ui.models.paged_table import SORT_ROLE

EXTRA_COST_BACKGROUND = QColor("#fff1c7")
_BAD = QColor(status_style.ERROR)
_WARN = QColor(status_style.WARNING)
_MUTED = QColor(status_style.MUTED)
_OK = QColor(status_style.OK)
_OK_POSITION = list(Verdict).index(Verdict.OK)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles as plain ints, read once: a paint asks ~7 roles of each of ~200 cells, and each
# ``Qt.ItemDataRole.X`` looked up there cost some 0.2 us (half the model's time in a paint).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_HORIZONTAL = Qt.Orientation.Horizontal
_ANSWERED = frozenset({_DISPLAY, SORT_ROLE, _TOOLTIP, _BACKGROUND, _FOREGROUND, _ALIGNMENT})


_tr = translator_for("PreviewModel")


class RowFilter(Enum):
    ALL = "all"
    PROBLEMS = "problems"  # rows that will not be sent as they are
    EXTRA_COST = "extra"  # rows whose text needs more SMS parts than most


class PreviewModel(QAbstractTableModel):
    """Row in the sheet, number, text, characters, parts, verdict, extra cost."""

    COL_ROW, COL_NUMBER, COL_TEXT, COL_LENGTH, COL_PARTS, COL_VERDICT, COL_EXTRA = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (_tr("Row"), _tr("Number"), _tr("Text as sent"), _tr("Characters"),
                         _tr("SMS"), _tr("Check"), _tr("Extra cost"))
        self._checked: CheckedRows | None = None
        self._rows = CheckedRowTable()
        self._source_rows: Sequence[int] = ()
        self._price_li = 0
        self._last: tuple[int, CheckedRowTable, CheckedRow] | None = None  # checked_row's
        self._view: tuple[int, ...] | None = None  # positions into _rows; None: all, in order
        self._filter = RowFilter.ALL
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._language = current_language()

    # --- what is shown --------------------------------------------------------------------
    @property
    def checked_rows(self) -> CheckedRows | None:
        return self._checked

    def set_checked_rows(self, checked: CheckedRows | None, source_rows: Sequence[int] = (),
                 price_li: int = 0) -> None:
        """Show ``checked``; ``source_rows[i]`` is the sheet row of data row ``i``."""
        self.beginResetModel()
        self._checked = checked
        self._rows = checked.rows if checked is not None else CheckedRowTable()
        self._source_rows = source_rows
        self._price_li = price_li
        self._language = current_language()
        self._rebuild_view()
        self.endResetModel()

    def set_row_filter(self, row_filter: RowFilter) -> None:
        if row_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = row_filter
        self._rebuild_view()
        self.endResetModel()

    def checked_row(self, row: int) -> CheckedRow | None:
        """The CheckedRow shown at ``row`` of the view."""
        position = self._position(row)
        if position is None:
            return None
        last = self._last
        if last is None or last[0] != position or last[1] is not self._rows:
            # Qt asks for each role of each cell of a row in turn: the row is made once.
            last = self._last = (position, self._rows, self._rows[position])
        return last[2]

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._view is None else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.checked_row(index.row())
        return None if row is None else self._value(row, index.column(), role)

    def multiData(self, index: Index,  # noqa: N802 - Qt API
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803
        """Every role of a cell in one call (see the module's note on painting)."""
        # The type stubs lack the span's sequence methods, which it has.
        span = cast("Sequence[QModelRoleData]", roleDataSpan if isinstance(
            roleDataSpan, QModelRoleDataSpan) else QModelRoleDataSpan(roleDataSpan))
        row = self.checked_row(index.row()) if index.isValid() else None
        column = index.column()
        for number in range(len(span)):
            item = span[number]
            role = item.role()
            value = None if row is None or role not in _ANSWERED else \
                self._value(row, column, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _value(self, row: CheckedRow, column: int, role: int) -> object:
        if role == _DISPLAY:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _BACKGROUND and row.extra_parts:
            return EXTRA_COST_BACKGROUND
        if role == _FOREGROUND and column == self.COL_VERDICT:
            return _verdict_colour(row.verdict)
        if role == _ALIGNMENT and column in (self.COL_ROW, self.COL_LENGTH, self.COL_PARTS):
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if 0 <= column < len(self._headers) else None
        self._rebuild_view()
        self.layoutChanged.emit()

    # --- cells ----------------------------------------------------------------------------
    def source_row(self, row: CheckedRow) -> int:
        if 0 <= row.row < len(self._source_rows):
            return self._source_rows[row.row]
        return row.row + 1

    def _text(self, row: CheckedRow, column: int) -> str:
        if column == self.COL_ROW:
            return str(self.source_row(row))
        if column == self.COL_NUMBER:
            return row.mobile or row.phone_text
        if column == self.COL_TEXT:
            return row.text.replace("\r", " ").replace("\n", " ")
        if column == self.COL_LENGTH:
            return str(row.length) if row.text else ""
        if column == self.COL_PARTS:
            return str(row.parts) if row.text else ""
        if column == self.COL_VERDICT:
            return self.verdict_text(row)
        if row.extra_parts:
            if self._price_li > 0:
                return _tr("+{parts} SMS (¥{cost})").format(
                    parts=row.extra_parts, cost=li_to_yuan_text(row.extra_parts * self._price_li))
            return _tr("+{parts} SMS").format(parts=row.extra_parts)
        return ""

    def verdict_text(self, row: CheckedRow) -> str:
        verdict = row.verdict.text(self._language)
        reason = row.reason_text(self._language)
        return verdict if reason in ("", verdict) else f"{verdict}: {reason}"

    def _sort_value(self, row: CheckedRow, column: int) -> object:
        if column == self.COL_ROW:
            return self.source_row(row)
        if column == self.COL_LENGTH:
            return row.length
        if column == self.COL_PARTS:
            return row.parts
        if column == self.COL_VERDICT:
            return list(Verdict).index(row.verdict)
        if column == self.COL_EXTRA:
            return row.extra_parts
        return self._text(row, column)

    def _tooltip(self, row: CheckedRow, column: int) -> str | None:
        if row.extra_parts:
            checked = self._checked
            usual = checked.usual_parts if checked is not None else 1
            text = _tr("This text is {length} characters long: {parts} SMS instead of the "
                       "{usual} most rows need.").format(length=row.length, parts=row.parts,
                                                        usual=usual)
            if self._price_li > 0:
                text += " " + _tr("It costs ¥{cost} more.").format(
                    cost=li_to_yuan_text(row.extra_parts * self._price_li))
            return text
        if column == self.COL_TEXT and row.text:
            return row.text
        if column == self.COL_VERDICT:
            return self.verdict_text(row)
        return None

    # --- the view's order -----------------------------------------------------------------
    def _position(self, row: int) -> int | None:
        if self._view is None:
            return row if 0 <= row < len(self._rows) else None
        return self._view[row] if 0 <= row < len(self._view) else None

    def _rebuild_view(self) -> None:
        keep = _FILTERS[self._filter]
        positions: list[int] | None = None
        if keep is not None:
            positions = keep(self._rows)
        if self._sort is not None:
            column, order = self._sort
            if positions is None:
                positions = list(range(len(self._rows)))
            # A key read from the table's columns, so the sort runs in C (150-350 ms of the
            # GUI thread for 100,000 rows with a row made for each): the order of _sort_value.
            keys = self._sort_keys(column)
            positions.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._view = positions if positions is None else tuple(positions)  # untracked

    def _sort_keys(self, column: int) -> Sequence[int] | Sequence[str]:
        """Each row's ``_sort_value`` in ``column``, one pass over a column or none."""
        rows = self._rows
        if column == self.COL_ROW:
            return rows.indexes  # the sheet's rows go up with the data rows
        if column == self.COL_NUMBER:
            return [mobile or text for mobile, text in zip(rows.mobiles, rows.phone_texts,
                                                            strict=True)]
        if column == self.COL_TEXT:
            return [text.replace("\r", " ").replace("\n", " ") for text in rows.texts]
        if column == self.COL_LENGTH:
            return rows.lengths
        if column == self.COL_PARTS:
            return rows.parts
        if column == self.COL_VERDICT:
            return rows.verdict_positions
        return rows.extra_parts


def _verdict_colour(verdict: Verdict) -> QColor:
    if verdict == Verdict.OK:
        return _OK
    if verdict in (Verdict.INVALID, Verdict.EMPTY_TEXT, Verdict.EMPTY_FIELD):
        return _BAD
    if verdict == Verdict.LINE_BREAK:
        return _WARN
    return _MUTED


# The positions of the rows each choice shows (None: all of them), read from one column.
_FILTERS: dict[RowFilter, Callable[[CheckedRowTable], list[int]] | None] = {
    RowFilter.ALL: None,
    RowFilter.PROBLEMS: lambda rows: [i for i, code in enumerate(rows.verdict_positions)
                                      if code != _OK_POSITION],
    RowFilter.EXTRA_COST: lambda rows: [i for i, extra in enumerate(rows.extra_parts) if extra],
}
