"""Text tables (.csv, .txt, and .xls files that are really text): encoding, delimiter, rows.

The encoding is decided in a fixed order rather than guessed statistically: a BOM (UTF-8,
UTF-16 LE/BE, as Excel's "Unicode text" and WPS write it), UTF-16 without a BOM (NUL bytes in
every other position), strict UTF-8, then GBK / GB18030. These are the encodings Chinese
office software writes; strict UTF-8 almost never accepts GBK text by accident, and GB18030
decodes every GBK file. A statistical detector (charset_normalizer) misreads short GBK files
as Big5 or a Western code page, and its answer can change between versions.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from juhe_desk.domain.sheets.errors import (
    SheetCorruptError,
    SheetEncodingError,
    SheetTooLargeError,
    SheetUnsupportedError,
)
from juhe_desk.domain.sheets.table import Steps, cell_too_long
from juhe_desk.domain.sheets.xlsx_guard import MAX_CELLS

DELIMITERS = (",", "\t", ";", "|")
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 50
_CHECK_EVERY = 4096
MAX_COLUMNS = 16_384  # Excel's; a wider "table" is a crafted or broken file
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Excel's way of keeping digits in a CSV: ="13800000001" (Excel shows the text inside).
_EXCEL_TEXT = re.compile(r'="(.*)"', re.DOTALL)
_SEP_LINE = re.compile(r"sep=(.)\r?\n", re.IGNORECASE)
_MARKUP = re.compile(r"\s*<(?:!doctype|html|\?xml|table|meta|head)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TextTable:
    rows: list[list[str]]
    width: int
    encoding: str
    delimiter: str


def decode(raw: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SheetEncodingError(name, encoding) from None
        plain_utf8 = encoding.replace("_", "-").lower() in ("utf-8", "utf8")
        # With UTF-8 a BOM is not part of the first header.
        return _strict(raw, "utf-8-sig" if plain_utf8 else encoding, name), encoding
    for bom, bom_encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, bom_encoding, name), bom_encoding
    bomless = _utf16_without_bom(raw[:4096])
    if bomless:
        return _strict(raw, bomless, name), bomless
    if b"\x00" in raw:
        raise SheetUnsupportedError(name, "这不是文本表格，也不是 Excel 文件",
                                    "it is neither a text table nor an Excel file")
    for candidate in ("utf-8", "gbk", "gb18030"):
        try:
            return raw.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise SheetEncodingError(name)


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise SheetEncodingError(name, encoding) from None


def _utf16_without_bom(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls >= pairs * 0.3 and even_nuls <= pairs * 0.02:
        return "utf-16-le"
    if even_nuls >= pairs * 0.3 and odd_nuls <= pairs * 0.02:
        return "utf-16-be"
    return None


def detect_delimiter(text: str, *, prefer_tab: bool = False) -> str:
    """The delimiter that splits the first records into the same number (>1) of fields most
    often; ties go to more fields. A full-width comma is text, never a delimiter."""
    sample = text[:_SAMPLE_CHARS]
    if len(text) > len(sample):
        sample = sample[:max(sample.rfind("\n"), 0)] or sample
    order = ("\t", ",", ";", "|") if prefer_tab else DELIMITERS
    best, best_key = order[0] if prefer_tab else ",", (0, 0)
    for delimiter in order:
        if delimiter not in sample:
            continue
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            counts = [len(r) for _, r in zip(range(_SAMPLE_RECORDS), reader, strict=False) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        fields, records = Counter(counts).most_common(1)[0]
        if fields >= 2 and (records, fields) > best_key:
            best, best_key = delimiter, (records, fields)
    return best


def read_text_table(raw: bytes, name: str, *, encoding: str | None, delimiter: str | None,
                    steps: Steps) -> TextTable:
    """The records of a text table as lists of strings, trailing empty fields removed."""
    text, used_encoding = decode(raw, name, encoding)
    del raw
    text = text.removeprefix("\ufeff")
    if _MARKUP.match(text[:1024]):
        raise SheetUnsupportedError(name, "这个文件其实是网页（HTML/XML）格式",
                                    "the file is really a web page (HTML/XML)")
    sep_line = _SEP_LINE.match(text)
    if sep_line:  # Excel's "sep=;" first line names the delimiter
        text = text[sep_line.end():]
        delimiter = delimiter or sep_line.group(1)
    if not delimiter:
        delimiter = detect_delimiter(text, prefer_tab=used_encoding.startswith("utf-16"))
    steps.check()
    steps.report(0.1)
    unwrap = '="' in text
    lines = max(1, text.count("\n"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    blank: list[str] = []  # one list for every blank line: 50 MB of newlines are 50M rows
    width = 0
    try:
        for record in reader:
            if not len(rows) & (_CHECK_EVERY - 1):
                steps.check()
                steps.report(0.1 + 0.6 * min(reader.line_num, lines) / lines)
                if len(rows) * max(width, 1) > MAX_CELLS:  # blank lines count too: each is a row
                    raise SheetTooLargeError(name)
            while record and record[-1] == "":
                record.pop()
            if not record:
                rows.append(blank)
                continue
            if len(record) > MAX_COLUMNS:
                raise SheetCorruptError(
                    name, f"第 {reader.line_num:,} 行有 {len(record):,} 列，而 Excel 最多 "
                    f"{MAX_COLUMNS:,} 列", f"line {reader.line_num:,} has {len(record):,} "
                    f"columns where Excel allows {MAX_COLUMNS:,}")
            if unwrap:
                record = [_unwrap(cell) for cell in record]
            if not "".join(record).strip():
                record = blank
            width = max(width, len(record))
            rows.append(record)
    except csv.Error as error:
        if "field limit" in str(error):  # the csv module's own cap on one field
            raise cell_too_long(name, csv.field_size_limit(), reader.line_num, None) from None
        # The csv module's own words are English jargon: say where, in the user's words.
        raise SheetCorruptError(name, f"第 {reader.line_num:,} 行无法按表格读取",
                                f"line {reader.line_num:,} cannot be read as a table row"
                                ) from error
    return TextTable(rows, width, used_encoding, delimiter)


def _unwrap(cell: str) -> str:
    match = _EXCEL_TEXT.fullmatch(cell) if cell.startswith('="') else None
    return match.group(1).replace('""', '"') if match else cell
