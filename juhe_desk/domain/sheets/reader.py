"""Reading a spreadsheet file of any supported kind into SheetData.

Every failure is a SheetError with a plain-language zh_CN/en message that says what to do;
no other exception leaves ``read_sheet`` or ``list_sheets`` for a bad file.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

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
from juhe_desk.domain.sheets.table import HeaderChoice, Steps, build_table

TEXT_EXTENSIONS = frozenset({".csv", ".txt", ".tsv"})
SUPPORTED_EXTENSIONS = frozenset(wb.WORKBOOK_KINDS) | TEXT_EXTENSIONS


def read_sheet(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, header_row: HeaderChoice = "auto",
               progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> SheetData:
    """Read one sheet: the requested one, else the first visible sheet that is not empty.

    ``encoding`` and ``delimiter`` override detection for text files. ``header_row`` is
    "auto" (found, even below a title), None (no header row) or a 0-based row of the sheet.
    ``progress(fraction)`` is called now and then; ``cancelled()`` returning True stops the
    read with ImportCancelled.
    """
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\"\r\n"):
        raise ValueError(f"not a usable delimiter: {delimiter!r}")
    path = Path(path)
    try:
        with _collector_paused():
            return _read(path, sheet, encoding, delimiter, header_row, Steps(progress, cancelled))
    except MemoryError:
        raise SheetTooLargeError(path.name) from None


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk load.

    Reading creates hundreds of thousands of small lists and tuples, none in a cycle; the
    collector would otherwise walk the growing heap again and again (about 20% of the time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read(path: Path, sheet: str | None, encoding: str | None, delimiter: str | None,
          header_row: HeaderChoice, steps: Steps) -> SheetData:
    steps.report(0.0)
    extension, content = _identify(path)
    if content == "text":
        return _read_text(path, sheet, encoding, delimiter, header_row, steps)
    kind = wb.zip_kind(path, extension) if content == "zip" else "xls"
    workbook = wb.open_workbook(path, extension, content)
    try:
        steps.report(0.05)
        names = wb.sheet_names(workbook, path.name)
        grid = wb.load_grid(workbook, path, kind, sheet, steps)
    finally:
        workbook.close()
    table = build_table(grid.rows, width=grid.width, first_row=grid.first_row,
                        first_column=grid.first_column, header=header_row,
                        name=f"{path.name}: {grid.sheet_name}", steps=steps, start=0.7)
    return SheetData(
        path=path, kind=kind, sheet_name=grid.sheet_name, sheet_names=names,
        header_row_index=table.header_row_index, columns=table.columns, rows=table.rows,
        source_row_numbers=table.source_row_numbers, first_column=grid.first_column,
        header_values=table.header_values, title_rows=table.title_rows,
    )


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names in workbook order (a text file has one, named after the file)."""
    path = Path(path)
    extension, content = _identify(path)
    if content == "text":
        return [path.stem]
    workbook = wb.open_workbook(path, extension, content)
    try:
        return wb.sheet_names(workbook, path.name)
    finally:
        workbook.close()


def _identify(path: Path) -> tuple[str, str]:
    """The lower-case extension and the content kind ("zip", "ole" or "text")."""
    extension = path.suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise SheetUnsupportedError(path.name)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise SheetFileError(path.name, error) from error
    if not head:
        raise SheetEmptyError(path.name)
    content = wb.sniff(head)
    if content == "text" and extension not in TEXT_EXTENSIONS | {".xls"}:
        # Only .xls is often text in disguise (back-office "Excel" exports are tab-separated).
        raise SheetCorruptError(path.name)
    return extension, content


def _read_text(path: Path, sheet: str | None, encoding: str | None, delimiter: str | None,
               header_row: HeaderChoice, steps: Steps) -> SheetData:
    if sheet is not None and sheet != path.stem:
        raise SheetNotFoundError(path.name, sheet)
    # The bytes are handed over, not kept here: the reader frees them once decoded.
    text_table = read_text_table(_file_bytes(path), path.name, encoding=encoding,
                                 delimiter=delimiter, steps=steps)
    table = build_table(text_table.rows, width=text_table.width, first_row=0, first_column=0,
                        header=header_row, name=path.name, steps=steps, start=0.7)
    return SheetData(
        path=path, kind="csv", sheet_name=path.stem, sheet_names=[path.stem],
        header_row_index=table.header_row_index, columns=table.columns, rows=table.rows,
        source_row_numbers=table.source_row_numbers, header_values=table.header_values,
        title_rows=table.title_rows, encoding=text_table.encoding,
        delimiter=text_table.delimiter,
    )


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise SheetFileError(path.name, error) from error
