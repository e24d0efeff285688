"""Writing a campaign's results back into the user's spreadsheet (plain Python, for jobs).

A campaign remembers the sheet it came from (file, sheet, CSV encoding and separator, in the
store's settings), so its results can be exported after a restart too: the sheet is read
again and each message goes beside its row (``row_index`` -> ``source_row_numbers``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from juhe_desk.domain.sheet_check import CheckedRows
from juhe_desk.domain.sheets import SheetData, read_sheet
from juhe_desk.domain.workbook_export import export_invalid_rows, export_results
from juhe_desk.services.campaigns import campaign_messages
from juhe_desk.services.outcomes import OutcomeWords, left_out_rows, row_results
from juhe_desk.services.sheet_rows import sheet_rows_of
from juhe_desk.store import Store

Progress = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a campaign's rows came from."""

    path: Path
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None

    @classmethod
    def of(cls, data: SheetData) -> SourceRef:
        return cls(data.path, data.sheet_name, data.encoding, data.delimiter)

    def matches(self, data: SheetData | None) -> bool:
        return data is not None and data.path == self.path and data.sheet_name == self.sheet

    def read(self, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> SheetData:
        return read_sheet(self.path, sheet=self.sheet, encoding=self.encoding,
                          delimiter=self.delimiter, progress=progress, cancelled=cancelled)


def _key(campaign_id: int) -> str:
    return f"import.campaign.{campaign_id}.source"


def remember_source(store: Store, campaign_id: int, source: SourceRef) -> None:
    # ASCII escapes keep a name the OS gave as bytes (not UTF-8) exactly, and SQLite takes it.
    store.set_setting(_key(campaign_id), json.dumps({
        "path": str(source.path), "sheet": source.sheet, "encoding": source.encoding,
        "delimiter": source.delimiter}))


def source_of(store: Store, campaign_id: int) -> SourceRef | None:
    text = store.get_setting(_key(campaign_id))
    if not text:
        return None
    try:
        value = json.loads(text)
        return SourceRef(Path(value["path"]), value.get("sheet"), value.get("encoding"),
                         value.get("delimiter"))
    except (ValueError, KeyError, TypeError):
        return None


def export_campaign(store: Store, campaign_id: int, source: SheetData | SourceRef, out: Path,
                    words: OutcomeWords, *, checked: CheckedRows | None = None,
                    only_failed: bool = False, progress: Progress | None = None) -> Path:
    """Worker thread: the user's sheet with 发送结果, 状态报告, 原因, 消息ID, 时间 appended."""
    data = source if isinstance(source, SheetData) else source.read()
    _report(progress, 0.2)
    results = row_results(campaign_messages(store, campaign_id), data.source_row_numbers,
                          words, checked=checked)
    _report(progress, 0.4)
    return export_results(data, results, out, only_failed=only_failed,
                          progress=lambda f: _report(progress, 0.4 + 0.6 * f))


def export_left_out(data: SheetData, checked: CheckedRows, out: Path, language: str,
                    progress: Progress | None = None) -> Path:
    """Worker thread: the rows that will not be sent, each with its reason."""
    rows = left_out_rows(checked, data.source_row_numbers, language)
    return export_invalid_rows(data, rows, out, progress=progress)


def _report(progress: Progress | None, fraction: float) -> None:
    if progress is not None:
        progress(fraction)


def campaign_source_rows(store: Store, campaign_id: int,
                         open_sheet: SheetData | None) -> Sequence[int]:
    """The sheet rows of a campaign's messages (a job): those of ``open_sheet`` when it is
    the campaign's sheet, else those kept when the campaign was made."""
    source = source_of(store, campaign_id)
    if source is not None and source.matches(open_sheet) and open_sheet is not None:
        return open_sheet.source_row_numbers
    return sheet_rows_of(store, campaign_id) or []
