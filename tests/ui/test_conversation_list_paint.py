"""The conversation list's rows, kept painted between repaints, look exactly as painted afresh:
names, times, previews cut off, unread badges, opt-out marks, a selected row; a row whose
conversation changed is painted again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.models import InboundMessage
from juhe_desk.store import Store
from juhe_desk.ui.models.conversations_model import ConversationsModel
from juhe_desk.ui.widgets.conversation_delegates import ConversationListDelegate

REPLIES = ("好的，谢谢", "退订", "周六几点开门？我想带孩子一起来，可以预约下午三点吗？谢谢", "收到")


def reply(i: int, mobile: str, text: str) -> InboundMessage:
    return InboundMessage(f"mo-{i}", mobile, text, f"2026-11-01 10:{i:02d}:00", "1069012345")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        opened.add_inbound([reply(i, f"1390000{i % 9:04d}", REPLIES[i % 4]) for i in range(30)],
                           "pull")
        opened.add_opt_outs(["13900000001"], "manual")
        yield opened


def shown(view: QListView, delegate: ConversationListDelegate, keep: int) -> QImage:
    delegate.rows_kept = keep
    return view.viewport().grab().toImage()


def list_on_screen(qtbot: QtBot, store: Store, *, uniform_sizes: bool = False
                   ) -> tuple[ConversationsModel, QListView, ConversationListDelegate]:
    """The store's conversations in a list painted by the inbox's delegate, on screen."""
    model = ConversationsModel(store)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ConversationListDelegate(view)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(uniform_sizes)
    view.resize(260, 500)
    view.show()
    qtbot.waitExposed(view)
    return model, view, delegate


def test_rows_kept_look_as_rows_painted_afresh(store: Store, qtbot: QtBot) -> None:
    model, view, delegate = list_on_screen(qtbot, store, uniform_sizes=True)
    afresh = shown(view, delegate, 0)
    assert shown(view, delegate, 100) == afresh  # seen once: painted as before
    assert shown(view, delegate, 100) == afresh  # seen again: painted into pictures kept
    assert shown(view, delegate, 100) == afresh  # copied from them
    view.setCurrentIndex(model.index(1, 0))
    assert shown(view, delegate, 100) == shown(view, delegate, 0)


def test_a_row_whose_conversation_changed_is_painted_again(store: Store, qtbot: QtBot) -> None:
    model, view, delegate = list_on_screen(qtbot, store)
    before = shown(view, delegate, 100)
    assert shown(view, delegate, 100) == before  # kept now
    store.add_inbound([reply(59, "13900000003", "新的一条回复")], "pull")
    model.refresh()  # in place: no runner
    after = shown(view, delegate, 100)
    assert after != before
    assert after == shown(view, delegate, 100) == shown(view, delegate, 0)
