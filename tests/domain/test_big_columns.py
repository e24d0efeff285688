"""The big columns of a sheet's checked rows, made without holding the GIL for long: each
big tuple is looked at by the collector as it is made (none is left for one later pass to
walk with the others, 10 ms and more), and the rows to send are picked a step at a time."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from juhe_desk.domain.collector import LOOK_AT_ONCE, collector_paused, looked_at
from juhe_desk.domain.sheet_check import RowCheckOptions, Verdict, check_rows

ROWS = LOOK_AT_ONCE + 10


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_big_tuple_is_let_go_of_at_once(collector_on: None) -> None:
    big = looked_at(tuple(f"1380000{i:05d}" for i in range(ROWS)))
    assert not gc.is_tracked(big)
    small = looked_at(tuple(str(i) for i in range(100)))  # left to the usual young passes
    assert gc.is_tracked(small)
    with collector_paused():  # a bulk job that wants no pass: none
        assert gc.is_tracked(looked_at(tuple(str(i) for i in range(ROWS))))


def test_checked_columns_and_the_rows_sent_are_let_go_of(collector_on: None) -> None:
    rows = [(f"1{'3578'[i % 4]}{i:09d}", f"客户{i}") for i in range(ROWS)] + [("12345", "坏")]
    checked = check_rows(["手机", "姓名"], rows, RowCheckOptions(0, "{姓名}您好，回T退订"))
    table = checked.rows
    for column in (table.indexes, table.mobiles, table.texts, table.verdict_positions):
        assert not gc.is_tracked(column)
    sendable = checked.sendable  # a table of the rows sent (not the bad one): new columns
    assert len(sendable) == ROWS
    assert not gc.is_tracked(sendable.texts) and not gc.is_tracked(sendable.mobiles)


def test_the_rows_to_send_are_picked_across_steps() -> None:
    """Rows not sent on either side of each step's edge (16,384 rows a step)."""
    bad = {0, 16_383, 16_384, 16_385, 32_767, 40_000, 2 * 16_384 + 5}
    rows = [("12345" if i in bad else f"1{'3578'[i % 4]}{i:09d}", f"客户{i}")
            for i in range(40_001)]
    checked = check_rows(["手机", "姓名"], rows, RowCheckOptions(0, "{姓名}您好，回T退订"))
    table = checked.rows
    assert table.sendable_flags() == [i not in bad for i in range(len(rows))]
    sendable = checked.sendable
    assert list(sendable) == [row for row in table if row.verdict is Verdict.OK]
    assert list(sendable.indexes) == [i for i in range(len(rows)) if i not in bad]
