"""check_rows, which checks ordinary rows column by column, against a plain row-by-row
reading of the rules: the same checked rows, row for row, for sheets of every kind."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Container, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from juhe_desk.domain.carriers import Carrier, carrier_of
from juhe_desk.domain.cell_values import format_value
from juhe_desk.domain.numbers import normalize_mobile, split_cell_numbers
from juhe_desk.domain.sheet_check import (
    CheckedRow,
    CheckedRows,
    CheckedRowTable,
    RowCheckOptions,
    Verdict,
    check_row_template,
    check_rows,
)
from juhe_desk.domain.textlen import compose_text


def reference_check(columns: Sequence[str], rows: Sequence[Sequence[object]],
                   options: RowCheckOptions, opted_out: Container[str] = frozenset(),
                   progress: Callable[[float], None] | None = None) -> CheckedRows:
    """The rules, one row and one number at a time, with the public one-value functions."""
    compiled = check_row_template(options.template, columns)
    seen_pairs: set[tuple[str, str]] = set()
    seen_numbers: set[str] = set()
    rows_checked: list[CheckedRow] = []
    empty_fields: Counter[str] = Counter()
    step = max(1, len(rows) // 50)
    for index, row in enumerate(rows):
        if progress is not None and index % step == 0:
            progress(index / max(1, len(rows)))
        cell = row[options.phone_column] if options.phone_column < len(row) else ""
        check = normalize_mobile(cell)
        several = [] if check.mobile else split_cell_numbers(cell)
        if check.mobile:
            numbers: list[str | None] = [check.mobile]
        elif len(several) > 1:
            numbers = list(several)
        else:
            numbers = [None]
        for mobile in numbers:
            if mobile is None:
                rows_checked.append(CheckedRow(index, None, check.original, "", 0, 0,
                                               Verdict.INVALID, check.reason_text("zh_CN"),
                                               check.reason_text("en")))
                continue
            blank: list[str] = []
            if compiled.fields:
                # A cell that is not there (a ragged row) is blank.
                values = {column: row[i] if i < len(row) else None
                          for i, column in enumerate(columns)}
                blank = [name for name in compiled.required if format_value(values[name]) == ""]
                composed = compose_text(compiled.merge(values), options.signature,
                                        options.optout_suffix)
            else:
                composed = compose_text(options.template, options.signature,
                                        options.optout_suffix)
            text, length, parts = composed.text, composed.length, composed.parts
            reason_zh, reason_en = "、".join(blank), ", ".join(blank)
            empty_fields.update(blank)
            pair = (mobile, text)
            if blank:
                verdict = Verdict.EMPTY_FIELD
            elif not text.strip():
                verdict = Verdict.EMPTY_TEXT
            elif pair in seen_pairs or (options.keep_first_only and mobile in seen_numbers):
                verdict = Verdict.DUPLICATE
            else:
                seen_pairs.add(pair)
                seen_numbers.add(mobile)
                if mobile in opted_out and not options.include_opted_out:
                    verdict = Verdict.OPTED_OUT
                elif "\r" in text or "\n" in text:
                    verdict = Verdict.LINE_BREAK
                else:
                    verdict = Verdict.OK
            rows_checked.append(CheckedRow(index, mobile, check.original, text, length, parts,
                                           verdict, reason_zh, reason_en))
    counts = Counter(r.verdict for r in rows_checked)
    sendable = [r.parts for r in rows_checked if r.verdict.sendable]
    usual = Counter(sendable).most_common(1)[0][0] if sendable else 1
    final = tuple(r._replace(extra_parts=r.parts - usual)
                  if r.verdict.sendable and r.parts > usual else r for r in rows_checked)
    blank_counts = {n: empty_fields[n] for n in compiled.required if empty_fields[n]}
    return CheckedRows(CheckedRowTable(final).freeze(), dict(counts), sum(sendable), usual,
                       bool(compiled.fields), empty_fields=blank_counts)


def reference_carriers(checked: CheckedRows) -> dict[Carrier | None, int]:
    numbers = {r.mobile for r in checked.rows if r.verdict.sendable and r.mobile}
    return dict(Counter(carrier_of(m) for m in numbers).most_common())


COLUMNS = ["姓名", "手机号", "单号", "备注"]
POOL = ["13800000001", "13900000002", "15000000003", "18600000004", "19912345678"]

phone_cells = st.one_of(
    st.sampled_from(POOL),  # text, as written
    st.sampled_from(POOL).map(float),  # a number cell
    st.integers(13_000_000_000, 19_999_999_999).map(float),
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(POOL).map(lambda m: f"{m[:3]}-{m[3:7]}-{m[7:]}"),  # repaired
    st.sampled_from(POOL).map(lambda m: f"+86 {m}"),
    st.lists(st.sampled_from(POOL), min_size=2, max_size=3).map("/".join),  # several
    st.sampled_from(["", None, "12345", "abc", "1.38E+10", 13800000001.5, float("nan"),
                     0.0, 12.0, "０１３８", True, 13800000001,
                     "15400000000", 17490000000.0, "13800000001/16000000000"]),  # not in use
)
field_values = st.one_of(
    st.sampled_from(["张三", " 李四 ", "", None, "  ", "王\n五", "赵\r六", "😀", "【聚合云信】",
                     "拒收请回复R", "【别家】", "长" * 80, "A1", 12.0, 3.5, 7, "x【聚合"]),
    st.text(max_size=6),
)
templates = st.sampled_from([
    "{姓名}您好，您的订单{单号}已发货", "{姓名}", " {单号} ", "尊敬的{姓名}：{备注}", "店庆八折",
    "", "   ", "{姓名}{单号}", "【聚合云信】{姓名}您好", "{姓名}您好【聚合云信】", "含换行\n{姓名}",
    "{单号}拒收请回复R", "😀{姓名}", "{姓名}" + "字" * 66, "{ 姓名 }和{姓名}",
    # Defaults: for every use, for one of two, an empty one, one with a bar, a long one.
    "{姓名|顾客}您好，订单{单号|无}", "{姓名|顾客}和{姓名}", "{备注|}{姓名| 您 }", "{单号|A|B}",
    "{姓名|" + "长" * 70 + "}", "{备注|拒收请回复R}",
])
signatures = st.sampled_from(["", "【聚合云信】", "聚合云信", " 小店 "])
suffixes = st.sampled_from(["", "拒收请回复R", " 退订回T "])


full_rows = st.tuples(field_values, phone_cells, field_values, field_values)
# Now and then a ragged row, of 0 to 3 cells.
rows_of_a_sheet = st.tuples(st.integers(0, 40), full_rows).map(
    lambda cut_row: cut_row[1][:cut_row[0]] if cut_row[0] < 4 else cut_row[1])
# Up to 150 rows: chunks of up to 3 rows (a chunk is a fiftieth of the sheet).
sheets = st.integers(0, 150).flatmap(
    lambda count: st.lists(rows_of_a_sheet, min_size=count, max_size=count))


@settings(max_examples=60, deadline=None)
@given(sheets, templates, signatures, suffixes, st.booleans(), st.booleans(),
       st.sets(st.sampled_from(POOL), max_size=2))
def test_the_check_is_the_rules_row_by_row(rows: list[tuple[object, ...]], template: str,
                                          signature: str, suffix: str, keep_first_only: bool,
                                          include_opted_out: bool, opted_out: set[str]) -> None:
    options = RowCheckOptions(1, template, signature, suffix, keep_first_only, include_opted_out)
    seen: list[float] = []
    expected_progress: list[float] = []
    checked = check_rows(COLUMNS, rows, options, opted_out, seen.append)
    expected = reference_check(COLUMNS, rows, options, opted_out, expected_progress.append)
    assert checked.rows == expected.rows
    assert list(checked.counts.items()) == list(expected.counts.items())
    assert (checked.total_parts, checked.usual_parts, checked.personalised) == (
        expected.total_parts, expected.usual_parts, expected.personalised)
    assert list(checked.carrier_counts().items()) == list(reference_carriers(expected).items())
    assert list(checked.empty_fields.items()) == list(expected.empty_fields.items())
    sent = [(r.mobile, r.row) for r in expected.rows if r.verdict.sendable and r.mobile]
    numbers = Counter(mobile for mobile, _ in sent)
    assert checked.number_count() == len(numbers)
    assert checked.numbers_with_several_texts() == {
        mobile: [row for m, row in sent if m == mobile]
        for mobile, count in numbers.items() if count > 1}
    assert seen == expected_progress


def test_a_large_mixed_sheet_is_checked_as_row_by_row() -> None:
    """Chunks of many rows, each with a few rows that are not ordinary, numbers repeated
    across chunks and within them."""
    chooser = random.Random(20261125)
    rows: list[tuple[object, ...]] = []
    for index in range(6000):
        mobile = 13_000_000_000 + chooser.randrange(20_000) * 7
        cell: object = float(mobile)
        roll = chooser.random()
        if roll < 0.02:
            cell = f"{str(mobile)[:3]} {str(mobile)[3:]}"
        elif roll < 0.03:
            cell = "无"
        elif roll < 0.5:
            cell = str(mobile)
        name = "" if chooser.random() < 0.01 else f"客户{mobile % 900}"
        order = f"SO{mobile % 1500:05d}" if chooser.random() < 0.8 else f"SO{index}"
        rows.append((name, cell, order, "\n" if index % 997 == 0 else "-"))
    for options in (
            RowCheckOptions(1, "{姓名}您好，订单{单号}已发货{备注}", "聚合云信", "拒收请回复R"),
            RowCheckOptions(1, "{姓名}您好，订单{单号}", "【聚合云信】", keep_first_only=True),
            RowCheckOptions(1, "店庆八折", "【聚合云信】")):
        opted = {str(13_000_000_000 + 7 * n) for n in range(0, 20_000, 50)}
        checked = check_rows(COLUMNS, rows, options, opted)
        expected = reference_check(COLUMNS, rows, options, opted)
        assert checked.rows == expected.rows
        assert checked.counts == expected.counts
        assert checked.carrier_counts() == reference_carriers(expected)
        assert {Verdict.OK, Verdict.DUPLICATE, Verdict.INVALID} <= set(checked.counts)


def test_a_clean_sheet_of_many_rows_is_checked_as_row_by_row() -> None:
    rows = [(f"客户{i}", float(13_000_000_000 + i * 7), f"SO{i:08d}", i * 0.5)
            for i in range(5000)]
    options = RowCheckOptions(1, "{姓名}您好，您的订单{单号}已发货", "【聚合云信】", "拒收请回复R")
    checked = check_rows(COLUMNS, rows, options)
    assert checked.rows == reference_check(COLUMNS, rows, options).rows
    assert checked.counts == {Verdict.OK: 5000}
    assert checked.rows[7].text == "【聚合云信】客户7您好，您的订单SO00000007已发货拒收请回复R"


@pytest.mark.parametrize(("template", "signature", "suffix", "name"), [
    ("{姓名}", "", "", "  "),  # a blank value: no text at all
    ("", "", "", "张三"),  # a blank template
    ("   ", "【小店】", "", "张三"),
    ("{姓名}", "【小店】", "", "【小店】"),  # the signature is already there
    ("{姓名}您好", "【小店】", "拒收请回复R", "拒收请回复R"),  # so is the note
    (" {姓名} ", "", "退订回T", ""),
    ("{姓名}", "小店", "", "😀"),  # counts as two
    ("{姓名}\n", "小店", "", "张三"),
    ("{备注}{姓名}", "【小店】", "", "张三"),  # an empty first field
])
def test_awkward_texts_in_chunks_of_ordinary_rows(template: str, signature: str, suffix: str,
                                                  name: str) -> None:
    rows: list[tuple[object, ...]] = [
        (f"客户{i}", float(13_000_000_000 + i), f"A{i}", "") for i in range(300)]
    rows[150] = (name, 13_900_000_000.0, "A150", "")
    options = RowCheckOptions(1, template, signature, suffix)
    checked = check_rows(COLUMNS, rows, options)
    assert checked.rows == reference_check(COLUMNS, rows, options).rows
