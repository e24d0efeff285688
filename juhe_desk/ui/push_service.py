"""Runs the push receiver while the app runs, when the user enabled it.

The gateway's push is answered ``OK`` only after ``store_items`` stored the items, on the
receiver's own thread. The summary then crosses to the GUI thread through a signal of this
object (which lives there), connected queued to its own slot; only that slot emits
``received``, so everything connected to ``received`` runs on the GUI thread.

Store connections: the store gives each thread its own connection and closes those of
threads that ended the next time any thread opens one (and all of them on ``close()``), so
the receiver's connection threads need no per-call release. ``stop()`` must run before the
store closes: the Session calls it from ``shutdown()`` through a shutdown hook.
"""

from __future__ import annotations

import dataclasses
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.push_receiver import (
    PushReceiver,
    new_push_secret,
    parse_allowed,
    secret_push_path,
)
from juhe_desk.services.sync import SyncSummary, store_items
from juhe_desk.store import Store
from juhe_desk.ui.store_writes import Settings, SettingsReader

log = logging.getLogger(__name__)


def not_an_address(entry: str) -> str:
    return QCoreApplication.translate(
        "PushService", "“{entry}” is not an address or a network. Write the gateway's "
        "addresses like 47.96.1.2 or 47.97.0.0/16, separated by commas.").format(entry=entry)

KEY_ENABLED = "push.enabled"
KEY_HOST = "push.host"
KEY_PORT = "push.port"
KEY_SECRET = "push.secret"  # not a password, but never logged (the filter masks it)
KEY_PUBLIC_HOST = "push.public_host"
KEY_ALLOWED = "push.allowed"

DEFAULT_HOST = "0.0.0.0"  # the gateway on the internet must reach it
DEFAULT_PORT = 8765


@dataclass(frozen=True, slots=True)
class PushSettings:
    """What the user chose. ``secret`` is made when push is first turned on."""

    enabled: bool = False
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    secret: str = ""
    public_host: str = ""  # how the gateway reaches this computer (router's address, domain)
    allowed: str = ""  # source addresses and networks the gateway pushes from; "" = any

    @classmethod
    def load(cls, settings: SettingsReader) -> PushSettings:
        port_text = settings.get_setting(KEY_PORT, str(DEFAULT_PORT)) or ""
        port = int(port_text) if port_text.isdigit() else DEFAULT_PORT
        return cls(enabled=settings.get_setting(KEY_ENABLED, "0") == "1",
                   host=settings.get_setting(KEY_HOST) or DEFAULT_HOST,
                   port=port if 0 < port < 65536 else DEFAULT_PORT,
                   secret=settings.get_setting(KEY_SECRET) or "",
                   public_host=settings.get_setting(KEY_PUBLIC_HOST) or "",
                   allowed=settings.get_setting(KEY_ALLOWED) or "")

    def save(self, settings: Settings) -> None:
        """All in one transaction (off the GUI thread when ``settings`` is StoreWrites)."""
        settings.set_settings(self.values())

    def values(self) -> dict[str, str]:
        return {KEY_ENABLED: "1" if self.enabled else "0", KEY_HOST: self.host,
                KEY_PORT: str(self.port), KEY_SECRET: self.secret,
                KEY_PUBLIC_HOST: self.public_host, KEY_ALLOWED: self.allowed}

    def with_secret(self) -> PushSettings:
        """These settings, with a secret made now if they have none yet."""
        return self if self.secret else dataclasses.replace(self, secret=new_push_secret())

    @property
    def path(self) -> str:
        return secret_push_path(self.secret)

    @property
    def listens_on_all_interfaces(self) -> bool:
        return self.host in ("0.0.0.0", "::", "")

    def url(self) -> str:
        """The exact address to register with the gateway.

        Its host is the public address the user gave (with its own port when it has one, for
        a router forwarding another port); else the address listened on; else this
        computer's name, which computers on the same network can reach.
        """
        public = self.public_host.strip().removeprefix("http://").rstrip("/")
        if public:
            try:
                has_port = urlsplit(f"//{public}").port is not None
            except ValueError:
                has_port = False
            if has_port:
                return f"http://{public}{self.path}"
            host = public
        elif not self.listens_on_all_interfaces:
            host = self.host
        else:
            host = socket.gethostname() or "127.0.0.1"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}{self.path}"


class PushService(QObject):
    """Starts and stops the receiver; ``received`` carries each push's SyncSummary."""

    received = Signal(SyncSummary)  # on the GUI thread
    stateChanged = Signal(bool, str)  # noqa: N815 - running, error text ("" when none)
    _stored = Signal(SyncSummary)  # emitted on a receiver thread

    def __init__(self, store: Store, settings: Settings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings: Settings = settings or store  # the window's: StoreWrites
        self._receiver: PushReceiver | None = None
        self.last_error = ""
        self._stored.connect(self._on_stored, Qt.ConnectionType.QueuedConnection)

    # GUI thread
    @property
    def running(self) -> bool:
        return self._receiver is not None

    @property
    def port(self) -> int | None:
        return None if self._receiver is None else self._receiver.port

    def start_from_settings(self) -> bool:
        """Start when the saved settings say so; True when it runs afterwards."""
        return self.apply(PushSettings.load(self._settings))

    def apply(self, settings: PushSettings) -> bool:
        """Stop, then start with ``settings`` when enabled. A failure (port taken) raises
        nothing: ``last_error`` and ``stateChanged`` say what went wrong."""
        self.stop()
        self.last_error = ""
        if settings.enabled:
            if not settings.secret:  # turned on by hand in the settings table
                settings = settings.with_secret()
                settings.save(self._settings)
            try:
                receiver = PushReceiver(self._store_items, host=settings.host,
                                        port=settings.port, path=settings.path,
                                        allowed=parse_allowed(settings.allowed))
                receiver.start()
            except ValueError as error:  # the allow-list holds something else
                self.last_error = not_an_address(str(error))
            except OSError as error:
                from juhe_desk.ui.errors import explain_error

                log.warning("push receiver could not listen on port %d: %s", settings.port,
                            error.strerror or error)
                self.last_error = explain_error(error)
            else:
                self._receiver = receiver
                # Never the path: it holds the secret.
                log.info("push receiver listening on %s:%d (allow-list: %s)", settings.host,
                         receiver.port, settings.allowed or "none")
        self.stateChanged.emit(self.running, self.last_error)
        return self.running

    def stop(self) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.stop()
            log.info("push receiver stopped")
            self.stateChanged.emit(False, "")

    @Slot(SyncSummary)
    def _on_stored(self, summary: SyncSummary) -> None:
        self.received.emit(summary)

    # non-GUI thread (the receiver's connection threads, one at a time)
    def _store_items(self, items: PulledItems) -> None:
        summary = store_items(self._store, items, "push")
        self._stored.emit(summary)
