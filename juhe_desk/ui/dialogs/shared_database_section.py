"""The account dialog's "团队共享数据库" section: host, port, database, user and password of
a team's shared PostgreSQL database, and a connection test that says in words what is
wrong or whether the connection is encrypted. What it holds is saved when the dialog is,
and used from the next start (services.shared_database)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.credentials import CredentialStore
from juhe_desk.services.shared_database import load_password, probe_shared
from juhe_desk.store.shared_address import DEFAULT_PORT, SharedAddress
from juhe_desk.store.shared_errors import SharedAddressError
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from juhe_desk.store.pg_database import SharedProbe  # psycopg only when used


@dataclass(frozen=True, slots=True)
class SharedChoice:
    """What the section asks to save: an address (None: this desk keeps its own history)
    and a new password ("" keeps the saved one)."""

    address: SharedAddress | None
    password: str


class SharedDatabaseSection(QGroupBox):
    def __init__(self, runner: TaskRunner, credentials: CredentialStore,
                 current: SharedAddress | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Team's shared database"), parent)
        self.setObjectName("sharedDatabaseBox")
        self.setCheckable(True)
        self.setChecked(current is not None)
        self._runner = runner
        self._credentials = credentials
        self._current = current
        self.host_edit = named(QLineEdit(), "sharedHostEdit")
        self.host_edit.setPlaceholderText("192.168.1.10")
        self.port_spin = named(QSpinBox(), "sharedPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = named(QLineEdit(), "sharedDatabaseEdit")
        self.database_edit.setPlaceholderText("juhe")
        self.user_edit = named(QLineEdit(), "sharedUserEdit")
        self.password_edit = named(QLineEdit(), "sharedPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if current is not None:
            self.host_edit.setText(current.host)
            self.port_spin.setValue(current.port)
            self.database_edit.setText(current.database)
            self.user_edit.setText(current.user)
            self.password_edit.setPlaceholderText(self.tr("Leave empty to keep the saved "
                                                          "password"))
        self.test_button = named(QPushButton(self.tr("Test connection")), "sharedTestButton")
        self.test_button.clicked.connect(self.test)
        self.status_label = named(QLabel(), "sharedStatusLabel")
        self.status_label.setWordWrap(True)
        note = named(QLabel(self.tr(
            "Several desks on one account keep one history here: reports, replies, opt-outs "
            "and campaigns. The password is kept in the system keyring. A change takes "
            "effect when juhe-desk starts again.")), "sharedNoteLabel")
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server (host)"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Database"), self.database_edit)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status_label)

    def address(self) -> SharedAddress:
        """The address in the fields; ``SharedAddressError`` (in words) when incomplete."""
        return SharedAddress.of(self.user_edit.text(), self.host_edit.text(),
                                self.port_spin.value(), self.database_edit.text())

    def choice(self) -> SharedChoice:
        if not self.isChecked():
            return SharedChoice(None, "")
        return SharedChoice(self.address(), self.password_edit.text())

    def changed(self) -> bool:
        choice = self.choice()
        return choice.address != self._current or bool(choice.password)

    def test(self) -> None:
        try:
            address = self.address()
        except SharedAddressError as error:
            self.status_label.setText(explain_error(error))
            return
        typed = self.password_edit.text()
        credentials = self._credentials
        self.test_button.setEnabled(False)
        self.status_label.setText(self.tr("Testing the connection…"))

        def job(ctx: TaskContext) -> SharedProbe:
            return probe_shared(address, typed or load_password(credentials, address))

        self._runner.submit(job, on_result=self._tested, on_error=self._test_failed)

    def _tested(self, found: SharedProbe) -> None:
        self.test_button.setEnabled(True)
        security = (self.tr("The connection is encrypted (TLS).") if found.encrypted else
                    self.tr("The connection is not encrypted: use it only on the shop's own "
                            "network."))
        contents = (self.tr("The database is empty: juhe-desk sets it up on first use.")
                    if found.schema_version is None else
                    self.tr("It is a juhe-desk team database."))
        self._say(self.tr("Connected to PostgreSQL {version}.").format(
            version=found.server_version) + " " + contents + " " + security)

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self._say(explain_error(error))

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """The dialog as tall as its wrapped texts need: their height depends on the width,
        which Qt's minimum size of the dialog does not follow."""
        window = self.window()
        window.resize(window.width(), max(window.height(), window.sizeHint().height()))
