"""Likely opt-outs in the inbox and "加入退订名单" in the inbox and the reports tab, through the
real window against the simulator."""

from __future__ import annotations

from pathlib import Path

import keyring
from import_helpers import WindowFactory, button
from inbox_helpers import pull, send_campaign
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import InboundFilter
from juhe_desk.ui.models.inbox_model import REVIEW_BACKGROUND, InboxModel
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.pages.reports_page import ReportsPage
from juhe_desk.ui.session import Session

NUMBERS = ["13800000001", "13800000002", "13800000003", "13800000004"]


def signed_in(open_window: WindowFactory, gateway: GatewaySimulator,
              data_dir: Path) -> tuple[QMainWindow, Session, InboxPage]:
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    window = open_window("--gateway", gateway.base_url, "--account", ACCOUNT, "--extno", EXTNO,
                         data_dir=data_dir)
    session = window.session  # type: ignore[attr-defined]
    page = window.findChild(InboxPage, "inboxPage")
    assert isinstance(session, Session) and page is not None
    return window, session, page


def send_to(session: Session) -> None:
    send_campaign(session, "春季上新", list(NUMBERS))


def select_rows(view: QTableView, rows: list[int]) -> None:
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def shown(page: InboxPage) -> list[tuple[str, str]]:
    records = (page.model.record(r) for r in range(page.model.rowCount()))
    return sorted((r.mobile, r.content) for r in records if r is not None)


def test_likely_opt_outs_wait_for_review_then_one_click_adds_them(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, page = signed_in(open_window, gateway, tmp_path / "data")
    send_to(session)
    gateway.inject_mo(ACCOUNT, NUMBERS[0], "别再发了！")
    gateway.inject_mo(ACCOUNT, NUMBERS[1], "不要退订，我还想收到活动通知")
    gateway.inject_mo(ACCOUNT, NUMBERS[2], "R")
    gateway.inject_mo(ACCOUNT, NUMBERS[3], "Ｔ Ｄ")
    pull(session, qtbot)

    review = button(page, "optOutReviewButton")
    qtbot.waitUntil(lambda: "（2）" in review.text(), timeout=5000)
    store = session.store
    assert store.is_opted_out(NUMBERS[2])  # R: on the list by itself, as before
    assert not any(store.is_opted_out(n) for n in (NUMBERS[0], NUMBERS[1], NUMBERS[3]))

    qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(page) == [(NUMBERS[0], "别再发了！"), (NUMBERS[3], "Ｔ Ｄ")],
                    timeout=5000)
    row = next(r for r in range(2) if page.model.record(r).mobile == NUMBERS[0])
    assert page.model.index(row, InboxModel.COL_CONTENT).data(
        Qt.ItemDataRole.BackgroundRole) == REVIEW_BACKGROUND
    add, dismiss = button(page, "inboxAddOptOutButton"), button(page, "dismissOptOutButton")
    assert not add.isEnabled() and not dismiss.isEnabled()  # nothing selected yet

    select_rows(page.view, [row])
    assert add.isEnabled() and dismiss.isEnabled()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.is_opted_out(NUMBERS[0]), timeout=5000)
    assert store.list_opt_outs()[0].note == "别再发了！"
    qtbot.waitUntil(lambda: "（1）" in review.text() and len(shown(page)) == 1, timeout=5000)
    assert "加入退订名单" in window.statusBar().currentMessage()

    # The other one is not an opt-out: dismissed from the context menu, and remembered.
    actions = {a.objectName(): a for a in page.view.actions() if isinstance(a, QAction)}
    assert page.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    select_rows(page.view, [0])
    actions["dismissOptOutAction"].trigger()
    qtbot.waitUntil(lambda: "（0）" in review.text() and shown(page) == [], timeout=5000)
    assert not store.is_opted_out(NUMBERS[3])
    window.close()

    _window, session, page = signed_in(open_window, gateway, tmp_path / "data")
    qtbot.waitUntil(lambda: "（0）" in button(page, "optOutReviewButton").text()
                    and session.runner.busy() == 0, timeout=5000)
    assert [r.review for r in session.store.fetch_inbound(InboundFilter(
        mobile_prefix=NUMBERS[3]))] == ["dismissed"]


def test_several_selected_senders_go_on_the_list_at_once(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, page = signed_in(open_window, gateway, tmp_path / "data")
    send_to(session)
    for number in NUMBERS[:3]:
        gateway.inject_mo(ACCOUNT, number, "几点开门？")
    pull(session, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.is_loading(),
                    timeout=5000)

    select_rows(page.view, [0, 2])
    picked = {page.model.record(r).mobile for r in (0, 2)}
    add = next(a for a in page.view.actions() if a.objectName() == "addToOptOutAction")
    add.trigger()
    store = session.store
    qtbot.waitUntil(lambda: {o.mobile for o in store.list_opt_outs()} == picked, timeout=5000)
    assert {o.source for o in store.list_opt_outs()} == {"mo"}
    assert "2 个号码加入退订名单" in window.statusBar().currentMessage()


def test_reports_tab_puts_the_selected_numbers_on_the_list(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, _inbox = signed_in(open_window, gateway, tmp_path / "data")
    send_to(session)
    gateway.flush_reports()
    pull(session, qtbot)
    page = window.findChild(ReportsPage, "reportsPage")
    assert page is not None and page.view.objectName() == "reportsView"
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.model.is_loading(),
                    timeout=5000)
    add = page.findChild(QPushButton, "reportsAddOptOutButton")
    assert add is not None and not add.isEnabled()

    select_rows(page.view, [1, 3])
    picked = {page.model.record(r).mobile for r in (1, 3)}
    assert add.isEnabled()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    store = session.store
    qtbot.waitUntil(lambda: {o.mobile for o in store.list_opt_outs()} == picked, timeout=5000)
    assert {o.source for o in store.list_opt_outs()} == {"manual"}
    action = next(a for a in page.view.actions() if a.objectName() == "reportsAddOptOutAction")
    select_rows(page.view, [0])
    action.trigger()
    qtbot.waitUntil(lambda: store.count_opt_outs() == 3, timeout=5000)
