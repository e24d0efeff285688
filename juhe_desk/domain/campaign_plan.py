"""From a read sheet to a checked campaign: every row's number, text, parts and verdict.

This is what the bulk-import preview shows and what a campaign is built from. A row is
sent only with the verdict OK (or LINE_BREAK: valid, but its text goes by ``send``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field

from juhe_desk.domain import Explained
from juhe_desk.domain.numbers import normalize_mobile, split_cell_numbers
from juhe_desk.domain.templates import (
    CompiledTemplate,
    MissingColumnError,
    check_template,
    compile_template,
)
from juhe_desk.domain.textlen import ComposedText, compose_text


class Verdict(Explained):
    OK = ("可发送", "OK")
    LINE_BREAK = ("含换行，将单独发送", "Has a line break: sent separately")
    INVALID = ("号码无效", "Invalid number")
    DUPLICATE = ("重复", "Duplicate")
    OPTED_OUT = ("已退订", "Opted out")
    EMPTY_TEXT = ("短信内容为空", "Empty text")

    @property
    def sendable(self) -> bool:
        return self in (Verdict.OK, Verdict.LINE_BREAK)


@dataclass(frozen=True, slots=True)
class PlanOptions:
    phone_column: int
    template: str  # one text for all, or a text with {列名} fields
    signature: str = ""
    optout_suffix: str = ""
    keep_first_only: bool = False  # same number, different text: keep only the first row
    include_opted_out: bool = False


@dataclass(frozen=True, slots=True)
class PlanRow:
    row: int  # index into the sheet's data rows
    mobile: str | None
    phone_text: str
    text: str
    length: int
    parts: int
    verdict: Verdict
    reason: str = ""  # plain words (zh) for an invalid number or an empty field
    reason_en: str = ""
    extra_parts: int = 0  # parts beyond what most rows need: the highlighted extra cost

    def reason_text(self, lang: str = "zh_CN") -> str:
        if lang.startswith("en"):
            return self.reason_en or self.verdict.en
        return self.reason or self.verdict.zh


@dataclass(frozen=True, slots=True)
class CampaignPlan:
    rows: tuple[PlanRow, ...]
    counts: dict[Verdict, int] = field(default_factory=dict)
    total_parts: int = 0
    usual_parts: int = 1
    personalised: bool = False

    @property
    def sendable(self) -> list[PlanRow]:
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

    def messages(self) -> list[tuple[str, str]]:
        return [(r.mobile, r.text) for r in self.sendable if r.mobile]


class TemplateError(ValueError):
    """The template names a column the sheet does not have, or is malformed."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message_en = message_en

    def text(self, lang: str = "zh_CN") -> str:
        return self.message_en if lang.startswith("en") else str(self)


def check_plan_template(template: str, columns: Sequence[str]) -> CompiledTemplate:
    """The compiled template, or a TemplateError naming the first problem."""
    compiled = compile_template(template)
    if compiled.problems:
        problem = compiled.problems[0]
        raise TemplateError(problem.text("zh_CN"), problem.text("en"))
    unknown = [name for name in compiled.fields if name not in columns]
    if unknown:
        problems = check_template(template, columns)
        first = problems[0] if problems else None
        raise TemplateError(first.text("zh_CN") if first else f"未知字段 {{{unknown[0]}}}",
                            first.text("en") if first else f"Unknown field {{{unknown[0]}}}")
    return compiled


def plan_campaign(columns: Sequence[str], rows: Sequence[Sequence[object]],
                  options: PlanOptions, opted_out: Container[str] = frozenset(),
                  progress: Callable[[float], None] | None = None) -> CampaignPlan:
    """Check every row. Raises TemplateError before looking at rows if the template is wrong."""
    compiled = check_plan_template(options.template, columns)
    personalised = bool(compiled.fields)
    fixed = None if personalised else compose_text(options.template, options.signature,
                                                   options.optout_suffix)
    seen_pairs: set[tuple[str, str]] = set()
    seen_numbers: set[str] = set()
    planned: list[PlanRow] = []
    step = max(1, len(rows) // 50)
    for index, row in enumerate(rows):
        if progress is not None and index % step == 0:
            progress(index / max(1, len(rows)))
        cell = row[options.phone_column] if options.phone_column < len(row) else ""
        for mobile, phone_text, reason in _numbers_of(cell):
            if mobile is None:
                planned.append(PlanRow(index, None, phone_text, "", 0, 0, Verdict.INVALID,
                                       reason[0], reason[1]))
                continue
            text, length, parts, empty_field = _text_for(compiled, fixed, columns, row, options)
            verdict = _verdict(mobile, text, empty_field, seen_pairs, seen_numbers,
                               options, opted_out)
            reason_zh = reason_en = ""
            if empty_field:
                reason_zh = f"“{empty_field}”列为空"
                reason_en = f"column “{empty_field}” is empty"
            planned.append(PlanRow(index, mobile, phone_text, text, length, parts, verdict,
                                   reason_zh, reason_en))
    return _finish(planned, personalised)


def _numbers_of(cell: object) -> list[tuple[str | None, str, tuple[str, str]]]:
    check = normalize_mobile(cell)
    if check.mobile:
        return [(check.mobile, check.original, ("", ""))]
    several = split_cell_numbers(cell)
    if len(several) > 1:
        return [(m, check.original, ("", "")) for m in several]
    reason = check.reason
    return [(None, check.original, (reason.zh, reason.en) if reason else ("", ""))]


def _text_for(compiled: CompiledTemplate, fixed: ComposedText | None, columns: Sequence[str],
              row: Sequence[object], options: PlanOptions) -> tuple[str, int, int, str]:
    if fixed is not None:
        return fixed.text, fixed.length, fixed.parts, ""
    values = dict(zip(columns, row, strict=False))
    empty_field = next((name for name in compiled.fields
                        if values.get(name) in (None, "")), "")
    try:
        body = compiled.merge(values)
    except MissingColumnError as exc:  # checked before, but a ragged row may lack it
        return "", 0, 0, exc.field
    composed = compose_text(body, options.signature, options.optout_suffix)
    return composed.text, composed.length, composed.parts, empty_field


def _verdict(mobile: str, text: str, empty_field: str, seen_pairs: set[tuple[str, str]],
             seen_numbers: set[str], options: PlanOptions,
             opted_out: Container[str]) -> Verdict:
    if not text.strip() or empty_field:
        return Verdict.EMPTY_TEXT
    pair = (mobile, text)
    if pair in seen_pairs or (options.keep_first_only and mobile in seen_numbers):
        return Verdict.DUPLICATE
    seen_pairs.add(pair)
    seen_numbers.add(mobile)
    if mobile in opted_out and not options.include_opted_out:
        return Verdict.OPTED_OUT
    if "\r" in text or "\n" in text:
        return Verdict.LINE_BREAK
    return Verdict.OK


def _finish(planned: list[PlanRow], personalised: bool) -> CampaignPlan:
    counts = Counter(r.verdict for r in planned)
    sendable_parts = [r.parts for r in planned if r.verdict.sendable]
    usual = Counter(sendable_parts).most_common(1)[0][0] if sendable_parts else 1
    rows = tuple(
        _with_extra(r, usual) if r.verdict.sendable and r.parts > usual else r for r in planned)
    return CampaignPlan(rows, dict(counts), sum(sendable_parts), usual, personalised)


def _with_extra(row: PlanRow, usual: int) -> PlanRow:
    return PlanRow(row.row, row.mobile, row.phone_text, row.text, row.length, row.parts,
                   row.verdict, row.reason, row.reason_en, row.parts - usual)
