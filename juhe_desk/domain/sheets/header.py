"""Finding the header row (it may sit below a title) and naming the columns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from juhe_desk.domain.cell_values import format_value
from juhe_desk.domain.numbers import normalize_mobile, to_ascii
from juhe_desk.domain.sheets.model import Cell

# How many non-blank rows at the top may hold the header, and how far below it data is sought.
HEADER_SCAN_ROWS = 20
_SUPPORT_ROWS = 5

# Text that is a value, not a column name: numbers, dates, times, phone numbers.
_DATA_TEXT = re.compile(r"[+\-(]?\d[\d\s\-.,:/()]*(?:[eE][+\-]?\d+)?")
_SPACES = re.compile(r"\s+")
_COMMON_HEADERS = frozenset({
    "姓名", "名字", "客户", "客户名称", "客户姓名", "联系人", "收货人", "称呼", "手机", "手机号",
    "手机号码", "电话", "电话号码", "联系电话", "联系方式", "号码", "移动电话", "单号", "订单号",
    "订单编号", "快递单号", "运单号", "金额", "地址", "收货地址", "备注", "日期", "时间", "商品",
    "门店", "会员", "会员号", "性别", "编号", "序号", "name", "mobile", "phone", "tel",
    "telephone", "cell", "cellphone", "number", "order", "amount", "address", "date", "note",
})


def cell_text(value: Cell) -> str:
    """A cell as one line of text: inner whitespace and line breaks collapse to one space."""
    text = value if isinstance(value, str) else format_value(value)
    return _SPACES.sub(" ", text).strip()


def is_data_cell(value: Cell) -> bool:
    """True for a cell that can only be a value: a number, a date, a phone number."""
    if isinstance(value, str):
        text = to_ascii(value).strip()
        if not text:
            return False
        return _DATA_TEXT.fullmatch(text) is not None or normalize_mobile(text).valid
    return value is not None


def find_header(top: Sequence[Sequence[Cell]]) -> int | None:
    """The position in ``top`` (the first non-blank rows) of the header row, or None.

    A header is a row of text only (no number, date or phone number). Rows are scored by
    distinct texts, known header words and data rows below them, so "2026年11月客户名单"
    above the real header loses; data rows above a row count against it (rows above the
    header are not imported). Ties go to the upper row.
    """
    data_like = [any(is_data_cell(v) for v in row) for row in top]
    best: int | None = None
    best_score = 0
    for position, row in enumerate(top):
        if data_like[position]:
            continue
        texts = {cell_text(v) for v in row} - {""}
        if not texts:
            continue
        known = sum(1 for t in texts if t.casefold() in _COMMON_HEADERS)
        support = sum(data_like[position + 1:position + 1 + _SUPPORT_ROWS])
        above = sum(data_like[:position])
        score = 10 * len(texts) + 4 * known + 3 * support - 10 * above
        if score > best_score:
            best, best_score = position, score
    return best


def column_names(header: Sequence[Cell], width: int, first_column: int = 0) -> list[str]:
    """Names for ``width`` columns from the header cells: an empty one becomes 列N (N being
    the sheet's column number), a repeated one gets _2, _3, ..."""
    texts = [cell_text(header[i]) if i < len(header) else "" for i in range(width)]
    names: list[str | None] = [None] * width
    used: set[str] = set()
    for index, text in enumerate(texts):
        if text and text not in used:
            names[index] = text
            used.add(text)
    for index, text in enumerate(texts):
        if names[index] is not None:
            continue
        base = text or f"列{first_column + index + 1}"
        name, counter = base, 2
        while name in used:
            name = f"{base}_{counter}"
            counter += 1
        names[index] = name
        used.add(name)
    return [n for n in names if n is not None]
