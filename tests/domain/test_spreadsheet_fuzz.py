"""Whatever bytes a file holds, reading it gives a result or a SheetError, never another error.

The second half crafts the structures an attacker controls in each format (cell references,
declared ranges, BIFF records, OpenDocument repeats, the zip directory's sizes).
"""

from __future__ import annotations

import dataclasses
import io
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import hostile_sheets
import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from juhe_desk.domain.sheets import (
    SheetData,
    SheetError,
    guess_phone_column,
    list_sheets,
    read_sheet,
)
from juhe_desk.domain.sheets.table import MAX_CELL_TEXT
from juhe_desk.domain.sheets.xlsx_guard import MAX_CELLS, column_letters

FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
EXTENSIONS = [".xlsx", ".xls", ".ods", ".csv", ".txt", ".xlsm", ".xlsb"]


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    # Module scope: hypothesis runs many examples within one test call.
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def valid_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["2026年名单"])
    sheet.append(["姓名", "手机号", "单号"])
    sheet.append(["张三", 13800000001, "SO1"])
    sheet.append(["李四", "13800000002", "=1+1"])
    sheet.merge_cells("A1:C1")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


VALID_XLSX = valid_xlsx()
with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as _archive:
    PARTS = {name: _archive.read(name) for name in _archive.namelist()}


def read_or_refuse(path: Path) -> SheetData | SheetError:
    """The contract: a SheetData or a SheetError; anything else fails the test."""
    try:
        list_sheets(path)
        data = read_sheet(path)
    except SheetError as error:
        assert error.text("zh_CN") and error.text("en")
        return error
    assert all(len(row) == len(data.columns) for row in data.rows)
    guess_phone_column(data)
    return data


@FUZZ
@given(content=st.binary(max_size=4096), extension=st.sampled_from(EXTENSIONS))
def test_random_bytes(folder: Path, content: bytes, extension: str) -> None:
    path = folder / f"random{extension}"
    path.write_bytes(content)
    read_or_refuse(path)


@FUZZ
@given(content=st.binary(min_size=1, max_size=2048),
       magic=st.sampled_from([b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]),
       extension=st.sampled_from([".xlsx", ".xls", ".ods"]))
def test_random_bytes_behind_a_workbook_signature(folder: Path, content: bytes, magic: bytes,
                                                  extension: str) -> None:
    path = folder / f"signed{extension}"
    path.write_bytes(magic + content)
    read_or_refuse(path)


@FUZZ
@given(data=st.data(), extension=st.sampled_from([".xlsx", ".xls", ".ods"]))
def test_damaged_copies_of_a_valid_workbook(folder: Path, data: st.DataObject,
                                            extension: str) -> None:
    content = bytearray(VALID_XLSX)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(content) - 1))
        content[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(content) // 2, len(content)))
    path = folder / f"damaged{extension}"
    path.write_bytes(bytes(content[:cut]))
    read_or_refuse(path)


@FUZZ
@given(data=st.data())
def test_damaged_xml_inside_an_intact_package(folder: Path, data: st.DataObject) -> None:
    part = data.draw(st.sampled_from(sorted(PARTS)))
    xml = bytearray(PARTS[part])
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(xml) - 1))
        if data.draw(st.booleans()):
            xml[position] = data.draw(st.sampled_from(b"<>/\"'=&;:0123456789 xrcvs"))
        else:
            del xml[position]
    path = folder / "xml.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in PARTS.items():
            archive.writestr(name, bytes(xml) if name == part else content)
    read_or_refuse(path)


GBK_CSV = "姓名,手机号,备注\r\n张三,13800000001,你好，世界\r\n李四,1.38E+10,\r\n".encode("gbk")


@FUZZ
@given(data=st.data(), extension=st.sampled_from([".csv", ".txt", ".xls"]))
def test_damaged_copies_of_a_gbk_csv(folder: Path, data: st.DataObject, extension: str) -> None:
    content = bytearray(GBK_CSV)
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(content) - 1))
        content[position] = data.draw(st.integers(0, 255))
    path = folder / f"gbk{extension}"
    path.write_bytes(bytes(content))
    read_or_refuse(path)


@FUZZ
@given(text=st.text(max_size=400), encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]),
       extension=st.sampled_from([".csv", ".txt", ".xls"]))
def test_random_text_in_every_encoding(folder: Path, text: str, encoding: str,
                                       extension: str) -> None:
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode(encoding, errors="replace")
    path = folder / f"text{extension}"
    path.write_bytes(raw)
    read_or_refuse(path)


@FUZZ
@given(rows=st.lists(st.lists(st.sampled_from(
    ["", " ", "姓名", "手机号", "13800000001", "1.38E+10", '"', '"a,b"', "a\nb", "=1", "，",
     ";", "\t", "\x00", "\r", "电话", "0755-1234567"]), max_size=6), max_size=12),
       delimiter=st.sampled_from([",", "\t", ";"]))
def test_csv_shaped_text(folder: Path, rows: list[list[str]], delimiter: str) -> None:
    path = folder / "shaped.csv"
    path.write_text("\n".join(delimiter.join(row) for row in rows), encoding="utf-8")
    outcome = read_or_refuse(path)
    if isinstance(outcome, SheetData):
        assert outcome.delimiter in (",", "\t", ";", "|")


# --- crafted structure: what an attacker controls in each format -------------------------------
# Through the reader process, as the app reads: a crash there must come back as a refusal.
# Fewer examples: some of them make the native reader allocate hundreds of MB first.
CRAFTED = settings(max_examples=40, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ROWS = st.one_of(st.integers(1, 30), st.integers(1, 1_048_576), st.integers(0, 2**40))
COLUMNS = st.one_of(st.integers(1, 30), st.integers(1, 16_384), st.integers(16_385, 10**7))


def read_crafted(path: Path) -> SheetData | SheetError:
    outcome = read_or_refuse(path)
    event(type(outcome).__name__)  # --hypothesis-show-statistics tells what the fuzz reached
    if isinstance(outcome, SheetData):  # the cell limit holds whatever the file declares
        assert len(outcome.rows) * max(1, len(outcome.columns)) <= MAX_CELLS
        assert all(not isinstance(cell, str) or len(cell) <= MAX_CELL_TEXT
                   for row in outcome.rows for cell in row)
    return outcome


@CRAFTED
@given(cells=st.lists(st.tuples(ROWS, COLUMNS, st.sampled_from(["n", "s", "inlineStr", "str"])),
                      min_size=1, max_size=6),
       dimension=st.one_of(st.none(), st.tuples(ROWS, COLUMNS)),
       text_length=st.sampled_from([0, 10, 32_767, 32_768, 200_000]))
def test_crafted_cell_references_and_lying_dimensions(folder: Path,
                                                      cells: list[tuple[int, int, str]],
                                                      dimension: tuple[int, int] | None,
                                                      text_length: int) -> None:
    rows = "".join(
        f'<row r="{row}"><c r="{column_letters(column)}{row}" t="{kind}">'
        + (f"<is><t>{'x' * text_length}</t></is>" if kind == "inlineStr" else
           "<v>0</v>" if kind == "s" else "<v>13800000001</v>") + "</c></row>"
        for row, column, kind in cells)
    declared = f"A1:{column_letters(dimension[1])}{dimension[0]}" if dimension else None
    path = hostile_sheets.write_xlsx(folder / "cells.xlsx",
                                     sheet=hostile_sheets.sheet_xml(rows, declared))
    read_crafted(path)


@CRAFTED
@given(first_row=st.integers(0, 2**32 - 1), end_row=st.integers(0, 2**32 - 1),
       first_column=st.integers(0, 2**16 - 1), end_column=st.integers(0, 2**16 - 1),
       continues=st.sampled_from([0, 1, 100, 30_000]),
       counts=st.tuples(st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1)),
       far=st.one_of(st.none(), st.tuples(st.integers(2, 65_535), st.integers(0, 255))))
def test_crafted_biff_records(folder: Path, first_row: int, end_row: int, first_column: int,
                              end_column: int, continues: int, counts: tuple[int, int],
                              far: tuple[int, int] | None) -> None:
    def twist(records: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
        out: list[tuple[int, bytes]] = []
        for kind, data in records:
            if kind == 0x0200:
                data = struct.pack("<IIHHH", first_row, end_row, first_column, end_column, 0)
            elif kind == 0x00FC:
                data = struct.pack("<II", *counts) + data[8:]
            out.append((kind, data))
            if kind == 0x00FC:
                out.extend([(0x003C, b"")] * continues)
        return out

    path = folder / "crafted.xls"
    hostile_sheets.write_xls(path, [(far[0], far[1], 1)] if far else [], twist)
    read_crafted(path)


@CRAFTED
@given(repeats=st.lists(st.tuples(st.integers(1, 2**31 - 1), st.integers(1, 2**31 - 1),
                                  st.booleans()), min_size=1, max_size=4))
def test_crafted_ods_repeats(folder: Path, repeats: list[tuple[int, int, bool]]) -> None:
    rows = "".join(
        f'<table:table-row table:number-rows-repeated="{row_repeat}">'
        f'<table:table-cell table:number-columns-repeated="{cell_repeat}"'
        + (' office:value-type="string"><text:p>x</text:p></table:table-cell>' if value
           else "/>") + "</table:table-row>"
        for row_repeat, cell_repeat, value in repeats)
    path = folder / "crafted.ods"
    hostile_sheets.write_ods(path, rows)
    read_crafted(path)


@CRAFTED
@given(part=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                             "xl/workbook.xml"]),
       declared=st.one_of(st.integers(0, 2**32 - 1), st.integers(0, 4096)))
def test_crafted_declared_sizes(folder: Path, part: str, declared: int) -> None:
    # The zip's directory says the part unpacks to ``declared`` bytes, whatever it holds.
    path = hostile_sheets.write_xlsx(folder / "sizes.xlsx")
    with zipfile.ZipFile(path) as archive:
        contents = {info.filename: archive.read(info) for info in archive.infolist()}
    parts = [hostile_sheets.RawPart.deflated(name, content) for name, content in
             contents.items()]
    parts = [dataclasses.replace(p, size=declared) if p.name == part else p for p in parts]
    hostile_sheets.write_raw_zip(path, parts)
    read_crafted(path)
