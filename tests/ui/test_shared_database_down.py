"""The team's shared database goes away while the window runs on it (its server stopped):
the status bar says so in words, writing a message keeps working, nothing is sent (nor
recorded anywhere else) until it is back, and then everything works again.

A cluster of this module's own: the tests stop and start its server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from import_helpers import import_page, sample_rows, summary_text, write_xlsx
from pg_cluster import APP_PASSWORD, PgCluster
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT
from test_send_end_to_end import (
    compose_page,
    confirm_with_enter,
    fill_in,
    open_confirmation,
    send_and_wait,
)
from test_shared_database_window import start

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaign_saving import being_saved
from juhe_desk.store import Store
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME

NUMBERS = ("13800138000", "13912345678")


def database_status(window: MainWindow) -> str:
    label = window.shared_database_label
    return label.text() if label.isVisible() else ""


def test_the_database_going_away_is_said_and_sending_waits_until_it_is_back(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster, own_team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    data_dir = tmp_path / "data"
    window, _ = start(qtbot, data_dir, "--shared-db", own_team_db.url)
    session = window.session
    assert session.team is not None
    session.team.check_timer.setInterval(200)  # the test need not wait the 5 s
    assert database_status(window) == ""

    own_cluster.stop()
    qtbot.waitUntil(lambda: database_status(window) != "", timeout=30_000)
    assert database_status(window).startswith("团队数据库连不上")
    assert "正在重试" in database_status(window)
    assert "连接不上团队共享数据库" in window.shared_database_label.toolTip()
    assert "数据库" not in window.connection_label.text()  # the gateway is not blamed

    page = compose_page(window)  # writing keeps working
    fill_in(qtbot, page, "\n".join(NUMBERS), "周末全场八折")
    content = page.findChild(QPlainTextEdit, "contentEdit")
    assert content is not None and content.toPlainText().startswith("周末全场八折")
    page.send()  # refused, in words: nothing goes out, nothing is recorded elsewhere
    assert "没有发送" in page.status_label.text()
    assert not page.campaign_runner.busy
    assert gateway.submissions(ACCOUNT) == []
    assert not (data_dir / DATABASE_NAME).exists()

    own_cluster.start_server()
    qtbot.waitUntil(lambda: database_status(window) == "", timeout=30_000)
    assert not session.shared_database_down
    send_and_wait(qtbot, page, timeout=30_000)
    assert sorted(s.mobile for s in gateway.submissions(ACCOUNT)) == list(NUMBERS)


def test_a_running_send_stops_before_its_next_batch_and_sends_nothing_twice(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster, own_team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    with Store.open_shared(own_team_db, APP_PASSWORD) as store:  # one number a request
        account = store.get_account(ACCOUNT)
        assert account is not None
        store.save_account(replace(account, batch_size=1))
    numbers = tuple(f"139{n:08d}" for n in range(1, 9))
    gateway.faults.latency = 0.3  # the send is still on its way when the server goes
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    page = compose_page(window)
    fill_in(qtbot, page, "\n".join(numbers), "周末全场八折")
    confirm_with_enter(qtbot, open_confirmation(qtbot, page))
    qtbot.waitUntil(lambda: len(gateway.submissions(ACCOUNT)) >= 2, timeout=20_000)
    # The campaign is saved a batch a step beside the sending: all of it, before the server
    # goes (a saving cut short is another test's: nothing unsaved goes, and it is said).
    saved_id = page.results_model.campaign_id
    assert saved_id is not None
    qtbot.waitUntil(lambda: being_saved(window.session.store, saved_id) is None,
                    timeout=20_000)

    own_cluster.stop()
    qtbot.waitUntil(lambda: not page.campaign_runner.busy, timeout=30_000)
    qtbot.waitUntil(lambda: database_status(window) != "", timeout=30_000)
    sent = [s.mobile for s in gateway.submissions(ACCOUNT)]
    assert len(sent) < len(numbers)  # it stopped
    assert "团队数据库连不上" in page.status_label.text()

    own_cluster.start_server()
    qtbot.waitUntil(lambda: database_status(window) == "", timeout=30_000)
    assert [s.mobile for s in gateway.submissions(ACCOUNT)] == sent  # nothing more went
    assert len(set(sent)) == len(sent)
    campaign_id = page.results_model.campaign_id
    assert campaign_id is not None
    with Store.open_shared(own_team_db, APP_PASSWORD) as store:
        states = [b.state for b in store.campaign_batches(campaign_id)]
    # Every request that went out is recorded as submitted, or stays "sending" (uncertain
    # at the next look): none is planned again; those not sent wait, planned.
    assert states.count("submitted") + states.count("sending") == len(sent)
    assert states.count("planned") == len(numbers) - len(sent)


def test_a_sheet_opens_while_the_database_is_gone_and_what_cannot_be_checked_is_said(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster, own_team_db: SharedAddress) -> None:
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    assert window.session.team is not None
    window.session.team.check_timer.setInterval(200)
    own_cluster.stop()
    qtbot.waitUntil(lambda: database_status(window) != "", timeout=30_000)
    window.tabs.setCurrentIndex(1)
    page = import_page(window)
    sheet = write_xlsx(tmp_path / "客户.xlsx", sample_rows())
    page.open_file(sheet)  # the file is read and shown; the opt-out list cannot be read
    qtbot.waitUntil(lambda: page.data is not None and page.data.path == sheet, timeout=10_000)
    qtbot.waitUntil(lambda: "团队共享数据库" in summary_text(page), timeout=30_000)
    assert page.data is not None and len(page.data.rows) == len(sample_rows())
    assert not page.start_button.isEnabled()  # nothing can start from an unchecked sheet
    own_cluster.start_server()
    qtbot.waitUntil(lambda: database_status(window) == "", timeout=30_000)
