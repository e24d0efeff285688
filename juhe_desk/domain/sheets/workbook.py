"""Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) through python-calamine, with errors in plain words.

The format is taken from the file's first bytes, not only its name: back-office systems save
.xls files that are really .xlsx, and Excel saves encrypted .xlsx files as OLE containers.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import python_calamine as calamine

from juhe_desk.domain.sheets.errors import (
    SheetCorruptError,
    SheetEmptyError,
    SheetEncryptedError,
    SheetFileError,
    SheetMemoryLimitError,
    SheetNotFoundError,
    SheetTooLargeError,
)
from juhe_desk.domain.sheets.limits import READER_MEMORY_MB
from juhe_desk.domain.sheets.model import Cell
from juhe_desk.domain.sheets.names import fits_native, os_path
from juhe_desk.domain.sheets.table import Steps
from juhe_desk.domain.sheets.xlsx_guard import MAX_CELLS, check_xlsx_sheet, column_letters

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORKBOOK_KINDS = {".xlsx": "xlsx", ".xlsm": "xlsm", ".xlsb": "xlsb", ".xls": "xls", ".ods": "ods"}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Grid:
    """The cells of one sheet from its first non-empty row and column on."""

    sheet_name: str
    rows: Sequence[Sequence[Cell]]
    first_row: int
    first_column: int
    width: int


def sniff(head: bytes) -> str:
    """ "zip", "ole" or "text", from the first eight bytes."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    return "text"


def open_workbook(path: Path, name: str, extension: str,
                  content: str) -> calamine.CalamineWorkbook:
    """Open with calamine: by path when the name fits the content, else from the bytes."""
    fits = (content == "zip" and extension in (".xlsx", ".xlsm", ".xlsb", ".ods")) or (
        content == "ole" and extension in (".xls", ".xlsx", ".xlsm"))
    if fits and fits_native(path):
        try:
            return guarded(name, lambda: calamine.CalamineWorkbook.from_path(os_path(path)))
        except SheetCorruptError:
            if not (content == "ole" and extension != ".xls"):
                raise
            # An .xls renamed to .xlsx: read it by its content below.
    # Also for a name calamine cannot take (not UTF-8): Python opens any name the OS gives.
    with guarded(name, lambda: open(os_path(path), "rb")) as stream:
        data = guarded(name, stream.read)
    return guarded(name, lambda: calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)))


def guarded(name: str, action: Callable[[], T]) -> T:
    """Run a calamine call; its failures become SheetErrors."""
    try:
        return action()
    except calamine.PasswordError:
        raise SheetEncryptedError(name) from None
    except OSError as error:
        if isinstance(error, FileNotFoundError | PermissionError | IsADirectoryError):
            raise SheetFileError(name, error) from error
        raise SheetCorruptError(name) from error
    except (calamine.CalamineError, ValueError, TypeError, KeyError, IndexError,
            OverflowError, RuntimeError, UnicodeError, AttributeError) as error:
        raise SheetCorruptError(name) from error
    except BaseException as error:
        if type(error).__name__ != "PanicException":  # pyo3: a Rust panic on a broken file
            raise
        if "pointer is null" in str(error):  # Python could not hold a value: out of memory
            raise SheetMemoryLimitError(name, READER_MEMORY_MB) from error
        raise SheetCorruptError(name) from error


def load_grid(workbook: calamine.CalamineWorkbook, path: Path, name: str, content_kind: str,
              sheet: str | None, steps: Steps) -> Grid:
    """The requested sheet, or the first visible worksheet with a value in it."""
    names = guarded(name, lambda: list(workbook.sheet_names))
    if sheet is not None:
        if sheet not in names:
            raise SheetNotFoundError(name, sheet)
        order = [names.index(sheet)]
    else:
        order = _default_order(workbook, name, len(names))
    for position, index in enumerate(order):
        steps.check()
        if content_kind in ("xlsx", "xlsm"):
            check_xlsx_sheet(os_path(path), index, name)
        grid = _read_sheet(workbook, index, name)
        steps.report(0.6 + 0.1 * position / len(order))
        if any(row.count("") != len(row) for row in grid.rows):
            return grid
    raise SheetEmptyError(f"{name}: {sheet}" if sheet is not None else name)


def sheet_names(workbook: calamine.CalamineWorkbook, name: str) -> list[str]:
    return guarded(name, lambda: list(workbook.sheet_names))


def _default_order(workbook: calamine.CalamineWorkbook, name: str, count: int) -> list[int]:
    metadata = guarded(name, lambda: list(workbook.sheets_metadata))
    if len(metadata) != count:
        return list(range(count))
    visible = calamine.SheetVisibleEnum.Visible
    chart = calamine.SheetTypeEnum.ChartSheet
    first = [i for i, m in enumerate(metadata) if m.visible == visible and m.typ != chart]
    return first + [i for i, m in enumerate(metadata) if i not in first and m.typ != chart]


def _read_sheet(workbook: calamine.CalamineWorkbook, index: int, name: str) -> Grid:
    sheet = guarded(name, lambda: workbook.get_sheet_by_index(index))
    start = guarded(name, lambda: sheet.start)
    if start is None:
        return Grid(sheet.name, [], 0, 0, 0)
    # calamine has built its grid (within the reader process's memory limit); Python's copy
    # of it would be several times larger. The range guards trust what a file declares;
    # this is the range as it really is, whatever the format.
    height, width = guarded(name, lambda: (sheet.height, sheet.width))
    if height * width > MAX_CELLS:
        end = guarded(name, lambda: sheet.end) or start
        raise SheetTooLargeError(name, f"{column_letters(end[1] + 1)}{end[0] + 1}")
    rows = guarded(name, lambda: sheet.to_python(skip_empty_area=True))
    width = max(map(len, rows), default=0)  # calamine gives full rows; never trust it blindly
    return Grid(sheet.name, rows, start[0], start[1], width)
