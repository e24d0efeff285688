"""Reading the spreadsheets staff drop in: .xlsx, .xlsm, .xlsb, .xls, .ods, .csv and .txt.

``read_sheet`` gives a SheetData (header found even below a title row, data rows as read, their
row numbers in the file); ``guess_phone_column`` points at the mobile numbers. Every problem
with a file is a SheetError whose ``text(lang)`` says, in Chinese or English, what to do.
Plain Python: a worker thread calls it with a progress callback and a cancel check. The
reading itself happens in a reader process under a memory limit (``isolation.py``), so that
a crafted file that crashes the native reader gets a refusal and the app lives on.

The names below load on first use (PEP 562): the window imports the errors and SheetData
long before it reads a file, and the readers (calamine, multiprocessing) need not come along.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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

_HOMES = {
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
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value


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
