"""Every page and the dialogs, in Chinese and in English, at 1100×720 and 1366×768: no label,
button, check box, combo box, tab or table header cuts its text off (tests/ui/clipping.py
measures each). The pages hold what a day's work leaves in them: a sheet read and checked, a
campaign's results, delivery reports, a reply; the advanced sending section is open."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from clipping import clipped_texts
from import_helpers import (
    TEMPLATE,
    WindowFactory,
    confirm_with_enter,
    open_and_check,
    open_precheck,
    sample_rows,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_send_end_to_end import compose_page, fill_in, open_confirmation, send_and_wait

from juhe_desk.gateway.simulator import DEMO_ACCOUNT
from juhe_desk.services.recovery import CampaignRecovery, UncertainBatch
from juhe_desk.store import MessageFilter
from juhe_desk.store.failures import StorageProblem
from juhe_desk.ui.dialogs.database_rescue import DatabaseRescueDialog, RescueSituation
from juhe_desk.ui.dialogs.recovery_dialog import RecoveryDialog
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.uncertain_dialog import UncertainDialog
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.models.preview_model import PreviewModel
from juhe_desk.ui.pages.conversation_view import ConversationPanel
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.pages.inbox_page import InboxPage

SIZES = ((1100, 720), (1366, 768))


def busy_window(qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
                language: str) -> tuple[MainWindow, list[str]]:
    """The demo window after a little work: a message sent and reported, a reply, a campaign
    sent from a sheet (the pre-send check's problems are returned), the sheet open."""
    window = open_window("--demo", "--lang", language)
    assert isinstance(window, MainWindow)
    compose = compose_page(window)
    fill_in(qtbot, compose, "13912345678\n13800138000", "周末全场八折，欢迎光临，地址：人民路88号")
    send_and_wait(qtbot, compose)
    simulator = window.session.simulator
    assert simulator is not None
    simulator.flush_reports()
    simulator.inject_mo(DEMO_ACCOUNT, "13912345678", "好的，几点开门？地址在哪里，我想周末过去看看")
    window.session.poll_now()
    store = window.session.store
    qtbot.waitUntil(lambda: store.count_messages(MessageFilter(statuses=("submitted",))) == 0,
                    timeout=10_000)
    page = window.findChild(ImportPage)
    assert page is not None
    open_and_check(qtbot, page, write_xlsx(tmp_path / "客户名单.xlsx", sample_rows()))
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentWidget(page)
    precheck = open_precheck(qtbot, page)
    problems = [f"{language} pre-send check: {p}" for p in clipped_once_settled(qtbot, precheck)]
    confirm_with_enter(qtbot, precheck)
    wait_sent(qtbot, page)
    simulator.flush_reports()
    window.session.poll_now()
    qtbot.waitUntil(lambda: store.count_messages(MessageFilter(statuses=("submitted",))) == 0,
                    timeout=10_000)
    advanced = page.findChild(QToolButton, "advancedSendingButton")
    assert advanced is not None
    advanced.setChecked(True)
    reports = window.findChild(QTableView, "reportsView")
    assert reports is not None
    tabs.setCurrentWidget(window.findChild(QWidget, "reportsPage"))
    qtbot.waitUntil(lambda: reports.model().rowCount() >= 20, timeout=10_000)
    inbox = window.findChild(InboxPage)
    assert inbox is not None
    inbox.open_conversation("13912345678")  # the customer's reply, the box to answer in
    conversation = window.findChild(QWidget, "conversationView")
    assert conversation is not None
    qtbot.waitUntil(conversation.isVisible, timeout=5000)
    return window, problems


def settled(qtbot: QtBot, window: QMainWindow, page: QWidget, size: tuple[int, int]) -> None:
    """Until the window has the size and the page is laid out in it."""
    width, height = size
    try:
        qtbot.waitUntil(lambda: window.width() == width and window.height() == height
                        and page.isVisible() and page.width() > width - 60)
    except qtbot.TimeoutError:
        raise AssertionError(f"{page.objectName()} at {size}: window {window.size()}, "
                             f"smallest {window.minimumSizeHint()}, page {page.size()} "
                             f"smallest {page.minimumSizeHint()}") from None


def clipped_once_settled(qtbot: QtBot, widget: QWidget) -> list[str]:
    """What ``widget`` cuts off once its layout had the time to follow a change (a text
    set, a resize): what is still cut off then stays so."""
    with contextlib.suppress(qtbot.TimeoutError):  # what is left is reported
        qtbot.waitUntil(lambda: not clipped_texts(widget), timeout=3000)
    shots = os.environ.get("JUHE_DESK_CLIP_SHOTS")  # a folder: the screens to look at, too
    if shots:
        widget.window().grab().save(str(Path(shots) / f"{widget.objectName()}-{widget.width()}"
                                        f"-{current_language()}.png"))
    return clipped_texts(widget)


def dialogs(qtbot: QtBot, window: MainWindow,
            tmp_path: Path) -> list[tuple[str, Callable[[], QDialog]]]:
    inbox = window.findChild(InboxPage)
    importer = window.findChild(ImportPage)
    conversation = window.findChild(ConversationPanel)
    assert inbox is not None and importer is not None and conversation is not None

    def account() -> QDialog:
        return window.show_account_dialog()

    def guide() -> QDialog:
        window.show_user_guide()
        assert window.guide_dialog is not None
        return window.guide_dialog

    def confirm_send() -> QDialog:
        compose = compose_page(window)
        window.findChild(QTabWidget, "mainTabs").setCurrentWidget(compose)  # type: ignore[union-attr]
        fill_in(qtbot, compose, "13700137000", "明天上午十点开门，欢迎光临")
        return open_confirmation(qtbot, compose)

    def rescue() -> QDialog:
        dialog = DatabaseRescueDialog(RescueSituation(
            StorageProblem.DAMAGED, tmp_path / "juhe-desk.sqlite3", None,
            tmp_path / "logs" / "juhe-desk.log", "database disk image is malformed"), window)
        dialog.show()
        return dialog

    def recovery() -> QDialog:
        dialog = RecoveryDialog([CampaignRecovery(
            7, "客户名单.xlsx 2026-12-05 09:30", "paused", None, 1200, 300, 400, 20, 5, 470, 5,
            (UncertainBatch(12, 3, 5, "2026-12-05 09:31:02", "网关在 30 秒内没有回复"),))],
            window)
        dialog.show()
        return dialog

    def invalid_numbers() -> QDialog:
        compose = compose_page(window)
        window.findChild(QTabWidget, "mainTabs").setCurrentWidget(compose)  # type: ignore[union-attr]
        compose.recipients.edit.setPlainText("13700137000\n1540000000\n12345")
        qtbot.waitUntil(lambda: len(compose.recipients._check.invalid) == 2, timeout=5000)
        compose.recipients.show_invalid()
        dialog = compose.recipients._invalid_dialog
        assert dialog is not None
        return dialog

    def uncertain() -> QDialog:
        session = window.session
        campaign = session.store.list_campaigns()[0]
        dialog = UncertainDialog(session.store, session.writes, campaign.id, window)
        dialog.show()
        return dialog

    def field_default() -> QDialog:
        return importer.ask_default("姓名", 3)

    return [("account", account), ("user guide", guide),
            ("opt-out list", inbox.show_opt_out_list), ("push", inbox.show_push_settings),
            ("quick replies", conversation.show_quick_replies),
            ("confirm send", confirm_send),
            ("database rescue", rescue),
            ("team database on this computer", window.show_team_host_dialog),
            ("moving this desk's history in", window.show_history_move),
            ("unfinished campaigns", recovery), ("invalid numbers", invalid_numbers),
            ("a default for a blank field", field_default), ("uncertain batches", uncertain)]


# A tooltip shown again is raised, which the offscreen platform cannot do (harmless there).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_text_is_cut_off(qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
                            language: str) -> None:
    window, problems = busy_window(qtbot, open_window, tmp_path, language)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    for size in SIZES:
        window.resize(*size)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page = tabs.currentWidget()
            settled(qtbot, window, page, size)
            where = f"{language} {size[0]}×{size[1]} {tabs.tabText(index)}"
            problems += [f"{where}: {p}" for p in clipped_once_settled(qtbot, page)]
        inbox = window.findChild(InboxPage)
        assert inbox is not None
        inbox.modes.setCurrentIndex(1)  # every reply, as a table
        problems += [f"{language} {size} all replies: {p}"
                     for p in clipped_once_settled(qtbot, inbox)]
        inbox.modes.setCurrentIndex(0)
        problems += [f"{language} {size}: {p}" for p in clipped_texts(window.statusBar())]
        problems += [f"{language} {size}: {p}" for p in clipped_texts(tabs.tabBar())]
    for name, open_dialog in dialogs(qtbot, window, tmp_path):
        dialog = open_dialog()
        qtbot.waitUntil(dialog.isVisible)
        problems += [f"{language} {name}: {p}" for p in clipped_once_settled(qtbot, dialog)]
        dialog.reject()
    assert not problems, "\n".join(problems)
    window.resize(*SIZES[0])
    long_cells_wrap_in_tooltips(qtbot, window)


def tooltip_at(qtbot: QtBot, view: QTableView, row: int, column: int) -> QLabel:
    """Hover a cell (the help event Qt sends); the tooltip shown."""
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                viewport.mapToGlobal(rect.center())))
    qtbot.waitUntil(QToolTip.isVisible)
    label = next(w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "qtooltip_label" and w.isVisible())
    assert isinstance(label, QLabel)
    return label


def long_cells_wrap_in_tooltips(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "mainTabs")
    reports = window.findChild(QTableView, "reportsView")
    assert tabs is not None and reports is not None
    tabs.setCurrentWidget(window.findChild(QWidget, "reportsPage"))
    model = reports.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) in ("群发任务", "Campaign"))
    reports.setColumnWidth(column, 60)  # the user narrowed it: the name is cut off
    name = str(model.index(0, column).data())
    assert name and tooltip_at(qtbot, reports, 0, column).text() == name
    QToolTip.hideText()
    importer = window.findChild(ImportPage)
    assert importer is not None
    tabs.setCurrentWidget(importer)
    preview = importer.preview_view
    texts = [str(preview.model().index(row, PreviewModel.COL_TEXT).data())
             for row in range(preview.model().rowCount())]
    text = max(texts, key=len)  # the row with the long name: over 70 characters
    assert len(text) > 70
    label = tooltip_at(qtbot, preview, texts.index(text), PreviewModel.COL_TEXT)
    assert label.wordWrap() and text in label.text()
    one_line = label.fontMetrics().horizontalAdvance(text)
    qtbot.waitUntil(lambda: 0 < label.width() < one_line)  # wrapped onto lines
    QToolTip.hideText()


def test_the_check_finds_cut_text(qtbot: QtBot) -> None:
    """The measuring itself: each kind of cut-off text is found, and text that fits is not."""
    holder = QWidget()
    qtbot.addWidget(holder)
    short = QLabel("余额", holder)
    long = QLabel("余额低于此值时提醒：每条短信单价", holder)
    button = QPushButton("Send failed rows again…", holder)
    combo = QComboBox(holder)
    combo.addItem("Failed (any other code) and more words")
    table = QTableView(holder)
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["Row", "Characters"])
    table.setModel(model)
    for widget, width in ((short, 80), (long, 80), (button, 60), (combo, 90)):
        widget.resize(width, 30)
    table.setGeometry(0, 100, 300, 100)
    table.horizontalHeader().resizeSection(1, 40)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    found = "\n".join(clipped_texts(holder))
    assert "余额低于" in found and "'余额'" not in found
    assert "Send failed rows again" in found
    assert "Failed (any other code)" in found or "current text needs" in found
    assert "header 'Characters'" in found and "header 'Row'" not in found


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_csv_files_choices_are_not_cut_off(qtbot: QtBot, open_window: WindowFactory,
                                             tmp_path: Path, language: str) -> None:
    """The encoding and separator boxes shown for a CSV file (a GBK one, as Excel saves it
    on a Chinese Windows)."""
    window = open_window("--demo", "--lang", language)
    window.resize(*SIZES[0])
    page = window.findChild(ImportPage)
    assert page is not None
    window.findChild(QTabWidget, "mainTabs").setCurrentWidget(page)  # type: ignore[union-attr]
    sheet = tmp_path / "客户.csv"
    sheet.write_bytes("姓名,手机号\n张伟,13800138001\n王芳,13800138002\n".encode("gbk"))
    open_and_check(qtbot, page, sheet)
    encoding = page.findChild(QComboBox, "encodingCombo")
    assert encoding is not None and encoding.isVisible()
    problems = clipped_once_settled(qtbot, page.file_panel)
    assert not problems, "\n".join(problems)
