"""Settings of the push receiver: on or off, where it listens, who may push, and the exact
address (with its secret) to register with the gateway. On a team's shared database also which
desk receives: the settings are the team's, the receiver runs on one desk."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.gateway.push_receiver import new_push_secret, parse_allowed
from juhe_desk.services.push_settings import PushSettings
from juhe_desk.store.settings import Settings
from juhe_desk.ui.naming import named
from juhe_desk.ui.push_service import PushService, not_an_address


class PushSettingsDialog(QDialog):
    """Saves the settings in the store and restarts the receiver with them on OK."""

    def __init__(self, service: PushService, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pushSettingsDialog")
        self.setWindowTitle(self.tr("Push receiver"))
        self._service = service
        self._settings = settings
        self._saved = PushSettings.load(settings)
        self._secret = self._saved.secret or new_push_secret()  # saved when OK turns it on

        intro = QLabel(self.tr(
            "The gateway can send delivery reports and replies to this computer as soon as "
            "they arrive, instead of waiting for the next check. Ask the gateway's support to "
            "register the address below. Checking for reports and replies keeps working "
            "either way."))
        intro.setWordWrap(True)
        self.enabled_check = named(QCheckBox(self.tr("&Receive pushed reports and replies")),
                                   "pushEnabledCheck")
        self.enabled_check.setChecked(self._saved.enabled)
        self.host_edit = named(QLineEdit(self._saved.host), "pushHostEdit")
        self.host_edit.setToolTip(self.tr(
            "0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer."))
        self.port_spin = named(QSpinBox(), "pushPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(self._saved.port)
        self.public_edit = named(QLineEdit(self._saved.public_host), "pushPublicHostEdit")
        self.public_edit.setPlaceholderText(self.tr("e.g. 203.0.113.7 or shop.example.com"))
        self.public_edit.setToolTip(self.tr(
            "How the gateway on the internet reaches this computer: usually your router's "
            "public address or domain name, with the port forwarded to this computer. "
            "Add :port when the router forwards another port."))
        self.allowed_edit = named(QLineEdit(self._saved.allowed), "pushAllowedEdit")
        self.allowed_edit.setPlaceholderText(self.tr("e.g. 47.96.1.2, 47.97.0.0/16"))
        self.allowed_edit.setToolTip(self.tr(
            "The addresses the gateway pushes from (ask its support). Connections from "
            "anywhere else are refused before anything is read. Empty: from anywhere."))
        self.url_edit = named(QLineEdit(), "pushUrlEdit")
        self.url_edit.setReadOnly(True)
        self.copy_button = named(QPushButton(self.tr("&Copy")), "pushCopyButton")
        self.renew_button = named(QPushButton(self.tr("Re&new")), "pushRenewButton")
        self.renew_button.setToolTip(self.tr(
            "Make a new secret address. The old one stops working when you click OK: "
            "register the new one with the gateway."))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.copy_button)
        url_row.addWidget(self.renew_button)
        self.url_note = named(QLabel(), "pushUrlNote")
        self.url_note.setWordWrap(True)
        self.warning_label = named(QLabel(), "pushWarningLabel")
        self.warning_label.setWordWrap(True)
        self.status_label = named(QLabel(), "pushStatusLabel")
        self.status_label.setWordWrap(True)
        self.receive_here_check = named(QCheckBox(self.tr("Receive on t&his computer")),
                                        "pushReceiveHereCheck")
        self.receive_here_check.setChecked(service.receives_here(self._saved))
        self.receiver_label = named(QLabel(), "pushReceiverLabel")
        self.receiver_label.setWordWrap(True)
        for widget in (self.receive_here_check, self.receiver_label):
            widget.setVisible(service.in_team)

        form = QFormLayout()
        form.addRow(self.enabled_check)
        form.addRow(self.receive_here_check)
        form.addRow(self.receiver_label)
        form.addRow(self.tr("Listen on &address:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("P&ublic address:"), self.public_edit)
        form.addRow(self.tr("Accept pushes &only from:"), self.allowed_edit)
        url_label = QLabel(self.tr("Address to re&gister:"))
        url_label.setBuddy(self.url_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(url_label)
        layout.addLayout(url_row)
        layout.addWidget(self.url_note)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        for edit in (self.host_edit, self.public_edit):
            edit.textChanged.connect(self._update_hints)
        self.port_spin.valueChanged.connect(self._update_hints)
        self.enabled_check.toggled.connect(self._update_hints)
        self.receive_here_check.toggled.connect(self._update_hints)
        self.copy_button.clicked.connect(self.copy_url)
        self.renew_button.clicked.connect(self.renew)
        self._update_hints()
        self._show_status()
        self.resize(max(720, self.minimumSizeHint().width()), self.sizeHint().height())
        self._fit_height()

    def settings(self) -> PushSettings:
        desk_id, desk_name = self._saved.desk_id, self._saved.desk_name
        if self._service.in_team and self.receive_here_check.isChecked():
            desk_id, desk_name = self._service.this_desk
        return PushSettings(enabled=self.enabled_check.isChecked(),
                            host=self.host_edit.text().strip() or "0.0.0.0",
                            port=self.port_spin.value(), secret=self._secret,
                            public_host=self.public_edit.text().strip(),
                            allowed=self.allowed_edit.text().strip(),
                            desk_id=desk_id, desk_name=desk_name)

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url_edit.text())
        self.url_note.setText(self.tr("Copied. Keep this address private: whoever knows it "
                                      "can push reports and replies to this computer."))
        self._fit_height()

    def renew(self) -> None:
        self._secret = new_push_secret()
        self._update_hints()
        self.url_note.setText(self.tr(
            "A new address. The old one stops working when you click OK: register the new "
            "one with the gateway, or pushes will be refused."))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every wrapped line (a longer note must not squeeze the fields)."""
        layout = self.layout()
        wanted = layout.totalHeightForWidth(self.width()) if layout is not None else 0
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def accept(self) -> None:
        settings = self.settings()
        try:
            parse_allowed(settings.allowed)
        except ValueError as error:
            self.status_label.setText(not_an_address(str(error)))
            self.allowed_edit.setFocus()
            return
        if not settings.enabled:  # keep the secret and its address for next time
            settings = dataclasses.replace(settings, secret=self._saved.secret)
        settings.save(self._settings)
        self._saved = settings
        if not self._service.apply(settings) and settings.enabled:
            self._show_status()  # stay open: the user sees why it did not start
            return
        super().accept()

    def _update_hints(self) -> None:
        settings = self.settings()
        for widget in (self.host_edit, self.port_spin, self.public_edit, self.allowed_edit,
                       self.url_edit, self.copy_button, self.renew_button,
                       self.receive_here_check):
            widget.setEnabled(settings.enabled)
        self._show_receiver(settings)
        self.url_edit.setText(settings.url())
        self.url_edit.setCursorPosition(0)
        # The whole address in view: it is read off the screen as often as it is copied.
        self.url_edit.setMinimumWidth(
            self.url_edit.fontMetrics().horizontalAdvance(self.url_edit.text() + "MM"))
        if not self.url_note.text():
            self.url_note.setText(self.tr(
                "Register this exact address with the gateway's support and keep it private: "
                "whoever knows it can push reports and replies to this computer."))
        if settings.enabled and settings.listens_on_all_interfaces:
            self.warning_label.setText(self.tr(
                "Listening on every network interface: the gateway on the internet must reach "
                "this computer on port {port} (usually through port forwarding on the router "
                "and an opening in the firewall). Only requests for the secret address are "
                "taken; fill in the gateway's addresses above to refuse everyone else.")
                .format(port=settings.port))
        elif settings.enabled and settings.host.startswith("127."):
            self.warning_label.setText(self.tr(
                "Only programs on this computer can reach this address; a gateway on the "
                "internet cannot."))
        else:
            self.warning_label.setText("")
        self.warning_label.setVisible(bool(self.warning_label.text()))
        self._fit_height()  # a warning that appears must not squeeze the fields

    def _show_receiver(self, settings: PushSettings) -> None:
        """On a team's database: which desk receives, and what moving it here means."""
        if not self._service.in_team:
            return
        here = self._service.receives_here(settings)
        if here and not self._service.receives_here(self._saved) and self._saved.desk_id:
            text = self.tr("“{desk}” receives now. After OK this computer does: have the "
                           "router forward port {port} to this computer too, or pushes will "
                           "not arrive.").format(desk=self._saved.desk_name or "?",
                                                 port=settings.port)
        elif here:
            text = self.tr("The team's pushes arrive at this computer only: the router must "
                           "forward port {port} here.").format(port=settings.port)
        else:
            text = self.tr("“{desk}” receives the team's pushes. Tick the box to receive "
                           "them on this computer instead.").format(
                desk=settings.desk_name or "?")
        self.receiver_label.setText(text)

    def _show_status(self) -> None:
        if self._service.running:
            text = self.tr("Running: listening on port {port}.").format(port=self._service.port)
        elif self._service.last_error:
            text = self.tr("Not running: {reason}").format(reason=self._service.last_error)
        else:
            text = self.tr("Not running.")
        self.status_label.setText(text)
