"""SMS length and parts (70 for one, 67 per part beyond), and composing the text to send."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.textlen import (
    ComposedText,
    ComposeWarning,
    compose_text,
    max_length_for_parts,
    next_boundary,
    normalize_signature,
    parts_for_length,
    sms_length,
    sms_parts,
    sms_parts_each,
)


@pytest.mark.parametrize(("text", "length"), [
    ("", 0),
    ("abc", 3),
    ("【签名】您好", 6),
    ("ＡＢＣ，。", 5),
    ("😀", 2),  # outside the BMP: two UTF-16 code units, as the carrier counts
    ("a😀b", 4),
    ("é", 1),
    ("\r\n", 2),
    ("a\ud800", 2),  # a lone surrogate (broken paste) is one unit, not an error
])
def test_length_counts_utf16_code_units(text: str, length: int) -> None:
    assert sms_length(text) == length


@pytest.mark.parametrize(("length", "parts"), [
    (0, 0), (1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4), (268, 4),
    (269, 5),
])
def test_parts_follow_the_carriers_rule(length: int, parts: int) -> None:
    assert parts_for_length(length) == parts
    assert sms_parts("字" * length) == parts


def test_an_emoji_can_push_a_text_into_a_second_part() -> None:
    assert sms_parts("字" * 69 + "a") == 1
    assert sms_parts("字" * 69 + "😀") == 2


def test_boundaries() -> None:
    assert [max_length_for_parts(p) for p in range(5)] == [0, 70, 134, 201, 268]
    assert next_boundary(0) == 70
    assert next_boundary(70) == 70
    assert next_boundary(71) == 134
    assert next_boundary(134) == 134
    assert next_boundary(135) == 201


@given(st.integers(min_value=1, max_value=100_000))
def test_parts_hold_the_text_and_no_part_is_wasted(length: int) -> None:
    parts = parts_for_length(length)
    assert length <= max_length_for_parts(parts)
    assert length > max_length_for_parts(parts - 1)
    assert parts_for_length(length + 1) in (parts, parts + 1)
    assert next_boundary(length) == max_length_for_parts(parts)


@given(st.text())
def test_length_is_at_least_the_code_points(text: str) -> None:
    assert len(text) <= sms_length(text) <= 2 * len(text)


def test_signature_is_added_at_the_start() -> None:
    composed = compose_text("您的验证码是1234", "【小店】")
    assert composed == ComposedText("【小店】您的验证码是1234", 14, 1, (), True, False)


def test_signature_without_brackets_is_bracketed() -> None:
    assert normalize_signature("小店") == "【小店】"
    assert normalize_signature(" 【小店】 ") == "【小店】"
    assert normalize_signature("") == ""
    assert compose_text("您好", "小店").text == "【小店】您好"


def test_signature_already_there_is_not_added_again() -> None:
    at_start = compose_text("【小店】您好", "【小店】")
    assert at_start.text == "【小店】您好"
    assert not at_start.added_signature
    assert at_start.warnings == ()
    at_end = compose_text("您好【小店】", "【小店】", "拒收请回复R")
    assert at_end.text == "您好拒收请回复R【小店】"
    assert at_end.warnings == ()


def test_signature_typed_twice_is_warned() -> None:
    composed = compose_text("【小店】【小店】您好", "【小店】")
    assert composed.text == "【小店】【小店】您好"
    assert composed.warnings == (ComposeWarning.SIGNATURE_TWICE,)
    in_the_middle = compose_text("您好【小店】欢迎", "【小店】")
    assert in_the_middle.text == "【小店】您好【小店】欢迎"
    assert ComposeWarning.SIGNATURE_TWICE in in_the_middle.warnings


def test_another_signature_is_warned() -> None:
    composed = compose_text("【别家】您好", "【小店】")
    assert composed.text == "【小店】【别家】您好"
    assert composed.warnings == (ComposeWarning.OTHER_SIGNATURE,)
    assert ComposeWarning.OTHER_SIGNATURE in compose_text("您好【别家】", "【小店】").warnings
    # 【…】 inside the text is ordinary emphasis, not a signature.
    assert compose_text("您好，【限时】五折", "【小店】").warnings == ()


def test_optout_suffix_is_appended_once() -> None:
    composed = compose_text("  周末五折  ", "【小店】", "拒收请回复R")
    assert composed.text == "【小店】周末五折拒收请回复R"
    assert composed.added_optout
    again = compose_text("周末五折，拒收请回复R", "【小店】", "拒收请回复R")
    assert again.text == "【小店】周末五折，拒收请回复R"
    assert not again.added_optout


def test_additions_that_cost_another_part_are_warned() -> None:
    body = "字" * 66
    composed = compose_text(body, "【小店】", "拒收请回复R")
    assert (composed.length, composed.parts) == (66 + 4 + 6, 2)
    assert composed.warnings == (ComposeWarning.ADDITIONS_ADD_PART,)
    assert compose_text("字" * 60, "【小店】").warnings == ()


def test_empty_body_is_warned_and_nothing_is_counted_for_it() -> None:
    composed = compose_text("   ", "")
    assert composed == ComposedText("", 0, 0, (ComposeWarning.EMPTY_BODY,))
    assert ComposeWarning.EMPTY_BODY.text("en") == "The message text is empty"


@given(st.text(alphabet=st.characters(blacklist_characters="【】"), min_size=1),
       st.text(alphabet=st.characters(blacklist_characters="【】"), min_size=1, max_size=8))
def test_composed_text_has_the_signature_exactly_once(body: str, name: str) -> None:
    signature = normalize_signature(name)
    composed = compose_text(body, signature)
    if not name.strip() or not body.strip():
        return
    assert composed.text.startswith(signature)
    assert composed.text.count(signature) == 1
    assert composed.length == sms_length(composed.text)
    assert composed.parts == sms_parts(composed.text)


@given(st.lists(st.text(max_size=140)))
def test_the_parts_of_many_texts_are_each_ones_parts(texts: list[str]) -> None:
    assert sms_parts_each(texts) == [sms_parts(text) for text in texts]


def test_the_parts_of_many_texts_see_a_long_or_astral_one() -> None:
    assert sms_parts_each(["字" * 70, "字" * 69 + "😀", "", "a"]) == [1, 2, 0, 1]
