"""A checked list of numbers and texts becomes a campaign: batches, parts and row numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_backends import StorePlace

from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Store

SIGN = "【聚合云信】"


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[Store]:
    with store_place.open() as opened:
        yield opened


def written(store: Store, campaign_id: int) -> list[list[tuple[str, str, int, int | None]]]:
    return [[(m.mobile, m.content, m.parts, m.row_index) for m in store.batch_messages(b.id)]
            for b in store.campaign_batches(campaign_id)]


def test_each_message_keeps_its_own_row_and_parts_wherever_its_batch_is(store: Store) -> None:
    long_text = SIGN + "长" * 70  # 76 characters: two parts
    messages = [("13800000001", SIGN + "张三您好"), ("13800000001", long_text),
                ("13800000002", SIGN + "李四您好"), ("13800000003", SIGN + "第一行\n第二行"),
                ("13800000001", SIGN + "张三再见")]
    made = create_campaign_from_messages(store, account_id="922011", name="店庆", extno="01",
                           messages=messages, batch_size=2, row_indexes=[7, 8, 9, 10, None])
    assert made.mode == "p2p" and made.content is None
    # A number twice waits for a later request; a text with a line break goes by send.
    assert written(store, made.id) == [
        [("13800000001", SIGN + "张三您好", 1, 7), ("13800000002", SIGN + "李四您好", 1, 9)],
        [("13800000001", long_text, 2, 8)],
        [("13800000003", SIGN + "第一行\n第二行", 1, 10)],
        [("13800000001", SIGN + "张三再见", 1, None)],
    ]
    assert [b.action for b in store.campaign_batches(made.id)] == ["p2p", "p2p", "send", "p2p"]


def test_one_text_for_all_makes_a_send_campaign(store: Store) -> None:
    text = SIGN + "周六店庆全场八折" * 10  # 86 characters: two parts each
    made = create_campaign_from_messages(store, account_id="922011", name="店庆", extno="01",
                           messages=[(f"1380000000{i}", text) for i in range(3)], batch_size=2)
    assert (made.mode, made.content) == ("send", text)
    assert written(store, made.id) == [[("13800000000", text, 2, None),
                                        ("13800000001", text, 2, None)],
                                       [("13800000002", text, 2, None)]]


@pytest.mark.parametrize("rows", [[1], [1, 2, 3]])
def test_row_numbers_must_match_the_messages(store: Store, rows: list[int]) -> None:
    with pytest.raises(ValueError):
        create_campaign_from_messages(store, account_id="922011", name="店庆", extno="01",
                        messages=[("13800000001", "a"), ("13800000002", "b")], batch_size=2,
                        row_indexes=rows)
    assert store.list_campaigns() == []
