"""Mainland mobile numbers: repairs that are certain, rejections with a reason, no exceptions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.numbers import (
    InvalidReason,
    NumberCheck,
    is_mobile,
    normalize_mobile,
    split_cell_numbers,
)

MOBILE = "13800000001"
# Numbers whose prefix is in use (about three in four of that shape).
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True).filter(is_mobile)


@pytest.mark.parametrize("text", [
    "13800000001",
    " 13800000001\t",
    "138 0000 0001",
    "138-0000-0001",
    "138.0000.0001",
    "(138)0000-0001",
    "+86 138 0000 0001",
    "+86-13800000001",
    "(+86)13800000001",
    "0086 138 0000 0001",
    "008613800000001",
    "8613800000001",
    "86 138 0000 0001",
    "１３８００００００01",
    "＋８６ １３８ ００００ ０００１",
    "13800000001.0",
    "13800000001.00",
    "1.3800000001E+10",
    "1.3800000001e10",
    "13,800,000,001",
    "'13800000001",
    '"13800000001"',
    "\u200b13800000001\ufeff",
    "138\u00a00000\u30000001",
    "138–0000—0001",
])
def test_certain_repairs_give_the_mobile(text: str) -> None:
    check = normalize_mobile(text)
    assert check == NumberCheck(text, MOBILE, None)
    assert check.valid


@pytest.mark.parametrize(("text", "reason"), [
    ("", InvalidReason.EMPTY),
    ("   ", InvalidReason.EMPTY),
    ("1380000000", InvalidReason.TOO_SHORT),
    ("138 0000 000", InvalidReason.TOO_SHORT),
    ("138000000012", InvalidReason.TOO_LONG),
    ("013800000001", InvalidReason.TOO_LONG),
    ("8613800000001 2", InvalidReason.TOO_LONG),
    ("12800000001", InvalidReason.NOT_MOBILE),
    ("10086000000", InvalidReason.NOT_MOBILE),
    ("23800000001", InvalidReason.NOT_MOBILE),
    ("1380000000a", InvalidReason.LETTERS),
    ("张三", InvalidReason.LETTERS),
    ("١٣٨٠٠٠٠٠٠٠١", InvalidReason.LETTERS),  # Arabic-Indic digits are not repaired
    ("13٨00000001", InvalidReason.LETTERS),
    ("1.38E+10", InvalidReason.SCIENTIFIC),
    ("1.3800138E+10", InvalidReason.SCIENTIFIC),  # the zeros may stand for digits not shown
    ("1.38001E+10", InvalidReason.SCIENTIFIC),
    ("1380000000.5", InvalidReason.FRACTION),
    ("13800000001/13800000002", InvalidReason.SEVERAL),
    ("13800000001、13800000002", InvalidReason.SEVERAL),
    ("13800000001;13800000002", InvalidReason.SEVERAL),
    ("13800000001，13800000002", InvalidReason.SEVERAL),
    ("13800000001\n13800000002", InvalidReason.SEVERAL),
    ("13800000001 13800000002", InvalidReason.SEVERAL),
    ("13800000001/1380000000", InvalidReason.SEVERAL),
    ("010-12345678", InvalidReason.LANDLINE),
    ("0755-12345678", InvalidReason.LANDLINE),
    ("0755 1234 567", InvalidReason.LANDLINE),
    ("(021)87654321", InvalidReason.LANDLINE),
    ("400-123-4567", InvalidReason.LANDLINE),
    ("87654321", InvalidReason.LANDLINE),
    ("+1 415 555 0100", InvalidReason.FOREIGN),
    ("+852 6123 4567", InvalidReason.FOREIGN),
    ("00852 61234567", InvalidReason.FOREIGN),
])
def test_rejections_say_why(text: str, reason: InvalidReason) -> None:
    check = normalize_mobile(text)
    assert check.mobile is None
    assert check.reason is reason
    assert check.original == text
    assert not check.valid


@pytest.mark.parametrize(("value", "original", "mobile", "reason"), [
    (13800000001, "13800000001", MOBILE, None),
    (13800000001.0, "13800000001", MOBILE, None),
    (Decimal("13800000001"), "13800000001", MOBILE, None),
    (Decimal("13800000001.0"), "13800000001.0", MOBILE, None),
    (Decimal("1.38E+10"), "1.38E+10", None, InvalidReason.SCIENTIFIC),
    (1380000000.5, "1380000000.5", None, InvalidReason.FRACTION),
    (1380000000, "1380000000", None, InvalidReason.TOO_SHORT),
    (-13800000001, "-13800000001", None, InvalidReason.NOT_MOBILE),
    (None, "", None, InvalidReason.EMPTY),
    (float("nan"), "", None, InvalidReason.EMPTY),
    (float("inf"), "inf", None, InvalidReason.TOO_LONG),
    (True, "True", None, InvalidReason.LETTERS),
])
def test_spreadsheet_values(value: object, original: str, mobile: str | None,
                            reason: InvalidReason | None) -> None:
    assert normalize_mobile(value) == NumberCheck(original, mobile, reason)


def test_an_object_whose_str_fails_is_rejected_not_raised() -> None:
    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("no text")

    check = normalize_mobile(Broken())
    assert check.mobile is None
    assert check.reason is InvalidReason.LETTERS


def test_every_reason_explains_itself_in_both_languages() -> None:
    zh_texts = {r.text("zh_CN") for r in InvalidReason}
    en_texts = {r.text("en") for r in InvalidReason}
    assert len(zh_texts) == len(en_texts) == len(InvalidReason)
    assert InvalidReason.SCIENTIFIC.text() == "科学计数法丢失了位数，请把该列设为文本后重新导出"
    assert "scientific notation" in InvalidReason.SCIENTIFIC.text("en")
    assert InvalidReason.LANDLINE.zh == "固定电话不能接收短信"


@pytest.mark.parametrize(("value", "expected"), [
    ("13800000001/13800000002", ["13800000001", "13800000002"]),
    ("13800000001、13800000002", ["13800000001", "13800000002"]),
    ("13800000001; 13800000002；13800000003", ["13800000001", "13800000002", "13800000003"]),
    ("13800000001，13800000002,13800000003", ["13800000001", "13800000002", "13800000003"]),
    ("13800000001\n13800000002", ["13800000001", "13800000002"]),
    ("13800000001 13800000002", ["13800000001", "13800000002"]),
    ("138 0000 0001 / +86 138 0000 0002", ["13800000001", "13800000002"]),
    ("13800000001/13800000001", ["13800000001"]),
    ("138 0000 0001", ["13800000001"]),
    ("13,800,000,001", ["13800000001"]),
    (13800000001.0, ["13800000001"]),
    ("13800000001/1380000000", []),
    ("13800000001/张三", []),
    ("13800000001 1380000000", []),
    ("", []),
    (None, []),
])
def test_split_cell_numbers(value: object, expected: list[str]) -> None:
    assert split_cell_numbers(value) == expected


def test_is_mobile_takes_no_repairs() -> None:
    assert is_mobile("19912345678")
    assert not is_mobile("199 1234 5678")
    assert not is_mobile("12912345678")
    assert not is_mobile("１９９１２３４５６７８")
    assert not is_mobile("19９12345678")


@given(st.one_of(
    st.text(),
    st.text(alphabet="0123456789０１２３４５６７８９ +-.,/;、()eE\n\t'\"＋８６"),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.none(),
    st.booleans(),
))
def test_never_raises_and_the_result_is_consistent(value: object) -> None:
    check = normalize_mobile(value)
    assert isinstance(check.original, str)
    assert (check.mobile is None) != (check.reason is None)
    if check.mobile is not None:
        assert is_mobile(check.mobile)
        assert check.mobile.isascii()
    for mobile in split_cell_numbers(value):
        assert is_mobile(mobile)


@given(mobiles, st.sampled_from(["", "+86", "0086", "86", "+86 ", "(+86) ", "＋８６"]),
       st.sampled_from(["", " ", "-", ".", "  "]), st.booleans())
def test_any_written_form_of_a_mobile_comes_back(mobile: str, prefix: str, separator: str,
                                                 full_width: bool) -> None:
    grouped = separator.join([mobile[:3], mobile[3:7], mobile[7:]])
    text = prefix + grouped
    if full_width:
        text = text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    assert normalize_mobile(text).mobile == mobile


@given(mobiles)
def test_spreadsheet_number_forms_of_a_mobile_come_back(mobile: str) -> None:
    assert normalize_mobile(int(mobile)).mobile == mobile
    assert normalize_mobile(float(mobile)).mobile == mobile
    assert normalize_mobile(Decimal(mobile)).mobile == mobile
    assert normalize_mobile(f"{mobile[0]}.{mobile[1:]}E+10").mobile == mobile
    assert normalize_mobile(f"{mobile[0]}.{mobile[1:5]}E+10").reason is InvalidReason.SCIENTIFIC


@given(st.lists(mobiles, min_size=2, max_size=5, unique=True),
       st.sampled_from(["/", "、", ";", "；", ",", "，", "\n", " ", " / "]))
def test_a_cell_of_several_mobiles_splits_back(numbers: list[str], separator: str) -> None:
    cell = separator.join(numbers)
    assert split_cell_numbers(cell) == numbers
    assert normalize_mobile(cell).reason is InvalidReason.SEVERAL


@pytest.mark.parametrize(("value", "block"), [
    ("15400000000", "154"),
    ("154 0000 0000", "154"),
    ("+86 194-1234-5678", "194"),
    ("0086 17490000000", "1749"),
    ("8614912345678", "149"),
    (16012345678.0, "160"),
    (17406000000, "17406"),
    ("1.7406000000E+10", "17406"),
])
def test_a_number_whose_prefix_is_not_in_use_is_refused_naming_it(value: object,
                                                                  block: str) -> None:
    check = normalize_mobile(value)
    assert (check.mobile, check.reason, check.unused_block) == (
        None, InvalidReason.UNALLOCATED, block)
    assert check.reason_text() == f"号段 {block} 不是在用的手机号段"
    assert check.reason_text("en") == f"{block} is not a mobile prefix in use"
    assert not is_mobile(check.original.replace(" ", ""))


def test_reason_text_of_the_other_reasons_and_of_a_valid_number() -> None:
    assert normalize_mobile("1380000000").reason_text() == InvalidReason.TOO_SHORT.zh
    assert normalize_mobile("1380000000").reason_text("en") == InvalidReason.TOO_SHORT.en
    assert normalize_mobile(MOBILE).reason_text() == ""


def test_several_numbers_in_a_cell_one_of_them_not_in_use() -> None:
    for cell in ("13800000001/15400000000", "13800000001 15400000000"):
        check = normalize_mobile(cell)
        assert (check.reason, check.unused_block) == (InvalidReason.UNALLOCATED, "154")
        assert split_cell_numbers(cell) == []
    assert split_cell_numbers("13800000001/19200000000") == ["13800000001", "19200000000"]
