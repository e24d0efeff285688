"""Hosting the team database on this computer: set it up, start or stop it, and show what
the other desks type to join ("加入团队") in the account dialog's team section
(``shared_database_section``), the one way every desk, this one too, reaches a shared
database. Every look at the server and every change runs in the task runner; the dialog
only shows what a job found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.services.team_backups import back_up_team, team_backups
from juhe_desk.services.team_host import HostStatus, JoinDetails, SavedPassword, TeamHost
from juhe_desk.services.team_host_files import DEFAULT_PORT, HostSettings
from juhe_desk.services.team_host_port import move_to_port, suggested_port
from juhe_desk.store.backups import BackupFile
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.dialogs.team_join_box import TeamJoinBox
from juhe_desk.ui.dialogs.team_port_dialog import TeamPortDialog
from juhe_desk.ui.dialogs.team_restore import Reopen, TeamRestore
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named
from juhe_desk.ui.tasks import TaskContext, TaskRunner
from juhe_desk.ui.team_hosting import TeamHosting


@dataclass(frozen=True, slots=True)
class HostView:
    """What a job found: the server's state, what to show joining desks, the last backup."""

    status: HostStatus
    details: JoinDetails | None
    last_backup: BackupFile | None
    saved: SavedPassword | None = None  # where a new password went, when one was made
    used_here: bool = False  # this desk keeps its history in it (from its next start)


def look(host: TeamHost, saved: SavedPassword | None = None) -> HostView:
    status = host.status()
    if not status.set_up:
        return HostView(status, None, None, saved)
    backups = team_backups(host)
    return HostView(status, host.join_details(), backups[0] if backups else None, saved,
                    host.used_here())


class TeamHostDialog(QDialog):
    def __init__(self, host: TeamHost, runner: TaskRunner,
                 parent: QWidget | None = None, in_use: SharedAddress | None = None,
                 reopen: Reopen | None = None) -> None:
        """``in_use``: the shared database this desk's store is on now (None: its own);
        ``reopen``: the window's (DataSafety.reopen), to restore a backup of it."""
        super().__init__(parent)
        self.setObjectName("teamHostDialog")
        self.setWindowTitle(self.tr("Team database on this computer"))
        self.host = host
        self.runner = runner
        self.in_use = in_use
        self.view: HostView | None = None
        self._error = ""  # what the last job's failure was, shown with the state it left
        self.restore = TeamRestore(host, runner, self, self._works_in_it_now, reopen)
        self.restore.busy.connect(self._busy)
        self.restore.said.connect(lambda text, _error: setattr(self, "_error", text))
        self.restore.ended.connect(lambda: self._run(lambda ctx: look(host)))
        self._last_failure: BaseException | None = None  # a taken port's offers a free one

        # Two pages, one shown: hidden, the other takes no room (a QStackedWidget is as
        # tall as its tallest page).
        self.set_up_page = named(self._set_up_page(), "teamSetUpPage")
        self.hosting_page = named(self._hosting_page(), "teamHostingPage")
        self.message_label = named(QLabel(), "teamHostMessageLabel")
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.set_up_page)
        layout.addWidget(self.hosting_page)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._show_page(0)
        self._busy(self.tr("Looking at the team database…"))
        self._run(lambda ctx: look(host))

    # --- the two pages --------------------------------------------------------------------
    def _set_up_page(self) -> QWidget:
        page = QWidget()
        intro = named(QLabel(self.tr(
            "Desks that share one gateway account can share one history: opt-outs, "
            "templates, campaigns, delivery reports and replies. One computer keeps it for "
            "the team. It must be switched on, with juhe-desk open, while the others work. "
            "This desk works in it too from juhe-desk's next start; its history so far stays "
            "in its own data file.")),
            "teamHostIntroLabel")
        intro.setWordWrap(True)
        self.port_spin = named(QSpinBox(), "teamPortSpin")
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.set_up_button = named(QPushButton(self.tr("&Set up the team database here")),
                                   "teamSetUpButton")
        self.set_up_button.clicked.connect(self.set_up)
        form = QFormLayout()
        form.addRow(self.tr("Port:"), self.port_spin)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.set_up_button)
        layout.addStretch(1)
        return page

    def _hosting_page(self) -> QWidget:
        page = QWidget()
        self.status_label = named(QLabel(), "teamHostStatusLabel")
        self.status_label.setWordWrap(True)
        self.this_desk_label = named(QLabel(), "teamThisDeskLabel")
        self.this_desk_label.setWordWrap(True)
        self.join_box = TeamJoinBox()
        self.join_box.copy_button.clicked.connect(self.copy_join_details)
        self.backup_label = named(QLabel(), "teamLastBackupLabel")
        self.backup_label.setWordWrap(True)
        notes = named(QLabel(self.tr(
            "The first time, Windows may ask whether “postgres” may use the network: choose "
            "private networks and Allow (this may need an administrator once). Keep this "
            "computer on while the others work.")), "teamHostNotesLabel")
        notes.setWordWrap(True)
        self.start_stop_button = named(QPushButton(), "teamStartStopButton")
        self.start_stop_button.clicked.connect(self.start_or_stop)
        self.backup_button = named(QPushButton(self.tr("&Back up now")), "teamBackupButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.new_password_button = named(QPushButton(self.tr("&New password…")),
                                         "teamNewPasswordButton")
        self.new_password_button.clicked.connect(self.ask_new_password)
        self.change_port_button = named(QPushButton(self.tr("Change &port…")),
                                        "teamChangePortButton")
        self.change_port_button.clicked.connect(self.ask_new_port)
        self.restore_button = named(QPushButton(self.tr("&Restore from a backup…")),
                                    "teamRestoreButton")
        self.restore_button.clicked.connect(lambda: self.restore.start())
        rows = (QHBoxLayout(), QHBoxLayout())  # the server and its backups; how to reach it
        for row, buttons in zip(rows, ((self.start_stop_button, self.backup_button,
                                        self.restore_button),
                                       (self.new_password_button, self.change_port_button)),
                                strict=True):
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_label)
        layout.addWidget(self.this_desk_label)
        layout.addWidget(self.join_box)
        layout.addWidget(self.backup_label)
        layout.addWidget(notes)
        for row in rows:
            layout.addLayout(row)
        return page

    # --- what the buttons do ---------------------------------------------------------------
    def set_up(self) -> None:
        host, port = self.host, self.port_spin.value()

        def job(ctx: TaskContext) -> HostView:
            saved = host.set_up(HostSettings(port=port))
            host.start()
            return look(host, saved)

        self._busy(self.tr("Setting up the team database (a few seconds)…"))
        self._run(job)

    def start_or_stop(self) -> None:
        host = self.host
        if self.view is not None and self.view.status.running:
            def stop(ctx: TaskContext) -> HostView:
                host.stop()
                return look(host)

            def confirmed() -> None:
                self._busy(self.tr("Stopping the team database…"))
                self._run(stop)

            self._confirm("teamStopConfirm", self.tr(
                "Stop the team database? The other desks lose the shared data until it "
                "runs again (it starts with juhe-desk next time).") + self._this_desk_too(
                self.tr("This desk too works in it: it cannot save or show anything until "
                        "the database runs again.")), confirmed)
            return

        def start(ctx: TaskContext) -> HostView:
            host.start()
            return look(host)

        self._busy(self.tr("Starting the team database…"))
        self._run(start)

    def back_up_now(self) -> None:
        host = self.host

        def job(ctx: TaskContext) -> HostView:
            back_up_team(host, now_in_china(), reason="manual")
            return look(host)

        self._busy(self.tr("Backing up the team database…"))
        self._run(job)

    def ask_new_password(self) -> None:
        host = self.host

        def job(ctx: TaskContext) -> HostView:
            return look(host, host.new_password())

        def confirmed() -> None:
            self._busy(self.tr("Making a new password…"))
            self._run(job)

        self._confirm("teamNewPasswordConfirm", self.tr(
            "Make a new password? The old one stops working at once: every other desk must "
            "join again with the new one.") + self._this_desk_too(
            self.tr("This desk takes the new one when juhe-desk starts again: start it "
                    "again afterwards.")), confirmed)

    def ask_new_port(self) -> TeamPortDialog:
        """Another port (this one is taken, say): the server restarts on it."""
        host = self.host
        details = self.view.details if self.view is not None else None
        current = details.port if details is not None else DEFAULT_PORT
        dialog = TeamPortDialog(current, suggested_port(self._last_failure, current), self,
                                restart_note=self._works_in_it_now())

        def job(ctx: TaskContext) -> HostView:
            return look(host, move_to_port(host, dialog.port()))

        def moved(view: HostView) -> None:
            self._show(view)
            self.message_label.setText(self.tr(
                "The team database uses port {port} now: let the other desks join again "
                "with it.").format(port=dialog.port()) + self._this_desk_too(self.tr(
                    "This desk takes the new port when juhe-desk starts again: start it "
                    "again afterwards.")))

        def chosen() -> None:
            self._busy(self.tr("Moving the team database to port {port}…").format(
                port=dialog.port()))
            self.runner.submit(job, on_result=moved, on_error=self._failed)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def copy_join_details(self) -> None:
        self.join_box.copy()
        self.message_label.setText(self.tr("Copied. Send it only to the people at your desks."))

    # --- running jobs and showing what they found --------------------------------------------
    def _run(self, job: Callable[[TaskContext], HostView]) -> None:
        self.runner.submit(job, on_result=self._show, on_error=self._failed)

    def _busy(self, text: str) -> None:
        for button in (self.set_up_button, self.start_stop_button, self.backup_button,
                       self.restore_button, self.new_password_button, self.change_port_button):
            button.setEnabled(False)
        self.message_label.setText(text)

    def _failed(self, error: BaseException) -> None:
        self._error = explain_error(error)
        self._last_failure = error
        host = self.host
        self._run(lambda ctx: look(host))  # show the state the failure left

    def _show(self, view: HostView) -> None:
        self.view = view
        self.set_up_button.setEnabled(True)
        self.message_label.setText(self._error)
        self._error = ""
        if view.details is None:
            self._show_page(0)
            return
        self._show_page(1)
        running = view.status.running
        self.status_label.setText(
            self.tr("Running on port {port}: the other desks can join and work.").format(
                port=view.status.port) if running else
            self.tr("Stopped: the other desks cannot reach the shared data."))
        self.start_stop_button.setText(self.tr("S&top") if running else self.tr("S&tart"))
        for button in (self.start_stop_button, self.new_password_button,
                       self.change_port_button):
            button.setEnabled(True)
        self.backup_button.setEnabled(running)
        self.restore_button.setEnabled(running)
        self.join_box.show_details(view.details)
        self.backup_label.setText(self._backup_text(view.last_backup))
        self.this_desk_label.setText(self._this_desk_text(view))
        if view.saved is not None and not view.saved.persisted:
            self.message_label.setText(view.saved.text(current_language()))
        if running:
            TeamHosting.ensure(self.host)  # stopped with the app, backed up daily

    def _works_in_it_now(self) -> bool:
        return self.in_use is not None and self.host.serves(self.in_use)

    def _this_desk_too(self, text: str) -> str:
        return " " + text if self._works_in_it_now() else ""

    def _this_desk_text(self, view: HostView) -> str:
        if self._works_in_it_now():
            return self.tr("This desk works in it too.")
        if view.used_here:
            return self.tr("This desk works in it from juhe-desk's next start; its history "
                           "so far stays in its own data file.")
        return self.tr("This desk keeps its own history. To work in the team database here "
                       "too, type 127.0.0.1 and the details below in Account settings, "
                       "Team's shared database.")

    def _show_page(self, index: int) -> None:
        self.set_up_page.setVisible(index == 0)
        self.hosting_page.setVisible(index == 1)
        self.adjustSize()

    def current_page(self) -> int:
        """0: not set up yet; 1: hosting."""
        return 0 if self.hosting_page.isHidden() else 1

    def _backup_text(self, backup: BackupFile | None) -> str:
        folder = str(self.host.folder.parent / "backups")
        if backup is None:
            return self.tr("No backup yet: one is made every day while it runs, the last 7 "
                           "kept in {folder}.").format(folder=folder)
        return self.tr("Last backup: {time} (one a day, the last 7 kept in {folder}).").format(
            time=backup.taken_at.strftime("%Y-%m-%d %H:%M"), folder=folder)

    def _confirm(self, name: str, text: str, then: Callable[[], None]) -> QMessageBox:
        """Ask (No is the default); ``then`` runs on Yes."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName(name)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: then() if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        return box
