"""What closing the window asks while a bulk campaign sends: pause it and close, or keep
sending."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from juhe_desk.ui.i18n import translator_for

# The page's words before they had a module of their own: same context, same translations.
_tr = translator_for("ImportPage")


def pause_and_close(parent: QWidget) -> bool:
    """Ask whether to pause the campaign that sends and close (True) or keep sending."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("A campaign is sending"),
                      _tr("A campaign is being sent right now. If you close the "
                          "window, it pauses after the requests on their way; you can "
                          "resume it the next time you open juhe-desk."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("closeWhileCampaignBox")
    pause = box.addButton(_tr("Pause and close"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep sending"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is pause
