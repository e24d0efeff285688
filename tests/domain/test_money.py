"""Money in 厘: exact text both ways, costs and how many SMS a balance pays for."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.money import (
    campaign_cost_li,
    li_to_yuan_text,
    sms_left,
    yuan_text_to_li,
)


@pytest.mark.parametrize(("li", "text"), [
    (0, "0.00"), (12345, "12.35"), (12344, "12.34"), (5, "0.01"), (4, "0.00"),
    (50, "0.05"), (1000, "1.00"), (-1500, "-1.50"), (-1505, "-1.51"), (-4, "0.00"),
    (123456789012345, "123456789012.35"),
])
def test_li_to_yuan_text_rounds_half_up(li: int, text: str) -> None:
    assert li_to_yuan_text(li) == text


def test_a_price_shows_exactly_with_three_places() -> None:
    assert li_to_yuan_text(45, places=3) == "0.045"
    assert li_to_yuan_text(-1505, places=3) == "-1.505"


@pytest.mark.parametrize(("text", "li"), [
    ("12.35", 12350), ("0.05", 50), ("0.045", 45), ("12", 12000), (".5", 500), ("5.", 5000),
    ("-1.5", -1500), ("¥1,234.5元", 1234500), ("￥ 20", 20000), ("-¥1.50", -1500),
    ("１２.３", 12300), (" 7 ", 7000),
])
def test_yuan_text_to_li(text: str, li: int) -> None:
    assert yuan_text_to_li(text) == li


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "0.0005", "1e3", "--1", "5分", "¥", "١٢"])
def test_yuan_text_that_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        yuan_text_to_li(text)


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_three_places_round_trip_exactly(li: int) -> None:
    assert yuan_text_to_li(li_to_yuan_text(li, places=3)) == li


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_two_places_are_never_more_than_half_a_fen_off(li: int) -> None:
    shown = Decimal(li_to_yuan_text(li)) * 1000
    assert abs(shown - li) <= 5


def test_campaign_cost() -> None:
    assert campaign_cost_li(3 * 2, 45) == 270
    assert campaign_cost_li(0, 45) == 0
    with pytest.raises(ValueError):
        campaign_cost_li(-1, 45)
    with pytest.raises(ValueError):
        campaign_cost_li(1, -45)


def test_sms_left() -> None:
    assert sms_left(10_000, 45) == 222
    assert sms_left(45, 45) == 1
    assert sms_left(44, 45) == 0
    assert sms_left(10_000, 0) == 0
    assert sms_left(0, 45) == 0
    assert sms_left(-1500, 45) == 0


def test_prepaid_shortfall() -> None:
    from juhe_desk.domain.money import estimated_cost_li, prepaid_shortfall_li
    from juhe_desk.gateway.models import Balance

    assert estimated_cost_li(10, 50) == 500
    assert estimated_cost_li(10, 0) is None
    assert prepaid_shortfall_li(500, Balance(400, "PRECHARGE")) == 100
    assert prepaid_shortfall_li(500, Balance(400, "POSTCHARGE")) == 0
    assert prepaid_shortfall_li(500, None) == 0
    assert prepaid_shortfall_li(None, Balance(0, "PRECHARGE")) == 1
    assert prepaid_shortfall_li(None, Balance(10, "PRECHARGE")) == 0
