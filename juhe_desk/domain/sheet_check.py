"""From a read sheet to a checked campaign: every row's number, text, parts and verdict,
checked column by column for sheets of 100,000 rows and more.

The result's types (CheckedRows, CheckedRow, Verdict, RowCheckOptions) live in ``checked_rows``
and are imported from here as well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Sequence
from itertools import islice, repeat
from operator import itemgetter
from typing import NamedTuple, cast

from juhe_desk.domain.checked_rows import (
    CheckedRow,
    CheckedRows,
    CheckedRowTable,
    RowCheckOptions,
    Verdict,
)
from juhe_desk.domain.collector import collector_paused
from juhe_desk.domain.numbers import normalize_mobile, plain_mobiles, split_cell_numbers
from juhe_desk.domain.templates import (
    CompiledTemplate,
    TemplateProblem,
    compile_template,
    missing_columns,
)
from juhe_desk.domain.textlen import compose_pieces, text_composer

__all__ = [
    "CheckedRow",
    "CheckedRowTable",
    "CheckedRows",
    "RowCheckOptions",
    "TemplateError",
    "Verdict",
    "check_row_template",
    "check_rows",
    "empty_field_reason",
]


class TemplateError(ValueError):
    """The template names columns the sheet does not have, or is malformed: ``problems``
    holds every problem (each missing column with its likely headers), the message all."""

    def __init__(self, message: str, message_en: str,
                 problems: tuple[TemplateProblem, ...] = ()) -> None:
        super().__init__(message)
        self.message_en = message_en
        self.problems = problems

    def text(self, lang: str = "zh_CN") -> str:
        return self.message_en if lang.startswith("en") else str(self)

    def __reduce__(self) -> tuple[type[TemplateError],
                                  tuple[str, str, tuple[TemplateProblem, ...]]]:
        # Whole across processes: the row check runs in the reader process.
        return TemplateError, (str(self), self.message_en, self.problems)


def check_row_template(template: str, columns: Sequence[str]) -> CompiledTemplate:
    """The compiled template, or a TemplateError listing every problem: the template's own
    (braces), else every field the sheet lacks."""
    compiled = compile_template(template)
    problems = compiled.problems
    if not problems and any(name not in columns for name in compiled.fields):
        problems = tuple(missing_columns(template, columns))
    if problems:
        raise TemplateError("\n".join(p.text("zh_CN") for p in problems),
                            "\n".join(p.text("en") for p in problems), problems)
    return compiled


def check_rows(columns: Sequence[str], rows: Sequence[Sequence[object]],
                  options: RowCheckOptions, opted_out: Container[str] = frozenset(),
                  progress: Callable[[float], None] | None = None) -> CheckedRows:
    """Check every row. Raises TemplateError before looking at rows if the template is wrong."""
    compiled = check_row_template(options.template, columns)
    total = len(rows)
    step = max(1, total // 50)
    rows_left = iter(rows)
    with collector_paused():
        phone_cells = _phone_cells(rows, options)
        sheet_check = _SheetCheck(compiled, columns, options, opted_out, phone_cells)
        for start in range(0, total, step):
            if progress is not None:
                progress(start / total)
            sheet_check.add_rows(start, list(islice(rows_left, step)))
    return sheet_check.checked_rows()


class _SheetCheck:
    """The checked rows, built a chunk of rows at a time.

    Sheets have 100,000 rows and more, so each chunk is checked column by column, each step
    one pass in C: numbers, texts, lengths, parts. A chunk whose rows all come out OK (numbers
    as written, none met before, texts without line breaks) is added as it is. In any other
    chunk, each row gets its verdict in turn (``_verdict``), and the irregular rows (a number
    to repair or none, an empty field or text) are checked from their cells (``_add_row``).
    Both ways give the same checked rows; a chunk added as it is shares no number with any other row
    met, so the order in which its numbers are counted as met does not matter.
    """

    def __init__(self, compiled: CompiledTemplate, columns: Sequence[str],
                 options: RowCheckOptions, opted_out: Container[str],
                 phone_cells: list[object]) -> None:
        self.compiled, self.columns, self.options = compiled, columns, options
        self.opted_out = opted_out if not options.include_opted_out else frozenset()
        self.listed = opted_out
        self.compose = text_composer(options.signature, options.optout_suffix)
        self.fixed = self.compose(options.template)  # the text when there are no fields
        self.indexes = compiled.column_indexes(columns) if compiled.fields else {}
        self.width = max(options.phone_column + 1, len(columns) if compiled.fields else 0)
        self.checked = CheckedRowTable()
        self.first_texts: dict[str, str] = {}  # each number met, with its first text
        self.more_pairs: set[tuple[str, str]] = set()  # a number met again with another text
        self.counts: Counter[Verdict] = Counter()
        self.empty_fields: Counter[str] = Counter()  # field -> EMPTY_FIELD rows it is blank in
        self.sendable_parts: Counter[int] = Counter()  # parts -> rows that will be sent
        self.mobiles = plain_mobiles(phone_cells)  # None: a cell to look at more closely
        # Usually no number comes twice: then there is no need to remember the numbers met.
        self.unrepeated = None not in self.mobiles and len(set(self.mobiles)) == len(
            self.mobiles)

    def add_rows(self, start: int, chunk: list[Sequence[object]]) -> None:
        if not chunk:
            return
        if min(map(len, chunk)) < self.width:  # ragged: fields are missing
            self._add_one_by_one(start, chunk, range(len(chunk)), {})
            return
        mobiles = self.mobiles[start:start + len(chunk)]
        try:
            texts, lengths, parts, empty = self._texts(chunk)
        except Exception:  # noqa: BLE001 - a cell that cannot be shown: as row by row
            self._add_one_by_one(start, chunk, range(len(chunk)), {})
            return
        numbers: dict[int, list[_Number]] = {}
        irregular = self._irregular(chunk, mobiles, texts, empty, numbers)
        if irregular or self._needs_verdicts(cast("list[str]", mobiles), texts):
            ordinary = _Columns(mobiles, texts, lengths, parts)
            self._add_one_by_one(start, chunk, irregular, numbers, ordinary)
            return
        self.checked.extend_ok(start, cast("list[str]", mobiles), texts, lengths, parts)
        if not self.unrepeated:
            self.first_texts.update(zip(mobiles, texts, strict=True))  # type: ignore[arg-type]
        self.counts[Verdict.OK] += len(chunk)
        self.sendable_parts.update(parts)

    def checked_rows(self) -> CheckedRows:
        sendable = self.sendable_parts
        usual = sendable.most_common(1)[0][0] if sendable else 1
        total_parts = sum(parts * count for parts, count in sendable.items())
        rows = self.checked
        if any(parts > usual for parts in sendable):
            rows.set_extra_parts(usual)
        rows.freeze()
        included: frozenset[str] = frozenset()
        if self.options.include_opted_out:
            included = frozenset(
                mobile for mobile, sendable in zip(rows.mobiles, rows.sendable_flags(),
                                                   strict=True)
                if mobile and sendable and mobile in self.listed)
        empty_fields = {name: self.empty_fields[name] for name in self.compiled.required
                        if self.empty_fields[name]}
        return CheckedRows(rows, dict(self.counts), total_parts, usual,
                            bool(self.compiled.fields), included, empty_fields=empty_fields)

    def _texts(self, chunk: list[Sequence[object]]
               ) -> tuple[list[str], list[int], list[int], set[int]]:
        """Each row's text, length and parts, and the rows with an empty field."""
        count = len(chunk)
        if not self.indexes:
            text, length, parts = self.fixed
            return [text] * count, [length] * count, [parts] * count, set()
        values = {name: list(map(itemgetter(index), chunk))
                  for name, index in self.indexes.items()}
        formatted = self.compiled.formatted_columns(values)
        empty: set[int] = set()
        for name in self.compiled.required:
            column = formatted[name]
            if not all(column):  # blank: reads as nothing
                empty.update(i for i, value in enumerate(column) if not value)
        pieces = self.compiled.formatted_pieces(formatted)
        options = self.options
        return (*compose_pieces(pieces, count, options.signature, options.optout_suffix), empty)

    def _irregular(self, chunk: list[Sequence[object]], mobiles: list[str | None],
                   texts: list[str], empty: set[int], numbers: dict[int, list[_Number]]
                   ) -> set[int]:
        """The rows to check one by one from their cells: a number to repair or none, an
        empty field, no text. Their cells' numbers go into ``numbers``."""
        irregular = set(empty)
        if None in mobiles:
            phone = self.options.phone_column
            for offset, mobile in enumerate(mobiles):
                if mobile is None:
                    irregular.add(offset)
                    numbers[offset] = _numbers_of(chunk[offset][phone])
        if "" in texts:
            irregular.update(i for i, text in enumerate(texts) if not text)
        return irregular

    def _needs_verdicts(self, mobiles: list[str], texts: list[str]) -> bool:
        """Whether a row of a chunk of ordinary rows is other than OK: its number was met
        before, or is opted out, or its text has a line break."""
        if not self.unrepeated and (len(set(mobiles)) < len(mobiles)
                                    or not self.first_texts.keys().isdisjoint(mobiles)):
            return True
        if any(map(self.opted_out.__contains__, mobiles)):
            return True
        together = "".join(texts)
        return "\n" in together or "\r" in together

    def _add_one_by_one(self, start: int, chunk: list[Sequence[object]],
                        irregular: Container[int], numbers: dict[int, list[_Number]],
                        ordinary: _Columns | None = None) -> None:
        """Each row in the order of the sheet: the irregular ones (all of them without
        ``ordinary``) from their cells, the others from their columns."""
        for offset, row in enumerate(chunk):
            if ordinary is None or offset in irregular:
                self._add_row(start + offset, row, numbers.get(offset))
                continue
            mobile, text = ordinary.mobiles[offset], ordinary.texts[offset]
            assert mobile is not None  # not irregular
            self._add(CheckedRow(start + offset, mobile, mobile, text, ordinary.lengths[offset],
                              ordinary.parts[offset], self._verdict(mobile, text)))

    def _add_row(self, index: int, row: Sequence[object],
                 numbers: list[_Number] | None = None) -> None:
        """Any row: numbers to repair, several numbers in a cell or none, an empty text."""
        if numbers is None:
            phone = self.options.phone_column
            numbers = _numbers_of(row[phone] if phone < len(row) else "")
        texts = None
        for mobile, phone_text, (reason_zh, reason_en) in numbers:
            if mobile is None:
                self._add(CheckedRow(index, None, phone_text, "", 0, 0, Verdict.INVALID,
                                  reason_zh, reason_en))
                continue
            if texts is None:
                texts = self._row_texts(row)
            text, length, parts, blank = texts
            if blank:
                verdict = Verdict.EMPTY_FIELD
                reason_zh, reason_en = empty_field_reason(blank)
                self.empty_fields.update(blank)
            elif not text.strip():
                verdict = Verdict.EMPTY_TEXT
            else:
                verdict = self._verdict(mobile, text)
            self._add(CheckedRow(index, mobile, phone_text, text, length, parts, verdict,
                              reason_zh, reason_en))

    def _verdict(self, mobile: str, text: str) -> Verdict:
        """The verdict of a number with a text, which is then counted as met."""
        if not self._first_time(mobile, text):
            return Verdict.DUPLICATE
        if mobile in self.opted_out:
            return Verdict.OPTED_OUT
        if "\r" in text or "\n" in text:
            return Verdict.LINE_BREAK
        return Verdict.OK

    def _add(self, row: CheckedRow) -> None:
        self.checked.append(row)
        self.counts[row.verdict] += 1
        if row.verdict.sendable:
            self.sendable_parts[row.parts] += 1

    def _row_texts(self, row: Sequence[object]) -> tuple[str, int, int, list[str]]:
        """(text, length, parts, the fields without a default left blank) of any row."""
        if not self.indexes:
            return (*self.fixed, [])
        if len(row) < len(self.columns):  # ragged: the cells it lacks are blank
            row = [*row, *repeat(None, len(self.columns) - len(row))]
        values = dict(zip(self.columns, row, strict=False))
        return (*self.compose(self.compiled.merge(values)), self.compiled.blank_fields(values))

    def _first_time(self, mobile: str, text: str) -> bool:
        """True, and remembered, when the pair is new (with keep_first_only: the number)."""
        first_texts = self.first_texts
        known = len(first_texts)
        first = first_texts.setdefault(mobile, text)
        if len(first_texts) > known:
            return True
        if self.options.keep_first_only or first == text:
            return False
        known = len(self.more_pairs)
        self.more_pairs.add((mobile, text))
        return len(self.more_pairs) > known


def empty_field_reason(fields: Sequence[str]) -> tuple[str, str]:
    """The reason of an EMPTY_FIELD row: the fields, "姓名、地址" / "姓名, 地址", shown after
    the verdict as every reason is: 字段为空: 姓名、地址."""
    return "、".join(fields), ", ".join(fields)

_Number = tuple[str | None, str, tuple[str, str]]  # mobile, the cell's text, why not (zh, en)


class _Columns(NamedTuple):
    mobiles: list[str | None]
    texts: list[str]
    lengths: list[int]
    parts: list[int]


def _phone_cells(rows: Sequence[Sequence[object]], options: RowCheckOptions) -> list[object]:
    phone = options.phone_column
    try:
        return list(map(itemgetter(phone), rows))
    except IndexError:  # ragged rows
        return [row[phone] if phone < len(row) else "" for row in rows]


def _numbers_of(cell: object) -> list[_Number]:
    check = normalize_mobile(cell)
    if check.mobile:
        return [(check.mobile, check.original, ("", ""))]
    several = split_cell_numbers(cell)
    if len(several) > 1:
        return [(m, check.original, ("", "")) for m in several]
    return [(None, check.original, (check.reason_text("zh_CN"), check.reason_text("en")))]

