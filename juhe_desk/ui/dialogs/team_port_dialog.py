"""Choosing another port for the team database this desk hosts (services/team_host_port.py).

Two ways in: the team-database dialog's "Change port…" (``TeamHostDialog``), and the start
of a desk that works in its own hosted database when another program took its port
(``offer_other_port_at_start``, in place of the shared database's "try again or quit").
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_host_port import LOWEST_PORT, suggested_port
from juhe_desk.services.team_host_system import HIGHEST_PORT
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.naming import named

log = logging.getLogger(__name__)

_tr = translator_for("TeamPortDialog")


class TeamPortDialog(QDialog):
    """Asks for the new port; OK only for another port than ``current``."""

    def __init__(self, current: int, suggested: int, parent: QWidget | None = None, *,
                 restart_note: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("teamPortDialog")
        self.setWindowTitle(_tr("Change the team database's port"))
        text = _tr("The team database uses port {port} now. Choose a port no other program "
                   "uses. The other desks must then join again with the new port (Account "
                   "settings, Team's shared database).").format(port=current)
        if restart_note:
            text += " " + _tr("This desk takes the new port when juhe-desk starts again: "
                              "start it again afterwards.")
        intro = named(QLabel(text), "teamPortIntroLabel")
        intro.setWordWrap(True)
        self.port_spin = named(QSpinBox(), "teamNewPortSpin")
        self.port_spin.setRange(LOWEST_PORT, HIGHEST_PORT)
        self.port_spin.setValue(suggested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Ok),
                               "teamPortOkButton")
        self.ok_button.setText(_tr("Change port"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "teamPortCancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.port_spin.valueChanged.connect(
            lambda port: self.ok_button.setEnabled(port != current))
        self.ok_button.setEnabled(suggested != current)
        form = QFormLayout()
        form.addRow(_tr("New port:"), self.port_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def port(self) -> int:
        return self.port_spin.value()


def offer_other_port_at_start(host: TeamHost, error: BaseException) -> SharedAddress | None:
    """The hosted server did not start: its port is taken. Offer another port, trying
    again, or quitting; the address to try next (a new port's, or the same), None: quit.
    Before the window: modal, as the start's other questions."""
    from juhe_desk.ui.dialogs.busy import run_while_waiting
    from juhe_desk.ui.dialogs.shared_unavailable import StartAnswer, ask_about_taken_port

    answer = ask_about_taken_port(explain_error(error))
    if answer is StartAnswer.RETRY:
        return host.local_address()
    if answer is StartAnswer.QUIT:
        return None
    current = host.settings().port
    dialog = TeamPortDialog(current, suggested_port(error, current))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return host.local_address()  # asked again at the next failure
    port = dialog.port()
    try:
        run_while_waiting(_tr("Changing the team database's port…"),
                          lambda ctx: host.change_port(port))
    except Exception as not_changed:  # told in words; the start tries the old port again
        log.error("the team database's port was not changed", exc_info=not_changed)
        failed = QMessageBox(QMessageBox.Icon.Warning, _tr("Team database"),
                             explain_error(not_changed), QMessageBox.StandardButton.Ok)
        failed.setObjectName("teamPortNotChangedBox")
        failed.exec()
    return host.local_address()

