"""The Send tab's progress is shown at most ten times a second: first at once, then the newest."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from juhe_desk.ui.compose.throttle import Throttle


def test_the_first_value_at_once_then_the_newest_once_per_interval(qtbot: QtBot) -> None:
    shown: list[int] = []
    throttle: Throttle[int] = Throttle(50, shown.append)
    throttle.give(1)
    assert shown == [1]  # at once
    for value in range(2, 30):  # a burst: only its newest is shown, once the interval is over
        throttle.give(value)
    assert shown == [1]
    qtbot.waitUntil(lambda: shown == [1, 29], timeout=2000)
    throttle.give(30)
    throttle.stop()  # the send ended: a value not shown yet is dropped
    assert not throttle.holding
    throttle.give(31)  # the next send starts afresh: at once
    assert shown == [1, 29, 31]
    qtbot.waitUntil(lambda: not throttle.holding, timeout=2000)  # its interval is over
    assert shown == [1, 29, 31]  # and 30 never came
