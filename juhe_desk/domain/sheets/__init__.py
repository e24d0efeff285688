"""Reading the spreadsheets staff drop in: .xlsx, .xlsm, .xlsb, .xls, .ods, .csv and .txt.

``read_sheet`` gives a SheetData (header found even below a title row, data rows as read, their
row numbers in the file); ``guess_phone_column`` points at the mobile numbers. Every problem
with a file is a SheetError whose ``text(lang)`` says, in Chinese or English, what to do.
Plain Python: a worker thread calls it with a progress callback and a cancel check. The
reading itself happens in a reader process under a memory limit (``isolation.py``), so that
a crafted file that crashes the native reader gets a refusal and the app lives on.

The names below load on first use (``juhe_desk.lazy_exports``): the window imports the
errors and SheetData long before it reads a file, and the readers (calamine,
multiprocessing) need not come along.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from juhe_desk.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from juhe_desk.domain.sheets.errors import (
        ImportCancelled,
        SheetCorruptError,
        SheetEmptyError,
        SheetEncodingError,
        SheetEncryptedError,
        SheetError,
        SheetFileError,
        SheetMemoryLimitError,
        SheetNotFoundError,
        SheetReaderCrashError,
        SheetTimeoutError,
        SheetTooLargeError,
        SheetUnsupportedError,
    )
    from juhe_desk.domain.sheets.isolation import (
        list_sheets,
        prepare_reader,
        read_sheet,
        stop_readers,
    )
    from juhe_desk.domain.sheets.model import SheetData
    from juhe_desk.domain.sheets.names import display_name
    from juhe_desk.domain.sheets.phone_column import guess_phone_column
    from juhe_desk.domain.sheets.reader import SUPPORTED_EXTENSIONS

_HOMES = {  # module: the names it gives
    "errors": ("ImportCancelled", "SheetCorruptError", "SheetEmptyError", "SheetEncodingError",
               "SheetEncryptedError", "SheetError", "SheetFileError", "SheetMemoryLimitError",
               "SheetNotFoundError", "SheetReaderCrashError", "SheetTimeoutError",
               "SheetTooLargeError", "SheetUnsupportedError"),
    "isolation": ("list_sheets", "prepare_reader", "read_sheet", "stop_readers"),
    "model": ("SheetData",),
    "names": ("display_name",),
    "phone_column": ("guess_phone_column",),
    "reader": ("SUPPORTED_EXTENSIONS",),
}
__getattr__ = lazy_exports(__name__, _HOMES)


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
    "SheetMemoryLimitError",
    "SheetNotFoundError",
    "SheetReaderCrashError",
    "SheetTimeoutError",
    "SheetTooLargeError",
    "SheetUnsupportedError",
    "display_name",
    "guess_phone_column",
    "list_sheets",
    "prepare_reader",
    "read_sheet",
    "stop_readers",
]
