"""What reading a spreadsheet gives: the header, the data rows as read, and where they came from."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# A cell as read: str, float, int, bool, datetime.date/datetime/time/timedelta; "" when empty.
Cell = object
Row = tuple[Cell, ...]
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class SheetData:
    """One sheet, read.

    ``rows`` hold the cells as read (a number stored as a number is a float, an empty cell is
    ``""``), one tuple per non-blank data row, each as long as ``columns``. The app holds them
    (and the row numbers) in tuples: a tuple of strings, numbers and tuples of them is one the
    garbage collector stops tracking, where a list of 100,000 rows is walked in each of its
    full passes.
    ``source_row_numbers[i]`` is the 1-based row of ``rows[i]`` in the sheet (the CSV record
    number for text files), so results can be written back beside the right row.
    ``header_row_index`` is the 0-based row of the header in the sheet, ``None`` when the sheet
    has no header row (columns are then named 列1, 列2, ...). ``first_column`` is the 0-based
    sheet column of ``columns[0]`` (leading empty columns are not read).
    """

    path: Path
    kind: str  # "xlsx", "xlsm", "xls", "ods" or "csv"
    sheet_name: str
    sheet_names: list[str]
    header_row_index: int | None
    columns: list[str]
    rows: Sequence[Row]
    source_row_numbers: Sequence[int]
    first_column: int = 0
    header_values: Row = ()
    # Non-blank rows above the header (a title such as "2026年11月客户名单"), with their row number.
    title_rows: list[tuple[int, Row]] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    # What the reader process (``read_sheet``) adds: the name under which it keeps these rows
    # for the checks that follow (``check_rows_apart``: they are not sent back to it), and
    # the digest of the header and cells (``fingerprint.rows_digest``), worked out there, so
    # that no thread of the app spends the GIL on either.
    rows_key: str | None = field(default=None, compare=False)
    digest: str | None = field(default=None, compare=False)

    def __len__(self) -> int:
        return len(self.rows)

    def column_index(self, name: str) -> int:
        """The index of a column, by exact name or by name with spaces trimmed."""
        try:
            return self.columns.index(name)
        except ValueError:
            stripped = [c.strip() for c in self.columns]
            return stripped.index(name.strip())  # ValueError when there is none

    def records(self) -> Iterator[dict[str, Cell]]:
        """Each data row as a ``{column: value}`` dict, e.g. for merging a template."""
        columns = self.columns
        for row in self.rows:
            yield dict(zip(columns, row, strict=True))
