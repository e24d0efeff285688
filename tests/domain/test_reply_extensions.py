"""Each campaign's own extension of the 接入号: 2 to 4 digits, within 20 in all, in turn."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.reply_extensions import (
    MAX_EXTNO_DIGITS,
    next_suffix,
    room_for_suffix,
    suffix_fits,
)


def test_suffixes_come_in_turn_and_wrap_around() -> None:
    assert next_suffix(None, 2) == "01"
    assert next_suffix("01", 2) == "02"
    assert next_suffix("99", 2) == "00"
    assert next_suffix("0999", 3) == "000"  # the length changed: carry on from the number
    assert next_suffix("7", 4) == "0008"
    assert next_suffix("²", 2) == "01"  # a digit to str.isdigit, not to int(): starts over
    with pytest.raises(ValueError, match="2 to 4"):
        next_suffix(None, 1)


@given(st.one_of(st.none(), st.text(max_size=6)), st.sampled_from([2, 3, 4]))
def test_a_suffix_is_always_digits_of_the_asked_length(previous: str | None,
                                                       digits: int) -> None:
    suffix = next_suffix(previous, digits)
    assert len(suffix) == digits and suffix.isdigit() and suffix.isascii()


def test_the_whole_number_stays_within_twenty_digits() -> None:
    assert suffix_fits("1069012345", 4)
    assert suffix_fits("1" * 16, 4) and not suffix_fits("1" * 17, 4)
    assert suffix_fits("1" * 18, 2) and not suffix_fits("1" * 19, 2)
    assert not suffix_fits("1069012345", 0) and not suffix_fits("1069012345", 5)
    assert not suffix_fits("10690１２3", 2) and not suffix_fits("", 2)
    assert [room_for_suffix(e) for e in ("1069012345", "1" * 17, "1" * 20, "abc")] == [
        4, 3, 0, 0]
    assert MAX_EXTNO_DIGITS == 20
