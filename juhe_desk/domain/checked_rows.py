"""A checked campaign: every row's number, text, parts and verdict, and the counts.

What ``sheet_check.check_rows`` makes of a sheet, what the bulk-import preview shows and
what a campaign is built from. A row is sent only with the verdict OK (or LINE_BREAK: valid,
but its text goes by ``send``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter
from typing import Any, NamedTuple, overload

from juhe_desk.domain import Explained
from juhe_desk.domain.carriers import Carrier, count_by_carrier
from juhe_desk.domain.collector import looked_at


class Verdict(Explained):
    OK = ("可发送", "OK")
    LINE_BREAK = ("含换行，将单独发送", "Has a line break: sent separately")
    INVALID = ("号码无效", "Invalid number")
    DUPLICATE = ("重复", "Duplicate")
    OPTED_OUT = ("已退订", "Opted out")
    EMPTY_TEXT = ("短信内容为空", "Empty text")
    # A field used without a default is blank in this row; the reason names the fields.
    EMPTY_FIELD = ("字段为空", "Empty field")

    @property
    def sendable(self) -> bool:
        return self in (Verdict.OK, Verdict.LINE_BREAK)


@dataclass(frozen=True, slots=True)
class RowCheckOptions:
    phone_column: int
    template: str  # one text for all, or a text with {列名} fields
    signature: str = ""
    optout_suffix: str = ""
    keep_first_only: bool = False  # same number, different text: keep only the first row
    include_opted_out: bool = False


class CheckedRow(NamedTuple):
    """One recipient of one sheet row (a cell with several numbers gives several)."""

    # A named tuple, not a frozen dataclass: one is made per row, several times faster, and
    # a chunk's rows are made in one go in C (_SheetCheck.add_rows).
    row: int  # index into the sheet's data rows
    mobile: str | None
    phone_text: str
    text: str
    length: int
    parts: int
    verdict: Verdict
    reason: str = ""  # plain words (zh) for an invalid number or empty fields
    reason_en: str = ""
    extra_parts: int = 0  # parts beyond what most rows need: the highlighted extra cost

    def reason_text(self, lang: str = "zh_CN") -> str:
        if lang.startswith("en"):
            return self.reason_en or self.verdict.en
        return self.reason or self.verdict.zh


_FIELDS = len(CheckedRow._fields)
_VERDICT = CheckedRow._fields.index("verdict")
_VERDICTS = tuple(Verdict)  # a verdict is kept as its position here: a small int
_CODES = {verdict: code for code, verdict in enumerate(_VERDICTS)}
_SENDABLE_CODES = frozenset(_CODES[v] for v in _VERDICTS if v.sendable)
# Rows per call into C in a pass over a column: a call over all 100,000 holds the GIL 2-4 ms
# (a job does it while the window paints, and each cell it paints waits for the GIL).
_STEP = 16_384


class CheckedRowTable(Sequence[CheckedRow]):
    """The checked rows of a sheet, kept as one tuple per field of ``CheckedRow``.

    A sheet has 100,000 rows and more, and the app keeps its checked rows while the user looks
    at them. As 100,000 tuples they were 100,000 objects the garbage collector tracks and
    walks in every full pass (50 ms and more holding the GIL here: a stall of the window,
    every few seconds while a campaign sends). As columns of strings and small ints (the
    verdict as its position in ``Verdict``), each column a tuple, the collector stops
    tracking them the first time it meets them, and never walks them again. A row is made
    when it is asked for (``table[i]``, iterating) and usually freed at once; the columns
    (``verdicts``, ``texts`` …) are there for passes over every row without making any.

    A table is made by ``append``/``extend``/``extend_ok`` (lists then) and ``freeze``,
    which turns the columns into tuples; every other way of making one gives it frozen.
    """

    __slots__ = ("_columns", "_lists")

    def __init__(self, rows: Iterable[CheckedRow] = ()) -> None:
        lists: tuple[list[Any], ...] = tuple([] for _ in range(_FIELDS))
        self._lists: tuple[list[Any], ...] | None = lists  # while it is being made
        self._columns: tuple[Sequence[Any], ...] = lists
        self.extend(rows)

    @classmethod
    def of_columns(cls, columns: Iterable[Iterable[Any]]) -> CheckedRowTable:
        """A frozen table of these columns (one per field, verdicts as codes, all as long)."""
        table = cls()
        table._columns = tuple(looked_at(tuple(column)) for column in columns)
        table._lists = None
        return table

    # --- making it --------------------------------------------------------------------------
    def append(self, row: CheckedRow) -> None:
        for column, value in zip(self._building(), row, strict=True):
            column.append(value)
        self._building()[_VERDICT][-1] = _CODES[row.verdict]

    def extend(self, rows: Iterable[CheckedRow]) -> None:
        if isinstance(rows, CheckedRowTable):
            for column, more in zip(self._building(), rows._columns, strict=True):
                column.extend(more)
            return
        for row in rows:
            self.append(row)

    def extend_ok(self, start: int, mobiles: Sequence[str], texts: Sequence[str],
                  lengths: Sequence[int], parts: Sequence[int]) -> None:
        """Rows ``start``, ``start + 1``, … with the verdict OK, their number as written."""
        count = len(mobiles)
        row, mobile, phone_text, text, length, part, verdict, reason, reason_en, extra = (
            self._building())
        row.extend(range(start, start + count))
        mobile.extend(mobiles)
        phone_text.extend(mobiles)
        text.extend(texts)
        length.extend(lengths)
        part.extend(parts)
        verdict.extend(repeat(_CODES[Verdict.OK], count))
        reason.extend(repeat("", count))
        reason_en.extend(repeat("", count))
        extra.extend(repeat(0, count))

    def set_extra_parts(self, usual: int) -> None:
        """Each sendable row needing more parts than ``usual``: how many more."""
        self._building()[-1][:] = [
            parts - usual if parts > usual and code in _SENDABLE_CODES else 0
            for parts, code in zip(self.parts, self._columns[_VERDICT], strict=True)]

    def freeze(self) -> CheckedRowTable:
        """The table is made: its columns become tuples, which the collector lets go of."""
        if self._lists is not None:
            # A column per step (about 1 ms each for 100,000 rows): all ten in one call into
            # C held the GIL some 9 ms, the window waiting (the check's job does this).
            columns = []
            for column in self._lists:
                columns.append(looked_at(tuple(column)))  # the collector's pass: one each
            self._columns = tuple(columns)
            self._lists = None
        return self

    def _building(self) -> tuple[list[Any], ...]:
        if self._lists is None:
            raise TypeError("a frozen CheckedRowTable does not change")
        return self._lists

    # --- reading it ---------------------------------------------------------------------------
    @property
    def indexes(self) -> Sequence[int]:
        """Each row's index into the sheet's data rows."""
        return self._columns[0]

    @property
    def mobiles(self) -> Sequence[str | None]:
        return self._columns[1]

    @property
    def phone_texts(self) -> Sequence[str]:
        return self._columns[2]

    @property
    def texts(self) -> Sequence[str]:
        return self._columns[3]

    @property
    def lengths(self) -> Sequence[int]:
        return self._columns[4]

    @property
    def parts(self) -> Sequence[int]:
        return self._columns[5]

    @property
    def verdicts(self) -> Sequence[Verdict]:
        """Each row's verdict (a list made for the asking: a pass over every row)."""
        return list(map(_VERDICTS.__getitem__, self._columns[_VERDICT]))

    @property
    def verdict_positions(self) -> Sequence[int]:
        """Each row's verdict as its position in ``Verdict`` (the column as kept: no pass)."""
        return self._columns[_VERDICT]

    @property
    def extra_parts(self) -> Sequence[int]:
        return self._columns[-1]

    def sendable_flags(self) -> list[bool]:
        """For each row, whether it will be sent."""
        codes = self._columns[_VERDICT]
        flags: list[bool] = []
        for start in range(0, len(codes), _STEP):  # one call into C per step: see _STEP
            flags.extend(map(_SENDABLE_CODES.__contains__, codes[start:start + _STEP]))
        return flags

    def sendable(self) -> CheckedRowTable:
        """The rows that will be sent, in order (the table itself when all will be)."""
        keep = self.sendable_flags()
        if all(keep) and self._lists is None:
            return self
        columns: list[list[Any]] = []
        for column in self._columns:
            kept: list[Any] = []
            for start in range(0, len(keep), _STEP):
                kept.extend(compress(column[start:start + _STEP], keep[start:start + _STEP]))
            columns.append(kept)
        return CheckedRowTable.of_columns(columns)

    def __len__(self) -> int:
        return len(self._columns[0])

    @overload
    def __getitem__(self, index: int) -> CheckedRow: ...

    @overload
    def __getitem__(self, index: slice) -> CheckedRowTable: ...

    def __getitem__(self, index: int | slice) -> CheckedRow | CheckedRowTable:
        if isinstance(index, slice):
            return CheckedRowTable.of_columns(column[index] for column in self._columns)
        return _row(*map(itemgetter(index), self._columns))

    def __iter__(self) -> Iterator[CheckedRow]:
        return map(_row, *self._columns)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CheckedRowTable):
            return list(map(tuple, self._columns)) == list(map(tuple, other._columns))
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(
                mine == theirs for mine, theirs in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal tables may be one being made

    def __repr__(self) -> str:
        return f"CheckedRowTable({list(self)!r})"


def _row(index: int, mobile: str | None, phone_text: str, text: str, length: int, parts: int,
         verdict: int, reason: str, reason_en: str, extra_parts: int) -> CheckedRow:
    return tuple.__new__(CheckedRow, (index, mobile, phone_text, text, length, parts,
                                      _VERDICTS[verdict], reason, reason_en, extra_parts))


@dataclass(frozen=True, slots=True)
class CheckedRows:
    rows: CheckedRowTable
    counts: dict[Verdict, int] = field(default_factory=dict)
    total_parts: int = 0
    usual_parts: int = 1
    personalised: bool = False
    # Numbers on the opt-out list that the checked rows send to, because the user included them.
    opted_out_included: frozenset[str] = frozenset()
    # Each field used without a default -> the rows (EMPTY_FIELD) where it is blank, in the
    # order of the template: what with_default() can fill.
    empty_fields: dict[str, int] = field(default_factory=dict)
    _carriers: list[dict[Carrier, int]] = field(default_factory=list, compare=False,
                                                repr=False)  # carrier_counts(), once worked out
    _several: list[dict[str, list[int]]] = field(default_factory=list, compare=False,
                                                 repr=False)  # numbers_with_several_texts()

    @property
    def sendable(self) -> CheckedRowTable:
        return self.rows.sendable()

    @property
    def valid(self) -> int:
        return self.counts.get(Verdict.OK, 0) + self.counts.get(Verdict.LINE_BREAK, 0)

    @property
    def invalid(self) -> int:
        return self.counts.get(Verdict.INVALID, 0)

    @property
    def duplicates(self) -> int:
        return self.counts.get(Verdict.DUPLICATE, 0)

    @property
    def empty_field_rows(self) -> int:
        return self.counts.get(Verdict.EMPTY_FIELD, 0)

    def messages(self) -> list[tuple[str, str]]:
        sendable = self.sendable
        return [(mobile, text) for mobile, text in zip(sendable.mobiles, sendable.texts,
                                                       strict=True) if mobile]

    def number_count(self) -> int:
        """How many numbers get a text: fewer than the messages when a number gets several
        ("8 条短信，发给 7 个号码")."""
        return self.valid - sum(
            len(rows) - 1 for rows in self.numbers_with_several_texts().values())

    def numbers_with_several_texts(self) -> dict[str, list[int]]:
        """Each number that gets more than one text (different texts on several rows), with
        those rows (indexes into the sheet's data rows): why it gets two. Worked out on the
        first call (a pass over the rows: call it in the planning job)."""
        if not self._several:
            table = self.rows
            sent = [(mobile, index) for index, mobile, sendable
                    in zip(table.indexes, table.mobiles, table.sendable_flags(), strict=True)
                    if mobile and sendable]
            times = Counter(mobile for mobile, _index in sent)
            several: dict[str, list[int]] = {}
            if len(times) < len(sent):  # a list per number only for those sent more than once
                for mobile, index in sent:
                    if times[mobile] > 1:
                        several.setdefault(mobile, []).append(index)
            self._several.append(several)
        return self._several[0]

    def carrier_counts(self) -> dict[Carrier, int]:
        """The numbers that will get a text, each once, by carrier, biggest first. Worked out
        on the first call (some 30 ms for 100,000 rows: call it in the planning job)."""
        if not self._carriers:
            table = self.rows
            numbers = {mobile for mobile, sendable in zip(table.mobiles,
                                                          table.sendable_flags(), strict=True)
                       if mobile and sendable}
            self._carriers.append(count_by_carrier(numbers))
        return self._carriers[0]
