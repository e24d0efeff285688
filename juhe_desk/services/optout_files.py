"""The opt-out list in and out: pasted numbers and other platforms' blacklists in, ours out.

A blacklist from another platform is a spreadsheet or a CSV (often GBK) with one number per
row, maybe a header, maybe other columns. It is read by the spreadsheet reader like any
import (``domain.sheets``); the column holding the mobile numbers is the one the reader's
own guess picks. The list goes out as .xlsx, or as .csv in UTF-8 with a BOM, which Excel and
WPS on Chinese Windows open without garbling. Plain Python: call it in a worker.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from juhe_desk.domain.numbers import split_cell_numbers
from juhe_desk.domain.recipients import parse_recipients
from juhe_desk.domain.sheets import SheetData, SheetError, guess_phone_column, read_sheet
from juhe_desk.domain.sheets.model import Cancelled, Progress
from juhe_desk.domain.workbook_export import write_table_xlsx
from juhe_desk.store import OptOut, Store

EXPORT_WIDTHS = {0: 16, 1: 20, 2: 12, 3: 40}
# A cell starting with one of these is a formula to Excel: a note holds a customer's reply.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class PastedOptOuts:
    """What pasting numbers did: numbers new on the list, already there, entries not valid."""

    added: int
    already: int
    invalid: int


def import_pasted_opt_outs(store: Store, text: str) -> PastedOptOuts:
    """Put the valid numbers of pasted text on the list (one or several per line, as in the
    recipients box)."""
    checked = parse_recipients(text)
    added = store.add_opt_outs(checked.valid, "import") if checked.valid else 0
    return PastedOptOuts(added, len(checked.valid) - added, len(checked.invalid))


@dataclass(frozen=True, slots=True)
class OptOutFileImport:
    """What an import did: numbers new on the list, already there, cells not a number."""

    added: int
    already: int
    invalid: int
    column: str  # the column the numbers were read from


class NoNumberColumnError(SheetError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"在“{name}”里没有找到手机号码列。请确认文件里有一列 11 位手机号码（每行一个）。",
            message_en=f"No column of mobile numbers was found in “{name}”. Check that the "
                       "file has a column of 11-digit mobile numbers, one per row.")


def numbers_in(data: SheetData) -> tuple[list[str], int, str]:
    """(valid mobiles in file order, cells that hold something else, the column's name)."""
    column = guess_phone_column(data)
    if column is None:
        raise NoNumberColumnError(data.path.name)
    found: list[str] = []
    invalid = 0
    for row in data.rows:
        value = row[column]
        if value == "" or value is None:
            continue
        numbers = split_cell_numbers(value)
        if numbers:
            found.extend(numbers)
        else:
            invalid += 1
    return found, invalid, data.columns[column]


def import_opt_out_file(store: Store, path: str | Path, *, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> OptOutFileImport:
    """Read ``path`` and put its mobile numbers on the opt-out list (noted with its name)."""
    data = read_sheet(path, progress=progress, cancelled=cancelled)
    found, invalid, column = numbers_in(data)
    unique = list(dict.fromkeys(found))
    added = store.add_opt_outs(unique, "import", note=data.path.name) if unique else 0
    return OptOutFileImport(added, len(unique) - added, invalid, column)


def export_opt_out_list(store: Store, path: str | Path, headers: Sequence[str],
                        sources: dict[str, str]) -> int:
    """Write the whole list to ``path`` (.csv, or else .xlsx); returns how many numbers.

    ``headers`` name the four columns (number, added, source, note) and ``sources`` the
    source codes, in the user's language.
    """
    out = Path(path)
    opt_outs = store.list_opt_outs()
    rows = [_row(o, sources) for o in opt_outs]
    if out.suffix.lower() == ".csv":
        _write_csv(out, headers, rows)
    else:
        write_table_xlsx(out, headers, rows, text_columns=(0, 1), sheet_name=out.stem[:31],
                         column_widths=EXPORT_WIDTHS, row_count=len(rows))
    return len(rows)


def _row(opt_out: OptOut, sources: dict[str, str]) -> tuple[str, str, str, str]:
    note = "" if opt_out.source == "mo" and opt_out.note == "reply" else opt_out.note
    return (opt_out.mobile, opt_out.added_at, sources.get(opt_out.source, opt_out.source), note)


def _as_text(cell: str) -> str:
    """A cell Excel shows as the text it is, never runs as a formula."""
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


def _write_csv(out: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Written beside the target first, then moved over it: never half a file."""
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(headers)
            writer.writerows([_as_text(cell) for cell in row] for row in rows)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
