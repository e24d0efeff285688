"""What closing the window asks while a bulk campaign sends: pause it and close, or keep
sending."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from juhe_desk.ui.dialogs.careful_question import careful_question
from juhe_desk.ui.i18n import translator_for

# The page's words before they had a module of their own: same context, same translations.
_tr = translator_for("ImportPage")


def pause_and_close(parent: QWidget) -> bool:
    """Ask whether to pause the campaign that sends and close (True) or keep sending."""
    box, pause, _keep = careful_question(
        parent, "closeWhileCampaignBox", QMessageBox.Icon.Warning, _tr("A campaign is sending"),
        _tr("A campaign is being sent right now. If you close the window, it pauses after the "
            "requests on their way; you can resume it the next time you open juhe-desk."),
        _tr("Pause and close"), _tr("Keep sending"))
    box.exec()
    return box.clickedButton() is pause
