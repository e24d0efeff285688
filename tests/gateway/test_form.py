"""The form encoder writes exactly what urllib's urlencode writes."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.gateway.form import encode_form


def urllib_form(fields: dict[str, str]) -> bytes:
    return urlencode(fields, encoding="utf-8").encode("ascii")


@given(st.dictionaries(st.text(), st.text()))
def test_equal_to_urlencode_for_any_text(fields: dict[str, str]) -> None:
    try:
        expected = urllib_form(fields)
    except UnicodeEncodeError:  # a lone surrogate cannot be sent by either
        with pytest.raises(UnicodeEncodeError):
            encode_form(fields)
        return
    assert encode_form(fields) == expected


def test_a_p2p_body() -> None:
    fields = {"action": "p2p", "account": "922011", "password": "p@ss w+rd/%~",
              "mobileContentList": "13800000001#【聚合云信】您好，订单 A-1 已发货\r"
                                   "13800000002#Hi! 50% off_today.",
              "extno": "1069012345", "rt": "json"}
    assert encode_form(fields) == urllib_form(fields)
    assert b"password=p%40ss+w%2Brd%2F%25~&" in encode_form(fields)


def test_empty_form() -> None:
    assert encode_form({}) == b""


def test_a_body_of_texts_repeating_the_same_runs() -> None:
    # Runs escaped once and looked up after: every repeat must come out the same.
    listing = "\r".join(f"1380000{i:04d}#【店】尊敬的{'王李'[i % 2]}  先生 {i} 分 & 再见 "
                        for i in range(300))
    fields = {"mobileContentList": listing, " lead": "  ", "tail ": "x  "}
    assert encode_form(fields) == urllib_form(fields)
