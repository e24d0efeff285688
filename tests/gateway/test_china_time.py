"""China time is the one clock, whatever the time zone of the PC the app runs on."""

from __future__ import annotations

import datetime as dt

from time_zones import pc_time_zone

from juhe_desk.gateway.china_time import (
    CHINA_TZ,
    in_china,
    minute_text,
    now_in_china,
    pc_clock_is_china_time,
    today_in_china,
)


def test_now_is_eight_hours_ahead_of_utc_on_any_pc(pc_zone: str) -> None:
    before = dt.datetime.now(dt.UTC)
    now = now_in_china()
    after = dt.datetime.now(dt.UTC)
    assert now.utcoffset() == dt.timedelta(hours=8)
    assert before <= now <= after
    # What a clerk in China reads on the wall clock, not what this PC's clock says.
    wall = now.replace(tzinfo=None)
    assert before.replace(tzinfo=None) + dt.timedelta(hours=8) <= wall
    assert wall <= after.replace(tzinfo=None) + dt.timedelta(hours=8)
    assert today_in_china() in ((before + dt.timedelta(hours=8)).date(),
                                (after + dt.timedelta(hours=8)).date())


def test_the_pc_clock_is_told_apart_from_china_time(pc_zone: str) -> None:
    assert not pc_clock_is_china_time()
    with pc_time_zone("Asia/Shanghai"):
        assert pc_clock_is_china_time()


def test_a_moment_is_shown_as_china_time() -> None:
    utc_evening = dt.datetime(2026, 12, 5, 16, 30, tzinfo=dt.UTC)  # already the 6th in China
    assert in_china(utc_evening) == dt.datetime(2026, 12, 6, 0, 30, tzinfo=CHINA_TZ)
    assert minute_text(utc_evening) == "2026-12-06 00:30"
    naive = dt.datetime(2026, 12, 5, 9, 30)  # the gateway's and the store's times: China time
    assert in_china(naive) == dt.datetime(2026, 12, 5, 9, 30, tzinfo=CHINA_TZ)
    tokyo = dt.timezone(dt.timedelta(hours=9))
    assert minute_text(dt.datetime(2026, 12, 5, 10, 30, tzinfo=tokyo)) == "2026-12-05 09:30"
