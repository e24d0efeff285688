"""Mail merge: fields, problems found before sending, and values as they read in a message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.cell_values import format_value
from juhe_desk.domain.header_match import closest_headers
from juhe_desk.domain.template_edits import (
    is_field_name,
    is_valid_default,
    rename_field,
    with_default,
)
from juhe_desk.domain.templates import (
    MissingColumnError,
    ProblemKind,
    TemplateProblem,
    check_template,
    compile_template,
    merge,
    missing_columns,
)


def fields_of(template: str) -> list[str]:
    """The field names, each once, in order of first use."""
    return list(compile_template(template).fields)


def test_fields_in_order_of_first_use() -> None:
    template = "{姓名}您好，订单{ 订单 号 }已发货。{姓名}，{金额}元"
    assert fields_of(template) == ["姓名", "订单 号", "金额"]
    assert fields_of("没有字段") == []
    assert fields_of("{{姓名}}") == []


def test_merge_fills_in_a_row() -> None:
    row = {"姓名": " 张三 ", "订单 号": 12345.0, "金额": 12.5}
    assert merge("{姓名}您好，订单{ 订单 号 }共{金额}元", row) == "张三您好，订单12345共12.5元"


def test_double_braces_are_literal() -> None:
    assert merge("{{姓名}} 是 {姓名}，}}{{", {"姓名": "张三"}) == "{姓名} 是 张三，}{"


def test_header_with_stray_spaces_still_matches() -> None:
    assert merge("{姓名}", {"姓名 ": "张三"}) == "张三"
    assert check_template("{姓名}", [" 姓名 "]) == []


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
        TemplateProblem(ProblemKind.UNKNOWN_FIELD, 0, "姓 名", "姓名", ("姓名",)),
        TemplateProblem(ProblemKind.UNKNOWN_FIELD, 8, "手机", "手机号", ("手机号",)),
        TemplateProblem(ProblemKind.UNKNOWN_FIELD, 13, "完全不同", None),
    ]
    assert problems[0].text() == "{姓 名}: 表格里没有这一列，是 {姓名} 吗？"
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


def test_a_hundred_thousand_rows_merge() -> None:
    # How long it takes is measured by bench/import_bench.py, not here.
    compiled = compile_template("{姓名}您好，您的订单{单号}已于{日期}发货，金额{金额}元。")
    rows = [{"姓名": f"客户{i}", "单号": i * 1.0, "日期": dt.date(2024, 5, 1), "金额": i / 4}
            for i in range(100_000)]
    texts = [compiled.merge(row) for row in rows]
    assert texts[5] == "客户5您好，您的订单5已于2024-05-01发货，金额1.25元。"


field_names = st.text(alphabet=st.characters(blacklist_characters="{}|"), min_size=1,
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
    assert fields_of(template) == list(dict.fromkeys(name for _, name in pieces))
    problems = check_template(template, list(row))
    assert [p for p in problems if p.kind is not ProblemKind.EMPTY_TEMPLATE
            and p.kind is not ProblemKind.FULLWIDTH_BRACES] == []


@given(st.text(max_size=60))
def test_any_template_is_checked_and_merged_without_surprise(template: str) -> None:
    problems = check_template(template, [])
    names = fields_of(template)
    assert all(p.kind is not ProblemKind.UNKNOWN_FIELD or p.field in names for p in problems)
    assert merge(template, {name: "" for name in names}) is not None


@pytest.mark.parametrize(("template", "name", "default"), [
    ("{姓名|顾客}", "姓名", "顾客"),
    ("{ 姓名 | 顾客 }", "姓名", "顾客"),
    ("{备注|无|空}", "备注", "无|空"),  # the default runs to the closing brace
    ("{备注|}", "备注", ""),
    ("{备注| }", "备注", ""),
    ("{姓名}", "姓名", None),
    ("{金额|0.00 元}", "金额", "0.00 元"),
])
def test_a_field_may_carry_a_default(template: str, name: str, default: str | None) -> None:
    (placeholder,) = compile_template(template).placeholders
    assert (placeholder.name, placeholder.default) == (name, default)
    assert (placeholder.start, placeholder.end) == (0, len(template))
    assert fields_of(template) == [name]


@pytest.mark.parametrize("blank", ["", "  ", None, float("nan"), "\t"])
def test_the_default_stands_in_for_a_blank_cell_only(blank: object) -> None:
    compiled = compile_template("{姓名|顾客}您好，{备注}")
    assert compiled.merge({"姓名": blank, "备注": "x"}) == "顾客您好，x"
    assert compiled.merge({"姓名": "张三", "备注": "x"}) == "张三您好，x"
    assert compiled.merge({"姓名": 0, "备注": "x"}) == "0您好，x"  # zero is a value
    assert compiled.blank_fields({"姓名": blank, "备注": blank}) == ["备注"]
    assert compiled.blank_fields({"姓名": blank}) == ["备注"]  # a missing cell is blank
    assert compiled.required == ("备注",)
    assert compiled.bind(["备注", "姓名"])(["x", blank]) == "顾客您好，x"


def test_a_default_on_one_use_only_leaves_the_other_required() -> None:
    compiled = compile_template("{姓名|顾客}您好，{姓名}")
    assert compiled.required == ("姓名",)
    assert compiled.merge({"姓名": ""}) == "顾客您好，"
    assert compiled.blank_fields({"姓名": ""}) == ["姓名"]


@pytest.mark.parametrize(("template", "kinds"), [
    ("{|顾客}您好", [ProblemKind.EMPTY_FIELD]),
    ("{姓名|{顾客}}", [ProblemKind.UNBALANCED_BRACE, ProblemKind.UNKNOWN_FIELD,
                     ProblemKind.UNBALANCED_BRACE]),
    ("｛姓名|顾客｝您好", [ProblemKind.FULLWIDTH_BRACES]),
    ("{姓名|｛顾客｝}", []),  # full-width braces are text in a default too
])
def test_defaults_that_cannot_be(template: str, kinds: list[ProblemKind]) -> None:
    assert [p.kind for p in check_template(template, ["姓名"])] == kinds


def test_full_width_braces_are_kept_as_written() -> None:
    assert fields_of("｛姓名｝您好") == []
    assert merge("｛姓名｝您好", {"姓名": "张三"}) == "｛姓名｝您好"


def test_with_default_gives_every_use_without_one_the_default() -> None:
    template = "{{姓名}} {姓名}您好，{ 姓名 }，{姓名|先生}，{单号}"
    assert with_default(template, "姓名", " 顾客 ") == (
        "{{姓名}} {姓名|顾客}您好，{ 姓名|顾客}，{姓名|先生}，{单号}")
    assert with_default(template, "地址", "无") == template
    assert with_default("{备注}", "备注", "a|b") == "{备注|a|b}"
    with pytest.raises(ValueError, match="braces"):
        with_default(template, "姓名", "{x}")
    assert is_valid_default("顾客|先生") and is_valid_default("｛x｝") and is_valid_default("")
    assert not is_valid_default("{x") and not is_valid_default("x}")


def test_every_missing_column_with_the_headers_it_likely_meant() -> None:
    headers = ["姓名", "手机号", "收货地址", "订单号", "金额（元）", "备注"]
    found = missing_columns("{客户姓名}{地址}{单号}{订单编号}{金额}{电话}{ 备注 }{手机}", headers)
    assert [(p.field, p.suggestion) for p in found] == [
        ("客户姓名", "姓名"), ("地址", "收货地址"), ("单号", "订单号"), ("订单编号", "订单号"),
        ("金额", "金额（元）"), ("电话", None), ("手机", "手机号")]
    assert missing_columns("{号}", headers)[0].suggestions == ("手机号", "订单号")


@pytest.mark.parametrize(("field", "headers", "closest"), [
    ("地址", ["姓名", "收货地址"], ["收货地址"]),
    ("姓 名", ["姓名"], ["姓名"]),
    ("NAME", ["name", "Phone"], ["name"]),
    ("ｎａｍｅ", ["Name"], ["Name"]),
    ("金额", ["金额(元)", "数量"], ["金额(元)"]),
    ("编号订单", ["订单编号"], ["订单编号"]),  # the same characters in another order
    ("名字", ["姓名", "名称", "地址"], ["姓名", "名称"]),
    ("电话", ["手机号", "地址"], []),  # nothing in common: no guess
    ("x", [None, 3, "", "  "], []),
])
def test_closest_headers(field: str, headers: list[object], closest: list[str]) -> None:
    assert closest_headers(field, headers) == closest


def test_an_exact_header_wins_over_one_with_stray_spaces() -> None:
    compiled = compile_template("{姓名}")
    assert compiled.merge({"姓名 ": "甲"}) == "甲"
    assert compiled.merge({"姓名 ": "甲", "姓名": "乙"}) == "乙"


def escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


defaults = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=8)
cell_values = st.one_of(st.sampled_from(["", "  ", None, "张三", " 李 四 ", 0, 12.5]),
                        st.text(max_size=5))


@given(st.lists(st.tuples(literals, field_names, st.none() | defaults), max_size=5), literals,
       st.data())
def test_fields_with_and_without_defaults_merge_as_written(
        pieces: list[tuple[str, str, str | None]], tail: str, data: st.DataObject) -> None:
    template = "".join(escape(literal) + "{" + name + ("" if default is None else
                                                       "|" + default) + "}"
                       for literal, name, default in pieces) + escape(tail)
    row = {name: data.draw(cell_values) for _, name, _ in pieces}
    expected = "".join(literal + (format_value(row[name]) or (default or "").strip())
                       for literal, name, default in pieces) + tail
    compiled = compile_template(template)
    assert compiled.merge(row) == expected
    assert [(p.name, p.default) for p in compiled.placeholders] == [
        (name, None if default is None else default.strip()) for _, name, default in pieces]
    assert all(template[p.start] == "{" and template[p.end - 1] == "}"
               for p in compiled.placeholders)
    assert compiled.blank_fields(row) == list(dict.fromkeys(
        name for _, name, default in pieces if default is None and not format_value(row[name])))


@given(st.lists(st.tuples(literals, field_names, st.none() | defaults), min_size=1,
                max_size=5), defaults, st.data())
def test_with_default_fills_what_was_blank_and_nothing_else(
        pieces: list[tuple[str, str, str | None]], default: str, data: st.DataObject) -> None:
    template = "".join(escape(literal) + "{" + name + ("" if d is None else "|" + d) + "}"
                       for literal, name, d in pieces)
    field = data.draw(st.sampled_from([name for _, name, _ in pieces]))
    changed = compile_template(with_default(template, field, default))
    original = compile_template(template)
    assert changed.fields == original.fields
    assert field not in changed.required
    for before, after in zip(original.placeholders, changed.placeholders, strict=True):
        if before.name == field and before.default is None:
            assert after.default == default.strip()
        else:
            assert after.default == before.default
    filled = {name: "值" for name in original.fields}
    assert changed.merge(filled) == original.merge(filled)


@pytest.mark.parametrize(("template", "renamed"), [
    ("{地址}", "{收货地址}"),
    ("寄到{ 地址 }，{地址|到店自取}。{姓名}", "寄到{收货地址}，{收货地址|到店自取}。{姓名}"),
    ("{{地址}} {地址2}", "{{地址}} {地址2}"),  # a literal brace and another field stay
    ("{地址|无|空}", "{收货地址|无|空}"),
])
def test_rename_field_names_another_column_keeping_defaults(template: str, renamed: str) -> None:
    assert rename_field(template, "地址", "收货地址") == renamed
    assert "地址" not in missing_columns(renamed, ["收货地址", "姓名", "地址2"])


@pytest.mark.parametrize("name", ["", "  ", "a|b", "{x}", "x}"])
def test_rename_field_refuses_what_cannot_be_a_field(name: str) -> None:
    assert not is_field_name(name)
    with pytest.raises(ValueError):
        rename_field("{地址}", "地址", name)
