"""Restoring the hosted team database from a backup, from the team-database dialog: the
backup chosen, a careful question (Enter keeps the history as it is), refused while another
desk runs on it, what it held backed up first; on the desk that works in it, the window
closes and opens again on the restored history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from team_host_support import Hosts
from test_hosting_desk import _start
from test_team_host_dialog import WAIT_MS, _dialog
from window_ready import show_until_ready

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.services.team_backups import back_up_team, team_backups
from juhe_desk.services.team_host import TeamHost
from juhe_desk.store import DeskIdentity, Store
from juhe_desk.ui.dialogs.team_host_dialog import TeamHostDialog
from juhe_desk.ui.dialogs.team_restore import BackupChooser, restore_while_closed
from juhe_desk.ui.i18n import install_translators
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.team_hosting import TeamHosting

BEFORE, AFTER = "13800138001", "13800138002"  # opted out before the backup, and after it


@contextmanager
def team_store(host: TeamHost, desk: str | None = None) -> Iterator[Store]:
    password = host.password()
    assert password is not None
    store = Store.open_shared(host.local_address(), password)
    if desk is not None:
        store.set_desk(DeskIdentity.new(desk))
    try:
        yield store
    finally:
        store.close()


def backed_up_between_opt_outs(host: TeamHost) -> None:
    with team_store(host) as store:
        store.add_opt_outs([BEFORE], "manual")
    back_up_team(host, now_in_china() - dt.timedelta(hours=1), reason="manual")
    with team_store(host) as store:
        store.add_opt_outs([AFTER], "manual")


def opted_out(host: TeamHost) -> set[str]:
    with team_store(host) as store:
        return {m for m in (BEFORE, AFTER) if store.is_opted_out(m)}


def choose_the_backup(qtbot: QtBot, dialog: QWidget) -> QMessageBox:
    """Click "Restore from a backup…", take the backup made by hand; the question then."""
    dialog.restore_button.click()  # type: ignore[attr-defined]
    chooser: list[BackupChooser] = []
    qtbot.waitUntil(lambda: bool(chooser.extend(
        c for c in dialog.findChildren(BackupChooser) if c.isVisible()) or chooser),
        timeout=WAIT_MS)
    rows = chooser[0].list
    [manual] = [i for i in range(rows.count())
                if "-manual" in rows.item(i).data(Qt.ItemDataRole.UserRole)]
    rows.setCurrentRow(manual)  # the one made between the opt-outs (a daily one may be newer)
    chooser[0].accept()
    return confirm_box(qtbot)


def shown_box(qtbot: QtBot, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                    and w.isVisible() and w.objectName() == name]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def confirm_box(qtbot: QtBot) -> QMessageBox:
    return shown_box(qtbot, "teamRestoreConfirm")


def refused_box(qtbot: QtBot) -> QMessageBox:
    return shown_box(qtbot, "teamRestoreRefused")


def click_replace(box: QMessageBox) -> None:
    act = box.findChild(QWidget, "teamRestoreConfirmButton")
    assert act is not None
    act.click()  # type: ignore[attr-defined]


def hosting_window_ready_to_restore(qtbot: QtBot, hosting_desk: TeamHost
                                    ) -> tuple[MainWindow, TeamHostDialog]:
    """The hosting desk's window, a backup made between two opt-outs, and its team-database
    dialog open with "restore" ready."""
    window = _start(qtbot, hosting_desk.folder.parent)
    show_until_ready(qtbot, window)
    backed_up_between_opt_outs(hosting_desk)
    dialog = window.show_team_host_dialog()
    assert isinstance(dialog, TeamHostDialog)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.restore_button.isEnabled(),
                    timeout=WAIT_MS)
    return window, dialog


def test_a_backup_is_restored_after_a_careful_question(qtbot: QtBot, team_hosts: Hosts) -> None:
    install_translators(QApplication.instance(), "zh_CN")  # as the app's start does
    host = team_hosts.set_up()
    host.start()
    backed_up_between_opt_outs(host)
    dialog = _dialog(qtbot, host)
    assert dialog.restore_button.isEnabled()

    box = choose_the_backup(qtbot, dialog)
    text = box.text()
    assert "之后新增的退订号码" in text and "请不要再发一次" in text
    assert "请先在其他每台电脑上关掉 juhe-desk" in text
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter keeps the history as it is
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT_MS)
    assert opted_out(host) == {BEFORE, AFTER}
    assert [b.reason for b in team_backups(host)] == ["manual"]

    click_replace(choose_the_backup(qtbot, dialog))
    qtbot.waitUntil(lambda: "团队数据库已恢复到" in dialog.message_label.text(),
                    timeout=WAIT_MS)
    assert opted_out(host) == {BEFORE}  # as at the backup
    kept = team_backups(host)[0]
    assert kept.reason == "before-restore" and kept.path.name in dialog.message_label.text()
    TeamHosting.ensure(host).stop()


def test_a_restore_is_refused_while_another_desk_runs_on_it(
        qtbot: QtBot, team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    host.start()
    backed_up_between_opt_outs(host)
    install_translators(QApplication.instance(), "zh_CN")  # as the app's start does
    dialog = _dialog(qtbot, host)
    with team_store(host, desk="收银台"):
        click_replace(choose_the_backup(qtbot, dialog))
        box = refused_box(qtbot)
    # Told in a box, in words: what happened, which desks, what to do.
    assert "没有恢复" in box.windowTitle() and "“收银台”" in box.text()
    assert "关掉 juhe-desk" in box.text() and "再点" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "关掉 juhe-desk" in dialog.message_label.text(),  # said there too
                    timeout=WAIT_MS)
    assert opted_out(host) == {BEFORE, AFTER}  # nothing changed
    assert [b.reason for b in team_backups(host)] == ["manual"]
    TeamHosting.ensure(host).stop()


def test_the_desk_that_works_in_it_opens_again_on_the_restored_history(
        qtbot: QtBot, hosting_desk: TeamHost) -> None:
    window, dialog = hosting_window_ready_to_restore(qtbot, hosting_desk)
    box = choose_the_backup(qtbot, dialog)
    assert "本窗口会关闭，然后用恢复后的记录重新打开" in box.text()  # the window's zh_CN
    click_replace(box)
    qtbot.waitUntil(lambda: window.data_safety.successor is not None, timeout=WAIT_MS)
    again = window.data_safety.successor
    assert isinstance(again, MainWindow)
    qtbot.addWidget(again)
    assert opted_out(hosting_desk) == {BEFORE}
    assert again.session.store.is_opted_out(BEFORE) and \
        not again.session.store.is_opted_out(AFTER)
    again.close()
    TeamHosting.ensure(hosting_desk).stop()


def test_the_desk_that_works_in_it_stays_open_when_another_desk_runs(
        qtbot: QtBot, hosting_desk: TeamHost) -> None:
    window, dialog = hosting_window_ready_to_restore(qtbot, hosting_desk)
    own_name = window.session.store.desk.name  # type: ignore[union-attr]
    with team_store(hosting_desk, desk="收银台"):
        click_replace(choose_the_backup(qtbot, dialog))
        box = refused_box(qtbot)
    assert "“收银台”" in box.text() and f"“{own_name}”" not in box.text()  # not itself
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    assert window.isVisible() and window.data_safety.successor is None  # never closed
    assert opted_out(hosting_desk) == {BEFORE, AFTER}
    assert "before-restore" not in [b.reason for b in team_backups(hosting_desk)]
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT_MS)
    window.close()
    TeamHosting.ensure(hosting_desk).stop()


def test_a_desk_started_while_the_window_closes_is_told_in_a_box_too(
        qtbot: QtBot, team_hosts: Hosts) -> None:
    """The desk that works in it asked first; one started in between is still refused, and
    told in a box before the window opens again (its status bar says it too)."""
    install_translators(QApplication.instance(), "zh_CN")
    host = team_hosts.set_up()
    host.start()
    backed_up_between_opt_outs(host)
    [manual] = [b for b in team_backups(host) if b.reason == "manual"]
    seen: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                 and w.isVisible() and w.objectName() == "teamRestoreRefused"]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        seen.append(boxes[0].text())
        QTest.keyClick(boxes[0], Qt.Key.Key_Return)

    with team_store(host, desk="收银台"):
        QTimer.singleShot(0, answer)
        news = restore_while_closed(host, manual.path, "昨天")
    assert len(seen) == 1 and "“收银台”" in seen[0] and "关掉 juhe-desk" in seen[0]
    assert "收银台" in news
    assert opted_out(host) == {BEFORE, AFTER}
    TeamHosting.ensure(host).stop()
