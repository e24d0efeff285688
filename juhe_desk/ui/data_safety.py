"""The data file's safety while the window is open.

- At start, the quick check of a file too large to check before the window (see
  ``ui.startup``) runs in the background, and the day's automatic backup is made if due;
  an hourly timer makes the next day's. Damage found gets ``DatabaseRescueDialog``.
- File → Back up data… (a checked copy to a file the user chooses) and File → Restore from
  a backup… (the file checked first, the current file kept aside, the window rebuilt on
  the restored file).
Replacing the data file closes this window (which may ask, while a send runs), swaps the
file with the store closed, and builds a new window through ``ui.startup``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from juhe_desk.cli import Options
from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.logfile import current_log_file
from juhe_desk.store.backups import backups_folder, list_backups
from juhe_desk.store.failures import StorageProblem, storage_problem
from juhe_desk.store.rescue import prepare_copy, put_in_place
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import DATABASE_NAME, Session
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:  # the dialog is imported when damage is found, not at every start
    from juhe_desk.ui.dialogs.database_rescue import DatabaseRescueDialog, RescueChoice

log = logging.getLogger(__name__)

BACKUP_TIMER_MS = 3_600_000  # is a daily backup due? asked every hour
MESSAGE_MS = 15_000
FILE_FILTER = "juhe-desk (*.sqlite3);;* (*)"


class DataSafety(QObject):
    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.database = session.data_dir / DATABASE_NAME
        self.options: Options | None = None
        self.successor: QMainWindow | None = None  # the window built on a restored file
        self._rescuing = False
        self.backup_action = QAction(self.tr("&Back up data…"), self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.restore_from_file)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self._check_and_back_up(check=False))
        session.add_shutdown_hook(self.timer.stop)  # the window may outlive its session

    def file_actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action]

    def start(self, options: Options, *, checked: bool, news: str = "") -> None:
        """Once the window is up: check the file unless ``checked``, back up if due."""
        self.options = options
        if news:
            self._say(news)
        self._check_and_back_up(check=not checked)
        self.timer.start(BACKUP_TIMER_MS)

    # --- the check and the daily backup ---------------------------------------------------
    def _check_and_back_up(self, check: bool) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> Path | None:
            if ctx.cancelled:
                return None
            if store.daily_backup_due():
                return store.back_up_automatically()  # checks the file first
            if check:
                store.check_integrity()
            return None

        self.session.runner.submit(job, on_result=self._backed_up, on_error=self._check_failed)

    def _backed_up(self, backup: Path | None) -> None:
        if backup is not None:
            log.info("daily backup made: %s", backup.name)

    def _check_failed(self, error: BaseException) -> None:
        if storage_problem(error) is StorageProblem.DAMAGED:
            log.error("the data file failed its check", exc_info=error)
            self.show_rescue(error)
            return
        log.warning("no automatic backup today: %s", error)
        self._say(self.tr("No automatic backup was made today: {reason}").format(
            reason=explain_error(error)))

    # --- damage found while the window is open --------------------------------------------
    def show_rescue(self, error: BaseException) -> DatabaseRescueDialog | None:
        if self._rescuing:
            return None
        from juhe_desk.ui.dialogs.database_rescue import DatabaseRescueDialog, RescueSituation

        self._rescuing = True
        backups = list_backups(self.database)
        cause: BaseException = error
        while cause.__cause__ is not None:
            cause = cause.__cause__
        situation = RescueSituation(
            StorageProblem.DAMAGED, self.database, backups[0] if backups else None,
            current_log_file(), str(getattr(cause, "message_en", cause)), at_start=False)
        dialog = DatabaseRescueDialog(situation, self.window)
        dialog.finished.connect(lambda _result: self._rescue_chosen(dialog.choice))
        dialog.open()
        return dialog

    def _rescue_chosen(self, choice: RescueChoice) -> None:
        from juhe_desk.ui.dialogs.database_rescue import RescueChoice

        self._rescuing = False
        from juhe_desk.ui.startup import restore_latest_backup, start_new_file

        database = self.database
        if choice is RescueChoice.RESTORE:
            self.reopen(lambda: restore_latest_backup(database))
        elif choice is RescueChoice.NEW:
            self.reopen(lambda: start_new_file(database))
        else:
            self.window.close()

    # --- File → Back up data… ---------------------------------------------------------------
    def back_up_now(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"juhe-desk-{now_in_china():%Y%m%d-%H%M}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up data to"),
                                              str(Path(documents) / name), FILE_FILTER)
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, destination: Path) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> Path:
            store.backup_to(destination)  # checked first: a damaged file is not copied
            return destination

        self._busy(True)
        self._say(self.tr("Backing up…"))
        self.session.runner.submit(job, on_result=self._backed_up_to,
                                   on_error=self._backup_failed)

    def _backed_up_to(self, destination: Path) -> None:
        self._busy(False)
        self._say(self.tr("Backed up to {path}").format(path=destination))

    def _backup_failed(self, error: BaseException) -> None:
        self._busy(False)
        self.window.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No backup was made"),
                          explain_error(error), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupFailedBox")
        box.open()

    # --- File → Restore from a backup… --------------------------------------------------------
    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"),
                                              str(backups_folder(self.database)), FILE_FILTER)
        if path:
            self.restore_from(Path(path))

    def restore_from(self, candidate: Path) -> None:
        """Check a copy of ``candidate`` in the background, then ask before using it."""
        database = self.database

        def job(ctx: TaskContext) -> Path:
            return prepare_copy(candidate, database, now_in_china())

        self._busy(True)
        self._say(self.tr("Checking the backup file…"))
        self.session.runner.submit(
            job, on_result=lambda prepared: self._confirm_restore(candidate, prepared),
            on_error=self._restore_refused)

    def _restore_refused(self, error: BaseException) -> None:
        self._busy(False)
        self.window.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This file cannot be restored"),
                          explain_error(error), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("restoreRefusedBox")
        box.open()

    def _confirm_restore(self, candidate: Path, prepared: Path) -> None:
        self._busy(False)
        self.window.statusBar().clearMessage()
        title = self.tr("Restore this backup?")
        box = QMessageBox(QMessageBox.Icon.Question, title, title,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr(
            "The data now in juhe-desk will be replaced by the backup {path} (it was checked "
            "and is sound). The current data file is kept in the data folder as "
            "{name}; nothing is deleted. juhe-desk then reopens its data.").format(
                path=candidate, name=f"{self.database.stem}-replaced-….sqlite3"))
        box.setObjectName("restoreConfirmDialog")
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreConfirmButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        database = self.database

        def answered() -> None:
            if box.clickedButton() is not restore:
                prepared.unlink(missing_ok=True)
                return

            def swap() -> str:
                kept = put_in_place(prepared, database, now_in_china(), "replaced")
                return self.tr("Restored from {path}; the data file before it was kept as "
                               "{name}.").format(path=candidate, name=kept.name if kept else "")

            if self.reopen(swap) is None and prepared.exists():
                prepared.unlink()

        box.finished.connect(answered)
        box.open()

    # --- rebuilding the window on another data file -----------------------------------------
    def reopen(self, swap: Callable[[], str]) -> QMainWindow | None:
        """Close the window (and its store), run ``swap`` (which replaces the data file and
        says so in words), then build and show a new window. None when the user kept the
        window open (a send was running) or quit."""
        from juhe_desk.ui.startup import StartupCancelled, build_main_window

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window for a moment: not a reason to quit
        try:
            if not self.window.close():
                return None
            try:
                news = swap()
            except Exception as error:  # told in the new window; the file stays as it was
                log.error("replacing the data file failed", exc_info=error)
                news = self.tr("The data file was not replaced: {reason}").format(
                    reason=explain_error(error))
            assert self.options is not None
            try:
                successor = build_main_window(self.options, self.session.data_dir, news)
            except StartupCancelled:
                app.quit()
                return None
            successor.show()
            self.successor = successor
            return successor
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    # --- small helpers ----------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.backup_action.setEnabled(not busy)
        self.restore_action.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)
