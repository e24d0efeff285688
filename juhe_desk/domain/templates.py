"""Mail merge: a text with ``{列名}`` fields, filled in from one spreadsheet row at a time.

A field is any text between braces except braces themselves, spaces included; the spaces
around it do not count (``{ 姓名 }`` is ``{姓名}``), and neither do the spaces around a column
header. ``{{`` and ``}}`` stand for literal braces. A lone brace is kept as written, and
``check_template`` reports it, so a send can be stopped before it goes out wrong.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from juhe_desk.domain import Explained


class ProblemKind(Explained):
    """What is wrong with a template."""

    EMPTY_TEMPLATE = ("短信模板是空的", "The template is empty")
    UNKNOWN_FIELD = ("表格里没有这一列", "The spreadsheet has no such column")
    UNBALANCED_BRACE = ("花括号不成对（要写花括号本身请用 {{ 或 }}）",
                        "A brace has no partner (write {{ or }} for a brace itself)")
    EMPTY_FIELD = ("{} 里没有写列名", "No column name between { and }")
    FULLWIDTH_BRACES = ("用了全角花括号｛｝：字段要用半角 {}",
                        "Full-width braces ｛｝ are not fields: use half-width {}")


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One problem, with where it is (character index) and, for a field, a likely fix."""

    kind: ProblemKind
    position: int | None = None
    field: str | None = None
    suggestion: str | None = None

    def text(self, lang: str = "zh_CN") -> str:
        message = self.kind.text(lang)
        if self.field is not None:
            message = f"{{{self.field}}}: {message}"
        if self.suggestion is not None:
            if lang.startswith("en"):
                message += f"; did you mean {{{self.suggestion}}}?"
            else:
                message += f"，是不是 {{{self.suggestion}}}？"
        return message


class MissingColumnError(LookupError):
    """A row lacks a column the template needs (``check_template`` tells before sending)."""

    def __init__(self, field: str) -> None:
        super().__init__(f"no column {field!r}")
        self.field = field

    def text(self, lang: str = "zh_CN") -> str:
        if lang.startswith("en"):
            return f"The spreadsheet has no column {{{self.field}}}"
        return f"表格里没有 {{{self.field}}} 这一列"


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    position: int


class CompiledTemplate:
    """A template parsed once, to merge many rows quickly."""

    __slots__ = ("_key_for", "_pieces", "fields", "problems", "template")

    def __init__(self, template: str) -> None:
        self.template = template
        pieces, problems = _parse(template)
        self._pieces = tuple(pieces)
        self.problems = tuple(problems)
        names = [p.name for p in pieces if isinstance(p, _Field)]
        self.fields: tuple[str, ...] = tuple(dict.fromkeys(names))
        self._key_for: dict[str, str] = {}  # field -> the spaced row key that held it

    def first_positions(self) -> dict[str, int]:
        """Each field with the index of its first ``{``."""
        positions: dict[str, int] = {}
        for piece in self._pieces:
            if isinstance(piece, _Field):
                positions.setdefault(piece.name, piece.position)
        return positions

    def merge(self, row: Mapping[str, object]) -> str:
        """The text for one row. Raises MissingColumnError for a column the row lacks."""
        out: list[str] = []
        for piece in self._pieces:
            if isinstance(piece, str):
                out.append(piece)
            else:
                out.append(format_value(self._value(row, piece.name)))
        return "".join(out)

    def bind(self, columns: Sequence[object]) -> Callable[[Sequence[object]], str]:
        """``merge`` for rows given as sequences in the order of ``columns``.

        ``bind(columns)(row)`` is ``merge(dict(zip(columns, row)))``, without a dict per row.
        Raises MissingColumnError now for a field that no column holds.
        """
        indexes = self.column_indexes(columns)
        # The text as a list, literal pieces in place and a slot for each field's value.
        shape: list[str] = []
        slots: list[tuple[int, int]] = []
        for piece in self._pieces:
            if isinstance(piece, str):
                shape.append(piece)
            else:
                slots.append((len(shape), indexes[piece.name]))
                shape.append("")
        width = len(columns)
        merge, join, text_of = self.merge, "".join, format_value

        def merged(row: Sequence[object]) -> str:
            if len(row) < width:  # ragged: the fields it lacks raise as merge() does
                return merge(dict(zip(cast("Sequence[str]", columns), row, strict=False)))
            out = shape.copy()
            for slot, index in slots:
                value: Any = row[index]
                # format_value's answer for a str, without the call: most cells are text.
                out[slot] = value.strip() if value.__class__ is str else text_of(value)
            return join(out)

        return merged

    def column_pieces(self, values: Mapping[str, Sequence[object]]) -> list[str | list[str]]:
        """The template in pieces for many rows given column by column (``values[field][i]``
        is row ``i``'s value of each field): literal text as it is, and for each field its
        values as ``format_value`` gives them. Joining the pieces, a literal as it is and a
        column by its value ``i``, gives ``merge`` of row ``i``."""
        formatted = {name: _format_column(values[name]) for name in self.fields}
        return [piece if isinstance(piece, str) else formatted[piece.name]
                for piece in self._pieces]

    def column_indexes(self, columns: Sequence[object]) -> dict[str, int]:
        """Each field with the index of the column that fills it, as ``merge`` finds it in
        ``dict(zip(columns, row))``: the same header (its last column when repeated), else the
        first header that is the same but for spaces around it."""
        last: dict[object, int] = {name: index for index, name in enumerate(columns)}
        indexes: dict[str, int] = {}
        for field in self.fields:
            if field in last:
                indexes[field] = last[field]
                continue
            spaced = next((name for name in last
                           if isinstance(name, str) and name.strip() == field), None)
            if spaced is None:
                raise MissingColumnError(field)
            indexes[field] = last[spaced]
        return indexes

    def _value(self, row: Mapping[str, object], field: str) -> object:
        try:
            return row[field]
        except KeyError:
            pass
        spaced = self._key_for.get(field)  # headers often carry stray spaces: "姓名 "
        if spaced is not None and spaced in row:
            return row[spaced]
        for candidate in row:
            if isinstance(candidate, str) and candidate.strip() == field:
                self._key_for[field] = candidate
                return row[candidate]
        raise MissingColumnError(field)


@functools.lru_cache(maxsize=64)
def compile_template(template: str) -> CompiledTemplate:
    """The parsed template (cached: the same text is compiled once)."""
    return CompiledTemplate(template)


def template_fields(template: str) -> list[str]:
    """The field names, each once, in order of first use."""
    return list(compile_template(template).fields)


def merge(template: str, row: Mapping[str, object]) -> str:
    """The template filled in from ``row``."""
    return compile_template(template).merge(row)


def check_template(template: str, columns: Iterable[str]) -> list[TemplateProblem]:
    """Everything wrong with ``template`` for a sheet with these column headers."""
    compiled = compile_template(template)
    problems = list(compiled.problems)
    if not template.strip():
        problems.insert(0, TemplateProblem(ProblemKind.EMPTY_TEMPLATE))
    headers = [c.strip() for c in columns if isinstance(c, str) and c.strip()]
    known = set(headers)
    for name, position in compiled.first_positions().items():
        if name not in known:
            problems.append(TemplateProblem(ProblemKind.UNKNOWN_FIELD, position, name,
                                            _suggest(name, headers)))
    problems.sort(key=lambda p: -1 if p.position is None else p.position)
    return problems


def format_value(value: object) -> str:
    """A cell value as it reads in a message: 12.0 -> "12", a date -> "2024-05-01"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, Decimal):
        return "" if value.is_nan() else format(value, "f")
    if isinstance(value, dt.datetime):
        # Spreadsheet dates come as midnight datetimes: show them as dates.
        if value.time() == dt.time(0, 0):
            return value.strftime("%Y-%m-%d")
        if value.second == 0 and value.microsecond == 0:
            return value.strftime("%Y-%m-%d %H:%M")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    return str(value).strip()


def _format_column(values: Sequence[object]) -> list[str]:
    """``format_value`` of each value."""
    try:
        return list(map(str.strip, values))  # type: ignore[arg-type]  # most columns are text
    except TypeError:  # not all of them str
        return list(map(format_value, values))


def _format_float(value: float) -> str:
    if value != value:  # NaN: an empty cell read by some libraries
        return ""
    if value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        return str(int(value))
    # 15 significant digits hide binary noise (0.1 + 0.2); "f" avoids "1e-07".
    return format(Decimal(format(value, ".15g")), "f")


def _parse(template: str) -> tuple[list[str | _Field], list[TemplateProblem]]:
    pieces: list[str | _Field] = []
    problems: list[TemplateProblem] = []
    literal: list[str] = []
    index, size = 0, len(template)
    while index < size:
        char = template[index]
        if char in "{}" and template.startswith(char * 2, index):
            literal.append(char)
            index += 2
        elif char == "{":
            end = _closing_brace(template, index)
            name = template[index + 1:end].strip() if end > 0 else ""
            if end < 0:
                problems.append(TemplateProblem(ProblemKind.UNBALANCED_BRACE, index))
                literal.append(char)
                index += 1
            elif not name:
                problems.append(TemplateProblem(ProblemKind.EMPTY_FIELD, index))
                literal.append(template[index:end + 1])
                index = end + 1
            else:
                pieces.extend(["".join(literal), _Field(name, index)])
                literal.clear()
                index = end + 1
        else:
            if char == "}":
                problems.append(TemplateProblem(ProblemKind.UNBALANCED_BRACE, index))
            elif char == "｛" and "｝" in template[index:]:
                problems.append(TemplateProblem(ProblemKind.FULLWIDTH_BRACES, index))
            literal.append(char)
            index += 1
    pieces.append("".join(literal))
    return [p for p in pieces if p != ""], problems


def _closing_brace(template: str, start: int) -> int:
    """Index of the "}" closing the "{" at ``start``, or -1 when another "{" or the end
    comes first."""
    for index in range(start + 1, len(template)):
        if template[index] == "}":
            return index
        if template[index] == "{":
            return -1
    return -1


def _suggest(field: str, headers: list[str]) -> str | None:
    folded = field.casefold().replace(" ", "")
    for header in headers:
        if header.casefold().replace(" ", "") == folded:
            return header
    close = difflib.get_close_matches(field, headers, n=1, cutoff=0.5)
    return close[0] if close else None
