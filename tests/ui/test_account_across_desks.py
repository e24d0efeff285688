"""An account's details edited at one desk of a team show at the others within about a
second, without a restart (ui/account_follow.py): the price per part and the signatures
on the Account tab and in what the desk sends with; what this run's command line set (the
gateway's address) stays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_account_page import page_of
from test_live_desks import two_desks
from test_settings_across_desks import PROMPTLY_MS

from juhe_desk.store.shared_address import SharedAddress


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
