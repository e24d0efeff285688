"""The recipients box: every common way of typing or pasting numbers."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.numbers import InvalidReason, is_mobile
from juhe_desk.domain.recipients import RecipientCheck, is_header_word, parse_recipients

A, B, C, D = "13800000001", "13900000002", "15000000003", "18600000004"
# Numbers whose prefix is in use (about three in four of that shape).
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True).filter(is_mobile)


def reasons(check: RecipientCheck) -> list[tuple[str, InvalidReason | None]]:
    return [(c.original, c.reason) for c in check.invalid]


@pytest.mark.parametrize("text", [
    f"{A}\n{B}\n{C}",
    f"{A}\r\n{B}\r\n{C}\r\n",
    f"{A},{B},{C}",
    f"{A}，{B}，{C}",
    f"{A};{B}；{C}",
    f"{A}、{B}、{C}",
    f"{A} {B} {C}",
    f"{A}\t{B}\t{C}",
    f"{A}/{B}|{C}",
    f"\n\n  {A}  \n\n{B} ,  {C}\n",
    "138 0000 0001\n139-0000-0002\n+86 150 0000 0003",
    "138 0000 0001, 139 0000 0002, 150 0000 0003",
    "138 0000 0001 139 0000 0002 150 0000 0003",
    "１３８００００００01\n＋８６13900000002\n15000000003.0",
])
def test_common_forms(text: str) -> None:
    result = parse_recipients(text)
    assert result == RecipientCheck((A, B, C), (), 0, ())


def test_duplicates_are_dropped_and_counted_keeping_first_seen_order() -> None:
    result = parse_recipients(f"{B}\n{A}\n138 0000 0001\n{B}\n+86{A}\n{C}")
    assert result.valid == (B, A, C)
    assert result.duplicates == 3
    assert result.invalid == ()


def test_opted_out_numbers_are_set_aside() -> None:
    result = parse_recipients(f"{A}\n{B}\n{B}\n{C}", opted_out={B, D})
    assert result.valid == (A, C)
    assert result.opted_out == (B,)
    assert result.duplicates == 1


def test_invalid_entries_keep_their_reason_and_their_order() -> None:
    text = "\n".join([A, "1380000000", "010-12345678", "0755 1234 5678", "1.38E+10", "abc",
                      "12800000001", B])
    result = parse_recipients(text)
    assert result.valid == (A, B)
    assert reasons(result) == [
        ("1380000000", InvalidReason.TOO_SHORT),
        ("010-12345678", InvalidReason.LANDLINE),
        ("0755 1234 5678", InvalidReason.LANDLINE),
        ("1.38E+10", InvalidReason.SCIENTIFIC),
        ("abc", InvalidReason.LETTERS),
        ("12800000001", InvalidReason.NOT_MOBILE),
    ]


def test_numbers_whose_prefix_is_not_in_use_are_invalid_with_the_prefix_named() -> None:
    text = f"{A}\n15400000000\n154 0000 0001\n+86 194-0000-0000\n张三 17490000000\n{B}"
    result = parse_recipients(text)
    assert result.valid == (A, B)
    assert [c.reason_text() for c in result.invalid] == [
        "号段 154 不是在用的手机号段", "号段 154 不是在用的手机号段", "号段 194 不是在用的手机号段",
        "号段 1749 不是在用的手机号段"]


def test_a_header_is_ignored_not_counted_invalid() -> None:
    for header in ("手机号", "手机号码", "电话：", "Phone", "MOBILE"):
        result = parse_recipients(f"{header}\n{A}\n{B}")
        assert result == RecipientCheck((A, B), (), 0, ()), header
    assert is_header_word("手机号：")
    assert not is_header_word("张三")


def test_labels_beside_a_number_are_not_errors() -> None:
    result = parse_recipients(f"张三 {A}\n李四，{B}\n电话：{C}\n王五 138 0000 0004 备注")
    assert result.valid == (A, B, C, "13800000004")
    assert result.invalid == ()


def test_a_label_beside_a_wrong_number_reports_only_the_number() -> None:
    result = parse_recipients("张三 1380000000")
    assert reasons(result) == [("1380000000", InvalidReason.TOO_SHORT)]


def test_spaces_inside_one_number_and_between_numbers() -> None:
    assert parse_recipients("138 0000 0001").valid == (A,)
    assert parse_recipients(f"{A} {B}").valid == (A, B)
    assert parse_recipients(f"138 0000 0001 {B}").valid == (A, B)
    wrong_then_right = parse_recipients(f"1380000000 {B}")
    assert wrong_then_right.valid == (B,)
    assert reasons(wrong_then_right) == [("1380000000", InvalidReason.TOO_SHORT)]


def test_pasted_spreadsheet_rows_take_the_phone_column() -> None:
    text = ("姓名\t手机号\t地址\t金额\n"
            f"张三\t{A}\t北京路12号\t1234567.50\n"
            f"李四\t1.38E+10\t上海\t12\n"
            f"王五\t{B}/{C}\t\t\n"
            f"赵六\t{A}\t广州\t7\n")
    result = parse_recipients(text)
    assert result.valid == (A, B, C)
    assert result.duplicates == 1
    assert reasons(result) == [("1.38E+10", InvalidReason.SCIENTIFIC)]


def test_pasted_rows_whose_phone_column_is_all_broken_are_still_reported() -> None:
    result = parse_recipients("姓名\t手机号\t年龄\n张三\t1.38E+10\t35\n李四\t1.39E+10\t41\n")
    assert result.valid == ()
    assert [c.reason for c in result.invalid] == [InvalidReason.SCIENTIFIC] * 2


def test_empty_text() -> None:
    assert parse_recipients("") == RecipientCheck((), (), 0, ())
    assert parse_recipients(" \n\t\n ") == RecipientCheck((), (), 0, ())


@pytest.mark.parametrize("form", ["{}{}{}", "{} {} {}", "+86 {}-{}-{}"])
def test_every_one_of_a_hundred_thousand_lines_is_accounted_for(form: str) -> None:
    # How long it takes is measured by bench/carrier_bench.py (f), not here.
    rng = random.Random(7)
    numbers = [f"1{rng.randint(3, 9)}{rng.randrange(10**9):09d}" for _ in range(100_000)]
    lines = [form.format(n[:3], n[3:7], n[7:]) for n in numbers]
    result = parse_recipients("\n".join(lines))
    assert len(result.valid) + result.duplicates + len(result.invalid) == 100_000
    # About one random number in four has a prefix that is not in use.
    assert {c.reason for c in result.invalid} == {InvalidReason.UNALLOCATED}


@given(st.lists(mobiles, min_size=1, max_size=30),
       st.lists(st.sampled_from(["\n", ",", "，", ";", "、", " ", "\t", " , ", "\r\n"]),
                min_size=1))
def test_any_separated_list_comes_back_in_first_seen_order(numbers: list[str],
                                                           separators: list[str]) -> None:
    text = "".join(n + separators[i % len(separators)] for i, n in enumerate(numbers))
    result = parse_recipients(text)
    unique = tuple(dict.fromkeys(numbers))
    assert result.valid == unique
    assert result.duplicates == len(numbers) - len(unique)
    assert result.invalid == ()


@given(st.text(max_size=200))
def test_any_text_is_sorted_out_without_error(text: str) -> None:
    result = parse_recipients(text)
    assert len(set(result.valid)) == len(result.valid)
    assert all(c.mobile is None and c.reason is not None for c in result.invalid)
