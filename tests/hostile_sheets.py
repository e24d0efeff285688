"""Crafted spreadsheets that attack the reader, made by code (no binaries are committed).

Each ``Hostile`` writes one file and says which verdicts are right for it: the name of a
SheetError class, or "rows" when reading it is fine. Used by the child-process tests
(domain/test_hostile_sheets.py), the window test (ui/test_import_hostile_files.py) and
bench/hostile_bench.py.

    python tests/hostile_sheets.py verdict PATH   # one read, its verdict as JSON
"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import xlwt  # type: ignore[import-untyped]
import xlwt.CompoundDoc  # type: ignore[import-untyped]

MB = 1024 * 1024
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="xl/workbook.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
_WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">{{extra}}<sheets>
<sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
# 手机号 (a shared string) over one number: what every crafted sheet holds besides its trap.
HEADER_ROWS = ('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
               '<row r="2"><c r="A2"><v>13800000001</v></c></row>')
_STRINGS = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}">'
            "<si><t>手机号</t></si></sst>")


def sheet_xml(rows: str = HEADER_ROWS, dimension: str | None = "A1:A2") -> bytes:
    ref = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{SHEET_HEAD}{ref}<sheetData>{rows}</sheetData></worksheet>".encode()


def write_xlsx(path: Path, *, sheet: bytes | None = None, strings: bytes | None = None,
               workbook_extra: str = "", raw_parts: Iterable[RawPart] = ()) -> Path:
    """A minimal .xlsx as Excel lays one out; ``raw_parts`` are added already packed."""
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES.encode(), "_rels/.rels": _ROOT_RELS.encode(),
        "xl/workbook.xml": _WORKBOOK.format(extra=workbook_extra).encode(),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS.encode(),
        "xl/sharedStrings.xml": strings if strings is not None else _STRINGS.encode(),
        "xl/worksheets/sheet1.xml": sheet if sheet is not None else sheet_xml(),
    }
    raw = list(raw_parts)
    taken = {part.name for part in raw}
    packed = [RawPart.deflated(name, content) for name, content in parts.items()
              if name not in taken]
    write_raw_zip(path, packed + raw)
    return path


@dataclass(frozen=True)
class RawPart:
    """A zip entry given as its packed bytes, so that huge contents need not be made."""

    name: str
    method: int  # 0 stored, 8 deflated
    crc: int
    size: int  # what it unpacks to
    data: bytes

    @classmethod
    def deflated(cls, name: str, content: bytes) -> RawPart:
        packer = zlib.compressobj(1, zlib.DEFLATED, -15)
        data = packer.compress(content) + packer.flush()
        return cls(name, 8, zlib.crc32(content), len(content), data)

    @classmethod
    def repeated(cls, name: str, head: bytes, piece: bytes, times: int, tail: bytes) -> RawPart:
        """``head + piece * times + tail``, packed without ever holding it whole: deflate
        with a full flush after each piece packs every piece to the same bytes."""
        packer = zlib.compressobj(1, zlib.DEFLATED, -15)
        first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
        block = packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)
        again = packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)
        assert block == again  # a full flush forgets the window: the same input, same bytes
        data = first + block * times + packer.compress(tail) + packer.flush()
        crc = zlib.crc32(head)
        for _ in range(times):
            crc = zlib.crc32(piece, crc)
        crc = zlib.crc32(tail, crc)
        return cls(name, 8, crc, len(head) + len(piece) * times + len(tail), data)


def write_raw_zip(path: Path, parts: Iterable[RawPart]) -> None:
    """A zip file of already packed entries (sizes below 4 GB: no zip64 needed)."""
    central = io.BytesIO()
    count = 0
    with path.open("wb") as out:
        for part in parts:
            name = part.name.encode()
            offset = out.tell()
            fields = (20, 0x800, part.method, 0, 0x21, part.crc, len(part.data), part.size,
                      len(name))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name)
            out.write(part.data)
            central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0,
                                      0, 0, offset) + name)
            count += 1
        directory = central.getvalue()
        start = out.tell()
        out.write(directory)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(count, 0xFFFF),
                              min(count, 0xFFFF), len(directory), start, 0))


# --- .xlsx ------------------------------------------------------------------------------------

def far_cell_lying_dimension(path: Path) -> None:
    # The 2 KB file: <dimension> says A1:A2, a value sits in the last cell of Excel.
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    write_xlsx(path, sheet=sheet_xml(HEADER_ROWS + far))


def far_cell_honest(path: Path) -> None:
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    write_xlsx(path, sheet=sheet_xml(HEADER_ROWS + far, "A1:XFD1048576"))


def lying_range_14m_cells(path: Path) -> None:
    # 702 columns × 20,000 rows: fits in the reader's memory, past the 10-million-cell limit.
    far = '<row r="20000"><c r="ZZ20000"><v>1</v></c></row>'
    write_xlsx(path, sheet=sheet_xml(HEADER_ROWS + far))


def rows_out_of_order(path: Path) -> None:
    # The far row first, as no writer does: a scan that trusts the row order misses it.
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    write_xlsx(path, sheet=sheet_xml(far + HEADER_ROWS, None))


def shared_string(path: Path, megabytes: int) -> None:
    # One shared string of ``megabytes`` MB in a file of a few hundred KB.
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}"><si><t>'.encode()
    part = RawPart.repeated("xl/sharedStrings.xml", head, b"A" * MB, megabytes,
                            b"</t></si><si><t>\xe6\x89\x8b\xe6\x9c\xba\xe5\x8f\xb7</t></si></sst>")
    rows = '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>' \
           '<row r="2"><c r="A2"><v>13800000001</v></c></row>'
    write_xlsx(path, sheet=sheet_xml(rows, "A1:B2"), raw_parts=[part])


def ten_million_shared_strings(path: Path) -> None:
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}">'.encode()
    piece = b"<si><t>x</t></si>" * 65536
    part = RawPart.repeated("xl/sharedStrings.xml", head, piece, 10_000_000 // 65536,
                            b"<si><t>\xe6\x89\x8b\xe6\x9c\xba\xe5\x8f\xb7</t></si></sst>")
    rows = HEADER_ROWS.replace("<v>0</v>", f"<v>{10_000_000 // 65536 * 65536}</v>")
    write_xlsx(path, sheet=sheet_xml(rows), raw_parts=[part])


def zip_bomb_declared(path: Path) -> None:
    # A sheet of blanks that unpacks to 2.5 GB from 2.6 MB.
    head = sheet_xml(HEADER_ROWS).split(b"</sheetData>")[0]
    part = RawPart.repeated("xl/worksheets/sheet1.xml", head, b" " * MB, 2560,
                            b"</sheetData></worksheet>")
    write_xlsx(path, raw_parts=[part])


def zip_bomb_of_cells(path: Path) -> None:
    # Within the unpacked-size cap: 1.5 GB of XML that says the same cell 40 million times.
    piece = b'<row r="2"><c r="A2"><v>13800000001</v></c></row>' * 20971
    head = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>').split(b"</sheetData>")[0]
    part = RawPart.repeated("xl/worksheets/sheet1.xml", head, piece, 1500,
                            b"</sheetData></worksheet>")
    write_xlsx(path, raw_parts=[part])


def many_parts(path: Path) -> None:
    empty = [RawPart(f"junk/{i}.xml", 0, 0, 0, b"") for i in range(60_000)]
    write_xlsx(path, raw_parts=empty)


def deep_xml(path: Path) -> None:
    depth = 1_000_000
    nested = "<x>" * depth + "</x>" * depth
    write_xlsx(path, workbook_extra=nested,
               sheet=sheet_xml(HEADER_ROWS.replace("</row>", nested + "</row>", 1)))


def billion_laughs(path: Path) -> None:
    entities = '<!ENTITY a "' + "ha" * 10 + '">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    doctype = f"<!DOCTYPE sst [{entities}]>"
    strings = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<sst xmlns="{_MAIN}">'
               "<si><t>&j;</t></si></sst>").encode()
    workbook_doctype = f"<!DOCTYPE workbook [{entities}]>"
    write_xlsx(path, strings=strings)
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"?>", f"?>{workbook_doctype}".encode(), 1).replace(b"<sheets>", b"<x>&j;</x><sheets>")
    write_raw_zip(path, [RawPart.deflated(name, content) for name, content in parts.items()])


def huge_row_numbers(path: Path) -> None:
    far = '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>' \
          '<row r="3"><c r="ZZZZZZZZ3"><v>1</v></c></row>'
    write_xlsx(path, sheet=sheet_xml(HEADER_ROWS + far))


def garbage_named_xlsx(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))


def garbage_behind_zip_magic(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + bytes((i * 104729 + 7) % 256 for i in range(4096)))


# --- legacy .xls (BIFF8) ------------------------------------------------------------------------

def _biff_records(stream: bytes) -> Iterator[tuple[int, bytes]]:
    position = 0
    while position + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, position)
        yield kind, stream[position + 4:position + 4 + size]
        position += 4 + size


def _biff_stream(records: Iterable[tuple[int, bytes]]) -> bytes:
    """Records back into a stream, each BOUNDSHEET8 pointing at its sheet's BOF again."""
    records = list(records)
    offsets, position = [], 0
    for kind, data in records:
        if kind == 0x0809:
            offsets.append(position)
        position += 4 + len(data)
    sheets = iter(offsets[1:])  # the first BOF is the workbook's own
    out = io.BytesIO()
    for kind, data in records:
        if kind == 0x0085:  # BOUNDSHEET8: lbPlyPos, then the rest
            data = struct.pack("<I", next(sheets)) + data[4:]
        out.write(struct.pack("<HH", kind, len(data)) + data)
    return out.getvalue()


def write_xls(path: Path, cells: Iterable[tuple[int, int, object]],
              edit: Callable[[list[tuple[int, bytes]]], list[tuple[int, bytes]]] | None = None
              ) -> None:
    """An .xls written by xlwt, its BIFF records changed by ``edit`` before it is saved."""
    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("客户")
    sheet.write(0, 0, "手机号")
    sheet.write(1, 0, "13800000001")
    for row, column, value in cells:
        sheet.write(row, column, value)
    records = list(_biff_records(workbook.get_biff_data()))
    if edit is not None:
        records = edit(records)
    xlwt.CompoundDoc.XlsDoc().save(str(path), _biff_stream(records))


def _replace(kind: int, change: Callable[[bytes], bytes]
             ) -> Callable[[list[tuple[int, bytes]]], list[tuple[int, bytes]]]:
    return lambda records: [(k, change(d) if k == kind else d) for k, d in records]


def xls_far_cell(path: Path) -> None:
    write_xls(path, [(65535, 255, 1)])  # IV65536, the last cell of a BIFF8 sheet


def xls_lying_dimensions(path: Path) -> None:
    # DIMENSIONS claims 4 billion rows × 256 columns (readers reserve room from it).
    write_xls(path, [], _replace(0x0200, lambda d: struct.pack("<IIHHH", 0, 0xFFFFFFFF, 0,
                                                                0xFF, 0)))


def xls_huge_sst(path: Path) -> None:
    # The shared-string table claims 2 billion strings, its first 65,535 characters long.
    def lie(data: bytes) -> bytes:
        return struct.pack("<II", 0x7FFFFFFF, 0x7FFFFFFF) + struct.pack("<H", 0xFFFF) + data[10:]
    write_xls(path, [], _replace(0x00FC, lie))


def xls_many_continue(path: Path) -> None:
    # 2,000,000 empty CONTINUE records after the shared strings: 8 MB of nothing to walk.
    def pad(records: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
        at = next(i for i, (kind, _) in enumerate(records) if kind == 0x00FC) + 1
        return [*records[:at], *[(0x003C, b"")] * 2_000_000, *records[at:]]
    write_xls(path, [], pad)


def xls_encrypted(path: Path) -> None:
    # FILEPASS right after the workbook's BOF: RC4 encryption, as Excel writes it.
    def encrypt(records: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
        filepass = struct.pack("<HHH", 1, 1, 1) + bytes(16) * 3
        return [*records[:1], (0x002F, filepass), *records[1:]]
    write_xls(path, [], encrypt)


# --- .ods -------------------------------------------------------------------------------------

# An OpenDocument spreadsheet's content (its rows go in ``{rows}``) and manifest, as
# LibreOffice writes them; tests/domain/test_spreadsheet_read.py builds its .ods from them too.
ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="客户">{rows}</table:table>
</office:spreadsheet></office:body></office:document-content>"""
_ODS_VALUE = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
_ODS_HEADER = (f"<table:table-row>{_ODS_VALUE.format('手机号')}</table:table-row>"
               f"<table:table-row>{_ODS_VALUE.format('13800000001')}</table:table-row>")


ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_ods(path: Path, rows: str) -> None:
    mimetype = b"application/vnd.oasis.opendocument.spreadsheet"
    write_raw_zip(path, [
        RawPart("mimetype", 0, zlib.crc32(mimetype), len(mimetype), mimetype),
        RawPart.deflated("META-INF/manifest.xml", ODS_MANIFEST.encode()),
        RawPart.deflated("content.xml", ODS_CONTENT.format(rows=_ODS_HEADER + rows).encode())])


def ods_columns_repeated(path: Path) -> None:
    write_ods(path, '<table:table-row><table:table-cell table:number-columns-repeated='
                    f'"2147483647"/>{_ODS_VALUE.format("x")}</table:table-row>')


def ods_rows_repeated(path: Path) -> None:
    write_ods(path, '<table:table-row table:number-rows-repeated="2147483647">'
                    '<table:table-cell/></table:table-row>'
                    f"<table:table-row>{_ODS_VALUE.format('x')}</table:table-row>")


def ods_repeated_value(path: Path) -> None:
    # One value repeated across 2 billion columns: no gap before it, the value itself is wide.
    write_ods(path, '<table:table-row><table:table-cell table:number-columns-repeated='
                    '"2147483647" office:value-type="string"><text:p>x</text:p>'
                    "</table:table-cell></table:table-row>")


# --- text -------------------------------------------------------------------------------------

def csv_one_giant_line(path: Path) -> None:
    with path.open("wb") as out:
        out.write("手机号\n".encode())
        for _ in range(50):
            out.write(b"1" * MB)


def csv_giant_line_of_fields(path: Path) -> None:
    with path.open("wb") as out:
        out.write("手机号\n".encode())
        for _ in range(50):
            out.write(b"1," * (MB // 2))


def csv_blank_lines(path: Path) -> None:
    with path.open("wb") as out:
        out.write("手机号\n13800000001\n".encode())
        for _ in range(50):
            out.write(b"\n" * MB)


def empty(path: Path) -> None:
    path.write_bytes(b"")


@dataclass(frozen=True)
class Hostile:
    file_name: str
    make: Callable[[Path], None]
    verdicts: tuple[str, ...]
    what: str


HOSTILE: tuple[Hostile, ...] = (
    Hostile("far_cell_lying_dimension.xlsx", far_cell_lying_dimension,
            ("SheetMemoryLimitError",), "<dimension> A1:A2, a value in XFD1048576"),
    Hostile("far_cell_honest.xlsx", far_cell_honest, ("SheetTooLargeError",),
            "<dimension> A1:XFD1048576, a value there"),
    Hostile("lying_range_14m_cells.xlsx", lying_range_14m_cells, ("SheetTooLargeError",),
            "<dimension> A1:A2, a value in ZZ20000 (14 million cells)"),
    Hostile("rows_out_of_order.xlsx", rows_out_of_order, ("SheetMemoryLimitError",),
            "no <dimension>, the far row written first"),
    Hostile("shared_string_300mb.xlsx", lambda p: shared_string(p, 300),
            ("SheetCorruptError",), "one 300 MB shared string"),
    Hostile("shared_string_200mb.xlsx", lambda p: shared_string(p, 200),
            ("SheetMemoryLimitError",), "one 200 MB shared string"),
    Hostile("ten_million_shared_strings.xlsx", ten_million_shared_strings,
            ("rows", "SheetMemoryLimitError"), "10 million shared strings"),
    Hostile("zip_bomb_declared.xlsx", zip_bomb_declared, ("SheetCorruptError",),
            "a sheet part that unpacks to 2.5 GB"),
    Hostile("zip_bomb_of_cells.xlsx", zip_bomb_of_cells, ("SheetMemoryLimitError",),
            "1.5 GB of XML naming one cell 31 million times"),
    Hostile("many_parts.xlsx", many_parts, ("SheetCorruptError",), "60,000 zip entries"),
    Hostile("deep_xml.xlsx", deep_xml, ("rows", "SheetCorruptError"),
            "XML elements nested a million deep"),
    Hostile("billion_laughs.xlsx", billion_laughs, ("rows", "SheetCorruptError"),
            "entity expansion (billion laughs)"),
    Hostile("huge_row_numbers.xlsx", huge_row_numbers, ("SheetCorruptError",),
            "row 99999999999, column ZZZZZZZZ"),
    Hostile("garbage_named.xlsx", garbage_named_xlsx, ("SheetCorruptError",),
            "binary garbage named .xlsx"),
    Hostile("garbage_behind_zip_magic.xlsx", garbage_behind_zip_magic, ("SheetCorruptError",),
            "a zip signature, then garbage"),
    Hostile("far_cell.xls", xls_far_cell, ("SheetTooLargeError",), "BIFF: a value in IV65536"),
    Hostile("lying_dimensions.xls", xls_lying_dimensions,
            ("SheetTooLargeError",), "BIFF: DIMENSIONS of 4 billion rows"),
    Hostile("huge_sst.xls", xls_huge_sst, ("SheetCorruptError", "SheetMemoryLimitError"),
            "BIFF: SST of 2 billion strings, 65,535 characters each"),
    Hostile("many_continue.xls", xls_many_continue, ("SheetCorruptError",),
            "BIFF: 2 million CONTINUE records"),
    Hostile("encrypted.xls", xls_encrypted, ("SheetEncryptedError",), "BIFF: FILEPASS (RC4)"),
    Hostile("columns_repeated.ods", ods_columns_repeated, ("SheetTooLargeError",),
            "number-columns-repeated 2147483647, then a value"),
    Hostile("rows_repeated.ods", ods_rows_repeated, ("SheetTooLargeError",),
            "number-rows-repeated 2147483647, then a value"),
    Hostile("repeated_value.ods", ods_repeated_value,
            ("SheetTooLargeError", "SheetMemoryLimitError"),
            "one value repeated over 2147483647 columns"),
    Hostile("one_giant_line.csv", csv_one_giant_line, ("SheetCorruptError",),
            "50 MB csv: one 50 MB field"),
    Hostile("giant_line_of_fields.csv", csv_giant_line_of_fields, ("SheetCorruptError",),
            "50 MB csv: one line of 26 million fields"),
    Hostile("blank_lines.csv", csv_blank_lines, ("SheetTooLargeError",),
            "50 MB csv: 52 million blank lines"),
    Hostile("empty.xlsx", empty, ("SheetEmptyError",), "an empty file"),
    Hostile("empty.csv", empty, ("SheetEmptyError",), "an empty file"),
)


def make(hostile: Hostile, folder: Path) -> Path:
    path = folder / hostile.file_name
    if not path.exists():
        hostile.make(path)
    return path


def verdict(path: Path) -> dict[str, object]:
    """Read ``path`` as the app does; what came of it."""
    from juhe_desk.domain.sheets import SheetError, read_sheet

    try:
        data = read_sheet(path)
    except SheetError as error:
        return {"verdict": type(error).__name__, "zh": error.text("zh_CN"),
                "en": error.text("en")}
    return {"verdict": "rows", "rows": len(data.rows), "columns": data.columns}


if __name__ == "__main__":
    if sys.argv[1:2] == ["verdict"]:
        print(json.dumps(verdict(Path(sys.argv[2])), ensure_ascii=False))
