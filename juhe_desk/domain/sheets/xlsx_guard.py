"""Refuse an .xlsx sheet whose used range would exhaust the memory, before calamine reads it.

calamine stores a sheet as one dense grid from its first to its last cell that holds a value:
a single stray value in XFD1048576 asks for 17 billion cells and aborts the whole process
(a Rust allocation failure cannot be caught). The sheet's ``<dimension>`` element, read from
the first bytes of its XML, settles the common case at no cost; only when it is missing or
large are the cell references of the whole sheet scanned.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from juhe_desk.domain.sheets.errors import SheetTooLargeError

# About 320 MB inside calamine plus the Python rows: 1,000,000 rows × 10 columns still pass.
MAX_CELLS = 10_000_000
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\b[^>]*?\bref=\"([A-Za-z]{1,3}\d{1,7})"
                        rb"(?::([A-Za-z]{1,3}\d{1,7}))?\"")
_CELL = re.compile(rb"<(?:[\w.-]+:)?c\b([^>]*)>")
_REF = re.compile(rb"\br=\"([A-Za-z]{1,3})(\d{1,7})\"")
_ROW_NUMBER = re.compile(rb"row\b[^>]*?\br=\"(\d{1,7})\"")
# A literal start (" r=") lets the regex engine skip ahead at C speed.
_WIDE_REF = re.compile(rb" r=\"[A-Za-z]{2}")
_WIDEST_REF = re.compile(rb" r=\"[A-Za-z]{3}")
_SPLIT_REF = re.compile(r"([A-Za-z]+)(\d+)")
_SMALL_PART = 8 * 1024 * 1024
_CHUNK = 1024 * 1024


def check_xlsx_sheet(path: str, sheet_index: int, name: str) -> None:
    """Raise SheetTooLargeError when sheet ``sheet_index`` spans more than MAX_CELLS cells.

    Anything unexpected in the package is left for calamine to report.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet_index)
            if part is None:
                return
            last = _oversized_range(archive, part)
    except Exception:  # noqa: BLE001 - a damaged package is calamine's to report, in words
        return
    if last is not None:
        raise SheetTooLargeError(name, last)


def _sheet_part(archive: zipfile.ZipFile, sheet_index: int) -> str | None:
    workbook = "xl/workbook.xml"
    rels = "xl/_rels/workbook.xml.rels"
    names = set(archive.namelist())
    if workbook not in names or rels not in names:
        return None
    if max(archive.getinfo(workbook).file_size, archive.getinfo(rels).file_size) > _SMALL_PART:
        return None
    sheets = [e for e in ElementTree.fromstring(archive.read(workbook)).iter()
              if e.tag == f"{{{_MAIN_NS}}}sheet"]
    if not 0 <= sheet_index < len(sheets):
        return None
    rel_id = sheets[sheet_index].get(f"{{{_REL_NS}}}id")
    for rel in ElementTree.fromstring(archive.read(rels)).iter(f"{{{_PKG_REL_NS}}}Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _oversized_range(archive: zipfile.ZipFile, part: str) -> str | None:
    """The last cell of the range when it is too large, else None."""
    with archive.open(part) as stream:
        head = stream.read(64 * 1024)
    dimension = _DIMENSION.search(head)
    if dimension:
        first = _split(dimension.group(1).decode())
        last = _split((dimension.group(2) or dimension.group(1)).decode())
        if _area(first, last) <= MAX_CELLS:
            return None
    elif _quick_bound(archive, part) <= MAX_CELLS:
        return None
    first_seen, last_seen = _scan_values(archive, part)
    if first_seen is None or last_seen is None or _area(first_seen, last_seen) <= MAX_CELLS:
        return None
    return f"{column_letters(last_seen[1])}{last_seen[0]}"


def _quick_bound(archive: zipfile.ZipFile, part: str) -> int:
    """An upper bound of the area, from C-speed searches only (no Python work per cell).

    Rows are numbered upwards in every writer, so the last row tag gives the last row; the
    widest column is bounded by the longest column letters seen (Z, ZZ or XFD). Attributes
    are taken to be separated by single spaces, as every known writer does.
    """
    last_row = 0
    letters = 1
    for data in _chunks(archive, part):
        tail = max(data.rfind(b"<row "), data.rfind(b":row "))
        if tail >= 0:
            found = _ROW_NUMBER.match(data, tail + 1)
            if found is None:
                return MAX_CELLS + 1  # rows without numbers: let the full scan decide
            last_row = max(last_row, int(found.group(1)))
        if letters < 3 and _WIDE_REF.search(data):
            letters = 3 if _WIDEST_REF.search(data) else 2
    return last_row * {1: 26, 2: 702, 3: 16384}[letters]


def _chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's bytes in pieces that never split a tag."""
    carry = b""
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = carry + chunk
            cut = data.rfind(b"<") if chunk else len(data)
            carry, data = data[cut:], data[:cut]
            if len(carry) > _CHUNK:  # no tag is that long: text, not markup
                carry = b""
            yield data
            if not chunk:
                return


def _scan_values(archive: zipfile.ZipFile,
                 part: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The top-left and bottom-right (row, column) of the cells that may hold a value."""
    low_row = low_col = 1 << 30
    high_row = high_col = 0
    for data in _chunks(archive, part):
        for match in _CELL.finditer(data):
            attributes = match.group(1)
            if attributes.endswith(b"/"):
                continue  # <c r="XFD1" s="1"/>: formatting only, no value
            ref = _REF.search(attributes)
            if ref is None:
                continue
            row, col = int(ref.group(2)), _column_number(ref.group(1).decode())
            low_row, high_row = min(low_row, row), max(high_row, row)
            low_col, high_col = min(low_col, col), max(high_col, col)
    if high_row == 0:
        return None, None
    return (low_row, low_col), (high_row, high_col)


def _split(ref: str) -> tuple[int, int]:
    match = _SPLIT_REF.fullmatch(ref)
    if match is None:
        raise ValueError(ref)
    return int(match.group(2)), _column_number(match.group(1))


def _area(first: tuple[int, int], last: tuple[int, int]) -> int:
    return (abs(last[0] - first[0]) + 1) * (abs(last[1] - first[1]) + 1)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    """1 -> A, 27 -> AA, 16384 -> XFD."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
