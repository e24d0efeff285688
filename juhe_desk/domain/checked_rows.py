"""A checked campaign: every row's number, text, parts and verdict, and the counts.

What ``sheet_check.check_rows`` makes of a sheet, what the bulk-import preview shows and
what a campaign is built from. A row is sent only with the verdict OK (or LINE_BREAK: valid,
but its text goes by ``send``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from juhe_desk.domain import Explained
from juhe_desk.domain.carriers import Carrier, count_by_carrier


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


@dataclass(frozen=True, slots=True)
class CheckedRows:
    rows: tuple[CheckedRow, ...]
    counts: dict[Verdict, int] = field(default_factory=dict)
    total_parts: int = 0
    usual_parts: int = 1
    personalised: bool = False
    # Numbers on the opt-out list that the plan sends to, because the user included them.
    opted_out_included: frozenset[str] = frozenset()
    # Each field used without a default -> the rows (EMPTY_FIELD) where it is blank, in the
    # order of the template: what with_default() can fill.
    empty_fields: dict[str, int] = field(default_factory=dict)
    _carriers: list[dict[Carrier, int]] = field(default_factory=list, compare=False,
                                                repr=False)  # carrier_counts(), once worked out
    _several: list[dict[str, list[int]]] = field(default_factory=list, compare=False,
                                                 repr=False)  # numbers_with_several_texts()

    @property
    def sendable(self) -> list[CheckedRow]:
        return [r for r in self.rows if r.verdict.sendable]

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
        return [(r.mobile, r.text) for r in self.sendable if r.mobile]

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
            rows: dict[str, list[int]] = {}
            for row in self.rows:
                if row.verdict.sendable and row.mobile:
                    rows.setdefault(row.mobile, []).append(row.row)
            self._several.append({mobile: indexes for mobile, indexes in rows.items()
                                  if len(indexes) > 1})
        return self._several[0]

    def carrier_counts(self) -> dict[Carrier, int]:
        """The numbers that will get a text, each once, by carrier, biggest first. Worked out
        on the first call (some 30 ms for 100,000 rows: call it in the planning job)."""
        if not self._carriers:
            numbers = {r.mobile for r in self.rows if r.verdict.sendable and r.mobile}
            self._carriers.append(count_by_carrier(numbers))
        return self._carriers[0]
