"""The bulk-import check: numbers repaired or refused, texts merged, verdicts per row."""

from __future__ import annotations

import pytest

from juhe_desk.domain.carriers import Carrier
from juhe_desk.domain.sheet_check import (
    RowCheckOptions,
    TemplateError,
    Verdict,
    check_rows,
)
from juhe_desk.domain.template_edits import with_default

COLUMNS = ["姓名", "手机号", "单号"]
SIGN = "【聚合云信】"


def check(rows: list[tuple[object, ...]], template: str = "{姓名}您好，您的订单{单号}已发货",
         **options: object):
    return check_rows(COLUMNS, rows, RowCheckOptions(phone_column=1, template=template,
                                                    signature=SIGN, **options))  # type: ignore[arg-type]


def test_rows_get_numbers_texts_and_verdicts() -> None:
    result = check([("张三", 13800000001.0, "A1"), ("李四", "138-0000-0002", "A2"),
                   ("王五", "1.38E+10", "A3"), ("赵六", "+86 138 0000 0004", "")])
    verdicts = [r.verdict for r in result.rows]
    assert verdicts == [Verdict.OK, Verdict.OK, Verdict.INVALID, Verdict.EMPTY_FIELD]
    assert result.rows[0].text == f"{SIGN}张三您好，您的订单A1已发货"
    assert result.rows[1].mobile == "13800000002"
    assert "科学计数法" in result.rows[2].reason_text("zh_CN")
    assert result.rows[3].reason_text("zh_CN") == "单号"  # shown as 字段为空: 单号
    assert result.rows[3].verdict.text("en") == "Empty field"
    assert result.empty_fields == {"单号": 1} and result.empty_field_rows == 1
    assert (result.valid, result.invalid, result.duplicates) == (2, 1, 0)
    assert result.messages() == [("13800000001", f"{SIGN}张三您好，您的订单A1已发货"),
                                 ("13800000002", f"{SIGN}李四您好，您的订单A2已发货")]


def test_duplicates_same_text_dropped_different_text_kept() -> None:
    rows = [("张三", "13800000001", "A1"), ("张三", "13800000001", "A1"),
            ("张三", "13800000001", "A2")]
    assert [r.verdict for r in check(rows).rows] == [Verdict.OK, Verdict.DUPLICATE, Verdict.OK]
    first_only = check(rows, keep_first_only=True)
    assert [r.verdict for r in first_only.rows] == [Verdict.OK, Verdict.DUPLICATE,
                                                    Verdict.DUPLICATE]


def test_a_number_with_two_texts_gets_both() -> None:
    rows = [("张三", "13800000001", "A1"), ("张三", "13800000001", "A2"),
            ("李四", "13800000002", "A3"), ("李四", "13800000002", "A3")]
    result = check(rows)
    assert [mobile for mobile, _text in result.messages()] == [
        "13800000001", "13800000001", "13800000002"]


def test_opted_out_left_out_unless_included() -> None:
    rows = [("张三", "13800000001", "A1")]
    opted = check_rows(COLUMNS, rows, RowCheckOptions(1, "你好"), {"13800000001"})
    assert opted.rows[0].verdict is Verdict.OPTED_OUT
    kept = check_rows(COLUMNS, rows, RowCheckOptions(1, "你好", include_opted_out=True),
                         {"13800000001"})
    assert kept.rows[0].verdict is Verdict.OK
    # the checked rows say which numbers on the list are sent to, so the send leaves out others
    assert (opted.opted_out_included, kept.opted_out_included) == (frozenset(),
                                                                  {"13800000001"})


def test_several_numbers_in_one_cell_become_several_rows() -> None:
    result = check([("张三", "13800000001/13800000002", "A1")])
    assert [r.mobile for r in result.rows] == ["13800000001", "13800000002"]
    assert {r.row for r in result.rows} == {0}


def test_rows_crossing_a_part_boundary_carry_the_extra_parts() -> None:
    long_name = "长" * 60
    result = check([("张三", "13800000001", "A1"), ("李四", "13800000002", "A2"),
                   (long_name, "13800000003", "A3")])
    assert [r.parts for r in result.rows] == [1, 1, 2]
    assert [r.extra_parts for r in result.rows] == [0, 0, 1]
    assert result.total_parts == 4


def test_line_break_is_sendable_but_flagged() -> None:
    result = check([("张\n三", "13800000001", "A1")])
    assert result.rows[0].verdict is Verdict.LINE_BREAK
    assert result.valid == 1


def test_unknown_field_is_an_error_before_any_row() -> None:
    with pytest.raises(TemplateError) as caught:
        check([("张三", "13800000001", "A1")], template="{姓命}您好")
    assert "姓名" in caught.value.text("zh_CN")  # the suggestion


def test_one_text_for_all() -> None:
    result = check([("张三", "13800000001", "A1"), ("李四", "13800000002", "A2")],
                  template="店庆八折")
    assert not result.personalised
    assert {r.text for r in result.rows} == {f"{SIGN}店庆八折"}


def test_every_missing_column_is_listed_at_once_with_its_closest_header() -> None:
    columns = ["姓名", "手机号", "收货地址", "订单号"]
    with pytest.raises(TemplateError) as caught:
        check_rows(columns, [], RowCheckOptions(1, "{姓名}您好，寄往{地址}，单号{单号}，{积分}分"))
    problems = caught.value.problems
    assert [(p.field, p.suggestion) for p in problems] == [
        ("地址", "收货地址"), ("单号", "订单号"), ("积分", None)]
    assert caught.value.text().splitlines() == [
        "{地址}: 表格里没有这一列，是 {收货地址} 吗？",
        "{单号}: 表格里没有这一列，是 {订单号} 吗？",
        "{积分}: 表格里没有这一列"]
    assert len(caught.value.text("en").splitlines()) == 3


def test_a_header_with_stray_spaces_is_not_missing() -> None:
    result = check_rows(["姓名 ", "手机号"], [("张三", "13800000001")],
                           RowCheckOptions(1, "{姓名}您好"))
    assert result.rows[0].text == "张三您好"


def test_blank_fields_without_default_get_their_own_verdict_naming_them() -> None:
    columns = ["姓名", "手机号", "地址", "备注"]
    rows = [("张三", "13800000001", "北京", "x"), ("", "13800000002", " ", "x"),
            (None, "13800000003", "上海", float("nan")), ("李四", "13800000004")]  # ragged
    result = check_rows(columns, rows, RowCheckOptions(1, "{姓名}您好，寄往{地址}{备注}"))
    assert [r.verdict for r in result.rows] == [Verdict.OK] + [Verdict.EMPTY_FIELD] * 3
    assert [r.reason_text() for r in result.rows[1:]] == ["姓名、地址", "姓名、备注", "地址、备注"]
    assert result.rows[1].reason_text("en") == "姓名, 地址"
    assert result.rows[2].text == "您好，寄往上海"  # what it would read, for the preview
    assert result.empty_fields == {"姓名": 2, "地址": 2, "备注": 2}
    assert result.counts == {Verdict.OK: 1, Verdict.EMPTY_FIELD: 3}
    assert result.messages() == [("13800000001", "张三您好，寄往北京x")]


def test_a_default_stands_in_for_a_blank_cell() -> None:
    columns = ["姓名", "手机号"]
    rows = [("张三", "13800000001"), ("", "13800000002"), ("  ", "13800000003"),
            (None, "13800000004"), ("王五",)]
    result = check_rows(columns, rows, RowCheckOptions(1, "{姓名|顾客}您好", "【小店】"))
    assert [r.text for r in result.rows[:4]] == [
        "【小店】张三您好", "【小店】顾客您好", "【小店】顾客您好", "【小店】顾客您好"]
    assert result.rows[4].verdict is Verdict.INVALID  # a ragged row without a number
    assert result.valid == 4 and result.empty_fields == {}


def test_use_this_default_for_all_turns_the_empty_field_rows_into_texts() -> None:
    columns = ["姓名", "手机号"]
    rows = [("张三", "13800000001"), ("", "13800000002")]
    template = "{姓名}您好，{ 姓名 }！"
    before = check_rows(columns, rows, RowCheckOptions(1, template))
    assert before.empty_fields == {"姓名": 1}
    fixed = with_default(template, "姓名", "顾客")
    assert fixed == "{姓名|顾客}您好，{ 姓名|顾客}！"
    after = check_rows(columns, rows, RowCheckOptions(1, fixed))
    assert [r.text for r in after.rows] == ["张三您好，张三！", "顾客您好，顾客！"]
    assert after.empty_fields == {} and after.valid == 2


def test_an_empty_default_lets_a_field_be_blank() -> None:
    result = check_rows(["姓名", "手机号"], [("", "13800000001")],
                           RowCheckOptions(1, "{姓名|}您好"))
    assert result.rows[0].verdict is Verdict.OK and result.rows[0].text == "您好"


def test_the_checked_rows_count_the_numbers_to_send_by_carrier() -> None:
    rows = [("a", "13912345678"), ("b", "13800000001"), ("c", "18600000004"),
            ("d", "19200000000"), ("e", "15400000000"), ("f", "13912345678"),
            ("g", "16200000001")]
    result = check_rows(["姓名", "手机号"], rows, RowCheckOptions(1, "店庆"))
    assert result.carrier_counts() == {Carrier.MOBILE: 2, Carrier.TELECOM: 1,
                                       Carrier.UNICOM: 1, Carrier.BROADNET: 1}
    assert result.carrier_counts() is result.carrier_counts()  # worked out once
    refused = result.rows[4]
    assert refused.verdict is Verdict.INVALID
    assert refused.reason_text() == "号段 154 不是在用的手机号段"
    assert refused.reason_text("en") == "154 is not a mobile prefix in use"
