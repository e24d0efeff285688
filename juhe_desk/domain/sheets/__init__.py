"""Reading the spreadsheets staff drop in: .xlsx, .xlsm, .xlsb, .xls, .ods, .csv and .txt.

``read_sheet`` gives a SheetData (header found even below a title row, data rows as read, their
row numbers in the file); ``guess_phone_column`` points at the mobile numbers. Every problem
with a file is a SheetError whose ``text(lang)`` says, in Chinese or English, what to do.
Plain Python: a worker thread calls it with a progress callback and a cancel check.
"""

from __future__ import annotations

from juhe_desk.domain.sheets.errors import (
    ImportCancelled,
    SheetCorruptError,
    SheetEmptyError,
    SheetEncodingError,
    SheetEncryptedError,
    SheetError,
    SheetFileError,
    SheetNotFoundError,
    SheetTooLargeError,
    SheetUnsupportedError,
)
from juhe_desk.domain.sheets.model import SheetData
from juhe_desk.domain.sheets.phone_column import guess_phone_column
from juhe_desk.domain.sheets.reader import SUPPORTED_EXTENSIONS, list_sheets, read_sheet

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ImportCancelled",
    "SheetCorruptError",
    "SheetData",
    "SheetEmptyError",
    "SheetEncodingError",
    "SheetEncryptedError",
    "SheetError",
    "SheetFileError",
    "SheetNotFoundError",
    "SheetTooLargeError",
    "SheetUnsupportedError",
    "guess_phone_column",
    "list_sheets",
    "read_sheet",
]
