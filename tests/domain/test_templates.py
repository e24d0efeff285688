"""Mail merge: fields, problems found before sending, and values as they read in a message."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.templates import (
    MissingColumnError,
    ProblemKind,
    TemplateProblem,
    check_template,
    compile_template,
    format_value,
    merge,
    template_fields,
)


def test_fields_in_order_of_first_use() -> None:
    template = "{姓名}您好，订单{ 订单 号 }已发货。{姓名}，{金额}元"
    assert template_fields(template) == ["姓名", "订单 号", "金额"]
    assert template_fields("没有字段") == []
    assert template_fields("{{姓名}}") == []


def test_merge_fills_in_a_row() -> None:
    row = {"姓名": " 张三 ", "订单 号": 12345.0, "金额": 12.5}
    assert merge("{姓名}您好，订单{ 订单 号 }共{金额}元", row) == "张三您好，订单12345共12.5元"


def test_double_braces_are_literal() -> None:
    assert merge("{{姓名}} 是 {姓名}，}}{{", {"姓名": "张三"}) == "{姓名} 是 张三，}{"


def test_header_with_stray_spaces_still_matches() -> None:
    assert merge("{姓名}", {"姓名 ": "张三"}) == "张三"
    assert check_template("{姓名}", [" 姓名 "]) == []


def test_an_exact_header_wins_over_one_with_stray_spaces() -> None:
    compiled = compile_template("{姓名}")
    assert compiled.merge({"姓名 ": "甲"}) == "甲"
    assert compiled.merge({"姓名 ": "甲", "姓名": "乙"}) == "乙"  # not the "姓名 " met before


def test_a_missing_column_raises_rather_than_sending_a_wrong_text() -> None:
    with pytest.raises(MissingColumnError) as caught:
        merge("{姓名}{地址}", {"姓名": "张三"})
    assert caught.value.field == "地址"
    assert "{地址}" in caught.value.text()
    assert "{地址}" in caught.value.text("en")


@pytest.mark.parametrize(("value", "text"), [
    (None, ""),
    ("  张三\t", "张三"),
    (12, "12"),
    (12.0, "12"),
    (13800000001.0, "13800000001"),
    (12.5, "12.5"),
    (0.1 + 0.2, "0.3"),
    (1e-7, "0.0000001"),
    (-0.0, "0"),
    (float("nan"), ""),
    (Decimal("12.50"), "12.50"),
    (True, "TRUE"),
    (dt.date(2024, 5, 1), "2024-05-01"),
    (dt.datetime(2024, 5, 1), "2024-05-01"),
    (dt.datetime(2024, 5, 1, 9, 30), "2024-05-01 09:30"),
    (dt.datetime(2024, 5, 1, 9, 30, 15), "2024-05-01 09:30:15"),
    (dt.time(9, 30), "09:30"),
    (dt.time(9, 30, 5), "09:30:05"),
])
def test_values_read_as_people_expect(value: object, text: str) -> None:
    assert format_value(value) == text


def test_check_template_finds_unknown_fields_with_a_suggestion() -> None:
    columns = ["姓名", "手机号", "金额"]
    problems = check_template("{姓 名}您好，{手机}，{完全不同}，{姓 名}", columns)
    assert problems == [
        TemplateProblem(ProblemKind.UNKNOWN_FIELD, 0, "姓 名", "姓名"),
        TemplateProblem(ProblemKind.UNKNOWN_FIELD, 8, "手机", "手机号"),
        TemplateProblem(ProblemKind.UNKNOWN_FIELD, 13, "完全不同", None),
    ]
    assert problems[0].text() == "{姓 名}: 表格里没有这一列，是不是 {姓名}？"
    assert problems[0].text("en") == (
        "{姓 名}: The spreadsheet has no such column; did you mean {姓名}?")


def test_check_template_suggests_across_case() -> None:
    problems = check_template("Hi {name}", ["Name", "Phone"])
    assert [p.suggestion for p in problems] == ["Name"]


@pytest.mark.parametrize(("template", "kinds"), [
    ("", [ProblemKind.EMPTY_TEMPLATE]),
    ("  \n ", [ProblemKind.EMPTY_TEMPLATE]),
    ("{姓名", [ProblemKind.UNBALANCED_BRACE]),
    ("姓名}", [ProblemKind.UNBALANCED_BRACE]),
    ("{姓{名}", [ProblemKind.UNBALANCED_BRACE]),
    ("您好{}", [ProblemKind.EMPTY_FIELD]),
    ("您好{ }", [ProblemKind.EMPTY_FIELD]),
    ("｛姓名｝您好", [ProblemKind.FULLWIDTH_BRACES]),
    ("{{姓名}} {姓名}", []),
])
def test_check_template_problems(template: str, kinds: list[ProblemKind]) -> None:
    assert [p.kind for p in check_template(template, ["姓名", "名"])] == kinds


def test_lone_braces_are_kept_as_written() -> None:
    assert merge("a { b", {}) == "a { b"
    assert merge("a } b", {}) == "a } b"
    assert merge("{ {名}", {"名": "张"}) == "{ 张"
    assert merge("{姓名", {}) == "{姓名"


def test_merging_a_hundred_thousand_rows_is_quick() -> None:
    compiled = compile_template("{姓名}您好，您的订单{单号}已于{日期}发货，金额{金额}元。")
    rows = [{"姓名": f"客户{i}", "单号": i * 1.0, "日期": dt.date(2024, 5, 1), "金额": i / 4}
            for i in range(100_000)]
    started = time.perf_counter()
    texts = [compiled.merge(row) for row in rows]
    assert time.perf_counter() - started < 2.0
    assert texts[5] == "客户5您好，您的订单5已于2024-05-01发货，金额1.25元。"


field_names = st.text(alphabet=st.characters(blacklist_characters="{}"), min_size=1,
                      max_size=10).filter(lambda s: s.strip() == s and s != "")
literals = st.text(max_size=20)


@given(st.lists(st.tuples(literals, field_names), max_size=5), literals,
       st.dictionaries(field_names, st.text(max_size=10)))
def test_merge_puts_each_value_between_the_literal_text(
        pieces: list[tuple[str, str]], tail: str, extra: dict[str, str]) -> None:
    def escape(text: str) -> str:
        return text.replace("{", "{{").replace("}", "}}")

    template = "".join(escape(lit) + "{" + name + "}" for lit, name in pieces) + escape(tail)
    row: dict[str, object] = dict(extra)
    row.update({name: f"<{name}>" for _, name in pieces})
    expected = "".join(lit + format_value(row[name]) for lit, name in pieces) + tail
    assert merge(template, row) == expected
    assert template_fields(template) == list(dict.fromkeys(name for _, name in pieces))
    problems = check_template(template, list(row))
    assert [p for p in problems if p.kind is not ProblemKind.EMPTY_TEMPLATE
            and p.kind is not ProblemKind.FULLWIDTH_BRACES] == []


@given(st.text(max_size=60))
def test_any_template_is_checked_and_merged_without_surprise(template: str) -> None:
    problems = check_template(template, [])
    names = template_fields(template)
    assert all(p.kind is not ProblemKind.UNKNOWN_FIELD or p.field in names for p in problems)
    assert merge(template, {name: "" for name in names}) is not None
