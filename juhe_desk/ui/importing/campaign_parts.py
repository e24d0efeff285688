"""Two parts of the bulk tab's campaign panel (campaign_view.py): the table of the chosen
campaign's messages (painted by TextCellsDelegate, as the reports are), and the question
before cancelling a campaign."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from juhe_desk.ui.dialogs.careful_question import careful_question
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.models.campaign_model import CampaignModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.widgets.cell_tooltips import wrap_cell_tooltips
from juhe_desk.ui.widgets.header_fit import widen_to_headings
from juhe_desk.ui.widgets.text_cells_delegate import TextCellsDelegate

_tr = translator_for("CampaignPanel")  # the panel's words, where they were


def messages_view(model: CampaignModel) -> QTableView:
    """``campaignView``: one row a message, in sheet order."""
    view = named(QTableView(), "campaignView")
    view.setModel(model)
    # Repainted at each read while the campaign sends: its texts drawn as laid out before.
    view.setItemDelegate(TextCellsDelegate(view, model))
    view.setSortingEnabled(True)
    view.sortByColumn(CampaignModel.COL_ROW, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    for column, width in ((CampaignModel.COL_ROW, 50), (CampaignModel.COL_MOBILE, 110),
                          (CampaignModel.COL_STATUS, 120), (CampaignModel.COL_STAT, 80),
                          (CampaignModel.COL_REASON, 220), (CampaignModel.COL_MID, 150),
                          (CampaignModel.COL_TIME, 140)):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    widen_to_headings(header)
    wrap_cell_tooltips(view)
    header.setSectionResizeMode(CampaignModel.COL_REASON, QHeaderView.ResizeMode.Interactive)
    return view


def ask_to_cancel(parent: QWidget, confirmed: Callable[[], None]) -> QMessageBox:
    """``cancelCampaignBox``: cancel the campaign? The default keeps it; ``confirmed()``
    runs once the clerk chose to cancel."""
    box, cancel, _keep = careful_question(
        parent, "cancelCampaignBox", QMessageBox.Icon.Question, _tr("Cancel this campaign?"),
        _tr("The messages not sent yet will not be sent. What went already cannot be called "
            "back."), _tr("Cancel the campaign"), _tr("Keep it"))
    box.finished.connect(lambda _r: confirmed() if box.clickedButton() is cancel else None)
    box.open()
    return box
