"""Customers' names from a campaign's sheet: the 姓名 column by its header."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.customer_names import (
    MAX_NAME_CHARS,
    holds_number,
    name_column,
    names_from_rows,
)


def test_the_name_column_is_found_by_its_header() -> None:
    assert name_column(["手机号", "姓名", "金额"]) == 1
    assert name_column(["手机", "联系人", "客户姓名"]) == 2  # 姓名 wins over 联系人
    assert name_column(["电话", "会员姓名（必填）"]) == 1
    assert name_column(["Phone", " Customer Name "]) == 1
    assert name_column(["ＮＡＭＥ", "phone"]) == 0
    assert name_column(["手机号", "订单号", "地址"]) is None
    assert name_column([]) is None


def test_names_are_read_from_the_rows_the_messages_came_from() -> None:
    columns = ["手机号", "姓名"]
    rows = [("13800000001", " 张  三 "), ("13800000002", ""), ("13800000003", 12.0),
            ("13800000004", "一个很长很长很长很长很长很长很长很长的备注而不是名字")]
    names = list(names_from_rows(columns, rows,
                                 ["13800000001", "13800000002", "13800000003",
                                  "13800000004", "13800000005"], [0, 1, 2, 3, None]))
    assert names == [("13800000001", "张 三"),
                     ("13800000004", "一个很长很长很长很长很长很长很长很长的备")]
    assert list(names_from_rows(["手机号"], rows, ["13800000001"], [0])) == []
    assert list(names_from_rows(columns, [("1",)], ["1"], [5])) == []


def test_a_sheet_read_again_gives_names_only_where_the_row_still_holds_the_number() -> None:
    columns = ["姓名", "手机号"]
    rows = [("张三", 13800000001.0), ("李四", "+86 138-0000-0003"), ("王五", "13800000009")]
    names = names_from_rows(columns, rows, ["13800000001", "13800000002", "13800000003"],
                            [0, 1, 1], verify=True)
    assert list(names) == [("13800000001", "张三"), ("13800000003", "李四")]
    assert holds_number(("００８６１３８０００００００１",), "13800000001")
    assert not holds_number(("913800000001",), "13800000001")
    assert not holds_number((13800000001.5, None, 3), "13800000001")


_CELLS = st.one_of(st.none(), st.text(max_size=30), st.floats(allow_nan=False), st.integers())


@given(st.lists(st.lists(_CELLS, max_size=3), max_size=8),
       st.lists(st.one_of(st.none(), st.integers(-2, 10)), max_size=12))
def test_names_as_sent_are_each_row_s_name_as_one_row_at_a_time_would_give(
        rows: list[list[object]], row_indexes: list[int | None]) -> None:
    # The fast passes for a sheet as it was sent, against the rule row by row.
    mobiles = [f"138{i:08d}" for i in range(len(row_indexes))]
    expected = []
    for mobile, row in zip(mobiles, row_indexes, strict=True):
        if row is None or not 0 <= row < len(rows) or len(rows[row]) < 2:
            continue
        cell = rows[row][1]
        name = " ".join(cell.split()) if isinstance(cell, str) else ""
        if name:
            expected.append((mobile, name[:MAX_NAME_CHARS]))
    assert list(names_from_rows(["手机号", "姓名"], rows, mobiles, row_indexes)) == expected
