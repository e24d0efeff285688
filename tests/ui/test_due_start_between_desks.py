"""A scheduled campaign one desk of a team is still saving, as another desk sees it when
its time comes: the start there waits, the campaign list and the message say why, and it
goes once saved, every number once (services/due_start.py); never from a partly saved
list. A campaign found due as the window opens waits for the account's password, not an
error."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from held_saving import HeldStep
from import_helpers import import_page, save_account
from keyring_backends import MemoryKeyring
from pg_cluster import APP_PASSWORD
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE
from test_shared_database_window import _desk_folder, start

from juhe_desk.app import make_main_window
from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaign_saving import SavingInSteps, start_saving
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import DeskIdentity, Store
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.models.campaign_list_model import CampaignListModel
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.session import DATABASE_NAME

WAIT_S, WAIT_MS = 30.0, 30_000
DUE_IN_S = 8  # time enough for 收银台 to start and arm it (it waits for it either way)
NUMBERS = [str(13800000000 + i) for i in range(150)]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, front_desk: Store) -> Iterator[HeldStep]:
    holding = HeldStep(monkeypatch)
    yield holding
    holding.finish()  # before 前台's store closes: the saving's thread writes with it


@pytest.fixture
def front_desk(team_db: SharedAddress) -> Iterator[Store]:
    """前台: a live desk of the team (its store; its window plays no part here)."""
    store = Store.open_shared(team_db, APP_PASSWORD)
    store.set_desk(DeskIdentity.new("前台"))
    try:
        yield store
    finally:
        store.close()


def test_a_due_campaign_another_desk_is_still_saving_waits_there_then_goes_once(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        front_desk: Store, held: HeldStep, gateway: GatewaySimulator) -> None:
    # 前台 saves a campaign of 3 batches set for a few seconds from now: its first batch is
    # saved, the rest held.
    due = format_gateway_time(now_in_china() + dt.timedelta(seconds=DUE_IN_S))
    saving: SavingInSteps = start_saving(
        front_desk, account_id=ACCOUNT, name="店庆", extno=EXTNO, batch_size=50,
        messages=[(n, f"{SIGNATURE}周六八折") for n in NUMBERS], scheduled_at=due)
    held.saving = saving
    assert held.reached.wait(WAIT_S)
    campaign_id = saving.campaign.id

    back, _ = start(qtbot, _desk_folder(tmp_path, "b", "收银台"), "--shared-db", team_db.url)
    page = import_page(back)
    control = page.control
    qtbot.waitUntil(lambda: back.session.ready, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: campaign_id in control.scheduler.armed(), timeout=WAIT_MS)
    message = back.findChild(QLabel, "campaignMessageLabel")
    assert message is not None
    back.tabs.setCurrentWidget(page)  # the bulk tab: its list is read while shown
    page.campaign_panel.show_campaign(campaign_id)
    qtbot.waitUntil(lambda: campaign_id in control.waiting_for_save, timeout=WAIT_MS)
    # Not asked about as an interrupted campaign: armed for its time, which has come.
    assert page.recovery_dialog is None
    qtbot.waitUntil(lambda: "还在“前台”保存中（已保存 50 / 150 条）" in message.text(),
                    timeout=WAIT_MS)
    assert "保存完后会自动开始" in message.text()
    assert campaign_id in control.scheduler.armed() and not control.busy
    rows = page.campaign_panel.campaign_list.list_model

    def state_shown() -> str:
        row = rows.row_of(campaign_id)
        return "" if row < 0 else str(rows.index(row, CampaignListModel.COL_STATE).data())

    qtbot.waitUntil(lambda: "（“前台”保存中 50/150）" in state_shown(),
                    timeout=WAIT_MS)
    # It looks again and again meanwhile; nothing leaves while the list is partly saved.
    waits = control.waiting_for_save[campaign_id]
    qtbot.waitUntil(lambda: control.waiting_for_save.get(campaign_id) is not waits,
                    timeout=WAIT_MS)
    assert gateway.submissions(ACCOUNT) == []

    held.go()
    assert saving.wait_until_ended(WAIT_S) and saving.failure is None
    qtbot.waitUntil(lambda: front_desk.get_campaign(campaign_id).state == "done",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not control.busy, timeout=WAIT_MS)
    sent = Counter(s.mobile for s in gateway.submissions(ACCOUNT))
    assert sorted(sent) == NUMBERS and set(sent.values()) == {1}
    assert campaign_id not in control.waiting_for_save
    assert control.scheduler.armed() == {}
    qtbot.waitUntil(lambda: state_shown() == "已完成", timeout=WAIT_MS)


def test_a_campaign_due_as_the_window_opens_starts_once_the_password_is_read(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    save_account(data_dir, gateway)
    due = format_gateway_time(now_in_china() - dt.timedelta(minutes=1))  # within the grace
    with Store.open(data_dir / DATABASE_NAME) as store:
        campaign = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="早市", extno=EXTNO, batch_size=50,
            messages=[(n, f"{SIGNATURE}早市八折") for n in NUMBERS[:60]], scheduled_at=due)
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    asked, release = threading.Event(), threading.Event()
    plain = memory_keyring.get_password

    def slow_keyring(service: str, username: str) -> str | None:
        if username == ACCOUNT:  # the start reads the account's password: slowly
            asked.set()
            release.wait(WAIT_S)
        return plain(service, username)

    monkeypatch.setattr(memory_keyring, "get_password", slow_keyring)
    try:
        window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: hasattr(window.findChild(ImportPage, "importPage"),
                                        "control"), timeout=WAIT_MS)  # built in steps
        control = import_page(window).control
        qtbot.waitUntil(lambda: campaign.id in control.after_password, timeout=WAIT_MS)
        assert asked.is_set() and not window.session.ready  # found due before the password
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(gateway.submissions(ACCOUNT)) == 60, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not control.busy, timeout=WAIT_MS)
    sent = Counter(s.mobile for s in gateway.submissions(ACCOUNT))
    assert sorted(sent) == NUMBERS[:60] and set(sent.values()) == {1}
    assert control.after_password == set() and control.scheduler.armed() == {}
