"""Whatever bytes a file holds, reading it gives a result or a SheetError, never another error."""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juhe_desk.domain.sheets import (
    SheetData,
    SheetError,
    guess_phone_column,
    list_sheets,
    read_sheet,
)

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
