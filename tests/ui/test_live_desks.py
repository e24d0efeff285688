"""Two desks on one team database see each other's work without a restart: a reply one
pulls shows in the other's inbox, an opt-out one adds reaches the other within a second,
and each names the other in its status bar."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT
from test_conversations import listed
from test_shared_database_window import _desk_folder, start

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store.changes import Change, ChangeKind
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.inbox_page import InboxPage


def listeners(window: MainWindow) -> int:
    """Desks whose listener is in place (its connection's last statement is the LISTEN)."""
    return int(window.session.store._scalar(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND query LIKE 'LISTEN%' AND state = 'idle'"))


def two_desks(qtbot: QtBot, tmp_path: Path, team_db: SharedAddress
              ) -> tuple[MainWindow, MainWindow]:
    front, _ = start(qtbot, _desk_folder(tmp_path, "a", "前台"), "--shared-db", team_db.url)
    qtbot.waitUntil(lambda: front.puller_label.text() == "本机负责收取回执", timeout=10_000)
    back, _ = start(qtbot, _desk_folder(tmp_path, "b", "收银台"), "--shared-db", team_db.url)
    qtbot.waitUntil(lambda: listeners(front) == 2, timeout=10_000)
    return front, back


def test_each_desk_names_the_others_on_line(qtbot: QtBot, tmp_path: Path,
                                            team_db: SharedAddress) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    assert front.session.team is not None
    front.session.team.live.presence_timer.setInterval(100)  # not the 10 s between asks
    qtbot.waitUntil(lambda: back.online_label.text() == "同时在线：前台", timeout=5000)
    qtbot.waitUntil(lambda: front.online_label.text() == "同时在线：收银台", timeout=5000)
    assert front.online_label.isVisible() and back.online_label.isVisible()
    back.close()
    qtbot.waitUntil(lambda: front.online_label.text() == "没有其他电脑在线", timeout=10_000)


def test_an_opt_out_and_a_reply_show_at_the_other_desk_within_a_second(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    # The write's own job, the notice, the coalescing: well within the 3 s allowed here on
    # a busy test machine (tests/services/test_live_changes.py times the notice alone).
    with qtbot.waitSignal(front.session.optOutsChanged, timeout=3000):
        back.session.writes.submit(lambda store: store.add_opt_outs(["13800138001"], "manual"))
    assert front.session.store.is_opted_out("13800138001")

    inbox = back.findChild(InboxPage, "inboxPage")
    assert inbox is not None
    gateway.inject_mo(ACCOUNT, "13800138002", "几点开门？")
    front.session.poll_now()  # the desk that pulls stores it; the other only hears of it
    qtbot.waitUntil(lambda: "13800138002" in listed(inbox), timeout=5000)


def test_the_first_change_is_passed_on_at_once_and_the_next_gathered(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    window, _ = start(qtbot, _desk_folder(tmp_path, "a", "前台"), "--shared-db", team_db.url)
    assert window.session.team is not None
    live = window.session.team.live
    heard: list[str] = []
    window.session.optOutsChanged.connect(lambda: heard.append("opt-outs"))
    qtbot.waitUntil(lambda: not live.coalesce_timer.isActive(), timeout=5000)
    heard.clear()
    live._heard([Change(ChangeKind.OPT_OUT, "1")])
    assert heard == ["opt-outs"]  # no wait for the first
    live._heard([Change(ChangeKind.OPT_OUT, "2")])
    live._heard([Change(ChangeKind.OPT_OUT, "3")])
    assert heard == ["opt-outs"]  # those that follow at once wait for the window's end
    qtbot.waitUntil(lambda: heard == ["opt-outs", "opt-outs"], timeout=5000)
