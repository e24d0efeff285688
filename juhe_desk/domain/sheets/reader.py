"""Reading a spreadsheet file of any supported kind into SheetData, in this process.

This is what the reader process runs (``isolation.py``): the app itself reads through
``read_sheet``, which runs this in a child process, because a native reader can abort.
Every failure is a SheetError with a plain-language zh_CN/en message that says what to do;
no other exception leaves these functions for a bad file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from juhe_desk.domain.collector import collector_paused
from juhe_desk.domain.sheets import workbook as wb
from juhe_desk.domain.sheets.csvfile import read_text_table
from juhe_desk.domain.sheets.errors import (
    SheetCorruptError,
    SheetEmptyError,
    SheetFileError,
    SheetNotFoundError,
    SheetTooLargeError,
    SheetUnsupportedError,
)
from juhe_desk.domain.sheets.model import Cancelled, Progress, SheetData
from juhe_desk.domain.sheets.names import display_name, os_path
from juhe_desk.domain.sheets.ods_guard import check_ods_sheets
from juhe_desk.domain.sheets.package_guard import check_package
from juhe_desk.domain.sheets.table import MAX_CELL_TEXT, HeaderChoice, Steps, build_table
from juhe_desk.domain.sheets.xls_guard import check_xls

TEXT_EXTENSIONS = frozenset({".csv", ".txt", ".tsv"})
SUPPORTED_EXTENSIONS = frozenset(wb.WORKBOOK_KINDS) | TEXT_EXTENSIONS
# Far above any customer list (100,000 rows of .xlsx are 3 to 4 MB), and a bound on the work.
MAX_FILE_BYTES = 100 * 1024 * 1024


def read_sheet_in_process(path: str | Path, *, sheet: str | None = None,
                          encoding: str | None = None, delimiter: str | None = None,
                          header_row: HeaderChoice = "auto", progress: Progress | None = None,
                          cancelled: Cancelled | None = None) -> SheetData:
    """``read_sheet`` without the reader process: see its documentation."""
    check_delimiter(delimiter)
    path = Path(path)
    try:
        with collector_paused():
            return _read(path, sheet, encoding, delimiter, header_row, Steps(progress, cancelled))
    except MemoryError:
        raise SheetTooLargeError(display_name(path)) from None


def check_delimiter(delimiter: str | None) -> None:
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\"\r\n"):
        raise ValueError(f"not a usable delimiter: {delimiter!r}")


def _read(path: Path, sheet: str | None, encoding: str | None, delimiter: str | None,
          header_row: HeaderChoice, steps: Steps) -> SheetData:
    steps.report(0.0)
    name = display_name(path)
    extension, content = _identify(path, name)
    if content == "text":
        return _read_text(path, name, sheet, encoding, delimiter, header_row, steps)
    kind = _check_before_opening(path, name, extension, content)
    workbook = wb.open_workbook(path, name, extension, content)
    try:
        steps.report(0.05)
        names = wb.sheet_names(workbook, name)
        grid = wb.load_grid(workbook, path, name, kind, sheet, steps)
    finally:
        workbook.close()
    table = build_table(grid.rows, width=grid.width, first_row=grid.first_row,
                        first_column=grid.first_column, header=header_row,
                        name=f"{name}: {grid.sheet_name}", steps=steps, start=0.7)
    return SheetData(
        path=path, kind=kind, sheet_name=grid.sheet_name, sheet_names=names,
        header_row_index=table.header_row_index, columns=table.columns, rows=table.rows,
        source_row_numbers=table.source_row_numbers, first_column=grid.first_column,
        header_values=table.header_values, title_rows=table.title_rows,
    )


def list_sheets_in_process(path: str | Path) -> list[str]:
    """``list_sheets`` without the reader process."""
    path = Path(path)
    name = display_name(path)
    extension, content = _identify(path, name)
    if content == "text":
        return [path.stem]
    _check_before_opening(path, name, extension, content)
    workbook = wb.open_workbook(path, name, extension, content)
    try:
        return wb.sheet_names(workbook, name)
    finally:
        workbook.close()


def _check_before_opening(path: Path, name: str, extension: str, content: str) -> str:
    """The workbook's kind, once the checks that must come before calamine opens it pass."""
    if content == "ole":
        check_xls(os_path(path), name)
        return "xls"
    if content != "zip":
        return "xls"
    kind = check_package(path, extension, name)
    if kind == "ods":
        check_ods_sheets(os_path(path), name)  # calamine reads every sheet as it opens
    return kind


def _identify(path: Path, name: str) -> tuple[str, str]:
    """The lower-case extension and the content kind ("zip", "ole" or "text")."""
    extension = path.suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise SheetUnsupportedError(name)
    try:
        with open(os_path(path), "rb") as stream:
            head = stream.read(8)
            stream.seek(0, io.SEEK_END)
            size = stream.tell()
    except OSError as error:
        raise SheetFileError(name, error) from error
    if not head:
        raise SheetEmptyError(name)
    if size > MAX_FILE_BYTES:
        raise SheetTooLargeError(name, size_mb=size // (1024 * 1024))
    content = wb.sniff(head)
    if content == "text" and extension not in TEXT_EXTENSIONS | {".xls"}:
        # Only .xls is often text in disguise (back-office "Excel" exports are tab-separated).
        raise SheetCorruptError(name)
    return extension, content


def _read_text(path: Path, name: str, sheet: str | None, encoding: str | None,
               delimiter: str | None, header_row: HeaderChoice, steps: Steps) -> SheetData:
    if sheet is not None and sheet != path.stem:
        raise SheetNotFoundError(name, sheet)
    # The bytes are handed over, not kept here: the reader frees them once decoded.
    text_table = read_text_table(_file_bytes(path, name), name, encoding=encoding,
                                 delimiter=delimiter, steps=steps)
    table = build_table(text_table.rows, width=text_table.width, first_row=0, first_column=0,
                        header=header_row, name=name, steps=steps, start=0.7,
                        texts_checked=csv.field_size_limit() <= MAX_CELL_TEXT)
    return SheetData(
        path=path, kind="csv", sheet_name=path.stem, sheet_names=[path.stem],
        header_row_index=table.header_row_index, columns=table.columns, rows=table.rows,
        source_row_numbers=table.source_row_numbers, header_values=table.header_values,
        title_rows=table.title_rows, encoding=text_table.encoding,
        delimiter=text_table.delimiter,
    )


def _file_bytes(path: Path, name: str) -> bytes:
    try:
        with open(os_path(path), "rb") as stream:
            return stream.read()
    except OSError as error:
        raise SheetFileError(name, error) from error
