"""Running a test as if on a PC in another time zone (the test machines run in UTC).

Python's local time and Qt's both follow the process's TZ once ``time.tzset()`` has read it,
so a test can be "on a PC in Tokyo" without a child process.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

# Zones whose clock is not China time: a PC in UTC (8 hours behind) and one in Tokyo (UTC+9,
# one hour ahead, the same day most of the time: an off-by-an-hour is easy to miss there).
NOT_CHINA_ZONES = ("UTC", "Asia/Tokyo")


@contextmanager
def pc_time_zone(name: str) -> Iterator[None]:
    """This process's local time zone is ``name`` inside the block."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
