"""Refuse a zip package (.xlsx, .xlsm, .xlsb, .ods) that would unpack to far more than it says.

calamine's zip reader stops at each part's declared unpacked size (a part that inflates past
it is an error), so the sizes in the zip's central directory bound all the work and memory of
reading, before anything is inflated: a zip bomb is refused here at no cost. A spreadsheet
has a few dozen parts; hundreds of thousands of (empty) entries only make every reader slow.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from juhe_desk.domain.sheets.errors import SheetCorruptError
from juhe_desk.domain.sheets.names import os_path
from juhe_desk.domain.sheets.workbook import WORKBOOK_KINDS

# A 50 MB workbook of plain cells unpacks to about 600 MB of XML (deflate packs it 10-15×).
MAX_UNPACKED_BYTES = 2 * 1024**3
# calamine holds the shared strings in memory; 1,000,000 rows of distinct text fit in 120 MB.
MAX_SHARED_STRINGS_BYTES = 256 * 1024**2
MAX_PARTS = 10_000
_SHARED_STRINGS = ("xl/sharedStrings.xml", "xl/sharedStrings.bin")


def check_package(path: Path, extension: str, name: str) -> str:
    """The package's kind (xlsx, xlsm, xlsb or ods), after checking what it unpacks to.

    A package that cannot be opened is left for calamine to report in words.
    """
    try:
        with zipfile.ZipFile(os_path(path)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError):
        return WORKBOOK_KINDS.get(extension, "xlsx")
    if len(parts) > MAX_PARTS:
        raise SheetCorruptError(name, f"文件里有 {len(parts):,} 个部分，正常表格只有几十个",
                                f"it holds {len(parts):,} parts where a spreadsheet has a "
                                "few dozen")
    unpacked = sum(part.file_size for part in parts)
    strings = sum(part.file_size for part in parts if part.filename in _SHARED_STRINGS)
    if unpacked > MAX_UNPACKED_BYTES:
        size = _size_text(unpacked)
        raise SheetCorruptError(name, f"解压后有 {size}，远超任何正常表格",
                                f"it would unpack to {size}, far more than any real "
                                "spreadsheet")
    if strings > MAX_SHARED_STRINGS_BYTES:
        size = _size_text(strings)
        raise SheetCorruptError(name, f"其中的文字部分解压后有 {size}，远超任何正常表格",
                                f"its text part would unpack to {size}, far more than any "
                                "real spreadsheet holds")
    names = {part.filename for part in parts}
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "content.xml" in names and "xl/workbook.xml" not in names:
        return "ods"
    return "xlsm" if extension == ".xlsm" else "xlsx"


def _size_text(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:,.1f} GB"
    return f"{size / 1024**2:,.0f} MB"
