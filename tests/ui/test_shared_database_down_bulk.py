"""The bulk tab while the team's shared database is gone (its server stopped): starting a
campaign is refused in words, at each step it can be asked (the pre-send check already open,
the Start button, Resume), nothing is sent and nothing is written anywhere else (no private
history beside it); once the server is back, the same sheet is sent, once.

A cluster of this module's own: the tests stop and start its server."""

from __future__ import annotations

from pathlib import Path

from import_helpers import (
    TEMPLATE,
    button,
    confirm_with_enter,
    import_page,
    open_and_check,
    open_precheck,
    sample_rows,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from pg_cluster import APP_PASSWORD, PgCluster
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, SIGNATURE
from test_shared_database_down import database_status
from test_shared_database_window import start

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Store
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.pages.reports_page import ReportsPage
from juhe_desk.ui.session import DATABASE_NAME


def said(page: ImportPage) -> str:
    return page.campaign_panel.message_label.text()


def quick_checks(window: MainWindow) -> None:
    """The database is asked every 0.2 s: the test need not wait the 5 s."""
    team = window.session.team
    assert team is not None
    team.check_timer.setInterval(200)


def gone(qtbot: QtBot, window: MainWindow, cluster: PgCluster) -> None:
    cluster.stop()
    qtbot.waitUntil(lambda: database_status(window) != "", timeout=30_000)


def back(qtbot: QtBot, window: MainWindow, cluster: PgCluster) -> None:
    cluster.start_server()
    qtbot.waitUntil(lambda: database_status(window) == "", timeout=30_000)


def test_a_campaign_does_not_start_while_the_database_is_gone_and_is_said_in_words(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster,
        own_team_db: SharedAddress, gateway: GatewaySimulator) -> None:
    data_dir = tmp_path / "data"
    window, _ = start(qtbot, data_dir, "--shared-db", own_team_db.url)
    quick_checks(window)
    page = import_page(window)
    window.tabs.setCurrentWidget(page)
    open_and_check(qtbot, page, write_xlsx(tmp_path / "客户.xlsx", sample_rows()))
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)

    # The pre-send check was open when the server went: confirming it creates nothing.
    precheck = open_precheck(qtbot, page)
    gone(qtbot, window, own_cluster)
    confirm_with_enter(qtbot, precheck)
    qtbot.waitUntil(lambda: said(page) != "", timeout=30_000)
    assert said(page).startswith("未能创建群发："), said(page)
    assert "团队" in said(page) and "Traceback" not in said(page)

    # Start while it is gone: refused, in words, before anything is written.
    start_button = button(page, "startCampaignButton")
    qtbot.waitUntil(start_button.isEnabled, timeout=10_000)
    page.campaign_panel.say("")
    qtbot.mouseClick(start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said(page) != "", timeout=30_000)
    assert said(page).startswith("没有发送："), said(page)
    assert "团队" in said(page)
    assert page.launcher.precheck_dialog is None or not page.launcher.precheck_dialog.isVisible()

    assert gateway.submissions(ACCOUNT) == []  # nothing went out
    assert not (data_dir / DATABASE_NAME).exists()  # nor was kept anywhere else
    assert not page.control.busy

    back(qtbot, window, own_cluster)
    with Store.open_shared(own_team_db, APP_PASSWORD) as store:
        assert store.list_campaigns() == []  # nothing half-made while it was gone
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    wait_sent(qtbot, page, timeout=30_000)
    sent = [s.mobile for s in gateway.submissions(ACCOUNT)]
    assert sent and len(sent) == len(set(sent))  # once each


def test_a_campaign_falling_due_while_the_database_is_gone_is_refused_in_words(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster,
        own_team_db: SharedAddress, gateway: GatewaySimulator) -> None:
    with Store.open_shared(own_team_db, APP_PASSWORD) as store:
        campaign = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="周末活动", extno=EXTNO, batch_size=200,
            messages=[("13800138000", f"{SIGNATURE}周末全场八折")])
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    quick_checks(window)
    page = import_page(window)
    gone(qtbot, window, own_cluster)
    page.control.start(campaign.id)  # what a schedule falling due, and Resume, ask for
    assert said(page).startswith("没有开始发送：团队数据库连不上"), said(page)
    assert not page.control.busy
    assert gateway.submissions(ACCOUNT) == []
    back(qtbot, window, own_cluster)


def test_the_rates_by_carrier_say_in_words_when_they_cannot_be_read(
        qtbot: QtBot, tmp_path: Path, own_cluster: PgCluster,
        own_team_db: SharedAddress) -> None:
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", own_team_db.url)
    quick_checks(window)
    page = window.findChild(ReportsPage)
    assert page is not None
    window.tabs.setCurrentWidget(page)
    gone(qtbot, window, own_cluster)
    rates = page.carrier_rates
    rates.show_for(page.filter_bar.current_filter())  # what a filter changed asks for
    qtbot.waitUntil(lambda: rates.isVisible() and rates.caption.text() != "", timeout=30_000)
    assert rates.caption.text().startswith("按运营商的比例现在读不出来："), rates.caption.text()
    assert "团队" in rates.caption.text() and rates.outcomes is None
    back(qtbot, window, own_cluster)
