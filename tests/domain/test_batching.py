"""Batches: bounded size, no mobile twice in one request, order kept, CR/LF texts by send."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.batching import batch_positions, split_into_batches

keys = st.sampled_from(["13800000001", "13800000002", "13800000003", "13800000004",
                        "13800000005", "13800000006"])


def ident(value: str) -> str:
    return value


def test_plain_chunking_without_repeats() -> None:
    items = [f"1380000{i:04d}" for i in range(7)]
    assert split_into_batches(items, ident, 3) == [items[0:3], items[3:6], items[6:7]]
    assert split_into_batches([], ident, 3) == []


def test_a_repeated_number_moves_to_the_next_batch() -> None:
    items = [("A", 1), ("A", 2), ("B", 3), ("C", 4), ("A", 5)]
    batches = split_into_batches(items, lambda item: item[0], 3)
    assert batches == [[("A", 1), ("B", 3), ("C", 4)], [("A", 2)], [("A", 5)]]


def test_many_repeats_of_one_number_each_get_a_batch() -> None:
    assert split_into_batches(["A"] * 4 + ["B"], ident, 500) == [["A", "B"], ["A"], ["A"], ["A"]]


@pytest.mark.parametrize("size", [0, -1, 501])
def test_size_must_be_1_to_500(size: int) -> None:
    with pytest.raises(ValueError, match="batch size"):
        split_into_batches(["A"], ident, size)
    with pytest.raises(ValueError, match="batch size"):
        batch_positions([("A", "x")], size)


@given(st.lists(st.tuples(keys, st.integers())), st.integers(min_value=1, max_value=500))
def test_batch_invariants(items: list[tuple[str, int]], size: int) -> None:
    numbered = [(key, index) for index, (key, _) in enumerate(items)]
    batches = split_into_batches(numbered, lambda item: item[0], size)
    flat = [item for batch in batches for item in batch]
    assert sorted(flat) == sorted(numbered)  # each item exactly once
    assert all(1 <= len(batch) <= size for batch in batches)
    for batch in batches:
        assert len({key for key, _ in batch}) == len(batch)
        assert batch == sorted(batch, key=lambda item: item[1])  # order within a batch
    batch_of = {item: b for b, batch in enumerate(batches) for item in batch}
    for key in {key for key, _ in numbered}:  # a number's messages go out in order
        positions = [batch_of[item] for item in numbered if item[0] == key]
        assert positions == sorted(positions)
    if len({key for key, _ in numbered}) == len(numbered):
        assert batches == [numbered[i:i + size] for i in range(0, len(numbered), size)]


@given(st.lists(keys, max_size=60), st.integers(min_value=1, max_value=6))
def test_no_item_waits_for_a_later_batch_without_need(items: list[str], size: int) -> None:
    # An item sits in batch b > 0 only because batch b-1 holds its number, or was full
    # (with earlier items) when the item came.
    batches = split_into_batches(list(enumerate(items)), lambda item: item[1], size)
    for b in range(1, len(batches)):
        previous = batches[b - 1]
        for position, key in batches[b]:
            holds_key = any(k == key for _, k in previous)
            full_before = sum(1 for p, _ in previous if p < position) == size
            assert holds_key or full_before


Grouped = tuple[str, str | None, list[tuple[str, str]]]


def grouped(messages: list[tuple[str, str]], size: int) -> list[Grouped]:
    """Each request as (action, content, its messages)."""
    return [(b.action, b.content, [messages[p] for p in b.positions])
            for b in batch_positions(messages, size)]


def test_one_text_for_everyone_goes_by_send() -> None:
    messages = [("13800000001", "【店】你好"), ("13800000002", "【店】你好"),
                ("13800000003", "【店】你好")]
    assert grouped(messages, 2) == [
        ("send", "【店】你好", messages[:2]),
        ("send", "【店】你好", messages[2:]),
    ]
    assert grouped([], 2) == []


def test_different_texts_go_by_p2p_and_texts_with_line_breaks_by_send() -> None:
    messages = [
        ("13800000001", "张三您好"),
        ("13800000002", "第一行\n第二行"),
        ("13800000003", "李四您好"),
        ("13800000004", "第一行\n第二行"),
        ("13800000005", "另一段\r\n文字"),
        ("13800000001", "张三再见"),
    ]
    assert grouped(messages, 200) == [
        ("p2p", None, [messages[0], messages[2]]),
        ("send", "第一行\n第二行", [messages[1], messages[3]]),
        ("send", "另一段\r\n文字", [messages[4]]),
        ("p2p", None, [messages[5]]),
    ]


@given(st.lists(st.tuples(keys, st.sampled_from(["a", "b", "c\nd", "e\rf", "g#h"])),
                max_size=40), st.integers(min_value=1, max_value=5))
def test_grouping_sends_every_message_once_by_a_fitting_action(
        messages: list[tuple[str, str]], size: int) -> None:
    batches = batch_positions(messages, size)
    # Each message once, by its position (two equal messages are two messages).
    assert sorted(p for batch in batches for p in batch.positions) == list(
        range(len(messages)))
    for action, content, items in grouped(messages, size):
        assert 1 <= len(items) <= size
        assert len({mobile for mobile, _ in items}) == len(items)
        if action == "send":
            assert all(text == content for _, text in items)
        else:
            assert content is None
            assert all("\r" not in c and "\n" not in c for _, c in items)
