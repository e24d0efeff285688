"""The collector runs rarely while the app starts, then as usual (juhe_desk/startup_gc.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from juhe_desk.startup_gc import (
    AFTER_PAINT_THRESHOLDS,
    START_THRESHOLDS,
    collect_as_usual,
    collect_less,
    first_paint,
)


@pytest.fixture(autouse=True)
def usual_collector() -> Iterator[tuple[int, int, int]]:
    usual = gc.get_threshold()
    yield usual
    gc.unfreeze()
    gc.enable()
    gc.set_threshold(*usual)


def test_a_start_that_finishes_freezes_what_it_made(usual_collector: tuple[int, ...]) -> None:
    collect_less()
    assert gc.get_threshold() == START_THRESHOLDS and not gc.isenabled()  # none before paint
    made = [[] for _ in range(1000)]
    collect_as_usual()
    assert gc.get_threshold() == usual_collector and gc.isenabled()
    assert gc.get_freeze_count() >= len(made)
    collect_as_usual()  # once is enough: the second call changes nothing
    assert gc.get_threshold() == usual_collector


def test_a_cancelled_start_collects_its_garbage_at_once(
        usual_collector: tuple[int, ...]) -> None:
    collect_less()

    class Cycle:
        closed = False

        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            Cycle.closed = True

    Cycle()
    collect_as_usual(freeze=False)
    assert Cycle.closed and gc.get_freeze_count() == 0 and gc.isenabled()
    assert gc.get_threshold() == usual_collector


def test_the_first_paint_freezes_what_the_start_made_so_far(
        usual_collector: tuple[int, ...]) -> None:
    first_paint()  # no start began (a test's window): the collector is left alone
    assert gc.get_freeze_count() == 0
    collect_less()
    assert not gc.isenabled()
    made = [[] for _ in range(1000)]
    first_paint()
    assert gc.get_freeze_count() >= len(made)
    assert gc.get_threshold() == AFTER_PAINT_THRESHOLDS and gc.isenabled()  # rarely, till the end
    collect_as_usual()
    assert gc.get_threshold() == usual_collector
