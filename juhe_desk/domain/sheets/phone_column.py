"""Which column holds the mobile numbers: judged by the data first, then by the header."""

from __future__ import annotations

from juhe_desk.domain.numbers import normalize_mobile, to_ascii
from juhe_desk.domain.sheets.model import SheetData

_SAMPLE_ROWS = 1000
# A column whose valid count is this close to the best one competes on its header name.
_CLOSE_ENOUGH = 0.8

# Lower rank = more likely the mobile column. Exact names first, then names containing a word.
_EXACT_RANK = {
    "手机": 0, "手机号": 0, "手机号码": 0, "移动电话": 0, "mobile": 0, "mobile number": 0,
    "mobile phone": 0, "cell": 0, "cellphone": 0, "cell phone": 0,
    "联系电话": 1, "电话": 1, "电话号码": 1, "联系方式": 1, "phone": 1, "phone number": 1,
    "tel": 1, "telephone": 1, "号码": 2, "number": 2,
}
_CONTAINS_RANK = (("手机", 0), ("mobile", 0), ("电话", 1), ("phone", 1), ("联系方式", 1),
                  ("号码", 2))
_NO_NAME = 9


def header_rank(name: str) -> int:
    """How much a column header says "mobile numbers": 0 best, 9 not at all."""
    key = to_ascii(name).strip().strip(":").strip().casefold()
    rank = _EXACT_RANK.get(key)
    if rank is not None:
        return rank
    for word, word_rank in _CONTAINS_RANK:
        if word in key:
            return word_rank + 3
    return _NO_NAME


def guess_phone_column(data: SheetData) -> int | None:
    """The index of the column most likely to hold mobile numbers, or None.

    The column with the most cells that are valid mobiles wins; columns nearly as good
    compete on their header names. A header named 电话 holding landlines thus loses to an
    unnamed column of mobiles. With no valid mobile anywhere, the best-named column is
    chosen so its problems can be shown; None when nothing looks like a phone column.
    """
    width = len(data.columns)
    if width == 0:
        return None
    step = max(1, len(data.rows) // _SAMPLE_ROWS)
    sample = data.rows[::step][:_SAMPLE_ROWS]
    valid = [0] * width
    for row in sample:
        for index, value in enumerate(row):
            if value != "" and normalize_mobile(value).valid:
                valid[index] += 1
    ranks = [header_rank(name) for name in data.columns]
    best = max(valid)
    if best == 0:
        named = [i for i in range(width) if ranks[i] < _NO_NAME]
        return min(named, key=lambda i: (ranks[i], i)) if named else None
    contenders = [i for i in range(width) if valid[i] >= best * _CLOSE_ENOUGH]
    return min(contenders, key=lambda i: (ranks[i], -valid[i], i))
