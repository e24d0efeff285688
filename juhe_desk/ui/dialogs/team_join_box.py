"""What the other desks type to join the team database this computer hosts ("加入团队" in
their account dialog's team section): ``TeamHostDialog``'s "Join the team" box, read-only,
with the password hidden until asked and all of it copied as one text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from juhe_desk.services.team_host import JoinDetails
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.naming import named

_tr = translator_for("TeamHostDialog")  # the dialog's words, translated there


class TeamJoinBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Join the team"), parent)
        self.setObjectName("teamJoinBox")
        self.details: JoinDetails | None = None
        where = named(QLabel(_tr("At each other desk, type this in Account settings, "
                                 "Team's shared database:")), "teamJoinWhereLabel")
        where.setWordWrap(True)
        self.computer_edit = _read_only("teamComputerEdit")
        self.addresses_label = named(QLabel(), "teamAddressesLabel")
        self.addresses_label.setWordWrap(True)
        self.port_edit = _read_only("teamPortEdit")
        self.database_edit = _read_only("teamDatabaseEdit")
        self.user_edit = _read_only("teamUserEdit")
        self.password_edit = _read_only("teamPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(_tr("not known here: make a new password"))
        self.show_password_button = named(QPushButton(_tr("S&how")), "teamShowPasswordButton")
        self.show_password_button.setCheckable(True)
        self.show_password_button.toggled.connect(lambda shown: self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password_button)
        self.copy_button = named(QPushButton(_tr("&Copy what to type")), "teamCopyButton")
        form = QFormLayout(self)
        form.addRow(where)
        form.addRow(_tr("Server (host):"), self.computer_edit)
        form.addRow("", self.addresses_label)
        form.addRow(_tr("Port:"), self.port_edit)
        form.addRow(_tr("Database:"), self.database_edit)
        form.addRow(_tr("User name:"), self.user_edit)
        form.addRow(_tr("Password:"), password_row)
        form.addRow("", self.copy_button)

    def show_details(self, details: JoinDetails) -> None:
        self.details = details
        self.computer_edit.setText(details.computer_name)
        self.addresses_label.setText(_tr("or its address: {addresses}").format(
            addresses=", ".join(details.lan_addresses) or _tr("(none found)")))
        self.port_edit.setText(str(details.port))
        self.database_edit.setText(details.database)
        self.user_edit.setText(details.user)
        self.password_edit.setText(details.password or "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.join_text())

    def join_text(self) -> str:
        """All of it as one text, to send to the people at the other desks."""
        details = self.details
        if details is None:
            return ""
        return "\n".join([
            _tr("Join the team (juhe-desk)"),
            _tr("Server (host): {name}").format(name=details.computer_name),
            _tr("or its address: {addresses}").format(
                addresses=", ".join(details.lan_addresses) or "-"),
            _tr("Port: {port}").format(port=details.port),
            _tr("Database: {name}").format(name=details.database),
            _tr("User name: {name}").format(name=details.user),
            _tr("Password: {password}").format(password=details.password or ""),
        ])


def _read_only(name: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setReadOnly(True)
    return edit
