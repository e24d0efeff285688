"""The fast paths of numbers, templates and text length give what the one-value paths give."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from juhe_desk.domain.cell_values import format_value
from juhe_desk.domain.numbers import normalize_mobile, plain_mobile, plain_mobiles
from juhe_desk.domain.templates import CompiledTemplate, MissingColumnError
from juhe_desk.domain.textlen import (
    compose_many,
    compose_pieces,
    compose_text,
    sms_length,
    text_composer,
)

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
cells = st.one_of(
    mobiles,
    mobiles.map(float),
    mobiles.map(int),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=1.2e10, max_value=2.1e10),
    st.text(alphabet="0123456789 \n-+", min_size=10, max_size=12),
    st.text(max_size=12),
    st.sampled_from([None, "", True, 13_800_000_001.5, "13800000001\n", "１３８００００００01"]),
)


@given(cells)
def test_a_plain_mobile_is_what_normalize_mobile_finds_without_repair(value: object) -> None:
    mobile = plain_mobile(value)
    check = normalize_mobile(value)
    if mobile is not None:
        assert check.mobile == check.original == mobile
    if isinstance(value, float | str):  # a text or number cell as written: no repair
        assert mobile == (check.mobile if check.original == check.mobile else None)


@given(st.one_of(st.lists(cells, max_size=30), st.lists(mobiles.map(float), max_size=30),
                 st.lists(mobiles, max_size=30),
                 st.lists(st.one_of(mobiles, st.sampled_from(["13800000001\n", "1380000000"])),
                          max_size=30)))
def test_plain_mobiles_of_a_column_are_those_of_each_cell(values: list[object]) -> None:
    assert plain_mobiles(values) == [plain_mobile(value) for value in values]


def test_plain_mobiles_see_a_stray_value_among_many() -> None:
    floats: list[object] = [13_800_000_000.0 + i for i in range(100)]
    assert plain_mobiles(floats)[5] == "13800000005"
    for odd in (float("nan"), 13_800_000_000.5, 12_999_999_999.0, 20_000_000_000.0, "x"):
        column = [*floats[:50], odd, *floats[50:]]
        assert plain_mobiles(column) == [plain_mobile(value) for value in column]
    texts: list[object] = [f"138000000{i:02d}" for i in range(100)]
    for odd in ("1380000000", "138000000000", "1280000000a", "13800000001\n"[1:]):
        column = [*texts[:50], odd, *texts[50:]]
        assert plain_mobiles(column) == [plain_mobile(value) for value in column]


headers = st.sampled_from(["姓名", "姓名 ", " 姓名", "单号", "金额", "x"])
values = st.one_of(st.text(max_size=5), st.none(), st.floats(), st.integers(),
                   st.just(dt.date(2026, 11, 1)))
templates = st.sampled_from(["{姓名}您好", "{单号}/{姓名}/{单号}", "无字段", "{ 金额 }元", "{x}"])


@settings(max_examples=200)
@given(templates, st.lists(headers, min_size=1, max_size=5),
       st.lists(st.lists(values, max_size=6), max_size=5))
def test_bind_merges_a_row_as_merge_merges_its_dict(template: str, columns: list[str],
                                                    rows: list[list[object]]) -> None:
    # A new CompiledTemplate each time: merge() remembers which spaced header it used.
    try:
        merged = CompiledTemplate(template).bind(columns)
    except MissingColumnError as exc:
        assert all(c.strip() != exc.field for c in columns)
        return
    for row in rows:
        expected: object
        try:
            expected = CompiledTemplate(template).merge(dict(zip(columns, row, strict=False)))
        except MissingColumnError as exc:
            expected = exc.field
        try:
            got: object = merged(row)
        except MissingColumnError as exc:
            got = exc.field
        assert got == expected


@given(templates, st.lists(st.tuples(values, values, values, values), max_size=8))
def test_column_pieces_joined_merge_each_row(template: str,
                                             rows: list[tuple[object, ...]]) -> None:
    columns = ["姓名", "单号", "金额", "x"]
    compiled = CompiledTemplate(template)
    pieces = compiled.column_pieces({name: [row[i] for row in rows]
                                     for i, name in enumerate(columns)})
    joined = ["".join(p if isinstance(p, str) else p[r] for p in pieces)
              for r in range(len(rows))]
    assert joined == [compiled.merge(dict(zip(columns, row, strict=True))) for row in rows]


signatures = st.sampled_from(["", "【小店】", "小店", " 聚合 "])
suffixes = st.sampled_from(["", "拒收请回复R", " 退订T "])
bodies = st.one_of(st.text(max_size=80),
                   st.sampled_from(["【小店】您好", "您好【小店】", "您好拒收请回复R", "  ",
                                    "😀" * 40, "退订T【小店】", "字" * 70]))


@given(bodies, signatures, suffixes)
def test_the_composer_gives_what_compose_text_gives(body: str, signature: str,
                                                    suffix: str) -> None:
    composed = compose_text(body, signature, suffix)
    assert text_composer(signature, suffix)(body) == (composed.text, composed.length,
                                                      composed.parts)


@given(st.lists(bodies, max_size=10), signatures, suffixes)
def test_compose_many_gives_what_compose_text_gives(texts: list[str], signature: str,
                                                    suffix: str) -> None:
    expected = [compose_text(body, signature, suffix) for body in texts]
    assert compose_many(texts, signature, suffix) == (
        [c.text for c in expected], [c.length for c in expected], [c.parts for c in expected])


piece_values = st.one_of(st.text(max_size=6), st.sampled_from(["", "【小店】", "拒收", "请回复R",
                                                               "😀", "a\nb", "【"]))


@settings(max_examples=200)
@given(st.lists(st.one_of(st.text(min_size=1, max_size=5), st.just("column")), min_size=1,
                max_size=5),
       st.lists(st.lists(piece_values, min_size=5, max_size=5), max_size=6), signatures,
       suffixes)
def test_compose_pieces_gives_what_compose_many_gives(
        shape: list[str], rows: list[list[str]], signature: str, suffix: str) -> None:
    # Values as format_value gives them: no spaces around.
    rows = [[format_value(value) for value in row] for row in rows]
    pieces: list[str | list[str]] = [
        [row[i] for row in rows] if kind == "column" else kind for i, kind in enumerate(shape)]
    joined = ["".join(p if isinstance(p, str) else p[r] for p in pieces)
              for r in range(len(rows))]
    assert compose_pieces(pieces, len(rows), signature, suffix) == compose_many(
        joined, signature, suffix)


@pytest.mark.parametrize("pieces", [
    [["【小", "x"], "店】您好"],  # the signature across a value and a literal
    [["您好拒收", "您好"], ["请回复R", "b"]],  # the note across two values
    [["", "a"], " b"],  # an empty value leaves a space first
])
def test_compose_pieces_sees_additions_made_of_several_pieces(pieces: list[str | list[str]]
                                                              ) -> None:
    joined = ["".join(p if isinstance(p, str) else p[r] for p in pieces) for r in range(2)]
    assert compose_pieces(pieces, 2, "【小店】", "拒收请回复R") == compose_many(
        joined, "【小店】", "拒收请回复R")


@given(st.text())
def test_length_is_utf16_code_units(text: str) -> None:
    assert sms_length(text) == len(text.encode("utf-16-le", "surrogatepass")) // 2
