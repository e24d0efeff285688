"""Every workbook written by real programs (calamine's test files): read, or refused in words."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from juhe_desk.domain.fingerprint import rows_digest
from juhe_desk.domain.sheets import (
    SheetData,
    SheetEmptyError,
    SheetEncryptedError,
    SheetError,
    list_sheets,
    read_sheet,
)
from juhe_desk.domain.workbook_export import RowResult, export_results

# ../shared beside the repository; a git worktree one folder deeper (wt/NAME) finds it too.
_REPO = Path(__file__).resolve().parents[2]
REAL_SHEETS = next((folder for folder in (
    _REPO.parent / "shared" / "fixtures" / "real-sheets",
    _REPO.parent.parent / "shared" / "fixtures" / "real-sheets") if folder.is_dir()),
    _REPO.parent / "shared" / "fixtures" / "real-sheets")
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
FILES = sorted(p.name for p in REAL_SHEETS.glob("*") if p.suffix in SPREADSHEETS) \
    if REAL_SHEETS.is_dir() else []

# CI always has the real sheets (.ci/run sets this): there, a missing one fails, never skips.
REQUIRED = os.environ.get("JUHE_DESK_REQUIRE_REAL_SHEETS") == "1"


def real(name: str) -> Path:
    path = REAL_SHEETS / name
    if not path.is_file():
        missing = f"{name} is not among the real sheets at {REAL_SHEETS}"
        if REQUIRED:
            pytest.fail(f"{missing} (JUHE_DESK_REQUIRE_REAL_SHEETS=1)")
        pytest.skip(missing)
    return path


def read_or_refusal(path: Path, **options: object) -> SheetData | SheetError:
    try:
        return read_sheet(path, **options)  # type: ignore[arg-type]
    except SheetError as error:
        return error


def assert_refusal_is_plain(error: SheetError) -> None:
    zh, en = error.text("zh_CN"), error.text("en")
    assert zh and en and zh != en
    assert "Traceback" not in zh + en and "Error" not in zh


@pytest.mark.parametrize("name", FILES or ["none"])
def test_every_sheet_of_every_file_is_read_or_refused_in_words(name: str) -> None:
    path = real(name)
    outcomes: list[SheetData | SheetError] = [read_or_refusal(path)]
    try:
        names = list_sheets(path)
    except SheetError as error:
        assert_refusal_is_plain(error)
        names = []
    for sheet in names:
        outcomes.append(read_or_refusal(path, sheet=sheet))
        outcomes.append(read_or_refusal(path, sheet=sheet, header_row=None))
    for outcome in outcomes:
        if isinstance(outcome, SheetError):
            assert_refusal_is_plain(outcome)
            continue
        assert outcome.rows, "a result always has data rows"
        assert all(len(row) == len(outcome.columns) for row in outcome.rows)
        assert len(set(outcome.columns)) == len(outcome.columns)
        assert len(outcome.source_row_numbers) == len(outcome.rows)
        assert list(outcome.source_row_numbers) == sorted(set(outcome.source_row_numbers))
        # The reader process's digest is the one the app would work out from what it got.
        assert outcome.digest == rows_digest(outcome.columns, outcome.rows)


@pytest.mark.parametrize("name", FILES or ["none"])
def test_results_can_be_written_back_for_every_readable_file(name: str, tmp_path: Path) -> None:
    data = read_or_refusal(real(name))
    if isinstance(data, SheetError):
        pytest.skip("refused, nothing to write back")
    results = [RowResult(n, "成功", mid="0123456789ABCDEF") for n in data.source_row_numbers]
    out = export_results(data, results, tmp_path / "out.xlsx")
    written = read_sheet(out)
    assert "发送结果" in written.columns
    assert len(written.rows) == len(data.rows)


def test_password_protected_workbook_is_refused_with_what_to_do() -> None:
    with pytest.raises(SheetEncryptedError) as error:
        read_sheet(real("pass_protected.xlsx"))
    assert "密码" in error.value.text()
    assert "password" in error.value.text("en")
    with pytest.raises(SheetEncryptedError):
        list_sheets(real("pass_protected.xlsx"))


def test_header_below_notes_is_found() -> None:
    data = read_sheet(real("header-row.xlsx"))
    assert data.header_row_index == 8
    assert data.columns == ["Columns", "Column A", "Column B", "Column C"]
    assert list(data.rows) == [("put data here", 1.0, 2.0, 3.0)]
    assert list(data.source_row_numbers) == [10]
    assert data.title_rows == [(3, ("", "", "Note 1", ""))]


def test_formulas_come_with_their_cached_values() -> None:
    data = read_sheet(real("formula.issue.xlsx"))
    assert data.rows[0][0] == 23.0  # =C1+E5
    assert data.rows[1][6] == 2.0  # =SUM(1+1)
    assert data.rows[2][9] == "US"  # =IF(...)
    assert list(data.source_row_numbers) == [1, 13, 14]


@pytest.mark.parametrize("name", ["merged_range.xlsx", "merged_range.xls"])
def test_merged_ranges_keep_their_value_in_the_first_cell(name: str) -> None:
    data = read_sheet(real(name), sheet="Sheet2", header_row=None)
    assert data.rows[0][:3] == ("A1", "B1", "C1")
    assert data.rows[1][0] == ""  # A3 is inside the merged A1:A4
    assert list(data.source_row_numbers) == [1, 3, 4]  # row 2 is blank: merged cells only


@pytest.mark.parametrize("name", ["any_sheets.xlsx", "any_sheets.xls", "any_sheets.ods"])
def test_hidden_and_chart_sheets_are_listed_and_the_visible_one_is_read(name: str) -> None:
    assert list_sheets(real(name)) == ["Visible", "Hidden", "VeryHidden", "Chart"]
    data = read_sheet(real(name))
    assert data.sheet_name == "Visible"
    assert list(data.rows[:3]) == [(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)]


@pytest.mark.parametrize("name", ["empty_sheet.xlsx", "errors.xlsx"])
def test_workbooks_without_values_are_empty(name: str) -> None:
    with pytest.raises(SheetEmptyError) as error:
        read_sheet(real(name))
    assert "空" in error.value.text()


def test_legacy_xls_long_shared_strings_and_dates() -> None:
    strings = read_sheet(real("sst_continue.xls"), header_row=None)
    assert len(strings.rows) == 136
    assert strings.rows[133][0] == "This is a long string with a serial number at the end 0134"
    assert strings.rows[-1][0] == "New CONTINUE block"  # a string split across records
    dates = read_sheet(real("date.xls"))
    assert dates.rows[0] == (dt.date(2021, 1, 1), 15)


def test_an_xls_renamed_to_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "issues.xlsx"
    shutil.copyfile(real("issues.xls"), renamed)
    data = read_sheet(renamed, sheet="issue2")
    assert (data.kind, list(data.rows)) == ("xls", [(1.0, "a"), (2.0, "b"), (3.0, "c")])
