"""Writing spreadsheets: send results beside the user's own rows, invalid rows, plain tables.

Results of an .xlsx source of up to IN_PLACE_MAX_ROWS rows are written into a copy of the
user's workbook (openpyxl keeps its formatting, formulas, other sheets and title rows; it
drops images and charts); the result columns go right of the last used column. Any other
source (.xls, .ods, .csv, a larger or unreadable .xlsx, or only the failed rows) gives a new
workbook written in openpyxl's fast write-only mode: title rows, header, data rows as read,
the result columns and the row's number in the original sheet. Every file is written to a
temporary file beside the target and then moved over it, so a failure never leaves half a file.
openpyxl is imported by the functions that write, not with this module (see xlsx_cells).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from juhe_desk.domain.sheets.errors import SheetFileError
from juhe_desk.domain.sheets.model import Progress, SheetData
from juhe_desk.domain.sheets.xlsx_cells import (
    as_text,
    excel_value,
    header_font,
    set_cell,
    sheet_title,
    write_only_cell,
)

RESULT_HEADERS = ("发送结果", "状态报告", "原因", "消息ID", "时间")
SOURCE_ROW_HEADER = "原表行号"
INVALID_REASON_HEADER = "原因"
# openpyxl needs ~17 s and 400 MB to load and save 100,000 rows in place; write-only 8 s, 25 MB.
IN_PLACE_MAX_ROWS = 50_000
_RESULT_WIDTHS = (12, 14, 30, 20, 20)
_REPORT_EVERY = 4096


@dataclass(frozen=True, slots=True)
class RowResult:
    """What happened to one row of the source sheet (texts already in the user's language)."""

    source_row_number: int
    outcome: str | None = None
    report: str | None = None
    reason: str | None = None
    mid: str | None = None
    time: str | None = None
    failed: bool = False

    def cells(self) -> tuple[str | None, ...]:
        return (as_text(self.outcome), as_text(self.report), as_text(self.reason),
                as_text(self.mid), as_text(self.time))


def export_results(source: SheetData, results: Sequence[RowResult], out_path: str | Path, *,
                   only_failed: bool = False, progress: Progress | None = None) -> Path:
    """The source sheet with the result columns; rows without a result keep them empty."""
    out = Path(out_path)
    chosen = [r for r in results if r.failed] if only_failed else list(results)
    if _can_write_in_place(source, only_failed):
        workbook = _load_for_update(source.path)
        if workbook is not None and source.sheet_name in workbook.sheetnames:
            _append_in_place(workbook[source.sheet_name], source, chosen)
            _report(progress, 0.9)
            _atomic_save(workbook, out)
            _report(progress, 1.0)
            return out
    by_row = {r.source_row_number: r for r in chosen}
    numbers = source.source_row_numbers
    indices = [i for i, n in enumerate(numbers) if n in by_row] if only_failed \
        else range(len(numbers))
    header = [*_header_cells(source), *RESULT_HEADERS, SOURCE_ROW_HEADER]
    empty: tuple[None, ...] = (None,) * len(RESULT_HEADERS)

    def body() -> Iterable[list[Any]]:
        for i in indices:
            result = by_row.get(numbers[i])
            cells = result.cells() if result is not None else empty
            yield [*map(excel_value, source.rows[i]), *cells, numbers[i]]

    titles = [] if only_failed else [list(map(excel_value, row)) for _, row in source.title_rows]
    widths = {len(source.columns) + i + 1: w for i, w in enumerate(_RESULT_WIDTHS)}
    _write_new(out, source.sheet_name, titles, header, body(), len(indices), widths, progress)
    return out


def export_invalid_rows(source: SheetData, invalid: Sequence[tuple[int, str]],
                        out_path: str | Path, *, progress: Progress | None = None) -> Path:
    """The rows that cannot be sent, as read, each with its reason and original row number."""
    out = Path(out_path)
    index_of = {n: i for i, n in enumerate(source.source_row_numbers)}
    blank = (None,) * len(source.columns)

    def body() -> Iterable[list[Any]]:
        for number, reason in invalid:
            i = index_of.get(number)
            cells = blank if i is None else tuple(map(excel_value, source.rows[i]))
            yield [*cells, as_text(reason), number]

    header = [*_header_cells(source), INVALID_REASON_HEADER, SOURCE_ROW_HEADER]
    widths = {len(source.columns) + 1: 30}
    _write_new(out, source.sheet_name, [], header, body(), len(invalid), widths, progress)
    return out


def write_table_xlsx(out_path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[object]],
                     *, text_columns: Iterable[int] = (), sheet_name: str = "Sheet1",
                     column_widths: Mapping[int, float] | None = None, row_count: int | None = None,
                     progress: Progress | None = None) -> Path:
    """A plain table (report and inbox exports), written fast in write-only mode.

    Text is always written as text, never as a formula. Columns in ``text_columns`` (0-based:
    phone numbers, message ids) are written as text even when a value is a number, so Excel
    keeps every digit. ``row_count``, when known, lets progress be reported.
    """
    out = Path(out_path)
    as_text_at = frozenset(text_columns)

    def body() -> Iterable[list[Any]]:
        for row in rows:
            yield [as_text(v) if i in as_text_at else excel_value(v) for i, v in enumerate(row)]

    widths = {i + 1: w for i, w in (column_widths or {}).items()}
    _write_new(out, sheet_name, [], [excel_value(h) for h in headers], body(), row_count,
               widths, progress)
    return out


def _can_write_in_place(source: SheetData, only_failed: bool) -> bool:
    return (source.kind == "xlsx" and not only_failed and source.header_row_index is not None
            and len(source.rows) <= IN_PLACE_MAX_ROWS and source.path.is_file())


def _load_for_update(path: Path) -> Any:
    """The workbook loaded with openpyxl, or None when openpyxl cannot read what calamine did."""
    try:
        import openpyxl

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "extension is not supported": dropped features
            return openpyxl.load_workbook(path, rich_text=True)
    except Exception:  # noqa: BLE001 - any failure here only means "write a new workbook"
        return None


def _append_in_place(sheet: Any, source: SheetData, results: Sequence[RowResult]) -> None:
    from openpyxl.cell.cell import MergedCell
    from openpyxl.utils import get_column_letter

    def occupied(cell: Any) -> bool:
        return isinstance(cell, MergedCell) or cell.value is not None

    assert source.header_row_index is not None  # checked by _can_write_in_place
    header_row = source.header_row_index + 1
    rows = [header_row, *(r.source_row_number for r in results)]
    start = source.first_column + len(source.columns) + 1
    # Never write over what calamine could not see: a formula without a cached value, or a
    # merged range reaching past the last value.
    while any(occupied(sheet.cell(row=r, column=c))
              for r in rows for c in range(start, start + len(RESULT_HEADERS))):
        start += 1
    last_label = sheet.cell(row=header_row, column=start - 1)
    for offset, label in enumerate(RESULT_HEADERS):
        cell = sheet.cell(row=header_row, column=start + offset, value=label)
        if last_label.has_style:  # the header's own look
            cell.font = copy(last_label.font)
            cell.fill = copy(last_label.fill)
            cell.border = copy(last_label.border)
            cell.alignment = copy(last_label.alignment)
        else:
            cell.font = header_font()
        letter = get_column_letter(start + offset)
        sheet.column_dimensions[letter].width = max(
            sheet.column_dimensions[letter].width or 0, _RESULT_WIDTHS[offset])
    for result in results:
        for offset, value in enumerate(result.cells()):
            if value is not None:
                set_cell(sheet.cell(row=result.source_row_number, column=start + offset), value)


def _header_cells(source: SheetData) -> list[Any]:
    if source.header_row_index is None:
        return list(source.columns)
    return [excel_value(v) for v in source.header_values[:len(source.columns)]]


def _write_new(out: Path, title: str, titles: Sequence[Sequence[Any]], header: Sequence[Any],
               body: Iterable[list[Any]], total: int | None, widths: Mapping[int, float],
               progress: Progress | None) -> None:
    import openpyxl
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title(title))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{len(titles) + 2}"
    temporary = _temporary_beside(out)  # fails fast, before minutes of writing
    try:
        for row in titles:
            sheet.append([write_only_cell(sheet, v) for v in row])
        sheet.append([write_only_cell(sheet, v, bold=True) for v in header])
        for count, row in enumerate(body):
            if progress is not None and total and not count % _REPORT_EVERY:
                progress(0.9 * count / total)
            sheet.append([write_only_cell(sheet, v) for v in row])
        _save_and_replace(workbook, temporary, out)
    except BaseException:
        _discard(sheet)
        _remove(temporary)
        raise
    _report(progress, 1.0)


def _discard(sheet: Any) -> None:
    """Close a write-only sheet that will not be saved and remove its temporary file."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _atomic_save(workbook: Any, out: Path) -> None:
    """Save beside the target, then move it into place in one step."""
    temporary = _temporary_beside(out)
    try:
        _save_and_replace(workbook, temporary, out)
    except BaseException:
        _remove(temporary)
        raise


def _temporary_beside(out: Path) -> str:
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".tmp",
                                             dir=out.parent)
        os.close(handle)
    except OSError as error:
        raise SheetFileError(out.name, error, writing=True) from error
    return temporary


def _save_and_replace(workbook: Any, temporary: str, out: Path) -> None:
    try:
        workbook.save(temporary)
        os.replace(temporary, out)
    except OSError as error:
        raise SheetFileError(out.name, error, writing=True) from error


def _remove(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def _report(progress: Progress | None, fraction: float) -> None:
    if progress is not None:
        progress(fraction)
