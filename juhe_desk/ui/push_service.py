"""Runs the push receiver while the app runs, when the user enabled it.

The gateway's push is answered ``OK`` only after ``store_pushed_items`` stored the items, on
the receiver's own thread, as a job of its own (in a ``store.job_connection()`` block, like
every job of the task runner). The summary then crosses to the GUI thread through a signal
of this object (which lives there), connected queued to its own slot; only that slot emits
``received``, so everything connected to ``received`` runs on the GUI thread.

``stop()`` must run before the store closes: the Session calls it from ``shutdown()``
through a shutdown hook.

On a team's shared database the receiver runs only on the desk that pulls the account's
reports (``set_allowed``, from ``Session.pullerChanged``), as the pulls do.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.push_receiver import PushReceiver, parse_allowed
from juhe_desk.services.push_settings import PushSettings
from juhe_desk.services.sync import SyncSummary, store_pushed_items
from juhe_desk.store import Store
from juhe_desk.store.settings import Settings
from juhe_desk.store.shared_errors import SharedStoreUnavailableError

log = logging.getLogger(__name__)


def not_this_desk() -> str:
    return QCoreApplication.translate(
        "PushService", "Another desk of the team receives the reports now; the receiver runs"
        " there.")


def not_an_address(entry: str) -> str:
    return QCoreApplication.translate(
        "PushService", "“{entry}” is not an address or a network. Write the gateway's "
        "addresses like 47.96.1.2 or 47.97.0.0/16, separated by commas.").format(entry=entry)


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
        self._allowed = store.shared_address is None  # a team's: once this desk pulls
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

    def set_allowed(self, allowed: bool) -> None:
        """Whether this desk may receive pushes (it pulls for the team); starts or stops
        the receiver as the saved settings say."""
        if allowed != self._allowed:
            self._allowed = allowed
            try:
                self.start_from_settings()
            except SharedStoreUnavailableError as error:  # the status bar says it is gone
                log.warning("the push settings could not be read: %s", error.detail)
                self.stop()

    def apply(self, settings: PushSettings) -> bool:
        """Stop, then start with ``settings`` when enabled. A failure (port taken) raises
        nothing: ``last_error`` and ``stateChanged`` say what went wrong."""
        self.stop()
        self.last_error = ""
        if settings.enabled and not self._allowed:
            self.last_error = not_this_desk()
        elif settings.enabled:
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
        summary = store_pushed_items(self._store, items)
        self._stored.emit(summary)
