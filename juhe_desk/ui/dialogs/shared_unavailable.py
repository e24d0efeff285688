"""The start's question when the team's shared database cannot be used: try again or quit.

One box, ``sharedDatabaseUnavailableBox`` (``sharedRetryButton``, ``sharedQuitButton``),
asked before the window (modal, as the start's other questions), never a private history
instead. When this desk hosts the database and another program took its port, the same box
also offers ``sharedChangePortButton`` (``team_port_dialog.offer_other_port_at_start``).
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QMessageBox, QPushButton

from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.i18n import translator_for

_tr = translator_for("SharedDatabaseUnavailable")


class StartAnswer(enum.Enum):
    RETRY = "retry"
    QUIT = "quit"
    CHANGE_PORT = "change port"


def ask_retry_shared(address: SharedAddress, reason: str) -> bool:
    """The shared database at ``address`` cannot be used (``reason``, in words): True to try
    again, False to quit."""
    informative = _tr("This desk keeps its history in the team's shared database {address}, "
                      "so it does not start without it. Try again once the database can be "
                      "reached, or quit.").format(address=address.url)
    return _ask(reason, informative, offer_port_change=False) is StartAnswer.RETRY


def ask_about_taken_port(reason: str) -> StartAnswer:
    """The team database this desk hosts did not start, its port taken: change the port
    (the default), try again, or quit."""
    informative = _tr("This desk keeps its history in the team database it hosts, so it "
                      "does not start without it. Change its port, try again once the other "
                      "program has let go of it, or quit.")
    return _ask(reason, informative, offer_port_change=True)


def _ask(reason: str, informative: str, *, offer_port_change: bool) -> StartAnswer:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Team database"), reason)
    box.setObjectName("sharedDatabaseUnavailableBox")
    box.setInformativeText(informative)
    change: QPushButton | None = None
    if offer_port_change:
        change = box.addButton(_tr("Change &port…"), QMessageBox.ButtonRole.ActionRole)
        change.setObjectName("sharedChangePortButton")
    retry = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName("sharedRetryButton")
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole).setObjectName(
        "sharedQuitButton")
    box.setDefaultButton(retry if change is None else change)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return StartAnswer.RETRY
    if change is not None and clicked is change:
        return StartAnswer.CHANGE_PORT
    return StartAnswer.QUIT  # Quit, or the box closed
