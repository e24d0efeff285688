"""A clock the store tests move by hand."""

from __future__ import annotations

import datetime as dt

from juhe_desk.gateway.china_time import CHINA_TZ


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 1, 9, 0, 0, tzinfo=CHINA_TZ)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
