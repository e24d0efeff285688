"""After a full run of the app, the password is in no file of the data folder.

The run: first-run set-up with a distinctive password typed into the dialog, a quick send
from the Send tab, a campaign, delivery reports and a reply pulled, both exports, Copy
diagnostics, then closing the window. Every file left under the data folder (database,
-wal/-shm, logs, backups, exports, and the members of zip files such as .xlsx) is read as
bytes and searched for the password as UTF-8 and UTF-16-LE, and for its MD5 hex digest.

The campaign goes through ``create_campaign_from_messages`` + ``CampaignSender`` with the session's
client factory, in the session's task runner: the bulk-import tab cannot start one yet.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from import_helpers import WindowFactory, commit_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)
from pytestqt.qtbot import QtBot
from secret_search import secret_forms, secret_hits
from sim_account import ACCOUNT, EXTNO, SIGNATURE, window_simulator

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendReport
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.session import DATABASE_NAME
from juhe_desk.ui.tasks import TaskContext

SECRET = "Pw-7h3-Unique!"


def test_the_search_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The check itself: each form is found, also inside a compressed .xlsx member."""
    forms = secret_forms(SECRET)
    (tmp_path / "a.log").write_bytes(b"x" + forms["utf-16-le"] + b"y")
    (tmp_path / "b.txt").write_bytes(forms["md5"])
    with zipfile.ZipFile(tmp_path / "c.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", f"<t>{SECRET}</t>" * 50)
    assert secret_hits(tmp_path, SECRET) == ["a.log (utf-16-le)", "b.txt (md5)",
                                             "c.xlsx (utf-8)"]


@pytest.fixture
def unique_gateway() -> Iterator[GatewaySimulator]:
    with window_simulator(password=SECRET, seed=11) as sim:
        yield sim


def set_up_through_the_dialog(qtbot: QtBot, window: MainWindow, url: str, mode: str) -> None:
    qtbot.waitUntil(lambda: window.account_dialog is not None
                    and window.account_dialog.isVisible(), timeout=3000)
    dialog = window.account_dialog
    assert dialog is not None
    for name, text in (("gatewayEdit", url), ("accountEdit", ACCOUNT), ("passwordEdit", SECRET),
                       ("extnoEdit", EXTNO), ("priceEdit", "0.05")):
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None
        qtbot.keyClicks(edit, text)
    signature = dialog.findChild(QLineEdit, "signatureEdit")
    mode_combo = dialog.findChild(QComboBox, "passwordModeCombo")
    assert signature is not None and mode_combo is not None
    signature.setText(SIGNATURE)
    mode_combo.setCurrentIndex(mode_combo.findData(mode))
    buttons = dialog.findChild(QDialogButtonBox, "accountButtons")
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    balance = window.findChild(QLabel, "balanceLabel")
    assert balance is not None
    qtbot.waitUntil(lambda: "1000.00" in balance.text(), timeout=5000)
    assert keyring.get_password("juhe-desk", ACCOUNT) == SECRET


def quick_send(qtbot: QtBot, window: MainWindow) -> None:
    page = window.findChild(ComposePage, "composePage")
    recipients = window.findChild(QPlainTextEdit, "recipientsEdit")
    content = window.findChild(QPlainTextEdit, "contentEdit")
    send = window.findChild(QPushButton, "sendButton")
    assert page is not None and recipients is not None and content is not None and send
    qtbot.keyClicks(recipients, "13800000001 13800000002")
    commit_text(content, "周末全场八折，欢迎光临")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None and page.confirm_dialog.isVisible(),
                    timeout=3000)
    with qtbot.waitSignal(window.session.sendFinished, timeout=10_000) as finished:
        qtbot.keyClick(page.confirm_dialog, Qt.Key.Key_Return)  # the default button sends
    report = finished.args[0]
    assert isinstance(report, SendReport) and report.progress.accepted == 2


def run_campaign(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    store, make_client = session.store, session.client_factory()
    messages = [(f"1390000000{i}", f"{SIGNATURE}王先生{i}您好，您的会员积分即将到期")
                for i in range(5)]
    reports: list[SendReport] = []

    def job(ctx: TaskContext) -> SendReport:
        campaign = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="会员提醒", extno=EXTNO, messages=messages,
            batch_size=2, signature=SIGNATURE, source_file="members.xlsx")
        return CampaignSender(store, make_client, campaign.id).run()

    session.runner.submit(job, on_result=reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert reports[0].outcome == "done" and reports[0].progress.accepted == len(messages)


def pull_reports_and_a_reply(qtbot: QtBot, window: MainWindow,
                             gateway: GatewaySimulator) -> None:
    gateway.flush_reports()
    gateway.inject_mo(ACCOUNT, "13900000001", "好的，谢谢")
    store = window.session.store

    def pulled_everything() -> bool:
        window.session.poll_now()  # skipped while a pull (e.g. the timer's) still runs
        return store.count_reports() == 7 and store.count_inbound() == 1

    qtbot.waitUntil(pulled_everything, timeout=5000)


def export_both(qtbot: QtBot, window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir()
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    reports, inbox = window.pages.reports, window.pages.inbox
    tabs.setCurrentWidget(reports)  # the tab loads its rows when shown
    qtbot.waitUntil(lambda: reports.model.rowCount() == 7, timeout=5000)
    reports_file = folder / "reports.xlsx"
    reports.export_to(str(reports_file))
    qtbot.waitUntil(lambda: reports_file.exists() and not window.session.runner.busy(),
                    timeout=10_000)
    tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=5000)
    replies_file = folder / "replies.xlsx"
    with qtbot.waitSignal(inbox.exportFinished, timeout=10_000):
        inbox.export_to(str(replies_file))
    return [reports_file, replies_file]


@pytest.mark.parametrize("mode", ["plain", "md5"])
def test_no_file_in_the_data_folder_holds_the_password(
        mode: str, open_window: WindowFactory, qtbot: QtBot,
        unique_gateway: GatewaySimulator, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    window = open_window(data_dir=data_dir)
    assert isinstance(window, MainWindow)
    set_up_through_the_dialog(qtbot, window, unique_gateway.base_url, mode)
    quick_send(qtbot, window)
    run_campaign(qtbot, window)
    pull_reports_and_a_reply(qtbot, window, unique_gateway)
    exports = export_both(qtbot, window, data_dir / "exports")
    for export in exports:
        with zipfile.ZipFile(export) as workbook:  # real workbooks, with the rows in them
            assert any(b"13900000001" in workbook.read(n) for n in workbook.namelist())

    QApplication.clipboard().clear()
    window.copy_diagnostics()  # read in a job
    qtbot.waitUntil(lambda: bool(QApplication.clipboard().text()), timeout=5000)
    clipboard = QApplication.clipboard().text()
    assert ACCOUNT in clipboard
    for form, needle in secret_forms(SECRET).items():
        assert needle.decode("utf-8", "replace") not in clipboard, form

    window.close()
    files = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.is_file())
    assert DATABASE_NAME in files and "logs/juhe-desk.log" in files
    assert (data_dir / "logs" / "juhe-desk.log").stat().st_size > 0
    assert "exports/reports.xlsx" in files and "exports/replies.xlsx" in files
    assert secret_hits(data_dir, SECRET) == []
