"""The entries of the recipients box that are not usable numbers, each with its reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from juhe_desk.domain.numbers import NumberCheck
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.model_index import Index
from juhe_desk.ui.models.rows_table import RowsTableModel


class InvalidNumbersModel(RowsTableModel):
    COL_ENTRY, COL_REASON = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[NumberCheck] = ()
        self._headers = (self.tr("Entry"), self.tr("Why it cannot be used"))

    def set_checks(self, checks: Sequence[NumberCheck]) -> None:
        self.beginResetModel()
        self._rows = checks
        self.endResetModel()

    def reason(self, row: int) -> str:
        """Why the entry cannot be used; an unused prefix is named (号段 154 …)."""
        return self._rows[row].reason_text(current_language())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.COL_ENTRY:
            return self._rows[index.row()].original
        return self.reason(index.row())
