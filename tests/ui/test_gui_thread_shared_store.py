"""On a team's shared database the GUI thread takes no store connection: the window after a
day's work (a message sent and reported, a reply, a campaign from a sheet), every tab, the
inbox's two modes, a conversation, the reports tab filtered by campaign, and every dialog
opened, while the store reports each connection the GUI thread asks for
(``gui_thread_store.py``; conftest.py fails any window test on one, here the whole window is
walked through on purpose). Each one would be a round trip to the server, up to 10 s with
the server slow or gone. The same walk on the desk's own SQLite file, watched too, finds
only the small local reads that are its design (``SQLITE_READS``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_thread_store import fail_on_gui_thread_store_use, record_gui_thread_store_use
from import_helpers import (
    TEMPLATE,
    confirm_with_enter,
    import_page,
    open_and_check,
    open_precheck,
    sample_rows,
    save_account,
    signed_in_args,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from pg_cluster import APP_PASSWORD
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT
from test_nothing_cut_off import dialogs
from test_send_end_to_end import compose_page, fill_in, send_and_wait
from test_shared_database_window import start

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import MessageFilter, Store
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.inbox_page import InboxPage

CUSTOMER = "13912345678"


def a_days_work(qtbot: QtBot, window: MainWindow, gateway: GatewaySimulator,
                tmp_path: Path) -> None:
    """A message sent and reported, a customer's reply, a campaign sent from a sheet."""
    store = window.session.store
    compose = compose_page(window)
    fill_in(qtbot, compose, f"{CUSTOMER}\n13800138000", "周末全场八折，欢迎光临")
    send_and_wait(qtbot, compose)
    gateway.inject_mo(ACCOUNT, CUSTOMER, "好的，几点开门？")
    page = import_page(window)
    window.tabs.setCurrentWidget(page)
    open_and_check(qtbot, page, write_xlsx(tmp_path / "客户名单.xlsx", sample_rows()))
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    wait_sent(qtbot, page)
    gateway.flush_reports()
    qtbot.waitUntil(lambda: not window.session.pulling, timeout=20_000)
    window.session.poll_now()
    qtbot.waitUntil(lambda: store.count_messages(MessageFilter(statuses=("submitted",))) == 0
                    and store.count_reports() >= 2 and store.count_inbound() == 1,
                    timeout=20_000)


def walk_through(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Every tab, the reports of one campaign, both inbox modes, a conversation, then
    every dialog of the app (test_nothing_cut_off.dialogs), each opened and closed."""
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(tabs.currentWidget().isVisible)
    reports = window.findChild(QTableView, "reportsView")
    assert reports is not None
    tabs.setCurrentWidget(window.findChild(QWidget, "reportsPage"))
    qtbot.waitUntil(lambda: reports.model().rowCount() >= 2, timeout=10_000)
    campaigns = window.findChild(QComboBox, "reportsCampaignCombo")
    assert campaigns is not None
    qtbot.waitUntil(lambda: campaigns.count() > 2, timeout=10_000)  # the list, read in a job
    campaigns.setCurrentIndex(1)
    inbox = window.findChild(InboxPage)
    assert inbox is not None
    tabs.setCurrentWidget(inbox)
    inbox.modes.setCurrentIndex(1)  # every reply, as a table
    inbox.modes.setCurrentIndex(0)
    inbox.open_conversation(CUSTOMER)
    conversation = window.findChild(QWidget, "conversationView")
    assert conversation is not None
    qtbot.waitUntil(conversation.isVisible, timeout=5000)
    compose = compose_page(window)
    compose.recipients.edit.clear()  # the confirmation dialog types its own
    compose.content.edit.clear()
    for _name, open_dialog in dialogs(qtbot, window, tmp_path):
        dialog: QDialog = open_dialog()
        qtbot.waitUntil(dialog.isVisible)
        dialog.reject()
    window.copy_diagnostics()  # read in a job, then on the clipboard
    qtbot.waitUntil(lambda: "Settings:" in QApplication.clipboard().text(), timeout=5000)


def test_the_whole_window_on_a_shared_database_never_reaches_it_on_the_gui_thread(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator, monkeypatch: pytest.MonkeyPatch) -> None:
    found = record_gui_thread_store_use(monkeypatch)  # also the conftest's, said here
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", team_db.url)
    a_days_work(qtbot, window, gateway, tmp_path)
    walk_through(qtbot, window, tmp_path)
    fail_on_gui_thread_store_use(found)


# On the desk's own SQLite file, small local reads on the GUI thread are the design, and
# these are all there are: opening the file and the session on it, before the window; the
# settings (StoreWrites.setting); the Send tab's check of a few typed numbers.
SQLITE_READS = (("juhe_desk/ui/startup.py", "_open"), ("juhe_desk/ui/session.py", "start"),
                ("juhe_desk/ui/store_writes.py", "setting"),
                ("juhe_desk/ui/compose/recipients_panel.py", "_check_now"))


def test_on_the_desks_own_file_the_gui_thread_reads_only_what_the_design_allows(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator, memory_keyring: object,
        monkeypatch: pytest.MonkeyPatch) -> None:
    save_account(tmp_path / "data", gateway)  # its signature, so the gateway takes them
    found = record_gui_thread_store_use(monkeypatch, sqlite=True, allowed=SQLITE_READS)
    window, _ = start(qtbot, tmp_path / "data", *signed_in_args(gateway))
    a_days_work(qtbot, window, gateway, tmp_path)
    walk_through(qtbot, window, tmp_path)
    fail_on_gui_thread_store_use(found)


def test_settings_another_desk_changed_are_read_again_in_a_job(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    window, _ = start(qtbot, tmp_path / "data", "--shared-db", team_db.url)
    writes = window.session.writes
    assert writes.setting("push.desk_name") is None  # as read at start
    with Store.open_shared(team_db, APP_PASSWORD) as other_desk:
        other_desk.set_setting("push.desk_name", "前台2")
    assert writes.setting("push.desk_name") is None  # no read on the GUI thread
    writes.refresh_known_settings()  # what the team's checks do every 30 s
    qtbot.waitUntil(lambda: writes.setting("push.desk_name") == "前台2", timeout=10_000)
