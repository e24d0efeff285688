"""Settings of the push receiver: on or off, the address and port it listens on, its path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.store import Store
from juhe_desk.ui.naming import named
from juhe_desk.ui.push_service import PushService, PushSettings


class PushSettingsDialog(QDialog):
    """Saves the settings in the store and restarts the receiver with them on OK."""

    def __init__(self, service: PushService, store: Store,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pushSettingsDialog")
        self.setWindowTitle(self.tr("Push receiver"))
        self._service = service
        self._store = store
        settings = PushSettings.load(store)

        intro = QLabel(self.tr(
            "The gateway can send delivery reports and replies to this computer as soon as "
            "they arrive, instead of waiting for the next check. Ask the gateway's support to "
            "register the address below. Checking for reports and replies keeps working "
            "either way."))
        intro.setWordWrap(True)
        self.enabled_check = named(QCheckBox(self.tr("&Receive pushed reports and replies")),
                                   "pushEnabledCheck")
        self.enabled_check.setChecked(settings.enabled)
        self.host_edit = named(QLineEdit(settings.host), "pushHostEdit")
        self.host_edit.setToolTip(self.tr(
            "0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer."))
        self.port_spin = named(QSpinBox(), "pushPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(settings.port)
        self.path_edit = named(QLineEdit(settings.path), "pushPathEdit")
        self.address_label = named(QLabel(), "pushAddressLabel")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label = named(QLabel(), "pushWarningLabel")
        self.warning_label.setWordWrap(True)
        self.status_label = named(QLabel(), "pushStatusLabel")
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.enabled_check)
        form.addRow(self.tr("Listen on &address:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("P&ath:"), self.path_edit)
        form.addRow(self.tr("Address for the gateway:"), self.address_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        for edit in (self.host_edit, self.path_edit):
            edit.textChanged.connect(self._update_hints)
        self.port_spin.valueChanged.connect(self._update_hints)
        self.enabled_check.toggled.connect(self._update_hints)
        self._update_hints()
        self._show_status()
        self.resize(520, self.sizeHint().height())

    def settings(self) -> PushSettings:
        path = self.path_edit.text().strip() or "/push"
        if not path.startswith("/"):
            path = "/" + path
        return PushSettings(enabled=self.enabled_check.isChecked(),
                            host=self.host_edit.text().strip() or "0.0.0.0",
                            port=self.port_spin.value(), path=path)

    def accept(self) -> None:
        settings = self.settings()
        settings.save(self._store)
        if not self._service.apply(settings) and settings.enabled:
            self._show_status()  # stay open: the user sees why it did not start
            return
        super().accept()

    def _update_hints(self) -> None:
        settings = self.settings()
        for widget in (self.host_edit, self.port_spin, self.path_edit):
            widget.setEnabled(settings.enabled)
        self.address_label.setText(self.tr("http://<this computer's public address>:{port}{path}")
                                   .format(port=settings.port, path=settings.path))
        if settings.enabled and settings.listens_on_all_interfaces:
            self.warning_label.setText(self.tr(
                "Warning: listening on every network interface. Anyone who can reach this "
                "computer on port {port} can post reports and replies to it. The gateway on "
                "the internet must reach it (usually through port forwarding on the router "
                "and an opening in the firewall); open it to the gateway's address only.")
                .format(port=settings.port))
        elif settings.enabled and settings.host.startswith("127."):
            self.warning_label.setText(self.tr(
                "Only programs on this computer can reach this address; a gateway on the "
                "internet cannot."))
        else:
            self.warning_label.setText("")
        self.warning_label.setVisible(bool(self.warning_label.text()))

    def _show_status(self) -> None:
        if self._service.running:
            text = self.tr("Running: listening on port {port}.").format(port=self._service.port)
        elif self._service.last_error:
            text = self.tr("Not running: {reason}").format(reason=self._service.last_error)
        else:
            text = self.tr("Not running.")
        self.status_label.setText(text)
