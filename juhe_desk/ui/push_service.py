"""Runs the push receiver while the app runs, when the user enabled it.

The gateway's push is answered ``OK`` only after ``store_pushed_items`` stored the items, on
the receiver's own thread, as a job of its own (in a ``store.job_connection()`` block, like
every job of the task runner). The summary then crosses to the GUI thread through a signal
of this object (which lives there), connected queued to its own slot; only that slot emits
``received``, so everything connected to ``received`` runs on the GUI thread.

``stop()`` must run before the store closes: the Session calls it from ``shutdown()``
through a shutdown hook.

On a team's shared database the receiver runs only on the desk chosen to receive
(``PushSettings.desk_id``): the gateway has one address registered, which leads to one computer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.push_receiver import PushReceiver, parse_allowed
from juhe_desk.services.push_settings import PUSH_PREFIX, PushSettings
from juhe_desk.services.sync import SyncSummary, store_pushed_items
from juhe_desk.store import Store
from juhe_desk.store.settings import Settings

log = logging.getLogger(__name__)


def not_this_desk(desk_name: str) -> str:
    return QCoreApplication.translate(
        "PushService", "“{desk}” receives the team's pushes; the receiver runs there.").format(
        desk=desk_name or "?")


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
        self._applied: PushSettings | None = None  # as last applied
        self.last_error = ""
        self.received_elsewhere = False  # a team's other desk receives: not an error to show
        self._team = store.shared_address is not None
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

    def settings_changed(self, keys: frozenset[str]) -> None:
        """Another desk of the team changed the push settings (chose itself to receive,
        say): the receiver runs here, or stops, as they say now."""
        if any(key.startswith(PUSH_PREFIX) for key in keys) \
                and PushSettings.load(self._settings) != self._applied:
            self.start_from_settings()

    @property
    def in_team(self) -> bool:
        """On a team's shared database (one desk of the team receives)."""
        return self._team

    @property
    def this_desk(self) -> tuple[str, str]:
        """This desk's id and name (empty before the store knows its desk)."""
        desk = self._store.desk
        return ("", "") if desk is None else (desk.id, desk.name)

    def receives_here(self, settings: PushSettings) -> bool:
        """Whether this desk is the one that receives ``settings``' pushes (a single desk
        always is)."""
        return not self._team or settings.receives_on(self.this_desk[0])

    def apply(self, settings: PushSettings) -> bool:
        """Stop, then start with ``settings`` when enabled. A failure (port taken) raises
        nothing: ``last_error`` and ``stateChanged`` say what went wrong."""
        self.stop()
        self.last_error = ""
        self.received_elsewhere = settings.enabled and not self.receives_here(settings)
        if self.received_elsewhere:
            self.last_error = not_this_desk(settings.desk_name)
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
        self._applied = settings
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
