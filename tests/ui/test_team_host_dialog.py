"""The team-database dialog on a real server: set up, what joining desks type, backups,
stop and start; and the server started with the app and stopped when it quits."""

from __future__ import annotations

import psycopg
from message_boxes import answer_next_box
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from team_host_support import (
    Hosts,
    connect,
    free_port,
    listening_elsewhere,
)

from juhe_desk.services.shared_database import save_address
from juhe_desk.services.team_host import TeamHost
from juhe_desk.ui.dialogs.team_host_dialog import TeamHostDialog
from juhe_desk.ui.tasks import TaskRunner
from juhe_desk.ui.team_hosting import TeamHosting, start_team_host_if_enabled

WAIT_MS = 60_000


def _dialog(qtbot: QtBot, host: TeamHost) -> TeamHostDialog:
    runner = TaskRunner()
    dialog = TeamHostDialog(host, runner)
    qtbot.addWidget(dialog)
    dialog.finished.connect(lambda _r: runner.shutdown())
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
    return dialog


def test_setting_up_shows_what_the_other_desks_type(qtbot: QtBot, team_hosts: Hosts) -> None:
    host = team_hosts.make()
    dialog = _dialog(qtbot, host)
    assert dialog.current_page() == 0
    port = free_port()
    dialog.port_spin.setValue(port)
    dialog.set_up_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.status.running,
                    timeout=WAIT_MS)
    assert dialog.current_page() == 1
    assert str(port) in dialog.status_label.text()
    assert dialog.view.used_here  # this desk works in it from its next start
    assert dialog.this_desk_label.text() and "127.0.0.1" not in dialog.this_desk_label.text()
    assert dialog.join_box.port_edit.text() == str(port)
    assert dialog.join_box.database_edit.text() == dialog.join_box.user_edit.text() == "juhe_team"
    password = dialog.join_box.password_edit.text()
    assert password == host.password()
    assert dialog.join_box.password_edit.echoMode() is QLineEdit.EchoMode.Password
    dialog.join_box.show_password_button.click()
    assert dialog.join_box.password_edit.echoMode() is QLineEdit.EchoMode.Normal
    dialog.join_box.copy_button.click()
    copied = QApplication.clipboard().text()
    assert password in copied and str(port) in copied and "juhe_team" in copied
    join = dialog.join_box
    with psycopg.connect(host="127.0.0.1", port=int(join.port_edit.text()),
                         dbname=join.database_edit.text(), user=join.user_edit.text(),
                         password=password, sslmode="disable", connect_timeout=10) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)

    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.last_backup is not None,
                    timeout=WAIT_MS)
    assert dialog.view.last_backup.path.exists()
    assert dialog.view.last_backup.taken_at.strftime("%Y-%m-%d %H:%M") in \
        dialog.backup_label.text()

    answer_next_box(QMessageBox.StandardButton.Yes, name="teamStopConfirm")
    dialog.start_stop_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and not dialog.view.status.running,
                    timeout=WAIT_MS)
    assert not dialog.backup_button.isEnabled()
    dialog.start_stop_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.status.running,
                    timeout=WAIT_MS)
    TeamHosting.ensure(host).stop()  # what quitting the app does
    assert not host.status().running


def test_a_failure_is_said_in_words_with_the_state_it_left(qtbot: QtBot, team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    dialog = _dialog(qtbot, host)
    assert not dialog.view.status.running
    with listening_elsewhere(host.settings().port):
        dialog.start_stop_button.click()
        qtbot.waitUntil(lambda: "端口" in dialog.message_label.text(), timeout=WAIT_MS)
    assert str(host.settings().port) in dialog.message_label.text()
    assert dialog.start_stop_button.isEnabled()


def test_the_app_starts_the_hosted_database_and_stops_it_at_quit(
        qtbot: QtBot, team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    save_address(host.folder.parent, None)  # this desk keeps its own history: serves only
    hosting = start_team_host_if_enabled(host.folder.parent, tools=host.tools)
    assert hosting is not None and host.status().running
    with connect(host) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert not host.status().running
    assert start_team_host_if_enabled(team_hosts.make("没有团队").folder.parent) is None
