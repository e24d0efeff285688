"""Another port for the team database this desk hosts, when another program took its port:
from the team-database dialog ("Change port…"), and at the start of the desk that works in
it; the password and this desk's address follow, the other desks are told to join again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from rescue_support import Answer, ModalAnswerer
from team_host_support import Hosts, connect, free_port, listening_elsewhere
from test_team_host_dialog import WAIT_MS, _dialog

from juhe_desk.app import make_main_window
from juhe_desk.services.shared_database import saved_address
from juhe_desk.services.team_host import TeamHost
from juhe_desk.ui.dialogs.team_port_dialog import TeamPortDialog
from juhe_desk.ui.i18n import install_translators
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.team_hosting import TeamHosting


def _port_dialog(qtbot: QtBot, parent: object) -> TeamPortDialog:
    found: list[TeamPortDialog] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(TeamPortDialog)  # type: ignore[attr-defined]
                    if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def test_a_taken_port_is_changed_in_the_dialog_and_the_server_runs_there(
        qtbot: QtBot, team_hosts: Hosts) -> None:
    install_translators(QApplication.instance(), "zh_CN")  # as the app's start does
    host = team_hosts.set_up()
    taken = host.settings().port
    password = host.password()
    with listening_elsewhere(taken):
        dialog = _dialog(qtbot, host)
        assert dialog.current_page() == 1 and not dialog.view.status.running  # type: ignore[union-attr]
        dialog.start_stop_button.click()
        qtbot.waitUntil(lambda: "换端口" in dialog.message_label.text(), timeout=WAIT_MS)
        assert f"端口 {taken} 已被别的程序占用" in dialog.message_label.text()

        dialog.change_port_button.click()
        chooser = _port_dialog(qtbot, dialog)
        suggested = chooser.port()
        assert suggested != taken and chooser.ok_button.isEnabled()
        chooser.port_spin.setValue(taken)
        assert not chooser.ok_button.isEnabled()  # the same port: nothing to change
        also_taken = free_port()
        with listening_elsewhere(also_taken):
            chooser.port_spin.setValue(also_taken)
            chooser.ok_button.click()
            qtbot.waitUntil(lambda: f"端口 {also_taken} 已被别的程序占用"
                            in dialog.message_label.text(), timeout=WAIT_MS)
        assert host.settings().port == taken  # nothing changed
        assert not host.status().running

        dialog.change_port_button.click()
        chooser = _port_dialog(qtbot, dialog)
        chooser.port_spin.setValue(suggested)
        chooser.ok_button.click()
        qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.status.running,
                        timeout=WAIT_MS)
    assert host.settings().port == suggested == int(dialog.join_box.port_edit.text())
    assert str(suggested) in dialog.status_label.text()
    told = dialog.message_label.text()
    assert "请让其他电脑按这个端口重新加入" in told and str(suggested) in told
    assert host.password() == password  # moved to the new address's keyring entry
    assert saved_address(host.folder.parent) == host.local_address()  # this desk follows
    with connect(host) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    TeamHosting.ensure(host).stop()


def test_the_hosting_desk_changes_a_taken_port_at_its_start(
        qtbot: QtBot, hosting_desk: TeamHost) -> None:
    data_dir: Path = hosting_desk.folder.parent
    taken = hosting_desk.settings().port
    answerer = ModalAnswerer([Answer("sharedDatabaseUnavailableBox", "sharedChangePortButton"),
                              Answer("teamPortDialog", "teamPortOkButton")])
    try:
        with listening_elsewhere(taken):
            window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
    finally:
        answerer.stop()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    asked, chose = answerer.seen
    assert f"端口 {taken} 已被别的程序占用" in asked.all_text()
    assert asked.default == "sharedChangePortButton"
    assert set(asked.buttons) == {"sharedChangePortButton", "sharedRetryButton",
                                  "sharedQuitButton"}
    assert asked.title == "团队数据库"
    assert str(taken) in chose.all_text()
    moved = hosting_desk.settings().port
    assert moved != taken
    assert window.session.store.shared_address == hosting_desk.local_address()
    assert hosting_desk.local_address().port == moved and hosting_desk.status().running
    assert saved_address(data_dir) == hosting_desk.local_address()
    window.close()
    TeamHosting.ensure(hosting_desk).stop()

