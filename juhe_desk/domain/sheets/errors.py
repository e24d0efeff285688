"""Why a spreadsheet cannot be read or written, in plain words and with what to do about it."""

from __future__ import annotations

from juhe_desk.explained_error import ExplainedError

_SAVE_AS_XLSX = "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。"
_SAVE_AS_XLSX_EN = "Open it in Excel or WPS, save it as .xlsx and import that file."


class SheetError(ExplainedError):
    """Base of every import/export failure; ``text(lang)`` gives the user's language."""

    def __reduce__(self) -> tuple[object, ...]:
        # The reader process sends its refusals back pickled; the subclasses' own
        # constructors take other arguments, so rebuild from the words themselves.
        return (_rebuild, (type(self), self.message, self.message_en))


def _rebuild(kind: type[SheetError], message: str, message_en: str) -> SheetError:
    error = kind.__new__(kind)
    SheetError.__init__(error, message, message_en=message_en)
    return error


class SheetUnsupportedError(SheetError):
    """Not a spreadsheet format we read (unknown extension, a web page saved as .xls, ...)."""

    def __init__(self, name: str, what: str = "", what_en: str = "") -> None:
        super().__init__(
            f"无法导入“{name}”：{what or '不支持这种文件格式'}。支持 .xlsx、.xls、.ods、.csv 和"
            f" .txt。{_SAVE_AS_XLSX}",
            message_en=f"Cannot import \"{name}\": "
            f"{what_en or 'this file format is not supported'}. .xlsx, .xls, .ods, .csv and .txt"
            f" are supported. {_SAVE_AS_XLSX_EN}",
        )


class SheetEncryptedError(SheetError):
    """The workbook needs a password to open."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"“{name}”设置了打开密码，无法读取。请在 Excel 或 WPS 中输入密码打开，"
            "在“文件 → 信息 → 保护工作簿”里取消密码（或另存为不带密码的 .xlsx）后再导入。",
            message_en=f"\"{name}\" is protected by a password and cannot be read. Open it in "
            "Excel or WPS with the password, remove the password (File > Info > Protect "
            "Workbook) or save an unprotected .xlsx copy, and import that.",
        )


class SheetCorruptError(SheetError):
    """The file is damaged, truncated, or not what its extension says."""

    def __init__(self, name: str, detail: str = "", detail_en: str = "") -> None:
        suffix = f"（{detail}）" if detail else ""
        suffix_en = f" ({detail_en or detail})" if detail else ""
        super().__init__(
            f"“{name}”已损坏或不是有效的表格文件{suffix}。{_SAVE_AS_XLSX}",
            message_en=f"\"{name}\" is damaged or not a valid spreadsheet{suffix_en}. "
            f"{_SAVE_AS_XLSX_EN}",
        )


class SheetEmptyError(SheetError):
    """Nothing to import: no cells at all, or a header without data rows."""

    def __init__(self, name: str, *, header_only: bool = False) -> None:
        if header_only:
            zh = f"“{name}”只有表头，没有数据行。请确认选对了工作表，或在表头下面填入数据。"
            en = (f"\"{name}\" has a header row but no data rows. Check that the right sheet "
                  "is chosen, or fill in rows below the header.")
        else:
            zh = f"“{name}”是空的，没有可导入的内容。请确认选对了文件和工作表。"
            en = f"\"{name}\" is empty: there is nothing to import. Check the file and sheet."
        super().__init__(zh, message_en=en)


class SheetNotFoundError(SheetError):
    """The caller asked for a sheet the workbook does not have."""

    def __init__(self, name: str, sheet: str) -> None:
        super().__init__(f"“{name}”里没有名为“{sheet}”的工作表。",
                         message_en=f"\"{name}\" has no sheet named \"{sheet}\".")


class SheetTooLargeError(SheetError):
    """The used range is so large that reading it would exhaust the memory."""

    def __init__(self, name: str, last_cell: str | None = None, *,
                 size_mb: int | None = None) -> None:
        if size_mb is not None:
            super().__init__(
                f"“{name}”有 {size_mb} MB，太大了，无法一次导入。"
                "请把它拆分成几个较小的文件（例如每个 10 万行）后再分别导入。",
                message_en=f"\"{name}\" is {size_mb} MB: too large to import at once. Split "
                "it into smaller files (say 100,000 rows each) and import them one by one.",
            )
            return
        if last_cell is None:
            super().__init__(
                f"“{name}”太大，内存不足，无法导入。请把它拆分成几个较小的文件后再分别导入。",
                message_en=f"\"{name}\" is too large for the available memory. Split it into "
                "smaller files and import them one by one.",
            )
            return
        super().__init__(
            f"“{name}”的内容一直延伸到单元格 {last_cell}，范围太大，无法导入。"
            "通常是远处有多余的内容：请在 Excel 中按 Ctrl+End 找到它，"
            "删除多余的行和列后保存，再导入。",
            message_en=f"\"{name}\" has content as far as cell {last_cell}: the range is too "
            "large to import. Usually a stray value sits far away: press Ctrl+End in Excel to "
            "find it, delete the extra rows and columns, save, and import again.",
        )


class SheetMemoryLimitError(SheetTooLargeError):
    """The reader process ran out of the memory it may use (or a native reader aborted)."""

    def __init__(self, name: str, limit_mb: int) -> None:
        SheetError.__init__(
            self,
            f"读取“{name}”需要的内存超过了允许的 {limit_mb} MB，已停止读取；软件和正在进行的群发"
            "不受影响。文件可能太大、远处有多余的内容，或已损坏：请在 Excel 或 WPS 中打开它，"
            "按 Ctrl+End 找到并删除多余的行和列（太大的文件请拆分成几个），另存为 .xlsx 后再导入。",
            message_en=f"Reading \"{name}\" was stopped: it needed more than the {limit_mb} MB "
            "of memory the reader may use. "
            "The app and any running campaign are not affected. The file may be too large, "
            "hold a stray value far away, or be damaged: open it in Excel or WPS, press "
            "Ctrl+End to find and delete extra rows and columns (split a very large file), "
            "save it as .xlsx and import that.",
        )


class SheetTimeoutError(SheetTooLargeError):
    """Reading went on for longer than any real spreadsheet needs."""

    def __init__(self, name: str, seconds: int) -> None:
        SheetError.__init__(
            self,
            f"读取“{name}”超过了 {seconds} 秒，已停止；软件和正在进行的群发不受影响。"
            "请在 Excel 或 WPS 中打开它，另存为 .xlsx（太大的文件请拆分成几个）后再导入。",
            message_en=f"Reading \"{name}\" took more than {seconds} seconds and was stopped. "
            "The app and any running campaign are not affected. Open it in Excel or WPS and "
            "save it as .xlsx (split a very large file), then import that.",
        )


class SheetReaderCrashError(SheetCorruptError):
    """The native reader died on the file: damaged, or built to break readers."""

    def __init__(self, name: str) -> None:
        SheetError.__init__(
            self,
            f"读取“{name}”时表格读取程序意外中止，文件可能已损坏或不是正常的表格；"
            f"软件和正在进行的群发不受影响。{_SAVE_AS_XLSX}",
            message_en=f"The spreadsheet reader stopped on \"{name}\": the file may be "
            "damaged or not a normal spreadsheet. The app and any running campaign are not "
            f"affected. {_SAVE_AS_XLSX_EN}",
        )


class SheetEncodingError(SheetError):
    """A text file whose characters cannot be decoded."""

    def __init__(self, name: str, encoding: str | None = None) -> None:
        if encoding:
            zh = f"无法用 {encoding} 编码读取“{name}”。请换一种编码，或"
            en = f"\"{name}\" cannot be read as {encoding}. Choose another encoding, or"
        else:
            zh = f"无法识别“{name}”的文字编码（不是 UTF-8、GBK 或 UTF-16）。请"
            en = (f"The text encoding of \"{name}\" is not recognised (not UTF-8, GBK or "
                  "UTF-16).")
        super().__init__(
            f"{zh}在 Excel 或 WPS 中打开它，另存为 .xlsx 或“CSV UTF-8”后再导入。",
            message_en=f"{en} open it in Excel or WPS and save it as .xlsx or \"CSV UTF-8\", "
            "then import that file.",
        )


class SheetFileError(SheetError):
    """The operating system refused to open, read or write the file."""

    def __init__(self, name: str, error: OSError, *, writing: bool = False) -> None:
        if isinstance(error, FileNotFoundError) and not writing:
            zh = f"找不到文件“{name}”，它可能已被移动或删除。"
            en = f"The file \"{name}\" was not found; it may have been moved or deleted."
        elif isinstance(error, PermissionError):
            zh = (f"没有权限{'写入' if writing else '读取'}“{name}”。"
                  "如果它正在 Excel 或 WPS 中打开，请先关闭，或换一个文件夹。")
            en = (f"Permission denied {'writing' if writing else 'reading'} \"{name}\". If it "
                  "is open in Excel or WPS, close it first, or choose another folder.")
        else:
            reason = error.strerror or type(error).__name__
            zh = f"无法{'写入' if writing else '读取'}“{name}”：{reason}"
            en = f"Cannot {'write' if writing else 'read'} \"{name}\": {reason}"
        super().__init__(zh, message_en=en)


class ImportCancelled(SheetError):
    """The user stopped the import; nothing was read."""

    def __init__(self) -> None:
        super().__init__("已取消导入。", message_en="The import was cancelled.")
