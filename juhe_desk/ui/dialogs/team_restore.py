"""Restoring the team database this desk hosts from one of its backups, from the
team-database dialog: choose the backup, read in the user's words what is replaced (a
careful question: Enter and Esc keep the history as it is), then restore in a job
(services/team_restore.py: refused while any desk runs on it, what it holds now backed up
first). When this desk works in it, its window closes first and opens again on the restored
history (``DataSafety.reopen``), as after restoring the desk's own data file; but first it
asks whether other desks run, so a refusal finds the window open. A refusal is told in a
box (``refused_box``): what happened, at which desks, what to do; Enter and Esc close it,
and nothing was changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.services.team_backups import team_backups
from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_restore import (
    DesksStillOpen,
    refuse_while_others_run,
    restore_team_safely,
)
from juhe_desk.store.backups import BackupFile
from juhe_desk.ui.dialogs.careful_question import careful_question
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.naming import named
from juhe_desk.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

_tr = translator_for("TeamRestore")

# Closes the window, runs the swap (which says what happened, in words), opens it again.
Reopen = Callable[[Callable[[], str]], object]


def when(backup: BackupFile) -> str:
    return backup.taken_at.strftime("%Y-%m-%d %H:%M")


class BackupChooser(QDialog):
    """The team database's backups, newest first; ``chosen()`` once accepted."""

    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamRestoreDialog")
        self.setWindowTitle(_tr("Restore the team database from a backup"))
        intro = named(QLabel(_tr("Choose the backup to go back to. Everything after it is "
                                 "replaced: you are asked once more before anything "
                                 "changes.")), "teamRestoreIntroLabel")
        intro.setWordWrap(True)
        self.list = named(QListWidget(), "teamRestoreList")
        for backup in backups:
            item = QListWidgetItem(self._label(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.backups = backups
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        choose = named(buttons.button(QDialogButtonBox.StandardButton.Ok),
                       "teamRestoreChooseButton")
        choose.setText(_tr("Restore…"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "teamRestoreCancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _label(self, backup: BackupFile) -> str:
        kinds = {"daily": _tr("daily"), "manual": _tr("made by hand"),
                 "before-restore": _tr("made before a restore")}
        return _tr("{time} ({kind})").format(time=when(backup),
                                             kind=kinds.get(backup.reason, backup.reason))

    def chosen(self) -> BackupFile:
        return self.backups[max(0, self.list.currentRow())]


class TeamRestore(QObject):
    """One restore at a time, from ``parent`` (the team-database dialog)."""

    said = Signal(str, bool)  # what happened in words; True: an error
    busy = Signal(str)  # working: what on
    ended = Signal()  # the restore (or the attempt) is over: look at the server again

    def __init__(self, host: TeamHost, runner: TaskRunner, parent: QWidget,
                 works_here: Callable[[], bool], reopen: Reopen | None) -> None:
        super().__init__(parent)
        self.host = host
        self.runner = runner
        self.parent_widget = parent
        self.works_here = works_here
        self.reopen = reopen
        self.chooser: BackupChooser | None = None
        self.question: QMessageBox | None = None
        self.refusal: QMessageBox | None = None

    def start(self) -> None:
        host = self.host
        self.busy.emit(_tr("Looking for the backups…"))
        self.runner.submit(lambda ctx: team_backups(host), on_result=self._choose,
                           on_error=self._failed)

    def _choose(self, backups: list[BackupFile]) -> None:
        if not backups:
            self.said.emit(_tr("There is no backup to restore yet: one is made every day "
                               "while the team database runs, or click “Back up now”."), True)
            self.ended.emit()
            return
        self.chooser = BackupChooser(backups, self.parent_widget)
        self.chooser.accepted.connect(lambda: self._confirm(self._chosen()))
        self.chooser.rejected.connect(self.ended.emit)
        self.chooser.open()

    def _chosen(self) -> BackupFile:
        assert self.chooser is not None
        return self.chooser.chosen()

    def _confirm(self, backup: BackupFile) -> None:
        text = _tr(
            "Replace the team's whole shared history with the backup of {time}?\n\n"
            "Everything every desk did after {time} is lost: campaigns and what they sent, "
            "delivery reports, replies, templates, settings, and the opt-outs added since "
            "(those customers could then get messages again). Messages sent after {time} "
            "will look as if they were never sent: do not send them again.\n\n"
            "Close juhe-desk at every other desk first. What the team database holds now is "
            "backed up before it is replaced.").format(time=when(backup))
        if self.works_here():
            text += "\n\n" + _tr("This window closes and opens again on the restored "
                                 "history.")
        box, act, _keep = careful_question(
            self.parent_widget, "teamRestoreConfirm", QMessageBox.Icon.Warning,
            _tr("Restore the team database?"), text, _tr("Replace with this backup"),
            _tr("Keep the history as it is"))
        act.setObjectName("teamRestoreConfirmButton")
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is act, backup))
        self.question = box
        box.open()

    def _answered(self, confirmed: bool, backup: BackupFile) -> None:
        if not confirmed:
            self.ended.emit()
            return
        host = self.host
        if self.works_here() and self.reopen is not None:
            # The others are asked about before the window closes: a refusal finds it open.
            self.busy.emit(_tr("Looking whether juhe-desk runs at other desks…"))
            self.runner.submit(lambda ctx: refuse_while_others_run(host),
                               on_result=lambda _none: self._close_and_restore(backup),
                               on_error=self._failed)
            return

        def job(ctx: TaskContext) -> Path:
            return restore_team_safely(host, backup.path, now_in_china())

        self.busy.emit(_tr("Restoring the team database (this can take a few minutes)…"))
        self.runner.submit(job, on_result=lambda kept: self._restored(when(backup), kept),
                           on_error=self._failed)

    def _close_and_restore(self, backup: BackupFile) -> None:
        assert self.reopen is not None
        # This dialog goes with the window: what runs then holds no Qt object of it.
        self.reopen(partial(restore_while_closed, self.host, backup.path, when(backup)))
        # the window opened again says what happened

    def _restored(self, time: str, kept: Path) -> None:
        self.said.emit(restored_text(time, kept), False)
        self.ended.emit()

    def _failed(self, error: BaseException) -> None:
        self.said.emit(explain_error(error), True)
        if isinstance(error, DesksStillOpen):
            self.refusal = refused_box(self.parent_widget, error.names)
            self.refusal.open()
        self.ended.emit()


def refused_box(parent: QWidget | None, names: tuple[str, ...]) -> QMessageBox:
    """The restore was refused while juhe-desk runs at ``names``: what to do, in words."""
    desks = "、".join(f"“{name}”" for name in names)  # as the status bar lists desks
    box = QMessageBox(QMessageBox.Icon.Information, _tr("The team database was not restored"),
                      _tr("juhe-desk is still open at: {desks}.\n\n"
                          "A restore replaces the history those desks work in, so it is only "
                          "done while juhe-desk is closed at every other desk. Nothing was "
                          "changed: the team's history is as it was.\n\n"
                          "Close juhe-desk at those desks (they lose nothing: what they did is "
                          "saved), then click “Restore from a backup…” again.").format(
                          desks=desks),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("teamRestoreRefused")
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    return box


def restore_while_closed(host: TeamHost, dump: Path, time: str) -> str:
    """This desk's window is closed (its store let go of the database): restore behind a
    please-wait; what happened, in words, for the window that opens next."""
    from juhe_desk.ui.dialogs.busy import run_while_waiting

    try:
        kept = run_while_waiting(
            _tr("Restoring the team database (this can take a few minutes)…"),
            lambda ctx: restore_team_safely(host, dump, now_in_china()))
    except DesksStillOpen as error:  # one started after the window asked: told now, too
        refused_box(None, error.names).exec()
        return explain_error(error)
    except Exception as error:  # said in the window that opens again
        log.error("the team database was not restored", exc_info=error)
        return explain_error(error)
    return restored_text(time, kept)


def restored_text(time: str, kept: Path) -> str:
    return _tr("The team database is back as it was at {time}. What it held just before is "
               "kept as the backup {name}. The other desks may start juhe-desk again.").format(
        time=time, name=kept.name)
