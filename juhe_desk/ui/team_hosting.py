"""The hosted team database's life with the app: started before the data opens, backed up
daily like the data file, stopped at quit. Where this desk keeps its own history in it, the
start belongs to opening that history (``startup.open_shared_session``, with its "try
again"): ``start_hosted_for`` there, ``start_team_host_if_enabled`` otherwise.

One ``TeamHosting`` per hosted folder lives as a child of the QApplication (it outlives
every window: restoring a backup rebuilds the window, not the server), found again with
``TeamHosting.ensure``. Its backups run in its own task runner, one at a time; the server
is stopped when the application quits, after the last window closed its store.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from juhe_desk.credentials import CredentialStore
from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.services.pg_tools import PgTools
from juhe_desk.services.team_backups import back_up_team, team_backup_due
from juhe_desk.services.team_host import TeamHost
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.dialogs.busy import run_while_waiting
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

BACKUP_TIMER_MS = 3_600_000  # as the data file's: is a daily backup due? asked every hour


_tr = translator_for("team_hosting")


class TeamHosting(QObject):
    problem = Signal(str)  # a failed daily backup, in words

    def __init__(self, host: TeamHost, app: QCoreApplication) -> None:
        super().__init__(app)
        self.host = host
        self.setObjectName(f"teamHosting:{host.folder}")
        self.runner = TaskRunner(self, max_threads=1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start(BACKUP_TIMER_MS)
        app.aboutToQuit.connect(self.stop)
        self._stopped = False

    @classmethod
    def ensure(cls, host: TeamHost) -> TeamHosting:
        """The app's hosting of ``host``'s folder, made if there is none yet."""
        app = QCoreApplication.instance()
        assert app is not None
        for child in app.findChildren(TeamHosting):
            if child.host.folder == host.folder and not child._stopped:
                return child
        return cls(host, app)

    def back_up_if_due(self) -> None:
        host = self.host

        def job(ctx: TaskContext) -> Path | None:
            now = now_in_china()
            if ctx.cancelled or not host.status().running or not team_backup_due(host, now):
                return None
            return back_up_team(host, now)

        self.runner.submit(job, on_result=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, dump: Path | None) -> None:
        if dump is not None:
            log.info("daily backup of the team database: %s", dump.name)

    def _backup_failed(self, error: BaseException) -> None:
        log.warning("no backup of the team database today: %s", error)
        text = explain_error(error)
        self.problem.emit(text)
        for widget in QApplication.topLevelWidgets():  # the window, rebuilt or not
            if isinstance(widget, QMainWindow) and widget.isVisible():
                widget.statusBar().showMessage(text, 15_000)

    def stop(self) -> None:
        """Stop backing up and stop the server (the last window has closed its store)."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self.runner.shutdown()
        try:
            self.host.stop()
        except Exception:  # the app is quitting: log it, never a traceback
            log.exception("the team database did not stop cleanly")
        self.deleteLater()


def hosted_here(data_dir: Path, address: SharedAddress) -> TeamHost | None:
    """This desk's hosted team database when ``address`` is it, else None."""
    host = TeamHost(data_dir, CredentialStore())
    return host if host.serves(address) else None


def start_hosted_for(host: TeamHost) -> None:
    """In a job, before the desk's store opens on its own hosted database: start it unless
    it runs (a window rebuilt after a restore finds it running)."""
    if not host.status().running:
        host.start()


def keep_hosting(host: TeamHost) -> TeamHosting:
    """Once it runs: stopped with the app, backed up daily."""
    hosting = TeamHosting.ensure(host)
    hosting.back_up_if_due()
    return hosting


def start_team_host_if_enabled(data_dir: Path, tools: PgTools | None = None,
                               shared_db: SharedAddress | None = None) -> TeamHosting | None:
    """At start, before the data opens: the team database this desk hosts, started behind a
    please-wait. A failure is told (the app then starts without it) and returns None.
    ``shared_db``: the run's ``--shared-db``; where this run's store is the hosted database
    its start is left to opening the store. ``tools``: other PostgreSQL programs than the
    bundled ones (tests)."""
    host = TeamHost(data_dir, CredentialStore(), tools=tools)
    if not host.is_set_up():
        return None
    if host.serves(shared_db) if shared_db is not None else host.used_here():
        return None
    if not host.settings().autostart:
        return None

    def start(ctx: TaskContext) -> None:
        host.start()

    try:
        run_while_waiting(_tr("Starting the team database…"), start)
    except Exception as error:  # every failure is told in words
        log.error("the team database did not start", exc_info=error)
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("The team database did not start"),
                          explain_error(error), QMessageBox.StandardButton.Ok)
        box.setObjectName("teamHostStartFailedBox")
        box.exec()
        return None
    return keep_hosting(host)
