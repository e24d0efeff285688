"""A sent message's outcome in plain words: for the campaign table and the exported workbook.

``OutcomeWords`` holds the words in the interface's language; the UI makes them with its
translators (``juhe_desk.ui.importing.outcomes.outcome_words``) on the GUI thread, and export
jobs use them here, in a worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from juhe_desk.domain.sheet_check import CheckedRows
from juhe_desk.domain.workbook_export import RowResult
from juhe_desk.gateway.codes import describe_result, describe_stat
from juhe_desk.store import Message, MessageStatus

FAILED_STATUSES: tuple[MessageStatus, ...] = ("failed", "refused")


@dataclass(frozen=True, slots=True)
class OutcomeWords:
    language: str
    waiting: str
    not_sent: str
    submitted: str
    delivered: str
    failed: str
    refused: str
    uncertain: str
    uncertain_reason: str
    opted_out: str
    opted_out_reason: str

    def status(self, message: Message, sending: bool = False) -> str:
        if message.status == "pending":
            return self.waiting if sending else self.not_sent
        return {"submitted": self.submitted, "delivered": self.delivered,
                "failed": self.failed, "refused": self.refused, "uncertain": self.uncertain,
                "opted_out": self.opted_out}.get(message.status, message.status)

    def reason(self, message: Message) -> str:
        lang = self.language
        if message.status == "failed":
            info = describe_stat(message.stat or "")
            return " ".join(t for t in (info.meaning(lang), info.fix(lang)) if t)
        if message.status == "refused":
            info = describe_result(message.result if message.result is not None else -1)
            return " ".join(t for t in (info.meaning(lang), info.fix(lang)) if t)
        if message.status == "uncertain":
            return self.uncertain_reason
        if message.status == "opted_out":
            return self.opted_out_reason
        return ""


def row_results(messages: Iterable[Message], source_rows: Sequence[int], words: OutcomeWords,
                checked: CheckedRows | None = None) -> list[RowResult]:
    """One RowResult per source row that has a message (several numbers in one cell are
    joined), plus, given the checked rows, the rows left out with the reason why."""
    by_row: dict[int, list[RowResult]] = {}
    for message in messages:
        if message.row_index is None or not 0 <= message.row_index < len(source_rows):
            continue
        by_row.setdefault(source_rows[message.row_index], []).append(RowResult(
            source_row_number=source_rows[message.row_index],
            outcome=words.status(message), report=message.stat, reason=words.reason(message),
            mid=message.mid, time=_time(message),
            failed=message.status in FAILED_STATUSES))
    if checked is not None:
        for number, reason in left_out_rows(checked, source_rows, words.language):
            if number not in by_row:
                by_row[number] = [RowResult(number, outcome=words.not_sent, reason=reason)]
    return [_joined(number, results) for number, results in sorted(by_row.items())]


def left_out_rows(checked: CheckedRows, source_rows: Sequence[int],
                  language: str) -> list[tuple[int, str]]:
    """(sheet row, reason) of every checked row that is not sent."""
    reasons: dict[int, list[str]] = {}
    for row in checked.rows:
        if row.verdict.sendable or not 0 <= row.row < len(source_rows):
            continue
        verdict = row.verdict.text(language)
        reason = row.reason_text(language)
        text = verdict if reason in ("", verdict) else f"{verdict}: {reason}"
        reasons.setdefault(source_rows[row.row], []).append(text)
    return [(number, "; ".join(dict.fromkeys(texts))) for number, texts in sorted(reasons.items())]


def _joined(number: int, results: list[RowResult]) -> RowResult:
    if len(results) == 1:
        return results[0]

    def join(values: Iterable[str | None]) -> str:
        return "; ".join(v for v in values if v)

    return RowResult(number, outcome=join(r.outcome for r in results),
                     report=join(r.report for r in results),
                     reason=join(r.reason for r in results), mid=join(r.mid for r in results),
                     time=join(r.time for r in results), failed=any(r.failed for r in results))


def _time(message: Message) -> str | None:
    if message.stat_time:
        return message.stat_time
    return None if message.status == "pending" else message.updated_at
