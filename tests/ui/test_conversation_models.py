"""The conversations list and the timeline under pytest-qt's model tester; the list's pages
are read in jobs and its ``data()`` never reads the store; what the search box means."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_thread_store import gui_thread_connections
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.models import InboundMessage, SubmitResult
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import ConversationFilter, Store
from juhe_desk.ui.models.conversation_model import KIND_ROLE, META_ROLE, ConversationModel
from juhe_desk.ui.models.conversations_model import (
    MOBILE_ROLE,
    NAME_ROLE,
    PREVIEW_ROLE,
    UNREAD_ROLE,
    ConversationsModel,
    conversation_filter_for,
)
from juhe_desk.ui.tasks import TaskRunner

TEXT = "【聚合云信】春季新品到店"
NUMBERS = [f"138000000{i:02d}" for i in range(7)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        campaign = create_campaign_from_messages(
            opened, account_id="922011", name="春季上新", extno="1069012345",
            messages=[(m, TEXT) for m in NUMBERS], batch_size=200)
        batch = opened.campaign_batches(campaign.id)[0]
        opened.start_batch(batch.id)
        opened.batch_submitted(batch.id, [SubmitResult(m, f"M{m}", 0) for m in NUMBERS])
        opened.remember_customer_names(campaign.id, [(NUMBERS[0], "王丽")])
        opened.add_inbound([InboundMessage(f"I{i}", mobile, f"第{i}条回复\n换行",
                                           f"2030-01-01 10:00:{i:02d}")
                            for i, mobile in enumerate(NUMBERS)], "pull")
        opened.add_inbound([InboundMessage("R", NUMBERS[1], "R", "2030-01-01 10:01:00")], "pull")
        yield opened


def test_the_list_passes_the_model_tester_reading_in_place(
        store: Store, qtmodeltester: ModelTester) -> None:
    model = ConversationsModel(store, page_size=3)
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert (first.data(MOBILE_ROLE), first.data(PREVIEW_ROLE), first.data(UNREAD_ROLE)) == (
        NUMBERS[1], "R", 1)  # its latest reply; the R itself needs no handling
    for row in range(7):
        model.data(model.index(row, 0))  # every page read (in place: no runner)
    wang = model.index(model.row_of(NUMBERS[0]), 0)
    assert (wang.data(), wang.data(NAME_ROLE), wang.data(PREVIEW_ROLE)) == (
        "王丽", "王丽", "第0条回复 换行")
    assert wang.data(Qt.ItemDataRole.FontRole).bold()


def test_the_list_reads_its_pages_in_jobs_and_data_never_reads_the_store(
        store: Store, runner: TaskRunner, qtmodeltester: ModelTester, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = ConversationsModel(store, runner=runner, page_size=2)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == 7, timeout=5000)
    gui_reads = gui_thread_connections(monkeypatch, store)
    model.data(model.index(6, 0))  # the last page: read in a job
    qtbot.waitUntil(lambda: model.record(6) is not None, timeout=5000)
    roles = [*range(0, 14), MOBILE_ROLE, NAME_ROLE, PREVIEW_ROLE, UNREAD_ROLE]
    cells = [model.data(model.index(r, 0), role) for r in range(7) for role in roles]
    assert "王丽" in cells and gui_reads == []
    model.set_filter(ConversationFilter(text="王"))
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == 1, timeout=5000)
    assert gui_reads == []


def test_the_timeline_passes_the_model_tester(store: Store,
                                              qtmodeltester: ModelTester) -> None:
    model = ConversationModel()
    qtmodeltester.check(model)
    model.show(store.conversation(NUMBERS[1]))
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(KIND_ROLE) for r in range(3)] == [
        "sent", "received", "received"]
    assert model.index(0, 0).data() == TEXT
    assert "春季上新" in model.index(0, 0).data(META_ROLE)
    model.show(None)
    assert model.rowCount() == 0


@pytest.mark.parametrize(("text", "unread", "expected"), [
    ("138 0000", False, ConversationFilter(mobile_prefix="1380000")),
    ("+86 139", True, ConversationFilter(mobile_prefix="139", unread_only=True)),
    ("１３８", False, ConversationFilter(mobile_prefix="138")),
    ("王丽", False, ConversationFilter(text="王丽")),
    ("几点开门", True, ConversationFilter(text="几点开门", unread_only=True)),
    ("  ", False, ConversationFilter())])
def test_the_search_box_means_a_number_start_or_a_name_or_words(
        text: str, unread: bool, expected: ConversationFilter) -> None:
    assert conversation_filter_for(text, unread) == expected
