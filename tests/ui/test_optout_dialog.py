"""The opt-out list dialog: add (validated), remove selected (confirmed), import, search."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from juhe_desk.store import Store
from juhe_desk.ui.dialogs.optout_dialog import OptOutDialog
from juhe_desk.ui.pages.inbox_page import InboxPage


def open_dialog(window: QMainWindow, qtbot: QtBot) -> OptOutDialog:
    action = window.findChild(QAction, "optOutListAction")
    assert action is not None  # in the Tools menu
    action.trigger()
    page = window.findChild(InboxPage, "inboxPage")
    dialog = page.optout_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.model.is_loading(), timeout=5000)
    return dialog


def numbers_shown(dialog: OptOutDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def test_add_validates_and_stores_the_number(main_window: QMainWindow, qtbot: QtBot) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    dialog = open_dialog(main_window, qtbot)

    qtbot.keyClicks(dialog.add_edit, "12345")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert store.count_opt_outs() == 0
    assert "12345" in dialog.message_label.text()
    assert dialog.add_edit.text() == "12345"  # kept, so it can be corrected

    dialog.add_edit.setText("+86 138 0000 0007")
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [o.mobile for o in store.list_opt_outs()] == ["13800000007"],
                    timeout=5000)  # written off the GUI thread
    assert store.list_opt_outs()[0].source == "manual"
    qtbot.waitUntil(lambda: numbers_shown(dialog) == ["13800000007"], timeout=5000)
    assert dialog.add_edit.text() == ""
    assert dialog.count_label.text().startswith("1")


def test_remove_selected_after_confirmation(main_window: QMainWindow, qtbot: QtBot) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    store.add_opt_outs(["13800000001", "13800000002", "13800000003"], "mo")
    dialog = open_dialog(main_window, qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    assert not dialog.remove_button.isEnabled()

    dialog.view.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    box.reject()  # cancelled: nothing changes
    assert store.count_opt_outs() == 3

    dialog.view.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    assert box.defaultButton().text() == QCoreApplication.translate("OptOutDialog", "Remove")
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: [o.mobile for o in store.list_opt_outs()]  # written off the
                    == ["13800000001", "13800000003"], timeout=5000)  # GUI thread
    qtbot.waitUntil(lambda: numbers_shown(dialog) == ["13800000001", "13800000003"],
                    timeout=5000)


def test_import_pasted_numbers(main_window: QMainWindow, qtbot: QtBot) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    store.add_opt_outs(["13800000007"], "mo")
    dialog = open_dialog(main_window, qtbot)
    import_dialog = dialog.show_import()
    import_dialog.edit.setPlainText("手机号\n13800000011\n138 0000 0012, 13900000\n13800000007\n")

    import_dialog.accept()

    qtbot.waitUntil(lambda: store.count_opt_outs() == 3, timeout=5000)
    assert store.is_opted_out("13800000011") and store.is_opted_out("13800000012")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    message = dialog.message_label.text()
    assert "2" in message and "1" in message
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    assert {o.source for o in store.list_opt_outs("1380000001")} == {"import"}


def test_search_by_number_start(main_window: QMainWindow, qtbot: QtBot) -> None:
    store: Store = main_window.session.store  # type: ignore[attr-defined]
    store.add_opt_outs(["13800000001", "13900000002", "13800000003"], "mo")
    dialog = open_dialog(main_window, qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)

    qtbot.keyClicks(dialog.search_edit, "139")
    qtbot.waitUntil(lambda: numbers_shown(dialog) == ["13900000002"], timeout=5000)
    dialog.search_edit.clear()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)


def test_button_on_the_inbox_opens_the_dialog(main_window: QMainWindow, qtbot: QtBot) -> None:
    button = main_window.findChild(QPushButton, "optOutListButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = main_window.findChild(InboxPage, "inboxPage")
    assert page.optout_dialog is not None and page.optout_dialog.isVisible()
    assert page.optout_dialog.objectName() == "optOutDialog"
    assert main_window.findChild(QMessageBox) is None
