"""The fingerprint of a campaign's sheet and message."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.fingerprint import rows_digest, sheet_fingerprint

COLUMNS = ["姓名", "手机号", "金额"]
ROWS = [("张伟", 13800138001.0, 50.0), ("王芳", "13800138002", ""),
        ("李娜", 13800138003.0, dt.date(2026, 11, 1))]
TEMPLATE = "{姓名}您好，本周六店庆全场八折"

cells = st.one_of(st.text(max_size=8), st.floats(allow_nan=False), st.integers(),
                  st.none(), st.booleans())


def test_the_same_content_gives_the_same_fingerprint_whatever_holds_it() -> None:
    digest = rows_digest(COLUMNS, ROWS)
    assert rows_digest(tuple(COLUMNS), [list(r) for r in ROWS]) == digest
    assert sheet_fingerprint(digest, "手机号", TEMPLATE) == \
        sheet_fingerprint(rows_digest(COLUMNS, list(ROWS)), "手机号", TEMPLATE)


def test_any_change_of_content_column_or_message_changes_it() -> None:
    digest = rows_digest(COLUMNS, ROWS)
    changed_cell = [ROWS[0], ("王芳", "13800138009", ""), ROWS[2]]
    assert rows_digest(COLUMNS, changed_cell) != digest
    assert rows_digest(COLUMNS, ROWS[:2]) != digest
    assert rows_digest(COLUMNS, ROWS[::-1]) != digest
    assert rows_digest(["姓名", "电话", "金额"], ROWS) != digest
    # A number and the same digits as text, an empty cell and a missing one, are told apart.
    assert rows_digest(["a"], [(1.0,)]) != rows_digest(["a"], [("1.0",)])
    assert rows_digest(["a"], [("",)]) != rows_digest(["a"], [(None,)])
    assert rows_digest(["a", "b"], [("x", "")]) != rows_digest(["a", "b"], [("x", ""), ("",)])
    fingerprint = sheet_fingerprint(digest, "手机号", TEMPLATE)
    assert sheet_fingerprint(digest, "姓名", TEMPLATE) != fingerprint
    assert sheet_fingerprint(digest, "手机号", TEMPLATE + "。") != fingerprint


@given(st.lists(st.tuples(cells, cells), max_size=30), st.lists(st.tuples(cells, cells),
                                                                   max_size=30))
def test_different_rows_never_share_a_digest(first: list[tuple[object, ...]],
                                              second: list[tuple[object, ...]]) -> None:
    # Rows equal as read (1 and 1.0, True and 1 differ there, and so they should) and only
    # those: the boundaries between cells and rows are part of the digest.
    same = json.dumps(first) == json.dumps(second)
    assert (rows_digest(["a", "b"], first) == rows_digest(["a", "b"], second)) == same


def test_a_big_sheet_is_read_in_chunks_with_the_same_result() -> None:
    rows = [(f"客户{i}", float(13800000000 + i)) for i in range(25_000)]
    assert rows_digest(["姓名", "手机号"], rows) == rows_digest(["姓名", "手机号"], list(rows))
    assert rows_digest(["姓名", "手机号"], rows) != rows_digest(["姓名", "手机号"],
                                                              rows[:10_000] + rows[10_001:])


def test_the_digest_of_a_sheet_stays_what_stored_campaigns_hold() -> None:
    """The text digested is the header, then each 10,000 rows as one JSON list on a line of
    its own, however the encoder is called."""
    def reference(columns: list[str], rows: list[tuple[object, ...]]) -> str:
        digest = hashlib.sha256(_json(columns))
        for start in range(0, len(rows), 10_000):
            digest.update(b"\n" + _json([list(r) for r in rows[start:start + 10_000]]))
        return digest.hexdigest()

    columns = ["姓名", "手机号", "备注"]
    for count in (0, 1, 499, 500, 501, 9_999, 10_000, 10_001, 23_456):
        rows = [(f"客户{i}", float(13800000000 + i), None if i % 7 else "") for i in range(count)]
        assert rows_digest(columns, rows) == reference(columns, rows), count


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":")).encode()
