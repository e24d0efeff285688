"""A desk on a team database whose data folder's disk fills up while it runs: the status bar
says in words that this desk does not receive reports (what happened and what to do in its
tooltip), nothing is pulled from the gateway meanwhile (it hands each report out once: none
is taken without a place to keep it), and once there is room again the reports are pulled
and stored, once each. A real small disk (a tmpfs, root only), a real cluster, the simulator."""

from __future__ import annotations

from pathlib import Path

from disk_support import fill, small_disk
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, SIGNATURE
from test_shared_database_window import start

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow

NUMBERS = [f"1390000{i:04d}" for i in range(6)]


def pull_once(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    qtbot.waitUntil(lambda: not session.pulling, timeout=30_000)
    session.poll_now()
    qtbot.waitUntil(lambda: not session.pulling, timeout=30_000)


def test_a_full_disk_stops_the_pulls_in_words_until_there_is_room(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    with small_disk(tmp_path / "desk", size="16m") as data_dir:
        window, _ = start(qtbot, data_dir, "--shared-db", team_db.url)
        label = window.puller_label
        pull_once(qtbot, window)
        qtbot.waitUntil(lambda: label.text() == "本机负责收取回执", timeout=30_000)
        with window.session.make_client() as client:  # sent elsewhere: its reports wait
            client.send(NUMBERS, f"{SIGNATURE}周末全场八折", extno=EXTNO)
        gateway.flush_reports()
        filler = fill(data_dir)

        pull_once(qtbot, window)
        assert label.text() == "本机暂不收取回执：数据文件夹存不下"
        assert "磁盘已满" in label.toolTip() and "腾出磁盘空间" in label.toolTip()
        assert gateway.state(ACCOUNT).queued_reports == len(NUMBERS)  # nothing taken
        team = window.session.team
        assert team is not None and team.puller is None  # let go: another desk may pull

        filler.unlink()
        pull_once(qtbot, window)
        qtbot.waitUntil(lambda: label.text() == "本机负责收取回执", timeout=30_000)
        assert label.toolTip() == ""
        assert gateway.state(ACCOUNT).queued_reports == 0
        assert window.session.store.count_reports() == len(NUMBERS)  # each once
        window.close()
