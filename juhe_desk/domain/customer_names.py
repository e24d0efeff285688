"""The customer's name a campaign's sheet gives a number: its 姓名 column, found by header.

A sheet names its people in a column headed 姓名, 客户姓名, 名字, 联系人, 收货人 or the like
(folded as ``header_match.fold`` folds them: full-width, case, spaces and punctuation do not
matter); failing an exact header, one that holds 姓名 or 名字 ("会员姓名"). A sheet without
such a column gives no names, which is fine: the number stands for the customer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from juhe_desk.domain.header_match import fold
from juhe_desk.domain.numbers import to_ascii

# Best first: a sheet with both 姓名 and 联系人 names its customer in 姓名.
NAME_HEADERS = tuple(fold(h) for h in (
    "姓名", "客户姓名", "顾客姓名", "会员姓名", "名字", "客户名称", "客户名", "客户", "顾客",
    "联系人", "收货人", "收件人", "称呼", "name", "customer name", "customer", "contact"))
NAME_PARTS = ("姓名", "名字")
MAX_NAME_CHARS = 20  # longer is no name but a note; cut, not dropped


def name_column(columns: Sequence[str]) -> int | None:
    """The index of the column holding customers' names, or None."""
    folded = [fold(column) for column in columns]
    for wanted in NAME_HEADERS:
        if wanted in folded:
            return folded.index(wanted)
    return next((i for i, f in enumerate(folded) if any(p in f for p in NAME_PARTS)), None)


def names_from_rows(columns: Sequence[str], rows: Sequence[Sequence[object]],
                    mobiles: Sequence[str], row_indexes: Sequence[int | None], *,
                    verify: bool = False) -> Iterator[tuple[str, str]]:
    """(mobile, name) of each message whose sheet row has a name; ``row_indexes[i]`` is the
    row (of ``rows``) that message ``i`` to ``mobiles[i]`` was made from. ``verify``: only
    rows that still hold the number (the sheet was read again, later)."""
    column = name_column(columns)
    if column is None:
        return
    if not verify:  # as the sheet was sent: comprehensions (100,000 rows beside a send)
        yield from _names_as_sent(rows, mobiles, row_indexes, column)
        return
    for mobile, row in zip(mobiles, row_indexes, strict=True):
        if row is None or not 0 <= row < len(rows) or column >= len(rows[row]):
            continue
        cells = rows[row]
        name = _text(cells[column])
        if name and holds_number(cells, mobile):
            yield mobile, name[:MAX_NAME_CHARS]


def _names_as_sent(rows: Sequence[Sequence[object]], mobiles: Sequence[str],
                   row_indexes: Sequence[int | None], column: int) -> list[tuple[str, str]]:
    """``names_from_rows`` without ``verify``, in three passes that make no call per row
    but the text's own: it runs beside a send, and Python's lock it holds, the send's
    threads wait for."""
    count = len(rows)
    cells = [(mobile, cells[column]) for mobile, row in zip(mobiles, row_indexes, strict=True)
             if row is not None and 0 <= row < count and column < len(cells := rows[row])]
    named = [(mobile, " ".join(cell.split())[:MAX_NAME_CHARS]) for mobile, cell in cells
             if isinstance(cell, str)]
    return [(mobile, name) for mobile, name in named if name]


def holds_number(cells: Sequence[object], mobile: str) -> bool:
    """Whether a row has ``mobile`` in one of its cells (as text with any spaces, dashes or
    +86, or as a spreadsheet number): a sheet read again may have changed since."""
    for cell in cells:
        if isinstance(cell, float) and cell.is_integer():
            digits = str(int(cell))
        elif isinstance(cell, str):
            digits = "".join(ch for ch in to_ascii(cell) if ch.isdigit())
        else:
            continue
        if digits.endswith(mobile) and len(digits) - len(mobile) in (0, 2, 4):  # 86, 0086
            return True
    return False


def _text(cell: object) -> str:
    if isinstance(cell, str):
        return " ".join(cell.split())
    return ""  # a number or a date in a name column is not a name
