"""Writing results back beside the user's rows, invalid rows, and plain tables."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font, PatternFill

from juhe_desk.domain import workbook_export
from juhe_desk.domain.sheets import SheetError, SheetFileError, read_sheet
from juhe_desk.domain.workbook_export import (
    RESULT_HEADERS,
    RowResult,
    export_invalid_rows,
    export_results,
    write_table_xlsx,
)

MID = "00A1B2C3D4E5F607"
FORMULA_LIKE = ["=1+1", "+86 138", "-5", "@SUM(A1)", "\t=1+1", "\r=2", "=HYPERLINK(\"x\")"]


def user_workbook(path: Path) -> Path:
    """A workbook as a user keeps it: title, styled header, formats, a formula, a 2nd sheet."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["11月客户"])
    sheet.merge_cells("A1:D1")
    sheet.append(["姓名", "手机号", "金额", "日期"])
    for cell in sheet[2]:
        cell.font = Font(bold=True, color="FF0000")
        cell.fill = PatternFill("solid", fgColor="FFFF00")
    sheet.append(["张三", 13800000001, 12.5, dt.date(2026, 11, 1)])
    sheet.append(["李四", 13800000002, 3, dt.date(2026, 11, 2)])
    sheet.append([])
    sheet.append(["王五", 13800000003, 7, dt.date(2026, 11, 3)])
    sheet["C3"].number_format = "0.00"
    workbook.create_sheet("备注").append(["别动我"])
    workbook.save(path)
    return path


def results_for(numbers: list[int]) -> list[RowResult]:
    return [
        RowResult(numbers[0], "成功", "DELIVRD", None, MID, "2026-11-01 10:00:00"),
        RowResult(numbers[-1], "失败", "UNDELIV", "=余额不足", None, "2026-11-01 10:00:01",
                  failed=True),
    ]


def values(sheet: object) -> list[list[object]]:
    return [[c.value for c in row] for row in sheet.iter_rows()]  # type: ignore[attr-defined]


def test_xlsx_results_go_into_the_users_own_workbook(tmp_path: Path) -> None:
    source_path = user_workbook(tmp_path / "source.xlsx")
    source = read_sheet(source_path)
    assert (source.header_row_index, list(source.source_row_numbers)) == (1, [3, 4, 6])

    out = export_results(source, results_for(source.source_row_numbers), tmp_path / "out.xlsx")

    original = openpyxl.load_workbook(source_path)
    written = openpyxl.load_workbook(out)
    assert written.sheetnames == ["名单", "备注"]
    assert values(written["备注"]) == [["别动我"]]
    sheet = written["名单"]
    assert [[c.value for c in row[:4]] for row in sheet.iter_rows()] == \
        values(original["名单"])
    assert "A1:D1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["C3"].number_format == "0.00"
    assert sheet["B3"].value == 13800000001  # numbers stay numbers
    assert [c.value for c in sheet[2]][4:] == list(RESULT_HEADERS)
    assert sheet["E2"].font.bold and sheet["E2"].fill.fgColor.rgb == "00FFFF00"
    assert [c.value for c in sheet[3]][4:] == ["成功", "DELIVRD", None, MID, "2026-11-01 10:00:00"]
    assert [c.value for c in sheet[4]][4:] == [None] * 5
    assert sheet["G6"].value == "=余额不足" and sheet["G6"].data_type == "s"
    assert sheet["H3"].data_type == "s"


def test_in_place_never_writes_over_a_formula_calamine_cannot_see(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "手机号"])
    sheet.append(["张三", 13800000001])
    sheet["C2"] = "=LEN(A2)"  # no cached value: calamine reads an empty cell
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    source = read_sheet(path)

    out = export_results(source, [RowResult(2, "成功")], tmp_path / "out.xlsx")

    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet["C2"].value == "=LEN(A2)"
    assert sheet["D1"].value == "发送结果" and sheet["D2"].value == "成功"


def test_only_failed_rows_make_a_new_workbook(tmp_path: Path) -> None:
    source = read_sheet(user_workbook(tmp_path / "source.xlsx"))

    out = export_results(source, results_for(source.source_row_numbers), tmp_path / "f.xlsx",
                         only_failed=True)

    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert values(sheet) == [
        ["姓名", "手机号", "金额", "日期", *RESULT_HEADERS, "原表行号"],
        ["王五", 13800000003, 7, dt.datetime(2026, 11, 3), "失败", "UNDELIV", "=余额不足", None,
         "2026-11-01 10:00:01", 6],
    ]
    assert sheet["G2"].data_type == "s"
    assert sheet["B2"].number_format == "0"  # Excel shows 13800000003, not 1.38E+10


def test_csv_source_gives_a_new_workbook_with_text_kept_as_text(tmp_path: Path) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_bytes("客户名单\n姓名,手机号,单号\n张三,13800000001,007\n李四,13800000002,=1+1\n"
                         .encode("gbk"))
    source = read_sheet(csv_path)
    results = [RowResult(3, "成功", mid=MID), RowResult(4, "失败", reason="号码错误", failed=True)]

    out = export_results(source, results, tmp_path / "out.xlsx")

    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert values(sheet) == [
        ["客户名单", None, None, None, None, None, None, None, None],
        ["姓名", "手机号", "单号", *RESULT_HEADERS, "原表行号"],
        ["张三", "13800000001", "007", "成功", None, None, MID, None, 3],
        ["李四", "13800000002", "=1+1", "失败", None, "号码错误", None, None, 4],
    ]
    assert sheet["C4"].data_type == "s"
    assert read_sheet(out).columns[:3] == ["姓名", "手机号", "单号"]


def test_large_or_vanished_xlsx_sources_fall_back_to_a_new_workbook(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = read_sheet(user_workbook(tmp_path / "source.xlsx"))
    monkeypatch.setattr(workbook_export, "IN_PLACE_MAX_ROWS", 2)
    large = export_results(source, results_for(source.source_row_numbers), tmp_path / "a.xlsx")
    monkeypatch.undo()
    source.path.unlink()
    gone = export_results(source, results_for(source.source_row_numbers), tmp_path / "b.xlsx")
    for out in (large, gone):
        workbook = openpyxl.load_workbook(out)
        assert workbook.sheetnames == ["名单"]
        rows = values(workbook["名单"])
        assert rows[0][0] == "11月客户"  # the title row is kept
        assert rows[1][4:] == [*RESULT_HEADERS, "原表行号"]
        assert [r[0] for r in rows[2:]] == ["张三", "李四", "王五"]
        assert [r[-1] for r in rows[2:]] == [3, 4, 6]


def test_sheet_without_header_gets_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "bare.csv"
    path.write_text("13800000001,张三\n13800000002,李四\n", encoding="utf-8")
    source = read_sheet(path)
    out = export_results(source, [RowResult(2, "成功")], tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert values(sheet)[0] == ["列1", "列2", *RESULT_HEADERS, "原表行号"]
    assert values(sheet)[2][2] == "成功"


def test_invalid_rows_with_reasons(tmp_path: Path) -> None:
    source = read_sheet(user_workbook(tmp_path / "source.xlsx"))
    out = export_invalid_rows(source, [(4, "位数不足"), (99, "不存在的行")], tmp_path / "bad.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert values(sheet) == [
        ["姓名", "手机号", "金额", "日期", "原因", "原表行号"],
        ["李四", 13800000002, 3, dt.datetime(2026, 11, 2), "位数不足", 4],
        [None, None, None, None, "不存在的行", 99],
    ]


def test_table_text_is_never_a_formula_and_digits_survive(tmp_path: Path) -> None:
    rows = [[text, 13800138000, MID, 13800138000.0] for text in FORMULA_LIKE]
    rows.append(["ctrl\x01\x02chars\x1f", 12345678901234567, "0012", dt.datetime(2026, 1, 2, 3, 4)])
    out = write_table_xlsx(tmp_path / "t.xlsx", ["内容", "手机号", "消息ID", "数字"], rows,
                           text_columns=[1, 2], sheet_name="收件箱[1]:*?/\\" * 3)

    workbook = openpyxl.load_workbook(out)
    sheet = workbook.active
    assert sheet is not None
    assert len(sheet.title) <= 31 and not re.search(r"[\[\]:*?/\\]", sheet.title)
    assert sheet["A1"].font.bold
    for index, text in enumerate(FORMULA_LIKE, start=2):
        cell = sheet.cell(row=index, column=1)
        # (XML reads a carriage return back as a line feed)
        assert (cell.value, cell.data_type) == (text.replace("\r", "\n"), "s")
        assert sheet.cell(row=index, column=2).value == "13800138000"
        assert sheet.cell(row=index, column=3).value == MID
        assert sheet.cell(row=index, column=4).value == 13800138000
        assert sheet.cell(row=index, column=4).number_format == "0"
    last = [c.value for c in sheet[len(FORMULA_LIKE) + 2]]
    assert last == ["ctrlchars", "12345678901234567", "0012", dt.datetime(2026, 1, 2, 3, 4)]
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_table_longer_than_excel_allows_in_a_cell_is_cut(tmp_path: Path) -> None:
    out = write_table_xlsx(tmp_path / "long.xlsx", ["x"], [["长" * 40000]])
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert len(sheet["A2"].value) == 32767


def test_table_progress_with_many_rows(tmp_path: Path) -> None:
    seen: list[float] = []
    count = 20_000
    rows = ([f"138{i:08d}", i, "成功"] for i in range(count))
    out = write_table_xlsx(tmp_path / "many.xlsx", ["手机号", "序号", "结果"], rows,
                           row_count=count, progress=seen.append)
    data = read_sheet(out)
    assert len(data.rows) == count
    assert data.rows[-1] == ("13800019999", 19999.0, "成功")
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"old")

    def rows() -> Iterator[list[object]]:
        yield ["a"]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_table_xlsx(out, ["x"], rows())
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_a_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(SheetFileError) as error:
        write_table_xlsx(tmp_path / "no" / "such" / "t.xlsx", ["x"], [["y"]])
    assert isinstance(error.value, SheetError)
    assert "写入" in error.value.text()
