"""The bulk tab's table of a campaign's messages, repainted at each read while it sends, is
painted by the big tables' delegate exactly as Qt's own delegate paints it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from test_text_cells_delegate import same_as_qt

from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Store
from juhe_desk.ui.importing.campaign_parts import messages_view
from juhe_desk.ui.models.campaign_model import CampaignModel
from juhe_desk.ui.widgets.text_cells_delegate import TextCellsDelegate


def test_messages_painted_as_qt_paints_them(tmp_path: Path, qtbot: QtBot) -> None:
    with Store.open(tmp_path / "juhe.db") as store:
        campaign = create_campaign_from_messages(
            store, account_id="922011", name="店庆", extno="01",
            messages=[(f"1380000{i:04d}", f"会员日第{i}天，全场八折，回T退订") for i in range(30)],
            batch_size=10, row_indexes=list(range(30)))
        model = CampaignModel(store)
        model.show_campaign(campaign.id, list(range(3, 33)))
        view = messages_view(model)
        qtbot.addWidget(view)
        assert isinstance(view.itemDelegate(), TextCellsDelegate)
        same_as_qt(qtbot, model,  # type: ignore[arg-type]  # a PagedTableModel of its own types
                   narrow_column=CampaignModel.COL_TEXT)  # its grey "未发送" too
