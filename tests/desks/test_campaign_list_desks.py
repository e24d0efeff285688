"""The bulk tab's list of campaigns at one desk (the real window) while another desk (a real
process, run_desk.py) sends on the same team database: the list says which desk sends,
its Pause stops that desk before its next batch; after ``kill -9`` of that desk mid-request
the list says it is off line, and taking the campaign over sends the rest from here with
nothing sent twice (the simulator's record) and the batch that was on its way left
uncertain, and listed as such."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from desk_processes import Desk, wait_until
from keyring_backends import MemoryKeyring, installed_keyring
from pg_cluster import APP_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN
from store_backends import SharedCluster, StorePlace

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account, NewBatch, NewCampaign, NewMessage, Store
from juhe_desk.ui.importing.campaign_view import CampaignPanel
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.models.campaign_list_model import CampaignListModel

NUMBERS = [f"1380000{i:04d}" for i in range(30)]
PER_BATCH = 3


@pytest.fixture
def gateway(gateway: GatewaySimulator) -> GatewaySimulator:
    gateway.faults.latency = 0.3  # one batch after another: long enough to watch
    return gateway


@pytest.fixture
def place(shared_cluster: SharedCluster, tmp_path: Path,
          gateway: GatewaySimulator) -> Iterator[StorePlace]:
    shared = StorePlace("postgresql", tmp_path, shared_cluster)
    with installed_keyring(MemoryKeyring()):
        observer = shared.open()
        observer.save_account(Account(id=ACCOUNT, gateway_url=gateway.base_url, extno=EXTNO,
                                      signatures=(SIGN,), price_li=50, is_active=True))
        assert shared.address is not None
        keyring.set_password("juhe-desk", shared.address.url, APP_PASSWORD)
        keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
        yield shared
    shared.close_all()


def make_campaign(store: Store) -> int:
    content = f"{SIGN}周六八折"
    batches = [NewBatch("send", tuple(NewMessage(n, content)
                                      for n in NUMBERS[i:i + PER_BATCH]))
               for i in range(0, len(NUMBERS), PER_BATCH)]
    return store.create_campaign(NewCampaign(ACCOUNT, "店庆", "send", content=content,
                                             extno=EXTNO, signature=SIGN), batches).id


def open_desk(qtbot: QtBot, place: StorePlace, data_dir: Path, name: str) -> MainWindow:
    data_dir.mkdir()
    (data_dir / "desk.json").write_text(f'{{"id": "{name}-id", "name": "{name}"}}',
                                        encoding="utf-8")
    assert place.address is not None
    window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN",
                               "--shared-db", place.address.url])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(getattr(window, "ready", True)), timeout=15_000)
    tabs, page = window.findChild(QTabWidget, "mainTabs"), window.findChild(QWidget, "importPage")
    assert tabs is not None and page is not None
    tabs.setCurrentWidget(page)  # where the clerk finds the campaigns
    return window


@contextmanager
def desk_a_sending(qtbot: QtBot, place: StorePlace, gateway: GatewaySimulator,
                   tmp_path: Path, campaign_id: int) -> Iterator[tuple[CampaignPanel, Desk]]:
    """This desk's (收银台's) campaign list, once it says desk 前台A (a process) sends the
    campaign; 前台A is closed at the end. This desk's window first: it sees desk A start,
    however long its own start takes."""
    panel = campaign_panel(open_desk(qtbot, place, tmp_path / "b", "收银台"))
    sender = Desk("前台A", place.target, gateway.base_url, tmp_path / "a", send=campaign_id)
    try:
        sender.wait_for(lambda line: line == "started")
        qtbot.waitUntil(lambda: listed_state(panel, campaign_id) == "前台A 正在发送",
                        timeout=15_000)
        yield panel, sender
    finally:
        sender.close()


def campaign_panel(window: MainWindow) -> CampaignPanel:
    panel = window.findChild(CampaignPanel)
    assert panel is not None
    return panel


def listed_state(panel: CampaignPanel, campaign_id: int) -> str:
    model = panel.campaign_list.list_model
    row = model.row_of(campaign_id)
    if row < 0:
        return ""
    return str(model.index(row, CampaignListModel.COL_STATE).data())


def listed(panel: CampaignPanel, campaign_id: int, column: int) -> str:
    model = panel.campaign_list.list_model
    return str(model.index(model.row_of(campaign_id), column).data())


def button(panel: CampaignPanel, name: str) -> QPushButton:
    found = panel.findChild(QPushButton, name)
    assert found is not None
    return found


def test_the_list_names_the_desk_that_sends_and_its_pause_stops_that_desk(
        qtbot: QtBot, place: StorePlace, gateway: GatewaySimulator, tmp_path: Path) -> None:
    campaign_id = make_campaign(place.open())
    with desk_a_sending(qtbot, place, gateway, tmp_path, campaign_id) as (panel, sender):
        assert panel.campaign_id == campaign_id  # the newest is shown below the list
        pause, resume = button(panel, "pauseCampaignButton"), button(panel, "resumeCampaignButton")
        qtbot.waitUntil(pause.isEnabled, timeout=5000)
        assert not resume.isEnabled()  # another desk sends it: not twice at once
        state = panel.findChild(QLabel, "campaignStateLabel")
        assert state is not None and state.text() == "前台A 正在发送"
        qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
        sender.wait_for(lambda line: line == "sent paused", 30)
        qtbot.waitUntil(lambda: listed_state(panel, campaign_id) == "已暂停", timeout=10_000)
        sent = len(gateway.submissions(ACCOUNT))
        assert 0 < sent < len(NUMBERS)  # stopped before its next batch
        qtbot.waitUntil(resume.isEnabled, timeout=5000)  # paused: any desk may go on
        assert listed(panel, campaign_id, CampaignListModel.COL_WENT) == str(sent)


def test_a_campaign_whose_desk_was_killed_is_taken_over_without_sending_twice(
        qtbot: QtBot, place: StorePlace, gateway: GatewaySimulator, tmp_path: Path) -> None:
    observer = place.open()
    campaign_id = make_campaign(observer)
    with desk_a_sending(qtbot, place, gateway, tmp_path, campaign_id) as (panel, sender):
        # The next request reaches the gateway, which sends it and answers only later:
        # desk A dies with that batch on its way, its fate unknown to every desk.
        wait_until(lambda: len(gateway.submissions(ACCOUNT)) >= 2 * PER_BATCH, 20,
                   "two batches sent")
        gateway.faults.hang_seconds = 8.0
        gateway.faults.inject("hang", actions=("send",))
        wait_until(lambda: gateway.faults.pending == 0, 20, "a request hangs")

        def hanging_batch_recorded() -> bool:  # by the gateway, not answered to desk A
            states = [b.state for b in observer.campaign_batches(campaign_id)]
            return states.count("sending") == 1 and len(gateway.submissions(
                ACCOUNT)) == PER_BATCH * (states.count("submitted") + 1)

        wait_until(hanging_batch_recorded, 10, "the hanging request's numbers recorded")
        sender.kill()
        went_before = len(gateway.submissions(ACCOUNT))
        in_flight = [b for b in observer.campaign_batches(campaign_id) if b.state == "sending"]
        assert len(in_flight) == 1

        qtbot.waitUntil(lambda: listed_state(panel, campaign_id) == "已中断：前台A 已离线",
                        timeout=30_000)
        take_over = button(panel, "takeOverCampaignButton")
        qtbot.waitUntil(take_over.isVisible, timeout=5000)
        assert not button(panel, "resumeCampaignButton").isVisible()
        assert listed(panel, campaign_id, CampaignListModel.COL_UNCERTAIN) == str(PER_BATCH)
        qtbot.mouseClick(take_over, Qt.MouseButton.LeftButton)
        box = panel.campaign_list.take_over_box
        assert isinstance(box, QMessageBox) and box.objectName() == "takeOverConfirm"
        assert "前台A" in box.text() and "不会自动重发" in box.text()
        assert f"{len(NUMBERS) - went_before} 条" in box.text()
        confirm = box.findChild(QPushButton, "takeOverConfirmButton")
        assert confirm is not None and box.defaultButton() is not confirm
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)

        def sent_the_rest() -> bool:
            batches = observer.campaign_batches(campaign_id)
            return not any(b.state in ("planned", "sending") for b in batches)

        qtbot.waitUntil(sent_the_rest, timeout=30_000)
        qtbot.waitUntil(lambda: panel.control.sending_id is None, timeout=10_000)
        submitted = sorted(s.mobile for s in gateway.submissions(ACCOUNT))
        assert submitted == NUMBERS  # every number once: the uncertain batch not again
        (uncertain,) = [b for b in observer.campaign_batches(campaign_id)
                        if b.state == "uncertain"]
        assert uncertain.id == in_flight[0].id
        qtbot.waitUntil(lambda: listed(panel, campaign_id, CampaignListModel.COL_UNCERTAIN)
                        == str(PER_BATCH), timeout=10_000)
        qtbot.waitUntil(lambda: listed(panel, campaign_id, CampaignListModel.COL_WENT)
                        == str(len(NUMBERS) - PER_BATCH), timeout=10_000)
        assert button(panel, "resolveUncertainButton").isEnabled()  # the clerk decides
