"""Per-number results of the current quick send, as a table model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from juhe_desk.gateway.codes import describe_result
from juhe_desk.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class ResultRow:
    mobile: str
    mid: str = ""
    result: int | None = None
    note: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsModel", text)


class ResultsModel(QAbstractTableModel):
    """Rows appear as batches come back; a refused number shows the reason in plain words."""

    COL_MOBILE, COL_OUTCOME, COL_MID = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ResultRow] = []
        self._headers = (_tr("Number"), _tr("Outcome"), _tr("Message ID"))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def add_rows(self, rows: list[ResultRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_MOBILE:
                return row.mobile
            if column == self.COL_MID:
                return row.mid
            return self._outcome(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OUTCOME:
            if row.result is None:
                return QColor("#b7791f")
            return QColor("#2e7d32") if row.result == 0 else QColor("#c0392b")
        return None

    def _outcome(self, row: ResultRow) -> str:
        if row.note:
            return row.note
        if row.result is None:
            return _tr("Waiting")
        if row.result == 0:
            return _tr("Accepted")
        info = describe_result(row.result)
        return f"{info.meaning(current_language())} {info.fix(current_language())}".strip()
