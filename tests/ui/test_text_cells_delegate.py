"""The delegate of the big tables paints exactly what Qt's own delegate paints: colours,
backgrounds, bold replies, text cut off with "…", a selected row, a row still being read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot
from test_paged_table_model import make_reports

from juhe_desk.gateway.models import InboundMessage
from juhe_desk.store import Store
from juhe_desk.ui.models.inbox_model import InboxModel
from juhe_desk.ui.models.paged_table import PagedTableModel
from juhe_desk.ui.models.reports_model import ReportsModel
from juhe_desk.ui.widgets.text_cells_delegate import TextCellsDelegate

REPLIES = ("好的，谢谢", "退订", "周六几点开门？周六几点开门？周六几点开门？周六几点开门？",
           "可以预约吗")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        opened.add_reports(make_reports(120), "pull")
        opened.add_inbound([InboundMessage(f"mo-{i}", f"1390000{i:04d}", REPLIES[i % 4],
                                           f"2026-11-01 10:{i:02d}:00", "1069012345")
                            for i in range(40)], "pull")
        yield opened


def painted(view: QTableView, delegate: QStyledItemDelegate) -> QImage:
    view.setItemDelegate(delegate)
    return view.viewport().grab().toImage()


def same_as_qt(qtbot: QtBot, model: PagedTableModel[object, object], *,
               narrow_column: int) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.resize(900, 500)
    view.setColumnWidth(narrow_column, 40)  # its texts are cut off with "…"
    view.show()
    qtbot.waitExposed(view)
    ours, qts = TextCellsDelegate(view, model), QStyledItemDelegate(view)
    qt_painted = painted(view, qts)
    for _time in ("seen once: laid out, kept", "drawn from what was kept", "and again"):
        assert painted(view, ours) == qt_painted
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.selectionModel().setCurrentIndex(  # the style's selection and focus, as before
        model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert painted(view, ours) == painted(view, qts)


def test_reports_painted_as_qt_paints_them(store: Store, qtbot: QtBot) -> None:
    model = ReportsModel(store, page_size=20)
    assert any(model.data(model.index(row, ReportsModel.COL_STAT)) != "DELIVRD"
               for row in range(20))  # red codes among the green ones
    same_as_qt(qtbot, model, narrow_column=ReportsModel.COL_TIME)


def test_replies_painted_as_qt_paints_them(store: Store, qtbot: QtBot) -> None:
    model = InboxModel(store, page_size=20)
    assert any(model.record(row) is not None and model.record(row).asks_opt_out  # type: ignore[union-attr]
               for row in range(20))  # red, bold rows among the others
    same_as_qt(qtbot, model, narrow_column=InboxModel.COL_CONTENT)


def test_rows_not_read_yet_are_read_as_they_are_painted(
        store: Store, qtbot: QtBot) -> None:
    model = ReportsModel(store, page_size=20, cache_pages=3)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(TextCellsDelegate(view, model))
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    last = model.rowCount() - 1
    assert model.record(last) is None
    view.scrollToBottom()  # pages not held: read in place (no runner) as the view paints

    def painted_to_the_end() -> bool:
        view.viewport().repaint()
        return model.record(last) is not None

    qtbot.waitUntil(painted_to_the_end, timeout=5000)
