"""Cell values made safe for openpyxl and for Excel: text stays text, numbers keep every digit.

openpyxl turns any text that starts with "=" into a formula and refuses control characters;
Excel shows a large number as 1.38E+10 in the General format and keeps only 15 digits.

openpyxl is imported when a cell is first made, not with this module: the window imports it
to build its pages, and openpyxl takes longer to import than the window takes to paint.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Any

# Text that a spreadsheet program could take for a formula when the user edits or re-saves it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32767  # Excel's limit for one cell
WHOLE_NUMBER_FORMAT = "0"
_LARGE = 1e8  # from here on General shows some whole numbers in scientific notation
_SHEET_TITLE_BAD = str.maketrans({c: "_" for c in "\\/?*[]:"})
_illegal_characters: re.Pattern[str] | None = None  # openpyxl's own, once it is imported

CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None


def clean_text(text: str) -> str:
    """Text without the control characters that XML cannot hold, cut to Excel's limit."""
    text = (_illegal_characters or _load_illegal_characters()).sub("", text)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT]


def _load_illegal_characters() -> re.Pattern[str]:
    global _illegal_characters
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    pattern: re.Pattern[str] = ILLEGAL_CHARACTERS_RE
    _illegal_characters = pattern
    return pattern


@functools.cache
def header_font() -> Any:
    """The bold of a header row (one openpyxl Font, shared)."""
    from openpyxl.styles import Font

    return Font(bold=True)


def excel_value(value: object) -> CellValue:
    """A cell value as openpyxl should store it; "" (an empty cell as read) becomes None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool | int):
        if not isinstance(value, bool) and abs(value) >= 10**15:
            return str(value)  # Excel would round the last digits away
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        if isinstance(value, dt.datetime | dt.time) and value.tzinfo is not None:
            return str(value)  # Excel has no time zones; openpyxl refuses aware values
        return value
    return clean_text(str(value))


def as_text(value: object) -> str | None:
    """A value as text, e.g. a phone number or message id: 13800138000.0 -> "13800138000"."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return clean_text(value)
    return clean_text(str(value))


def needs_text_type(value: object) -> bool:
    """True for text that must be marked as text: openpyxl stores "=..." as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def needs_whole_number_format(value: object) -> bool:
    return (isinstance(value, float) and abs(value) >= _LARGE and value.is_integer()) or (
        isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _LARGE)


def write_only_cell(sheet: Any, value: CellValue, *, bold: bool = False) -> Any:
    """A cell for a write-only sheet, or the bare value when nothing special is needed."""
    text_type = needs_text_type(value)
    whole = needs_whole_number_format(value)
    if not (text_type or whole or bold):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if text_type:
        cell.data_type = "s"
    if whole:
        cell.number_format = WHOLE_NUMBER_FORMAT
    if bold:
        cell.font = header_font()
    return cell


def set_cell(cell: Any, value: CellValue) -> None:
    """Fill a cell of a normal (loaded) sheet with the same rules."""
    cell.value = value
    if needs_text_type(value):
        cell.data_type = "s"
    elif needs_whole_number_format(value):
        cell.number_format = WHOLE_NUMBER_FORMAT


def sheet_title(name: str) -> str:
    """A title Excel accepts: no \\ / ? * [ ] :, no quote at either end, at most 31 characters."""
    title = clean_text(name).translate(_SHEET_TITLE_BAD).strip().strip("'")[:31].strip()
    return title or "Sheet1"
