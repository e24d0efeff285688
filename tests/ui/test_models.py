"""Every table model of ``juhe_desk.ui.models`` under pytest-qt's model tester, and what each
promises: rows fed plain values (``data()`` never reads the store), one column's refresh
signalled for that column alone.

The reports, preview and campaign models are also checked where their pages are tested
(test_paged_table_model.py, test_import_page.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from gui_thread_store import gui_thread_connections
from multidata_checks import assert_multidata_gives_what_data_gives
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD

from juhe_desk.domain.recipients import parse_recipients
from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import DeliveryReport, InboundMessage
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.store import Store
from juhe_desk.ui import status_style
from juhe_desk.ui.models.campaign_model import CampaignModel
from juhe_desk.ui.models.inbox_model import InboxModel, InboxRow
from juhe_desk.ui.models.invalid_numbers_model import InvalidNumbersModel
from juhe_desk.ui.models.optout_model import OptOutModel
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE
from juhe_desk.ui.models.reports_model import ReportsModel
from juhe_desk.ui.models.results_model import ResultsModel
from juhe_desk.ui.tasks import TaskRunner

SPRING = "【聚合云信】春季新品到店，凭短信享9折。"
AUTUMN = "【聚合云信】秋季会员日，全场8折。"
ROLES = [int(role) for role in Qt.ItemDataRole if role < Qt.ItemDataRole.UserRole] + [SORT_ROLE]


@pytest.fixture
def inbox_runner(inbox_store: Store) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(job_scope=inbox_store.job_connection)
    yield task_runner
    task_runner.shutdown()


def now_text(after_s: int = 60) -> str:
    return (now_in_china() + dt.timedelta(seconds=after_s)).strftime(
        "%Y-%m-%d %H:%M:%S")


def sent_campaign(store: Store, gateway: GatewaySimulator, name: str, text: str,
                  mobiles: list[str]) -> int:
    """A campaign sent to the simulator, so that replies are linked to it."""
    campaign = create_campaign_from_messages(store, account_id=ACCOUNT, name=name, extno=EXTNO,
                               messages=[(m, text) for m in mobiles], batch_size=200)

    def client() -> GatewayClient:
        return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD, "plain")

    report = CampaignSender(store, client, campaign.id, options=SendOptions(parallel=1)).run()
    assert report.progress.accepted == len(mobiles)
    return campaign.id


@pytest.fixture
def inbox_store(store: Store, gateway: GatewaySimulator) -> Store:
    """Replies to two campaigns (one unnamed), one reply to nothing, one opt-out."""
    sent_campaign(store, gateway, "春季上新", SPRING, ["13800000001", "13800000002"])
    sent_campaign(store, gateway, "", AUTUMN, ["13800000003"])
    store.add_inbound([
        InboundMessage(mid="m1", mobile="13800000001", content="几点开门？", time=now_text(),
                       access_code=EXTNO),
        InboundMessage(mid="m2", mobile="13800000002", content="R", time=now_text(61),
                       access_code=EXTNO),
        InboundMessage(mid="m3", mobile="13800000003", content="好的", time=now_text(62),
                       access_code=EXTNO),
        InboundMessage(mid="m4", mobile="13900000009", content="你是谁", time=now_text(63),
                       access_code=EXTNO),
    ], "pull")
    return store


def every_cell(model: InboxModel | ReportsModel) -> list[object]:
    return [model.data(model.index(row, column), role)
            for row in range(model.rowCount()) for column in range(model.columnCount())
            for role in ROLES]


# --- the inbox ------------------------------------------------------------------------------
def test_inbox_model_passes_the_model_tester_reading_in_place(
        inbox_store: Store, qtmodeltester: ModelTester) -> None:
    model = InboxModel(inbox_store, page_size=3, cache_pages=3)
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.sort(InboxModel.COL_MOBILE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_inbox_model_passes_the_model_tester_reading_in_the_background(
        inbox_store: Store, inbox_runner: TaskRunner, qtmodeltester: ModelTester,
        qtbot: QtBot) -> None:
    model = InboxModel(inbox_store, runner=inbox_runner, page_size=2, cache_pages=3)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == 4, timeout=5000)
    model.data(model.index(3, 0))  # the second page: read in a job
    qtbot.waitUntil(lambda: model.record(3) is not None, timeout=5000)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()


def test_inbox_rows_carry_campaign_names_and_sent_texts(inbox_store: Store) -> None:
    model = InboxModel(inbox_store)
    rows = {row.mobile: row for row in (model.record(r) for r in range(4))
            if isinstance(row, InboxRow)}
    assert set(rows) == {"13800000001", "13800000002", "13800000003", "13900000009"}
    assert rows["13800000001"].campaign_name == "春季上新"
    assert rows["13800000001"].sent_text == SPRING
    autumn = rows["13800000003"]
    assert autumn.campaign_name == f"#{autumn.campaign_id}"  # no name: its number
    assert autumn.sent_text == AUTUMN
    assert rows["13900000009"].campaign_id is None
    assert (rows["13900000009"].campaign_name, rows["13900000009"].sent_text) == ("", "")
    row = next(r for r in range(4) if model.record(r) is rows["13800000001"])
    campaign = model.index(row, InboxModel.COL_CAMPAIGN)
    assert campaign.data() == "春季上新"
    assert SPRING in campaign.data(Qt.ItemDataRole.ToolTipRole)


def test_inbox_data_never_reads_the_store(
        inbox_store: Store, inbox_runner: TaskRunner, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = InboxModel(inbox_store, runner=inbox_runner)
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == 4, timeout=5000)
    gui_reads = gui_thread_connections(monkeypatch, inbox_store)
    cells = every_cell(model)
    assert "春季上新" in cells and SPRING in "".join(str(c) for c in cells)
    assert gui_reads == []


# --- the opt-out list -----------------------------------------------------------------------
def test_optout_model_passes_the_model_tester(
        store: Store, runner: TaskRunner, qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    store.add_opt_outs([f"1380000{i:04d}" for i in range(30)], "manual", note="门店登记")
    model = OptOutModel(store, runner=runner, parent=None)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == 30, timeout=5000)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter("1380000002")
    assert model.rowCount() == 10
    assert model.index(0, OptOutModel.COL_NOTE).data() == "门店登记"


# --- the results of a quick send and the messages of a campaign -----------------------------
@pytest.fixture
def campaign_id(store: Store) -> int:
    return create_campaign_from_messages(store, account_id=ACCOUNT, name="t", extno=EXTNO,
                           messages=[(f"1380000{i:04d}", SPRING) for i in range(12)],
                           batch_size=5, row_indexes=list(range(12))).id


def changed_columns(model: ResultsModel | CampaignModel | ReportsModel,
                    change: Callable[[], None]) -> list[tuple[int, int, int, int]]:
    seen: list[tuple[int, int, int, int]] = []

    def record(first: QModelIndex, last: QModelIndex, roles: object = None) -> None:
        seen.append((first.row(), first.column(), last.row(), last.column()))

    model.dataChanged.connect(record)
    change()
    model.dataChanged.disconnect(record)
    return seen


def words(text: str) -> str:
    """``text`` as the results model says it in the language installed now."""
    return QCoreApplication.translate("ResultsModel", text)


def test_results_model_passes_the_model_tester(
        store: Store, campaign_id: int, qtmodeltester: ModelTester) -> None:
    model = ResultsModel(store)
    qtmodeltester.check(model)
    model.show_campaign(campaign_id)
    assert model.rowCount() == 12
    assert model.index(0, ResultsModel.COL_OUTCOME).data() == words("Waiting")
    # Sending ends: only the outcome column says something new.
    assert changed_columns(model, lambda: model.set_sending(False)) == [
        (0, ResultsModel.COL_OUTCOME, 11, ResultsModel.COL_OUTCOME)]
    assert model.index(0, ResultsModel.COL_OUTCOME).data() == words("Not sent")
    first_batch = store.campaign_batches(campaign_id)[0].id
    model.mark_unrecorded([first_batch])  # fed the batch ids: it reads no store itself
    assert model.index(0, ResultsModel.COL_OUTCOME).data() == words(
        "Unknown whether it was sent: the gateway's answer could not be stored. Wait for its "
        "delivery report before sending to this number again.")
    assert model.index(11, ResultsModel.COL_OUTCOME).data() == words("Not sent")
    model.sort(ResultsModel.COL_MOBILE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, ResultsModel.COL_MOBILE).data(SORT_ROLE) == "13800000011"
    model.clear()
    assert model.rowCount() == 0


def test_campaign_model_signals_its_status_column_alone(
        store: Store, campaign_id: int, qtmodeltester: ModelTester) -> None:
    model = CampaignModel(store)
    model.show_campaign(campaign_id, list(range(3, 15)))
    qtmodeltester.check(model)
    assert model.index(0, CampaignModel.COL_ROW).data(SORT_ROLE) == 0  # native: an int
    assert changed_columns(model, lambda: model.set_sending(True)) == [
        (0, CampaignModel.COL_STATUS, 11, CampaignModel.COL_STATUS)]
    assert changed_columns(model, lambda: model.set_sending(True)) == []  # nothing new
    assert changed_columns(model, lambda: model.set_source_rows(list(range(5, 17)))) == [
        (0, CampaignModel.COL_ROW, 11, CampaignModel.COL_ROW)]
    assert model.index(0, CampaignModel.COL_ROW).data() == "5"


def test_campaign_model_colours_outcomes_and_explains_them(store: Store,
                                                           campaign_id: int) -> None:
    """The outcome's colour and the tooltips of a message reach the view (multiData too)."""
    model = CampaignModel(store)
    model.show_campaign(campaign_id, list(range(3, 15)))
    status = model.index(0, CampaignModel.COL_STATUS)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == QColor(status_style.MUTED)  # pending
    assert model.index(0, CampaignModel.COL_MOBILE).data(Qt.ItemDataRole.ForegroundRole) \
        is None
    text = model.index(0, CampaignModel.COL_TEXT)
    assert text.data(Qt.ItemDataRole.ToolTipRole) == text.data()
    assert_multidata_gives_what_data_gives(model, ROLES)


def test_reports_model_signals_its_campaign_column_alone(
        store: Store, qtmodeltester: ModelTester) -> None:
    store.add_reports([DeliveryReport(mid=f"{0xF000000000000000 + i:016X}",
                                      mobile=f"1380000{i:04d}", stat="DELIVRD",
                                      time=now_text(i), access_code=EXTNO)
                       for i in range(5)], "pull")
    model = ReportsModel(store)
    qtmodeltester.check(model)
    assert changed_columns(model, lambda: model.set_campaign_names({1: "春季上新"})) == [
        (0, ReportsModel.COL_CAMPAIGN, 4, ReportsModel.COL_CAMPAIGN)]
    # Message ids stay text: Qt would cut a 64-bit number to 32 bits.
    assert model.index(0, ReportsModel.COL_MID).data(SORT_ROLE) == "F000000000000004"


# --- the invalid entries of the recipients box ----------------------------------------------
def test_invalid_numbers_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = InvalidNumbersModel()
    qtmodeltester.check(model)
    checks = parse_recipients("13800138000\n1380013\nabc\n12345678901").invalid
    model.set_checks(checks)
    assert model.rowCount() == 3
    assert model.index(1, InvalidNumbersModel.COL_ENTRY).data() == "abc"
    assert model.index(1, InvalidNumbersModel.COL_REASON).data(DISPLAY)
    model.set_checks(())
    assert model.rowCount() == 0


def test_results_model_reads_once_for_the_changes_of_a_tenth_of_a_second(
        store: Store, campaign_id: int, runner: TaskRunner, qtbot: QtBot) -> None:
    """A send's batches and pulls ask for a refresh tens of times a second: one read each
    ``REFRESH_MS`` (a job and a repaint each), none after the window closes."""
    model = ResultsModel(store, runner=runner)
    model.show_campaign(campaign_id)
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == 12)
    reads: list[None] = []
    model.loaded.connect(lambda: reads.append(None))
    for _batch in range(20):  # twenty batches answered in a moment
        model.refresh_soon()
    qtbot.waitUntil(lambda: len(reads) == 1)
    assert not model.refresh_due  # read once, and no further read is waiting
    model.refresh_soon()  # the next change, later, is read too
    qtbot.waitUntil(lambda: len(reads) == 2)
    model.refresh_soon()
    assert model.refresh_due
    model.stop_refreshing()  # the window closing: nothing is read after it
    assert not model.refresh_due
    assert len(reads) == 2
