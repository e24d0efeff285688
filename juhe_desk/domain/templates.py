"""Mail merge: a text with ``{列名}`` fields, filled in from one spreadsheet row at a time.

A field is any text between braces except braces themselves, spaces included; the spaces
around it do not count (``{ 姓名 }`` is ``{姓名}``), and neither do the spaces around a column
header. ``{{`` and ``}}`` stand for literal braces. A lone brace is kept as written, and
``check_template`` reports it, so a send can be stopped before it goes out wrong.

A field may carry a default after a bar, ``{姓名|顾客}``: it stands in where the cell is blank
(reads as nothing: empty, spaces only, no value). The default runs to the closing brace and may
hold bars (``{备注|无|空}`` defaults to ``无|空``) but no braces; the spaces around it do not
count, and ``{备注|}`` means the field may be blank. Full-width braces ``｛｝`` are not fields:
they are kept as written and reported (FULLWIDTH_BRACES).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from juhe_desk.domain import Explained
from juhe_desk.domain.cell_values import format_column, format_value
from juhe_desk.domain.header_match import closest_headers


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
    """One problem, with where it is (character index) and, for a field the sheet lacks, the
    headers it most likely meant (``suggestions``, best first; ``suggestion`` the best)."""

    kind: ProblemKind
    position: int | None = None
    field: str | None = None
    suggestion: str | None = None
    suggestions: tuple[str, ...] = ()

    def text(self, lang: str = "zh_CN") -> str:
        """{地址}: 表格里没有这一列，是 {收货地址} 吗？"""
        message = self.kind.text(lang)
        if self.field is not None:
            message = f"{{{self.field}}}: {message}"
        if self.suggestion is not None:
            if lang.startswith("en"):
                message += f"; did you mean {{{self.suggestion}}}?"
            else:
                message += f"，是 {{{self.suggestion}}} 吗？"
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
class Placeholder:
    """One ``{…}`` of a template: the field, its default (None: none given) and where it is
    (``template[start:end]`` is the whole ``{…}``)."""

    name: str
    default: str | None
    start: int
    end: int

    @property
    def position(self) -> int:
        return self.start



class CompiledTemplate:
    """A template parsed once, to merge many rows quickly."""

    __slots__ = ("_key_for", "_pieces", "fields", "placeholders", "problems", "required",
                 "template")

    def __init__(self, template: str) -> None:
        self.template = template
        pieces, problems = _parse(template)
        self._pieces = tuple(pieces)
        self.problems = tuple(problems)
        self.placeholders = tuple(p for p in pieces if isinstance(p, Placeholder))
        self.fields: tuple[str, ...] = tuple(dict.fromkeys(p.name for p in self.placeholders))
        # The fields used at least once without a default: a row needs a value for them.
        self.required: tuple[str, ...] = tuple(dict.fromkeys(
            p.name for p in self.placeholders if p.default is None))
        self._key_for: dict[str, str] = {}  # field -> the spaced row key that held it

    def first_positions(self) -> dict[str, int]:
        """Each field with the index of its first ``{``."""
        positions: dict[str, int] = {}
        for piece in self._pieces:
            if isinstance(piece, Placeholder):
                positions.setdefault(piece.name, piece.position)
        return positions

    def merge(self, row: Mapping[str, object]) -> str:
        """The text for one row, a field's default where its cell is blank. Raises
        MissingColumnError for a column the row lacks."""
        out: list[str] = []
        for piece in self._pieces:
            if isinstance(piece, str):
                out.append(piece)
            else:
                out.append(format_value(self._value(row, piece.name)) or piece.default or "")
        return "".join(out)

    def blank_fields(self, row: Mapping[str, object]) -> list[str]:
        """The fields used without a default whose cell in ``row`` is blank or missing."""
        blank: list[str] = []
        for name in self.required:
            try:
                value = self._value(row, name)
            except MissingColumnError:
                value = None
            if not format_value(value):
                blank.append(name)
        return blank

    def bind(self, columns: Sequence[object]) -> Callable[[Sequence[object]], str]:
        """``merge`` for rows given as sequences in the order of ``columns``.

        ``bind(columns)(row)`` is ``merge(dict(zip(columns, row)))``, without a dict per row.
        Raises MissingColumnError now for a field that no column holds.
        """
        indexes = self.column_indexes(columns)
        # The text as a list, literal pieces in place and a slot for each field's value.
        shape: list[str] = []
        slots: list[tuple[int, int, str]] = []
        for piece in self._pieces:
            if isinstance(piece, str):
                shape.append(piece)
            else:
                slots.append((len(shape), indexes[piece.name], piece.default or ""))
                shape.append("")
        width = len(columns)
        merge, join, text_of = self.merge, "".join, format_value

        def merged(row: Sequence[object]) -> str:
            if len(row) < width:  # ragged: the fields it lacks raise as merge() does
                return merge(dict(zip(cast("Sequence[str]", columns), row, strict=False)))
            out = shape.copy()
            for slot, index, default in slots:
                value: Any = row[index]
                # format_value's answer for a str, without the call: most cells are text.
                out[slot] = (value.strip() if value.__class__ is str
                             else text_of(value)) or default
            return join(out)

        return merged

    def column_pieces(self, values: Mapping[str, Sequence[object]]) -> list[str | list[str]]:
        """The template in pieces for many rows given column by column (``values[field][i]``
        is row ``i``'s value of each field): literal text as it is, and for each field its
        values as ``format_value`` gives them. Joining the pieces, a literal as it is and a
        column by its value ``i``, gives ``merge`` of row ``i``."""
        return self.formatted_pieces(self.formatted_columns(values))

    def formatted_columns(self, values: Mapping[str, Sequence[object]]
                          ) -> dict[str, list[str]]:
        """Each field's values as ``format_value`` gives them ("" for a blank cell)."""
        return {name: format_column(values[name]) for name in self.fields}

    def formatted_pieces(self, formatted: Mapping[str, list[str]]) -> list[str | list[str]]:
        """``column_pieces`` from ``formatted_columns``: defaults put in for blank values."""
        pieces: list[str | list[str]] = []
        for piece in self._pieces:
            if isinstance(piece, str):
                pieces.append(piece)
                continue
            column = formatted[piece.name]
            default = piece.default
            if default and not all(column):
                column = [value or default for value in column]
            pieces.append(column)
        return pieces

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


def merge(template: str, row: Mapping[str, object]) -> str:
    """The template filled in from ``row``."""
    return compile_template(template).merge(row)


def check_template(template: str, columns: Iterable[str]) -> list[TemplateProblem]:
    """Everything wrong with ``template`` for a sheet with these column headers, in the
    order of the text: every field the sheet lacks (UNKNOWN_FIELD, once each, with the
    headers it most likely meant), every brace out of place."""
    compiled = compile_template(template)
    problems = list(compiled.problems)
    if not template.strip():
        problems.insert(0, TemplateProblem(ProblemKind.EMPTY_TEMPLATE))
    headers = [c.strip() for c in columns if isinstance(c, str) and c.strip()]
    known = set(headers)
    for name, position in compiled.first_positions().items():
        if name not in known:
            close = tuple(closest_headers(name, headers))
            problems.append(TemplateProblem(ProblemKind.UNKNOWN_FIELD, position, name,
                                            close[0] if close else None, close))
    problems.sort(key=lambda p: -1 if p.position is None else p.position)
    return problems


def missing_columns(template: str, columns: Iterable[str]) -> list[TemplateProblem]:
    """The UNKNOWN_FIELD problems of ``check_template``: every field the sheet lacks."""
    return [p for p in check_template(template, columns)
            if p.kind is ProblemKind.UNKNOWN_FIELD]


def _parse(template: str) -> tuple[list[str | Placeholder], list[TemplateProblem]]:
    pieces: list[str | Placeholder] = []
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
            name = template[index + 1:end].partition("|")[0].strip() if end > 0 else ""
            if end < 0:
                problems.append(TemplateProblem(ProblemKind.UNBALANCED_BRACE, index))
                literal.append(char)
                index += 1
            elif not name:
                problems.append(TemplateProblem(ProblemKind.EMPTY_FIELD, index))
                literal.append(template[index:end + 1])
                index = end + 1
            else:
                pieces.extend(["".join(literal), _placeholder(template, index, end)])
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


def _placeholder(template: str, start: int, end: int) -> Placeholder:
    name, bar, default = template[start + 1:end].partition("|")
    return Placeholder(name.strip(), default.strip() if bar else None, start, end + 1)


def _closing_brace(template: str, start: int) -> int:
    """Index of the "}" closing the "{" at ``start``, or -1 when another "{" or the end
    comes first."""
    for index in range(start + 1, len(template)):
        if template[index] == "}":
            return index
        if template[index] == "{":
            return -1
    return -1
