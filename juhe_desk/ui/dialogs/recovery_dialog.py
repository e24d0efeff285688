"""At start: campaigns left unfinished last time, and what the user wants done with them.

Each campaign says in plain words what went, what did not and what is uncertain
(``CampaignRecovery.text``). Nothing is sent unless the user chooses "Resume sending";
uncertain batches are never sent again by resuming.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.recovery import CampaignRecovery
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named

_ID_ROLE = int(Qt.ItemDataRole.UserRole)


class RecoveryDialog(QDialog):
    """Lists the campaigns; "Resume sending" (the default) or "Cancel" acts on the selected one."""

    resumeRequested = Signal(int)  # noqa: N815 - campaign id
    cancelRequested = Signal(int)  # noqa: N815 - campaign id

    def __init__(self, campaigns: Sequence[CampaignRecovery],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Unfinished campaigns"))
        intro = QLabel(self.tr(
            "These campaigns were not finished when juhe-desk last closed. Nothing more is "
            "sent unless you choose “Resume sending”; messages whose fate is uncertain are "
            "never sent again by resuming."))
        intro.setWordWrap(True)
        self.campaign_list = named(QListWidget(), "recoveryList")
        self.campaign_list.setWordWrap(True)
        self.campaign_list.setAlternatingRowColors(True)
        language = current_language()
        for campaign in campaigns:
            item = QListWidgetItem(campaign.text(language))
            item.setData(_ID_ROLE, campaign.campaign_id)
            self.campaign_list.addItem(item)
        self.campaign_list.setCurrentRow(0)

        buttons = QDialogButtonBox()
        self.resume_button = named(QPushButton(self.tr("&Resume sending")),
                                   "recoveryResumeButton")
        self.cancel_button = named(QPushButton(self.tr("&Cancel this campaign")),
                                   "recoveryCancelButton")
        self.later_button = named(QPushButton(self.tr("Decide &later")), "recoveryLaterButton")
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.resume_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.resume_button.clicked.connect(lambda: self._act(self.resumeRequested))
        self.cancel_button.clicked.connect(lambda: self._act(self.cancelRequested))
        later = QLabel(self.tr("Later, each campaign can be resumed or cancelled in the Bulk "
                               "import tab."))
        later.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.campaign_list, 1)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def campaign_ids(self) -> list[int]:
        return [int(self.campaign_list.item(i).data(_ID_ROLE))
                for i in range(self.campaign_list.count())]

    def _act(self, signal: SignalInstance) -> None:
        item = self.campaign_list.currentItem()
        if item is None:
            return
        campaign_id = int(item.data(_ID_ROLE))
        self.campaign_list.takeItem(self.campaign_list.row(item))
        signal.emit(campaign_id)
        if self.campaign_list.count() == 0:
            self.accept()
