"""Checks of a model whose cells answer every role in one call (``multiData``): each call
into Python waits for the GIL while a worker is busy, so a paint should make one per cell."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

Model = TypeVar("Model", bound=QAbstractItemModel)


def counting(model_class: type[Model]) -> tuple[type[Model], dict[str, int]]:
    """A subclass of ``model_class`` counting its calls of ``data`` and ``multiData``."""
    calls = {"data": 0, "multiData": 0}

    class Counting(model_class):  # type: ignore[valid-type,misc]
        def data(self, index: QModelIndex | QPersistentModelIndex,
                 role: int = Qt.ItemDataRole.DisplayRole) -> object:
            calls["data"] += 1
            return super().data(index, role)

        def multiData(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                      span: QModelRoleDataSpan | QModelRoleData) -> None:
            calls["multiData"] += 1
            super().multiData(index, span)

    return Counting, calls


def assert_multidata_gives_what_data_gives(model: QAbstractItemModel,
                                           roles: Iterable[int]) -> None:
    roles = tuple(roles)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                item = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(item))
                assert item.data() == model.data(index, role)


def assert_a_paint_asks_each_cell_once(qtbot: QtBot, model: QAbstractItemModel,
                                       calls: dict[str, int], visible_rows: int) -> None:
    """A paint of ``model`` in a table showing ``visible_rows`` rows at least."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    calls.update(data=0, multiData=0)
    view.grab()
    cells = min(model.rowCount(), visible_rows) * model.columnCount()
    assert calls["multiData"] >= cells
    assert calls["data"] < cells
