"""Reading spreadsheets: formats, encodings, header detection, phone column, errors, progress."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hostile_sheets import ODS_CONTENT, ODS_MANIFEST

from juhe_desk.domain.numbers import InvalidReason, normalize_mobile
from juhe_desk.domain.sheets import (
    ImportCancelled,
    SheetCorruptError,
    SheetData,
    SheetEmptyError,
    SheetEncodingError,
    SheetError,
    SheetFileError,
    SheetNotFoundError,
    SheetTooLargeError,
    SheetUnsupportedError,
    guess_phone_column,
    list_sheets,
    read_sheet,
)

REPO = Path(__file__).resolve().parents[2]
HEADER = ["姓名", "手机号", "单号", "金额"]


def write_xlsx(path: Path, rows: list[list[object]], title: str = "客户") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_text(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- workbooks -------------------------------------------------------------------------------

def test_xlsx_phone_numbers_stored_as_numbers_keep_every_digit(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [
        HEADER,
        ["张三", 13800000001.0, "SO1", 12.5],
        ["李四", 13912345678, "SO2", 8],
    ])
    workbook = openpyxl.load_workbook(path)
    assert workbook.active is not None
    workbook.active["B3"].number_format = "0.00E+00"  # Excel shows 1.39E+10
    workbook.save(path)

    data = read_sheet(path)

    assert data.kind == "xlsx"
    assert data.sheet_name == "客户"
    assert data.header_row_index == 0
    assert data.columns == HEADER
    assert list(data.rows) == [("张三", 13800000001.0, "SO1", 12.5),
                               ("李四", 13912345678.0, "SO2", 8.0)]
    assert list(data.source_row_numbers) == [2, 3]
    assert guess_phone_column(data) == 1
    assert [normalize_mobile(r[1]).mobile for r in data.rows] == ["13800000001", "13912345678"]


def test_title_row_above_the_header_and_blank_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "title.xlsx", [
        ["2026年11月客户名单"],
        [],
        HEADER,
        ["张三", 13800000001, "SO1", 1],
        [],
        [None, None, None, None],
        ["李四", 13800000002, "SO2", 2],
    ])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet.merge_cells("A1:D1")
    workbook.save(path)

    data = read_sheet(path)

    assert data.header_row_index == 2
    assert data.columns == HEADER
    assert data.title_rows == [(1, ("2026年11月客户名单", "", "", ""))]
    assert [r[0] for r in data.rows] == ["张三", "李四"]
    assert list(data.source_row_numbers) == [4, 7]


def test_header_text_with_numbers_in_a_title_above_is_still_found(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "meta.xlsx", [
        ["导出时间", dt.datetime(2026, 11, 1, 10, 0)],
        ["客户", "电话"],
        ["张三", "13800000001"],
    ])
    assert read_sheet(path).columns == ["客户", "电话"]


def test_merged_cells_give_the_value_in_the_first_cell(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "merged.xlsx", [
        ["姓名", "联系方式", None],
        ["张三", 13800000001, "备用"],
        [None, 13800000002, None],
    ])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("A2:A3")
    workbook.save(path)

    data = read_sheet(path)

    assert data.columns == ["姓名", "联系方式", "列3"]
    assert list(data.rows) == [("张三", 13800000001.0, "备用"), ("", 13800000002.0, "")]


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "formula.xlsx", [["手机号", "金额", "合计"],
                                                  [13800000001, 2, "=B2*2"]])
    # openpyxl writes formulas without a cached value; add one as Excel would.
    rewritten = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content, count = re.subn(rb"<f>B2\*2</f><v\s*/>", b"<f>B2*2</f><v>4</v>",
                                         content)
                assert count == 1
            target.writestr(item, content)

    assert list(read_sheet(rewritten).rows) == [(13800000001.0, 2.0, 4.0)]


def test_hidden_columns_are_still_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "hidden.xlsx", [HEADER, ["张三", 13800000001, "SO1", 1]])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet.column_dimensions["B"].hidden = True
    workbook.save(path)

    data = read_sheet(path)

    assert data.columns == HEADER
    assert guess_phone_column(data) == 1


def test_several_sheets_default_to_the_first_visible_one_with_data(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "隐藏"
    hidden.append(["秘密", "13800000009"])
    hidden.sheet_state = "hidden"
    workbook.create_sheet("空表")
    second = workbook.create_sheet("名单")
    second.append(HEADER)
    second.append(["张三", 13800000001, "SO1", 1])
    third = workbook.create_sheet("备份")
    third.append(["手机"])
    third.append([13800000002])
    path = tmp_path / "many.xlsx"
    workbook.save(path)

    assert list_sheets(path) == ["隐藏", "空表", "名单", "备份"]
    data = read_sheet(path)
    assert data.sheet_name == "名单"
    assert data.sheet_names == ["隐藏", "空表", "名单", "备份"]
    assert list(read_sheet(path, sheet="备份").rows) == [(13800000002.0,)]
    assert list(read_sheet(path, sheet="隐藏").rows) == [("秘密", "13800000009")]
    with pytest.raises(SheetNotFoundError):
        read_sheet(path, sheet="没有")
    with pytest.raises(SheetEmptyError):
        read_sheet(path, sheet="空表")


def test_empty_and_duplicate_headers_are_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "names.xlsx", [
        ["姓名", None, "姓名", " 手机\n号 ", "列2"],
        ["张三", "x", "三", "13800000001", "y"],
    ])
    assert read_sheet(path).columns == ["姓名", "列2_2", "姓名_2", "手机 号", "列2"]


def test_leading_empty_columns_are_skipped_and_remembered(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "offset.xlsx", [[None, None, "手机号", None, "姓名"],
                                                 [None, None, "13800000001", None, "张三"]])
    data = read_sheet(path)
    assert data.first_column == 2
    assert data.columns == ["手机号", "列4", "姓名"]


def test_sheet_without_header_row(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bare.xlsx", [[13800000001, "张三"], [13800000002, "李四"]])
    data = read_sheet(path)
    assert data.header_row_index is None
    assert data.columns == ["列1", "列2"]
    assert list(data.source_row_numbers) == [1, 2]
    assert guess_phone_column(data) == 0


def test_header_row_can_be_chosen_by_the_caller(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "choice.xlsx", [["名称", "备注"], ["甲", "乙"], ["丙", "丁"]])
    assert read_sheet(path).header_row_index == 0
    none = read_sheet(path, header_row=None)
    assert (none.columns, len(none.rows)) == (["列1", "列2"], 3)
    second = read_sheet(path, header_row=1)
    assert (second.columns, list(second.rows), second.title_rows) == (
        ["甲", "乙"], [("丙", "丁")], [(1, ("名称", "备注"))])


def test_xlsx_saved_with_an_xls_name_is_read_by_its_content(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "export.xls", [HEADER, ["张三", 13800000001, "SO1", 1]])
    data = read_sheet(path)
    assert (data.kind, data.columns) == ("xlsx", HEADER)


def test_tab_separated_text_saved_as_xls_is_read_as_text(tmp_path: Path) -> None:
    path = write_text(tmp_path / "订单导出.xls", "姓名\t手机号\n张三\t13800000001\n", "gbk")
    data = read_sheet(path)
    assert (data.kind, data.encoding, data.delimiter) == ("csv", "gbk", "\t")
    assert list(data.rows) == [("张三", "13800000001")]


# --- text files ------------------------------------------------------------------------------

CSV_TEXT = "姓名,手机号,单号,备注\r\n张三,13800000001,SO1,你好，世界\r\n李四,13800000002,SO2,\r\n"


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gbk", "gbk"),
    ("gb18030", "gb18030"),
])
def test_csv_encodings(tmp_path: Path, encoding: str, detected: str) -> None:
    text = CSV_TEXT if encoding != "gb18030" else CSV_TEXT.replace("张三", "张三\U00020000")
    data = read_sheet(write_text(tmp_path / "list.csv", text, encoding))
    assert data.encoding == detected
    assert data.delimiter == ","
    assert data.columns == ["姓名", "手机号", "单号", "备注"]
    assert data.rows[0][3] == "你好，世界"  # a full-width comma is text
    assert data.rows[1] == ("李四", "13800000002", "SO2", "")
    assert list(data.source_row_numbers) == [2, 3]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [True, False])
def test_utf16_unicode_text_tab_separated(tmp_path: Path, codec: str, bom: bool) -> None:
    text = "姓名\t手机号\t地址\r\n张三\t13800000001\t北京, 朝阳\r\n"
    raw = text.encode(codec)
    if bom:
        raw = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + raw
    path = tmp_path / "unicode.txt"
    path.write_bytes(raw)

    data = read_sheet(path)

    assert data.delimiter == "\t"
    assert data.encoding is not None and data.encoding.startswith("utf-16")
    assert list(data.rows) == [("张三", "13800000001", "北京, 朝阳")]


def test_semicolon_csv_with_decimal_commas(tmp_path: Path) -> None:
    text = "Name;Mobile;Amount\nA;13800000001;12,50\nB;13800000002;3,00\n"
    data = read_sheet(write_text(tmp_path / "eu.csv", text, "utf-8"))
    assert data.delimiter == ";"
    assert list(data.rows) == [("A", "13800000001", "12,50"), ("B", "13800000002", "3,00")]


def test_excel_sep_line_and_text_formulas(tmp_path: Path) -> None:
    text = 'sep=;\n手机号;单号\n="13800000001";="00123"\n'
    data = read_sheet(write_text(tmp_path / "sep.csv", text, "utf-8"))
    assert data.delimiter == ";"
    assert list(data.rows) == [("13800000001", "00123")]


def test_csv_quoted_fields_ragged_rows_and_title(tmp_path: Path) -> None:
    text = ('客户名单（11月）\n\n姓名,手机号,备注\n"张,三",13800000001,"第一行\n第二行"\n'
            "李四,13800000002\n王五,13800000003,备注,多出来\n")
    data = read_sheet(write_text(tmp_path / "ragged.csv", text, "utf-8"))
    assert data.header_row_index == 2
    assert data.columns == ["姓名", "手机号", "备注", "列4"]
    assert list(data.rows) == [
        ("张,三", "13800000001", "第一行\n第二行", ""),
        ("李四", "13800000002", "", ""),
        ("王五", "13800000003", "备注", "多出来"),
    ]
    assert list(data.source_row_numbers) == [4, 5, 6]


def test_csv_phone_in_scientific_notation_is_reported_not_guessed(tmp_path: Path) -> None:
    text = "姓名,手机号\n张三,1.38E+10\n李四,13800000002\n"
    data = read_sheet(write_text(tmp_path / "sci.csv", text, "gbk"))
    assert data.rows[0][1] == "1.38E+10"
    assert normalize_mobile(data.rows[0][1]).reason is InvalidReason.SCIENTIFIC
    assert guess_phone_column(data) == 1


def test_encoding_and_delimiter_can_be_given(tmp_path: Path) -> None:
    path = write_text(tmp_path / "given.txt", "姓名|手机号\n张三|13800000001\n", "gbk")
    data = read_sheet(path, encoding="gb18030", delimiter="|")
    assert (data.encoding, list(data.rows)) == ("gb18030", [("张三", "13800000001")])
    with pytest.raises(SheetEncodingError) as wrong:
        read_sheet(path, encoding="utf-8")
    assert "utf-8" in wrong.value.text("en")
    with pytest.raises(SheetEncodingError):
        read_sheet(path, encoding="no-such-codec")
    with pytest.raises(ValueError, match="delimiter"):
        read_sheet(path, delimiter=";;")


def test_single_column_csv(tmp_path: Path) -> None:
    data = read_sheet(write_text(tmp_path / "one.csv", "手机号\n13800000001\n13800000002\n",
                                 "utf-8"))
    assert (data.columns, len(data.rows)) == (["手机号"], 2)


# --- the phone column ------------------------------------------------------------------------

def sheet_of(columns: list[str], rows: list[tuple[object, ...]]) -> SheetData:
    return SheetData(path=Path("x.csv"), kind="csv", sheet_name="x", sheet_names=["x"],
                     header_row_index=0, columns=columns, rows=rows,
                     source_row_numbers=list(range(2, len(rows) + 2)))


def test_data_wins_over_a_header_named_phone_holding_landlines() -> None:
    data = sheet_of(["姓名", "电话", "备注"], [
        ("张三", "010-62345678", 13800000001.0),
        ("李四", "0755-12345678", 13800000002.0),
    ])
    assert guess_phone_column(data) == 2


def test_header_decides_between_columns_of_mobiles() -> None:
    rows: list[tuple[object, ...]] = [("13800000001", "13900000001")] * 5
    assert guess_phone_column(sheet_of(["联系人电话", "手机号码"], rows)) == 1
    assert guess_phone_column(sheet_of(["A", "B"], rows)) == 0


def test_header_is_used_when_no_value_is_a_valid_mobile() -> None:
    data = sheet_of(["姓名", "手机"], [("张三", "1.38E+10"), ("李四", "138")])
    assert guess_phone_column(data) == 1
    assert guess_phone_column(sheet_of(["姓名", "城市"], [("张三", "北京")])) is None


# --- errors ----------------------------------------------------------------------------------

def test_errors_speak_both_languages_and_say_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "list.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(SheetUnsupportedError) as error:
        read_sheet(path)
    assert "另存为 .xlsx" in error.value.text("zh_CN")
    assert "save it as .xlsx" in error.value.text("en")
    assert str(error.value) == error.value.text("zh_CN")


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SheetEmptyError):
        read_sheet(empty)
    blank = write_text(tmp_path / "blank.csv", ",,,\r\n  ,\r\n\r\n", "utf-8")
    with pytest.raises(SheetEmptyError):
        read_sheet(blank)
    with pytest.raises(SheetFileError) as missing:
        read_sheet(tmp_path / "gone.xlsx")
    assert "找不到" in missing.value.text()
    with pytest.raises(SheetFileError):
        list_sheets(tmp_path / "gone.xlsx")


def test_header_without_data_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "header.xlsx", [["2026年名单"], HEADER])
    with pytest.raises(SheetEmptyError) as error:
        read_sheet(path)
    assert "只有表头" in error.value.text()


@pytest.mark.parametrize(("name", "content"), [
    ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 200),
    ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    ("broken.ods", b"PK\x03\x04garbage"),
    ("text.xlsx", "姓名,手机号\n张三,13800000001\n".encode()),
])
def test_damaged_workbooks_are_refused(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SheetCorruptError) as error:
        read_sheet(path)
    assert "另存为 .xlsx" in error.value.text()


def test_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [HEADER, ["张三", 13800000001, "SO1", 1]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(SheetCorruptError):
        read_sheet(cut)


def test_web_page_saved_as_xls_is_refused_with_advice(tmp_path: Path) -> None:
    path = write_text(tmp_path / "report.xls",
                      "<html><body><table><tr><td>手机号</td></tr></table></body></html>",
                      "utf-8")
    with pytest.raises(SheetUnsupportedError) as error:
        read_sheet(path)
    assert "HTML" in error.value.text()


def test_binary_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(SheetUnsupportedError):
        read_sheet(path)


def test_text_in_no_known_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"name,phone\nA,\x80\xff\xfe\n")
    with pytest.raises(SheetEncodingError):
        read_sheet(path)


@pytest.mark.parametrize("far_cell", ["XFD1048576", "AB500000"])
def test_a_stray_value_far_away_is_refused_not_a_crash(tmp_path: Path, far_cell: str) -> None:
    path = write_xlsx(tmp_path / "far.xlsx", [HEADER, ["张三", 13800000001, "SO1", 1]])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet[far_cell] = "x"
    workbook.save(path)
    with pytest.raises(SheetTooLargeError) as error:
        read_sheet(path)
    assert far_cell in error.value.text()


def test_a_stray_value_far_away_without_dimension_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)  # writes no <dimension> element
    sheet = workbook.create_sheet("s")
    sheet.append(["手机号"])
    sheet.append([13800000001])
    path = tmp_path / "nodim.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {item.filename: source.read(item.filename) for item in source.infolist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    assert b"<dimension" not in sheet_xml
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'
                         b"</sheetData>")
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    with pytest.raises(SheetTooLargeError):
        read_sheet(path)


def test_formatting_far_away_is_no_reason_to_refuse(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "styled.xlsx", [HEADER, ["张三", 13800000001, "SO1", 1]])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["XFD1048576"].number_format = "@"  # a styled cell without a value
    workbook.save(path)
    assert len(read_sheet(path).rows) == 1


def ods_cell(text: str = "", repeat: int = 1) -> str:
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not text:
        return f"<table:table-cell{repeated}/>"
    return (f'<table:table-cell{repeated} office:value-type="string">'
            f"<text:p>{text}</text:p></table:table-cell>")


def ods_row(*cells: str, repeat: int = 1) -> str:
    repeated = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{repeated}>{''.join(cells)}</table:table-row>"


def write_ods(path: Path, *rows: str) -> Path:
    """An OpenDocument spreadsheet as LibreOffice lays one out (repeats for the gaps)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        archive.writestr("content.xml", ODS_CONTENT.format(rows="".join(rows)))
    return path


@pytest.mark.parametrize(("gap_rows", "gap_columns", "far_cell"), [
    (1_048_000, 19, "T1048003"), (20_000, 999, "ALL20003"), (1_000, 16_000, "WQK1003")])
def test_a_stray_value_far_away_in_an_ods_is_refused_not_a_crash(
        tmp_path: Path, gap_rows: int, gap_columns: int, far_cell: str) -> None:
    path = write_ods(tmp_path / "far.ods",
                     ods_row(ods_cell("手机号")), ods_row(ods_cell("13800000001")),
                     ods_row(ods_cell(), repeat=gap_rows) if gap_rows else "",
                     ods_row(ods_cell(repeat=gap_columns) if gap_columns else "", ods_cell("x")))
    with pytest.raises(SheetTooLargeError) as error:
        read_sheet(path)
    assert far_cell in error.value.text()


def test_an_ods_with_the_usual_trailing_repeats_is_read(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "客户.ods",
                     ods_row(ods_cell("手机号"), ods_cell(repeat=1023)),
                     ods_row(ods_cell("13800000001"), ods_cell(repeat=1023), repeat=3),
                     ods_row(ods_cell(), repeat=1_048_572))
    data = read_sheet(path)
    assert data.columns == ["手机号"] and len(data.rows) == 3


# --- progress and cancel ---------------------------------------------------------------------

def big_rows(count: int) -> list[list[object]]:
    return [HEADER] + [[f"客户{i}", 13800000000 + i, f"SO{i}", i] for i in range(count)]


def big_sheet(path: Path) -> Path:
    """10,000 customers at ``path``, as .csv or .xlsx by its suffix."""
    rows = big_rows(10_000)
    if path.suffix == ".csv":
        write_text(path, "\n".join(",".join(map(str, r)) for r in rows), "utf-8")
    else:
        write_xlsx(path, rows)
    return path


@pytest.mark.parametrize("name", ["big.xlsx", "big.csv"])
def test_progress_rises_to_one(tmp_path: Path, name: str) -> None:
    path = big_sheet(tmp_path / name)
    seen: list[float] = []

    data = read_sheet(path, progress=seen.append)

    assert len(data.rows) == 10_000
    assert len(seen) >= 3
    assert seen == sorted(seen)
    assert seen[0] == 0.0 and seen[-1] == 1.0


@pytest.mark.parametrize("name", ["big.xlsx", "big.csv"])
def test_cancel_stops_the_read(tmp_path: Path, name: str) -> None:
    path = big_sheet(tmp_path / name)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1

    with pytest.raises(ImportCancelled) as error:
        read_sheet(path, cancelled=cancelled)
    assert isinstance(error.value, SheetError)
    assert "取消" in error.value.text()


# --- the template workbook -------------------------------------------------------------------

def test_template_workbook_reads_back_with_its_phone_column() -> None:
    template = REPO / "resources" / "template.xlsx"
    data = read_sheet(template)
    assert data.columns[:3] == ["姓名", "手机号", "单号"]
    assert len(data.rows) == 2
    phone = guess_phone_column(data)
    assert phone == 1
    assert all(isinstance(r[phone], str) and normalize_mobile(r[phone]).valid for r in data.rows)
    assert "说明" in data.sheet_names
    workbook = openpyxl.load_workbook(template)
    assert workbook.worksheets[0]["B2"].number_format == "@"
    assert workbook.worksheets[0]["B500"].number_format == "@"


def test_template_script_builds_the_same_workbook(tmp_path: Path) -> None:
    import runpy

    script = runpy.run_path(str(REPO / "packaging" / "make_template.py"))
    built = script["build_template"](tmp_path / "t.xlsx")
    committed = openpyxl.load_workbook(REPO / "resources" / "template.xlsx")
    fresh = openpyxl.load_workbook(built)
    assert fresh.sheetnames == committed.sheetnames
    for name in fresh.sheetnames:
        assert [[c.value for c in r] for r in fresh[name].iter_rows()] == \
            [[c.value for c in r] for r in committed[name].iter_rows()]


def test_records_and_column_lookup(tmp_path: Path) -> None:
    path = write_text(tmp_path / "r.csv", "姓名 ,手机号\n张三,13800000001\n", "utf-8")
    data = read_sheet(path)
    assert list(data.records()) == [{"姓名": "张三", "手机号": "13800000001"}]
    assert data.column_index("手机号") == 1
    assert data.column_index(" 姓名") == 0
    assert len(data) == 1
    with pytest.raises(ValueError):
        data.column_index("地址")


def test_running_out_of_memory_is_a_plain_refusal(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from juhe_desk.domain.sheets import reader

    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(reader, "build_table", exhausted)  # in this process, not the reader's
    path = write_xlsx(tmp_path / "huge.xlsx", [HEADER, ["张三", 13800000001, "SO1", 1]])
    with pytest.raises(SheetTooLargeError) as error:
        reader.read_sheet_in_process(path)
    assert "拆分" in error.value.text()
