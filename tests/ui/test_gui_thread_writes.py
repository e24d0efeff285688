"""What the user changes is written off the GUI thread, batched.

Every write transaction waits for the disk (``synchronous=FULL``): one per spin-box step, or
one per number taken off the opt-out list, made the window stutter. ``gui_writes`` records
each write transaction the window begins on the GUI thread (``gui_thread_writes``; every
window test also fails on one, see conftest.py) and each settings write and opt-out removal;
these tests drive the interactions that wrote there and fail when one still does, or is no
longer batched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import pytest
from gui_thread_writes import record_gui_thread_writes
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QMainWindow,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from juhe_desk.services.push_settings import KEY_HOST, PushSettings
from juhe_desk.services.send_settings import PACING_SETTING, PARALLEL_SETTING
from juhe_desk.store import Account, Store
from juhe_desk.ui.pages.account_page import AccountPage
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.session import Session


class WriteLog:
    """Write transactions begun on the GUI thread (where from), settings writes, removals."""

    def __init__(self, on_gui_thread: list[str]) -> None:
        self.on_gui_thread = on_gui_thread
        self.settings_writes: list[tuple[bool, dict[str, str]]] = []  # (on GUI thread, values)
        self.opt_out_removals: list[tuple[bool, list[str]]] = []


@pytest.fixture
def gui_writes(monkeypatch: pytest.MonkeyPatch) -> WriteLog:
    log = WriteLog(record_gui_thread_writes(monkeypatch))
    set_settings, remove_opt_outs = Store.set_settings, Store.remove_opt_outs

    def settings_written(self: Store, values: Mapping[str, str]) -> None:
        log.settings_writes.append((on_gui_thread(), dict(values)))
        set_settings(self, values)

    def opt_outs_removed(self: Store, mobiles: Any) -> int:
        mobiles = list(mobiles)
        log.opt_out_removals.append((on_gui_thread(), mobiles))
        return remove_opt_outs(self, mobiles)

    monkeypatch.setattr(Store, "set_settings", settings_written)
    monkeypatch.setattr(Store, "remove_opt_outs", opt_outs_removed)
    return log


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def session_of(window: QMainWindow) -> Session:
    session: Session = window.session  # type: ignore[attr-defined]
    return session


def written(qtbot: QtBot, session: Session, done: Callable[[], bool]) -> None:
    """Wait until nothing asked for is unwritten and ``done`` holds."""
    qtbot.waitUntil(lambda: not session.writes.busy() and done(), timeout=5000)


def no_gui_writes(log: WriteLog) -> None:
    assert not log.on_gui_thread, "written on the GUI thread:\n" + "\n".join(log.on_gui_thread)


def test_spin_box_steps_are_one_settings_write_off_the_gui_thread(
        main_window: QMainWindow, qtbot: QtBot, gui_writes: WriteLog) -> None:
    session = session_of(main_window)
    parallel = main_window.findChild(QSpinBox, "parallelSpin")
    pacing = main_window.findChild(QDoubleSpinBox, "pacingSpin")
    assert parallel is not None and pacing is not None
    parallel.setValue(1)
    pacing.setValue(0.0)
    written(qtbot, session, lambda: session.store.get_setting(PARALLEL_SETTING) == "1")
    del gui_writes.settings_writes[:]

    for _ in range(4):  # what holding the arrow key does
        parallel.stepBy(1)
    for _ in range(5):
        pacing.stepBy(1)
    assert session.writes.setting(PARALLEL_SETTING) == "5"  # what a send starting now uses

    written(qtbot, session, lambda: session.store.get_setting(PARALLEL_SETTING) == "5")
    assert session.store.get_setting(PACING_SETTING) == f"{pacing.value():.1f}"
    assert gui_writes.settings_writes == [
        (False, {PARALLEL_SETTING: "5", PACING_SETTING: f"{pacing.value():.1f}"})]
    no_gui_writes(gui_writes)


def test_removing_numbers_from_the_opt_out_list_is_one_transaction_off_the_gui_thread(
        main_window: QMainWindow, qtbot: QtBot, gui_writes: WriteLog) -> None:
    session = session_of(main_window)
    numbers = [f"1380000000{i}" for i in range(6)]
    session.store.add_opt_outs(numbers, "manual")
    page = main_window.findChild(InboxPage, "inboxPage")
    assert page is not None
    dialog = page.show_opt_out_list()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6 and dialog.model.record(5) is not None,
                    timeout=5000)
    selection = dialog.view.selectionModel()
    for row in range(5):
        selection.select(dialog.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)

    dialog.ask_remove_selected()
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert [o.mobile for o in session.store.list_opt_outs()] == numbers[5:]
    assert gui_writes.opt_out_removals == [(False, numbers[:5])]  # one transaction
    no_gui_writes(gui_writes)


def test_other_edits_are_written_off_the_gui_thread(
        main_window: QMainWindow, qtbot: QtBot, gui_writes: WriteLog) -> None:
    session = session_of(main_window)
    store = session.store
    inbox = main_window.findChild(InboxPage, "inboxPage")
    compose = main_window.findChild(ComposePage, "composePage")
    account_page = main_window.findChild(AccountPage, "accountPage")
    assert inbox is not None and compose is not None and account_page is not None
    qtbot.waitUntil(lambda: session.runner.busy() == 0, timeout=5000)

    # A number added to the opt-out list by hand.
    dialog = inbox.show_opt_out_list()
    dialog.add_edit.setText("13800000007")
    dialog.add_number()
    written(qtbot, session, lambda: store.is_opted_out("13800000007"))

    # The opt-out note of the Send tab: switched and edited.
    check = main_window.findChild(QCheckBox, "optOutSuffixCheck")
    note = main_window.findChild(QLineEdit, "optOutSuffixEdit")
    assert check is not None and note is not None
    check.setChecked(not check.isChecked())
    note.setText("回T退订")
    note.editingFinished.emit()
    written(qtbot, session, lambda: store.get_setting("compose.optout_suffix") == "回T退订")

    # A template saved, then deleted.
    compose.content.edit.setPlainText("本周六店庆，全场八折")
    compose.content.save_template("店庆")
    written(qtbot, session, lambda: compose.content.template_combo.currentText() == "店庆")
    template_id = compose.content.selected_template_id()
    assert template_id is not None
    compose.content.delete_template(template_id)
    written(qtbot, session, lambda: store.list_templates() == [])

    # The low-balance warning level.
    account_page.threshold_spin.setValue(66.0)
    account_page.apply_threshold()
    assert session.account is not None and session.account.low_balance_li == 66_000
    written(qtbot, session, lambda: store.get_account(session.account.id  # type: ignore[union-attr]
                                                      ).low_balance_li == 66_000)

    # Push settings, OK in their dialog.
    push = inbox.show_push_settings()
    push.host_edit.setText("127.0.0.1")
    qtbot.mouseClick(push.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert PushSettings.load(session.writes).host == "127.0.0.1"
    written(qtbot, session, lambda: store.get_setting(KEY_HOST) == "127.0.0.1")

    # The account, saved from its dialog.
    current = session.account
    assert current is not None
    session.use_account(replace(current, name="花店"), None)
    written(qtbot, session, lambda: (store.get_active_account() or Account("", "")).name
            == "花店")

    no_gui_writes(gui_writes)
