"""An account's details edited at one desk of a team show at the others within about a
second, without a restart (ui/account_follow.py): the price per part and the signatures
on the Account tab and in what the desk sends with; what this run's command line set (the
gateway's address) stays."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from keyring_backends import MemoryKeyring
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD
from test_account_page import page_of
from test_live_desks import listeners, two_desks
from test_settings_across_desks import PROMPTLY_MS
from test_shared_database_window import _desk_folder, start

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.account_follow import password_still_wanted
from juhe_desk.ui.main_window import MainWindow


def test_a_price_and_signature_edited_at_one_desk_show_at_the_other(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    before = front.session.account
    page = page_of(front, show=True)
    qtbot.waitUntil(lambda: page.price_label.text() != "", timeout=PROMPTLY_MS)
    assert before is not None and back.session.account is not None
    assert before.price_li != 60 and "【花语】" not in before.signatures

    page.threshold_spin.setValue(321.0)  # typed in here, not applied yet
    edited = dataclasses.replace(back.session.account, price_li=60,
                                 signatures=(*back.session.account.signatures, "【花语】"))
    back.session.use_account(edited, None)  # as the account dialog's OK does, no password

    def followed() -> bool:
        account = front.session.account
        return account is not None and (account.price_li, account.signatures) == (
            60, edited.signatures)

    qtbot.waitUntil(followed, timeout=PROMPTLY_MS)
    qtbot.waitUntil(lambda: page.price_label.text() == "每条 0.060 元", timeout=PROMPTLY_MS)
    assert "【花语】" in page.signatures_label.text()
    after = front.session.account
    assert after is not None and (after.gateway_url, after.is_active) == (
        before.gateway_url, before.is_active)
    assert front.session.ready  # the password is kept
    assert page.threshold_spin.value() == 321.0 and page.threshold_button.isEnabled()
    assert not front.session.writes.busy()  # shown, not written back


def test_an_edit_made_elsewhere_while_the_password_is_read_at_start_is_followed(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    back, _ = start(qtbot, _desk_folder(tmp_path, "b", "收银台"), "--shared-db", team_db.url)
    assert back.session.account is not None
    asked, release = threading.Event(), threading.Event()
    plain = memory_keyring.get_password

    def slow_keyring(service: str, username: str) -> str | None:
        if username == ACCOUNT:  # the account's password, read by 前台's start
            asked.set()
            release.wait(30)
        return plain(service, username)

    monkeypatch.setattr(memory_keyring, "get_password", slow_keyring)
    try:
        front = make_main_window(["--data-dir", str(_desk_folder(tmp_path, "a", "前台")),
                                  "--lang", "zh_CN", "--shared-db", team_db.url])
        assert isinstance(front, MainWindow)
        qtbot.addWidget(front)
        front.show()
        qtbot.waitUntil(asked.is_set, timeout=PROMPTLY_MS * 5)
        qtbot.waitUntil(lambda: listeners(front) == 2, timeout=PROMPTLY_MS * 5)
        assert not front.session.ready  # the password is not known yet

        edited = dataclasses.replace(back.session.account, price_li=60)
        back.session.use_account(edited, None)
        qtbot.waitUntil(lambda: front.session.account is not None
                        and front.session.account.price_li == 60, timeout=PROMPTLY_MS)
        assert not front.session.ready
    finally:
        release.set()
    qtbot.waitUntil(lambda: front.ready, timeout=PROMPTLY_MS * 5)
    assert front.session.ready  # the password read went to the account as followed
    assert front.session.account is not None and front.session.account.price_li == 60


def test_a_password_typed_in_meanwhile_is_not_replaced_by_the_one_read_at_start() -> None:
    started_with = Account(id=ACCOUNT, gateway_url="http://127.0.0.1:1", extno=EXTNO)
    followed = dataclasses.replace(started_with, price_li=60)
    assert password_still_wanted(followed, started_with, None)
    assert not password_still_wanted(followed, started_with, "typed-in")
    assert not password_still_wanted(dataclasses.replace(started_with, id="922099"),
                                     started_with, None)
    assert not password_still_wanted(None, started_with, None)


def test_the_account_dialog_opened_at_start_follows_an_edit_made_elsewhere(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        memory_keyring: MemoryKeyring, gateway: GatewaySimulator) -> None:
    back, _ = start(qtbot, _desk_folder(tmp_path, "b", "收银台"), "--shared-db", team_db.url)
    assert back.session.account is not None and back.session.ready
    memory_keyring.delete_password("juhe-desk", ACCOUNT)  # 前台 has no password for it yet
    front = make_main_window(["--data-dir", str(_desk_folder(tmp_path, "a", "前台")),
                              "--lang", "zh_CN", "--shared-db", team_db.url])
    assert isinstance(front, MainWindow)
    qtbot.addWidget(front)
    front.show()
    qtbot.waitUntil(lambda: front.account_dialog is not None
                    and front.account_dialog.isVisible(), timeout=PROMPTLY_MS * 5)
    dialog = front.account_dialog
    assert dialog is not None and not front.session.ready  # asked for at start
    qtbot.waitUntil(lambda: listeners(front) == 2, timeout=PROMPTLY_MS * 5)
    dialog.batch_spin.setValue(150)  # the clerk changed this one, not the price

    edited = dataclasses.replace(back.session.account, price_li=60, batch_size=180,
                                 signatures=("【花语】",))
    back.session.use_account(edited, None)
    qtbot.waitUntil(lambda: dialog.price_edit.text() == "0.060", timeout=PROMPTLY_MS)
    assert dialog.signature_edit.text() == "【花语】"  # untouched here: as saved there
    assert dialog.batch_spin.value() == 150  # typed here: kept, and said
    notice = dialog.findChild(QLabel, "accountChangedElsewhereLabel")
    assert notice is not None and notice.isVisible()
    assert "另一台电脑" in notice.text() and "每次提交的号码数" in notice.text()

    dialog.password_edit.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: front.session.ready, timeout=PROMPTLY_MS * 5)
    saved = front.session.account
    assert saved is not None and (saved.price_li, saved.signatures, saved.batch_size) == (
        60, ("【花语】",), 150)  # nothing of 收银台's edit silently undone
    qtbot.waitUntil(lambda: back.session.account is not None
                    and back.session.account.batch_size == 150, timeout=PROMPTLY_MS)
    assert back.session.account.price_li == 60
