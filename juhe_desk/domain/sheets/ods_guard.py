"""Refuse an .ods sheet whose used range would exhaust the memory, before calamine reads it.

The .xlsx guard's reason holds here too: calamine makes one dense grid from the first to the
last cell holding a value, so a stray value far below or to the right asks for billions of
cells and aborts the process. In OpenDocument a gap is a row or cell "repeated" many times.
Every writer ends each row and each table with such a repeat of empty cells, which is
harmless; so the whole sheet is measured (a streaming XML parse) only when a long repeat is
followed by content in the same row or table, which C-speed searches tell at little cost.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import IO
from xml.etree import ElementTree

from juhe_desk.domain.sheets.errors import SheetTooLargeError
from juhe_desk.domain.sheets.xlsx_guard import MAX_CELLS, column_letters

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = f"{{{_TABLE_NS}}}table"
_ROW = f"{{{_TABLE_NS}}}table-row"
_CELLS = (f"{{{_TABLE_NS}}}table-cell", f"{{{_TABLE_NS}}}covered-table-cell")
_ROWS_REPEATED = f"{{{_TABLE_NS}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE_NS}}}number-columns-repeated"
_VALUE_TYPE = f"{{{_OFFICE_NS}}}value-type"

# A long repeat of cells followed by content before its row ends, or of rows followed by
# content before its table ends: one search, all in C.
_GAP_BEFORE_CONTENT = re.compile(
    rb":number-columns-repeated=\"\d{4,}\"(?:(?!</[\w.-]+:table-row>).)*?(?:value-type=|<[\w.-]+:p\b)"
    rb"|:number-rows-repeated=\"\d{4,}\"(?:(?!</[\w.-]+:table>).)*?(?:value-type=|<[\w.-]+:p\b)",
    re.DOTALL)
# content.xml is held whole for the searches; beyond this the reader's memory limit decides.
_MAX_HELD = 256 * 1024 * 1024


def check_ods_sheets(path: str, name: str) -> None:
    """Raise SheetTooLargeError when some sheet spans more than MAX_CELLS cells.

    Every sheet, before calamine opens the file: calamine reads all the sheets of an .ods as
    it opens it. Anything unexpected in the package is left for calamine to report; so is a
    content.xml too large to hold here (the reader process's memory limit then decides).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo("content.xml").file_size > _MAX_HELD:
                return
            content = archive.read("content.xml")
            if not _gap_before_content(content):
                return
            last = _oversized_range(io.BytesIO(content))
    except Exception:  # noqa: BLE001 - a damaged package is calamine's to report, in words
        return
    if last is not None:
        raise SheetTooLargeError(name, last)


def _gap_before_content(content: bytes) -> bool:
    """Whether some long repeat is followed by content in its own row (cells) or table."""
    return _GAP_BEFORE_CONTENT.search(content) is not None


def _oversized_range(stream: IO[bytes]) -> str | None:
    """The last cell of the first sheet whose value range is too large, else None."""
    row = 0  # rows of the current table before the current row
    column = 0
    row_repeat = 1
    first_row = first_col = 1 << 62
    last_row = last_col = 0
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == _TABLE:
                row, first_row, first_col, last_row, last_col = 0, 1 << 62, 1 << 62, 0, 0
            elif tag == _ROW:
                column = 0
                row_repeat = int(element.get(_ROWS_REPEATED, "1"))
            continue
        if tag in _CELLS:
            repeat = int(element.get(_COLUMNS_REPEATED, "1"))
            if element.get(_VALUE_TYPE) is not None or len(element):
                first_row, first_col = min(first_row, row + 1), min(first_col, column + 1)
                last_row = max(last_row, row + row_repeat)
                last_col = max(last_col, column + repeat)
            column += repeat
            element.clear()  # keeps the parse's memory flat
        elif tag == _ROW:
            row += row_repeat
            element.clear()
        elif tag == _TABLE and last_row and \
                (last_row - first_row + 1) * (last_col - first_col + 1) > MAX_CELLS:
            return f"{column_letters(last_col)}{last_row}"
    return None
