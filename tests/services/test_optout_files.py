"""Reading the numbers of a blacklist: any cell gets a verdict, none is lost or counted twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from store_backends import StorePlace

from juhe_desk.domain.numbers import normalize_mobile
from juhe_desk.domain.sheets import SheetData
from juhe_desk.services.optout_files import (
    NoNumberColumnError,
    PastedOptOuts,
    import_pasted_opt_outs,
    numbers_in,
)

# Numbers of prefixes in use (a prefix not in use is an invalid number): 13x and 18x.
MOBILE = st.one_of(st.integers(13000000000, 13999999999), st.integers(18000000000, 18999999999))
CELLS = st.one_of(MOBILE.map(str), MOBILE.map(float), st.text(max_size=15), st.just(""),
                  st.floats(allow_nan=True), st.integers(-10, 10**12))


def sheet(rows: list[tuple[object, ...]], columns: list[str]) -> SheetData:
    return SheetData(path=Path("黑名单.csv"), kind="csv", sheet_name="黑名单",
                     sheet_names=["黑名单"], header_row_index=0, columns=columns, rows=rows,
                     source_row_numbers=list(range(2, len(rows) + 2)))


@given(st.lists(st.tuples(MOBILE.map(str), CELLS), min_size=1, max_size=40))
def test_every_cell_of_the_number_column_is_a_number_or_counted_invalid(
        rows: list[tuple[object, ...]]) -> None:
    found, invalid, column = numbers_in(sheet(rows, ["手机号码", "备注"]))
    assert column == "手机号码"
    assert found == [str(r[0]) for r in rows] and invalid == 0


@given(st.lists(st.tuples(CELLS, CELLS), max_size=40))
def test_any_cells_get_a_verdict(rows: list[tuple[object, ...]]) -> None:
    try:
        found, invalid, _column = numbers_in(sheet(rows, ["电话", "其他"]))
    except NoNumberColumnError as error:
        assert "手机号码" in error.text("zh_CN") and "mobile" in error.text("en")
        return
    assert all(normalize_mobile(m).valid for m in found)
    assert invalid <= len(rows)


def test_a_sheet_without_a_phone_column_is_refused_in_words() -> None:
    with pytest.raises(NoNumberColumnError, match=r"黑名单\.csv"):
        numbers_in(sheet([("说明",), ("没有号码",)], ["列1"]))


def test_pasted_numbers_go_on_the_list_once(store_place: StorePlace) -> None:
    with store_place.open() as store:
        store.add_opt_outs(["13800138000"], "mo")
        pasted = "13800138000\n13800138001, 13800138002\n138 0013 8001\n12345\n\n"
        assert import_pasted_opt_outs(store, pasted) == PastedOptOuts(
            added=2, already=1, invalid=1)
        assert store.count_opt_outs() == 3
