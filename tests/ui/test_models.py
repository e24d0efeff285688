"""Every table model of ``juhe_desk.ui.models`` under pytest-qt's model tester, and what each
promises: rows fed plain values (``data()`` never reads the store), one column's refresh
signalled for that column alone.

The reports, preview and campaign models are also checked where their pages are tested
(test_paged_table_model.py, test_import_page.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from juhe_desk.domain.recipients import parse_recipients
from juhe_desk.gateway.models import CHINA_TZ, DeliveryReport
from juhe_desk.services.campaigns import create_campaign
from juhe_desk.store import Store
from juhe_desk.ui.models.campaign_model import CampaignModel
from juhe_desk.ui.models.invalid_numbers_model import InvalidNumbersModel
from juhe_desk.ui.models.optout_model import OptOutModel
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE
from juhe_desk.ui.models.reports_model import ReportsModel
from juhe_desk.ui.models.results_model import ResultsModel
from juhe_desk.ui.tasks import TaskRunner

ACCOUNT = "922011"
EXTNO = "1069012345"
SPRING = "【聚合云信】春季新品到店，凭短信享9折。"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        yield opened


def now_text(after_s: int = 60) -> str:
    return (dt.datetime.now(CHINA_TZ) + dt.timedelta(seconds=after_s)).strftime(
        "%Y-%m-%d %H:%M:%S")


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
    return create_campaign(store, account_id=ACCOUNT, name="t", extno=EXTNO,
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
