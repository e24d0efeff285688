"""The account dialog's team-database section: the connection test says in words what is
wrong or whether the connection is encrypted; saving keeps the address for the next start
and the password in the keyring under it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from pg_cluster import APP_PASSWORD, free_port
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot
from store_backends import SharedCluster

from juhe_desk.services.shared_database import saved_address
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.dialogs.shared_database_section import SharedDatabaseSection
from juhe_desk.ui.main_window import MainWindow


@pytest.fixture
def empty_db(shared_cluster: SharedCluster) -> SharedAddress:
    return shared_cluster.get().new_database()


def section_of(window: QMainWindow) -> SharedDatabaseSection:
    assert isinstance(window, MainWindow)
    dialog = window.show_account_dialog()
    found = dialog.findChild(SharedDatabaseSection, "sharedDatabaseBox")
    assert found is not None
    return found


def fill(section: SharedDatabaseSection, address: SharedAddress, password: str) -> None:
    section.setChecked(True)
    section.host_edit.setText(address.host)
    section.port_spin.setValue(address.port)
    section.database_edit.setText(address.database)
    section.user_edit.setText(address.user)
    section.password_edit.setText(password)


def connection_test(qtbot: QtBot, section: SharedDatabaseSection) -> str:
    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.test_button.isEnabled, timeout=15_000)
    return section.status_label.text()


def test_the_connection_test_says_what_it_found(qtbot: QtBot, main_window: QMainWindow,
                                                empty_db: SharedAddress) -> None:
    section = section_of(main_window)
    fill(section, empty_db, APP_PASSWORD)
    said = connection_test(qtbot, section)
    assert "PostgreSQL" in said and "空的" in said and "没有加密" in said
    fill(section, empty_db, "wrong")
    assert "密码不对" in connection_test(qtbot, section)
    fill(section, SharedAddress(empty_db.user, empty_db.host, empty_db.port, "nope"),
         APP_PASSWORD)
    assert "没有" in connection_test(qtbot, section) and "数据库" in section.status_label.text()
    fill(section, SharedAddress(empty_db.user, "127.0.0.1", free_port(), "x"), APP_PASSWORD)
    assert "连接不上" in connection_test(qtbot, section)
    section.host_edit.setText("")
    assert "缺少" in connection_test(qtbot, section)


def test_saving_keeps_the_address_and_the_password_for_the_next_start(
        qtbot: QtBot, main_window: QMainWindow, empty_db: SharedAddress,
        tmp_path: Path) -> None:
    section = section_of(main_window)
    fill(section, empty_db, APP_PASSWORD)
    dialog = section.window()
    price = dialog.findChild(QLineEdit, "priceEdit")  # an account from the command line
    assert price is not None and price.text() == ""  # has no price yet: the dialog asks
    price.setText("0.05")
    buttons = dialog.findChild(QDialogButtonBox, "accountButtons")
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: saved_address(tmp_path / "data") == empty_db, timeout=15_000)
    assert keyring.get_password("juhe-desk", empty_db.url) == APP_PASSWORD
    assert APP_PASSWORD not in (tmp_path / "data" / "shared-database.txt").read_text()
