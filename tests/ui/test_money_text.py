"""Amounts of 元 with their digits grouped by the window's language (money_text.py), exact
for any size, and the balance gauge's scale written so: 200,000,000 rather than 200000000."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from juhe_desk.domain.money import li_to_yuan_text
from juhe_desk.ui.money_text import whole_or_cents_yuan, yuan_text
from juhe_desk.ui.widgets.balance_gauge import BalanceGauge

CHINA = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture(autouse=True)
def chinese_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(CHINA)
    yield
    QLocale.setDefault(before)


def test_yuan_are_grouped_by_threes_as_the_language_writes_them() -> None:
    assert yuan_text(200_000_000_000, 0) == "200,000,000"
    assert yuan_text(123_456_789) == "123,456.79"
    assert yuan_text(999) == "1.00" and yuan_text(0) == "0.00"
    assert yuan_text(-12_345_678) == "-12,345.68"
    assert yuan_text(45, 3) == "0.045"
    assert whole_or_cents_yuan(5_000_000) == "5,000"
    assert whole_or_cents_yuan(5_000_500) == "5,000.50"
    QLocale.setDefault(GERMANY)  # a language that groups with dots keeps its own marks
    assert yuan_text(1_234_567_890) == "1.234.567,89"


@given(st.integers(min_value=-(10 ** 20), max_value=10 ** 20), st.integers(0, 3))
def test_grouping_adds_only_separators_to_the_exact_amount(li: int, places: int) -> None:
    QLocale.setDefault(CHINA)
    grouped = yuan_text(li, places)
    assert grouped.replace(",", "") == li_to_yuan_text(li, places)
    whole = grouped.lstrip("-").split(".")[0]
    assert all(len(group) == 3 for group in whole.split(",")[1:])
    assert 1 <= len(whole.split(",")[0]) <= 3


def test_the_gauge_writes_its_scale_and_amount_grouped(qtbot: object) -> None:
    gauge = BalanceGauge()
    gauge.set_balance(199_999_999_000, 20_000_000)
    assert gauge.scale_li() == 200_000_000_000
    assert gauge.scale_text() == "200,000,000"
    assert gauge.amount_text() == "¥199,999,999.00"
    assert "20,000.00" in gauge.toolTip()  # the warning level, grouped, in either language
    gauge.resize(280, 250)
    assert not gauge.grab().isNull()  # painted with the grouped marks, no warning
