"""A table model over rows held whole in a sequence, under fixed column headers: how many
rows and columns, and the header row, written once for the models that are not paged.

A model sets ``self._rows`` (its plain values) and ``self._headers`` (the words, through
``tr``, once its QObject exists) and writes only ``data()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from juhe_desk.ui.models.model_index import Index


class RowsTableModel(QAbstractTableModel):
    _rows: Sequence[object] = ()
    _headers: Sequence[str] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
