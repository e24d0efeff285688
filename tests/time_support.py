"""Time in tests: a clock the test moves by hand, and waiting for a condition (never for a
while: a test that sleeps and then checks that nothing happened proves nothing)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from juhe_desk.gateway.china_time import CHINA_TZ


class FakeClock:
    """Stands in for ``datetime.now`` (China time) wherever a clock is passed in."""

    def __init__(self, now: dt.datetime = dt.datetime(2026, 11, 1, 9, 0, tzinfo=CHINA_TZ)) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, by: float | dt.timedelta) -> None:
        """Move on by ``by`` (seconds, or a timedelta)."""
        self.now += by if isinstance(by, dt.timedelta) else dt.timedelta(seconds=by)


def wait_until(condition: Callable[[], bool], timeout: float = 5.0,
               what: str = "the condition", *, interval: float = 0.01) -> float:
    """Look at ``condition`` every ``interval`` seconds until it holds; fails the test
    after ``timeout`` seconds (for what no event or signal announces). Returns the seconds
    it took."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < timeout, f"not within {timeout} s: {what}"
        time.sleep(interval)
    return time.monotonic() - start
