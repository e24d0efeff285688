"""China time: the one clock of juhe-desk.

The gateway writes every time in China time (Asia/Shanghai), with no zone in the text, and
the customers live by it. So the app keeps, shows and decides by that clock whatever the time
zone of the PC: campaign names, scheduled sends, the quiet-hours warning, reports, replies,
conversations, exports and the store's own times all use ``now_in_china()``.

China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs
no time-zone database (Windows Python has none without the tzdata package).
"""

from __future__ import annotations

import datetime as dt

CHINA_OFFSET = dt.timedelta(hours=8)
CHINA_TZ = dt.timezone(CHINA_OFFSET, "CST")
# How names and short texts give a moment: to the minute, as the gateway writes its times.
MINUTE_FORMAT = "%Y-%m-%d %H:%M"


def now_in_china() -> dt.datetime:
    """Now, as an aware datetime in China time."""
    return dt.datetime.now(CHINA_TZ)


def today_in_china() -> dt.date:
    """Today's date in China (after 16:00 UTC it is already tomorrow there)."""
    return now_in_china().date()


def in_china(moment: dt.datetime) -> dt.datetime:
    """``moment`` in China time; a naive one is taken to be China time already, as every
    time the gateway and the store write is."""
    return moment.astimezone(CHINA_TZ) if moment.tzinfo is not None else moment.replace(
        tzinfo=CHINA_TZ)


def minute_text(moment: dt.datetime | None = None) -> str:
    """``2026-12-05 09:30``: the China time of ``moment`` (default now) to the minute."""
    return in_china(moment or now_in_china()).strftime(MINUTE_FORMAT)


def pc_clock_is_china_time(moment: dt.datetime | None = None) -> bool:
    """Whether this PC's own clock (its time zone) agrees with China time at ``moment``
    (default now): when it does not, the app says which clock it shows."""
    local = (moment or now_in_china()).astimezone()  # the PC's zone, as the OS knows it now
    return local.utcoffset() == CHINA_OFFSET
