"""The spreadsheet row of each message of a campaign, kept so its results show the sheet's own
row numbers after a restart, when the sheet is no longer open (or has moved).

A message knows its data row (``row_index``: the n-th row read); the sheet row of that data
row (``SheetData.source_row_numbers``, blank rows and the header skipped) is kept in the
store's settings beside the campaign's source, as runs of consecutive rows: a sheet of
100,000 rows without gaps is one pair.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from typing import overload

from juhe_desk.store import Store


def _key(campaign_id: int) -> str:
    return f"import.campaign.{campaign_id}.sheet_rows"


class SheetRows(Sequence[int]):
    """``rows[i]`` is the sheet row of data row ``i``, read from runs (first row, length)."""

    def __init__(self, runs: Sequence[tuple[int, int]]) -> None:
        self._runs = tuple(runs)
        starts, total = [], 0
        for _first, length in self._runs:
            starts.append(total)
            total += length
        self._starts = starts
        self._length = total

    @classmethod
    def of(cls, rows: Sequence[int]) -> SheetRows:
        runs: list[tuple[int, int]] = []
        for row in rows:
            if runs and runs[-1][0] + runs[-1][1] == row:
                runs[-1] = (runs[-1][0], runs[-1][1] + 1)
            else:
                runs.append((row, 1))
        return cls(runs)

    @property
    def runs(self) -> tuple[tuple[int, int], ...]:
        return self._runs

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...

    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        run = bisect.bisect_right(self._starts, index) - 1
        first, _length = self._runs[run]
        return first + index - self._starts[run]


def remember_sheet_rows(store: Store, campaign_id: int, rows: Sequence[int]) -> None:
    """Job: keep the sheet rows of the campaign's data rows."""
    store.set_setting(_key(campaign_id), json.dumps(SheetRows.of(rows).runs))


def sheet_rows_of(store: Store, campaign_id: int) -> SheetRows | None:
    """The sheet rows kept for ``campaign_id``; None for a campaign not made from a sheet (or
    made before they were kept)."""
    text = store.get_setting(_key(campaign_id))
    if not text:
        return None
    try:
        runs = [(int(first), int(length)) for first, length in json.loads(text)]
    except (ValueError, TypeError):
        return None
    return SheetRows(runs)
