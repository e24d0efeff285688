"""The list of campaigns' table model: plain rows in, a clerk's words out, under Qt's model
tester while rows are read again (the same campaigns: changed in place; others: reset)."""

from __future__ import annotations

from multidata_checks import (
    assert_a_paint_asks_each_cell_once,
    assert_multidata_gives_what_data_gives,
    counting,
)
from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from juhe_desk.services.campaign_list import CampaignRow
from juhe_desk.store import CampaignTotals
from juhe_desk.ui.i18n import install_translators
from juhe_desk.ui.models.campaign_list_model import CampaignListModel

TOTALS = CampaignTotals(total=30, pending=12, submitted=6, delivered=9, failed=2, refused=1)


def row(campaign_id: int, **changes: object) -> CampaignRow:
    values: dict[str, object] = dict(
        campaign_id=campaign_id, name="店庆", created_at="2026-12-05 09:30:12",
        scheduled_at=None, state="done", totals=TOTALS)
    values.update(changes)
    return CampaignRow(**values)  # type: ignore[arg-type]


def texts(model: CampaignListModel, line: int) -> list[str]:
    return [model.index(line, c).data() for c in range(model.columnCount())]


def test_the_model_passes_qts_tester_as_rows_change(qtmodeltester: ModelTester) -> None:
    model = CampaignListModel()
    qtmodeltester.check(model)  # watches every signal from here on
    model.set_rows([row(2, state="sending"), row(1)], sending_here=frozenset({2}))
    assert model.rowCount() == 2 and model.columnCount() == 8
    model.set_rows([row(2, state="sending", desk_role="other", desk_name="前台2"), row(1)],
                   sending_here=frozenset())
    model.set_rows([row(3, state="draft")], sending_here=frozenset())
    model.set_rows([], sending_here=frozenset())
    assert model.rowCount() == 0


def test_counts_and_states_in_english(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    model = CampaignListModel()
    model.set_rows([row(7, state="sending", desk_role="other", desk_name="前台2"),
                    row(6, state="sending", desk_role="gone", desk_name="收银台",
                        in_flight_batches=1, in_flight_messages=3),
                    row(5, state="sending"), row(4, state="paused"), row(3)],
                   sending_here=frozenset({5}))
    assert texts(model, 0) == ["#7 店庆", "2026-12-05 09:30", "30", "18", "9", "3", "0",
                               "前台2 is sending"]
    assert texts(model, 1)[6:] == ["3", "Interrupted: 收银台 is off line"]
    assert [texts(model, i)[7] for i in (2, 3, 4)] == ["Sending", "Paused", "Finished"]
    failed = model.index(0, CampaignListModel.COL_FAILED)
    assert failed.data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert model.row_of(6) == 1 and model.row_of(99) == -1
    assert model.find(4) is not None and model.find(99) is None


def test_states_in_chinese(qapp: QApplication) -> None:
    install_translators(qapp, "zh_CN")
    model = CampaignListModel()
    model.set_rows([row(2, state="sending", desk_role="other", desk_name="前台2"),
                    row(1, state="sending", desk_role="gone", desk_name="收银台")],
                   sending_here=frozenset())
    assert [texts(model, i)[7] for i in (0, 1)] == ["前台2 正在发送", "已中断：收银台 已离线"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "已发出"


def test_a_paint_asks_each_cell_once(qtbot: QtBot) -> None:
    """Every role of a cell comes from one call into Python (each call waits for the GIL
    while a campaign sends), and gives what ``data`` gives role by role."""
    model_class, calls = counting(CampaignListModel)
    model = model_class()
    model.set_rows([row(4, state="sending"), row(3, state="paused"),
                    row(2, state="sending", desk_role="other", desk_name="前台2"),
                    row(1, totals=CampaignTotals(total=5, failed=1, uncertain=2))],
                   sending_here=frozenset({4}))
    assert_multidata_gives_what_data_gives(model, (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole))
    assert_a_paint_asks_each_cell_once(qtbot, model, calls, visible_rows=4)


def test_rows_read_again_unchanged_repaint_nothing(qapp: QApplication) -> None:
    """Read every 0.4 s while a campaign sends: only the rows that changed are repainted."""
    model = CampaignListModel()
    model.set_rows([row(3, state="sending"), row(2), row(1)], sending_here=frozenset({3}))
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: changes.append(
        (first.row(), last.row())))
    model.set_rows([row(3, state="sending"), row(2), row(1)], sending_here=frozenset({3}))
    assert changes == []
    model.set_rows([row(3, state="sending", totals=CampaignTotals(total=30, delivered=30)),
                    row(2), row(1)], sending_here=frozenset({3}))
    assert changes == [(0, 0)]
    model.set_rows([row(3, state="done", totals=CampaignTotals(total=30, delivered=30)),
                    row(2), row(1)], sending_here=frozenset())  # no longer sent here: all say so
    assert changes == [(0, 0), (0, 2)]
    assert model.index(0, CampaignListModel.COL_DELIVERED).data() == "30"
