"""How a spreadsheet cell's value reads in a message: 12.0 is "12", a date "2024-05-01",
an empty float cell nothing. Mail merge (templates.py) and the sheets' headers use it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal


def format_value(value: object) -> str:
    """A cell value as it reads in a message: 12.0 -> "12", a date -> "2024-05-01"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, Decimal):
        return "" if value.is_nan() else format(value, "f")
    if isinstance(value, dt.datetime):
        # Spreadsheet dates come as midnight datetimes: show them as dates.
        if value.time() == dt.time(0, 0):
            return value.strftime("%Y-%m-%d")
        if value.second == 0 and value.microsecond == 0:
            return value.strftime("%Y-%m-%d %H:%M")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    return str(value).strip()


def format_column(values: Sequence[object]) -> list[str]:
    """``format_value`` of each value."""
    try:
        return list(map(str.strip, values))  # type: ignore[arg-type]  # most columns are text
    except TypeError:  # not all of them str
        return list(map(format_value, values))


def _format_float(value: float) -> str:
    if value != value:  # NaN: an empty cell read by some libraries
        return ""
    if value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        return str(int(value))
    # 15 significant digits hide binary noise (0.1 + 0.2); "f" avoids "1e-07".
    return format(Decimal(format(value, ".15g")), "f")
