"""The code tables: complete for both vendor documents, bilingual, never failing on the unknown."""

from __future__ import annotations

import re

import pytest

from juhe_desk.gateway.codes import (
    CodeInfo,
    describe_result,
    describe_stat,
    describe_status,
    result_codes,
    stat_codes,
    stat_outcome,
    status_codes,
)

CJK = re.compile(r"[\u4e00-\u9fff]")

DOCUMENTED_STATUS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 21, 30, 31, 100, 102)
DOCUMENTED_RESULT = (0, 10, 15, 17)
DOCUMENTED_STAT = (
    "DELIVRD", "EXPIRED", "DELETED", "REJECTED",
    "MA:0001", "MA:0002", "MA:0003", "MA:0004", "MA:0005", "MA:0006", "MA:0009", "MA:0011",
    "MA:0012", "MA:0013", "MA:0014", "MA:0021", "MA:0022", "MA:0023", "MA:0024", "MA:0025",
    "MA:0026", "MA:0027", "MA:0028", "MA:0029", "MA:0030",
    "MO:200", "MO:0254", "MO:0255",
)
# Codes no vendor table lists that real carriers send often enough to explain.
WELL_KNOWN_STAT = ("UNDELIV",)


def assert_well_written(info: CodeInfo, *, needs_fix: bool) -> None:
    assert info.known
    assert CJK.search(info.meaning_zh), info
    assert info.meaning_en and not CJK.search(info.meaning_en), info
    if needs_fix:
        assert CJK.search(info.fix_zh), info
        assert info.fix_en and not CJK.search(info.fix_en), info


@pytest.mark.parametrize("code", DOCUMENTED_STATUS)
def test_every_documented_status_is_explained(code: int) -> None:
    info = describe_status(code)
    assert info.code == str(code)
    assert_well_written(info, needs_fix=code != 0)


@pytest.mark.parametrize("code", DOCUMENTED_RESULT)
def test_every_documented_result_is_explained(code: int) -> None:
    assert_well_written(describe_result(code), needs_fix=code != 0)


@pytest.mark.parametrize("stat", DOCUMENTED_STAT)
def test_every_documented_stat_is_explained(stat: str) -> None:
    info = describe_stat(stat)
    assert info.code == stat
    assert_well_written(info, needs_fix=stat != "DELIVRD")


def test_tables_hold_exactly_the_documented_codes() -> None:
    assert sorted(status_codes()) == sorted(DOCUMENTED_STATUS)
    assert sorted(result_codes()) == sorted(DOCUMENTED_RESULT)
    assert sorted(stat_codes()) == sorted(DOCUMENTED_STAT + WELL_KNOWN_STAT)


def test_vendor_fixes_for_common_errors_are_said_in_its_words() -> None:
    assert "接入号(extno)不正确，请填写网关管理员提供的正确接入号" in describe_result(10).fix_zh
    fix15 = describe_result(15).fix_zh
    assert "充值" in fix15 and "后付费" in fix15
    fix17 = describe_result(17).fix_zh
    assert "已经报备的签名" in fix17 and "关闭该账号的签名校验" in fix17
    assert "extno" in describe_result(10).fix_en
    assert "top up" in describe_result(15).fix_en
    assert "signature" in describe_result(17).fix_en.lower()


def test_meaning_and_fix_follow_the_language() -> None:
    info = describe_status(3)
    assert info.meaning("zh_CN") == "账号或密码不正确"
    assert info.meaning("en") == "Wrong account or password"
    assert info.meaning("en_US") == info.meaning_en
    assert info.fix() == info.fix_zh
    assert info.fix("en") == info.fix_en


def test_upstream_mo_codes_follow_the_pattern() -> None:
    info = describe_stat("MO:1234")
    assert info.known
    assert "MO:1234" in info.meaning_zh and "MO:1234" in info.meaning_en
    # The listed MO codes keep their own explanation.
    assert "长短信" in describe_stat("MO:200").meaning_zh


@pytest.mark.parametrize("stat", ["DB:0101", "MA:0044", "", "测试内容", "MO:12ab"])
def test_unknown_stat_is_shown_as_it_came(stat: str) -> None:
    info = describe_stat(stat)
    assert not info.known
    assert info.code == stat
    assert info.meaning_zh == f"未知状态码 {stat}"
    assert info.meaning_en == f"Unknown code {stat}"
    assert info.fix_zh and info.fix_en


def test_unknown_status_and_result_are_shown_as_they_came() -> None:
    assert describe_status(42) == CodeInfo(
        "42", "未知状态码 42", "Unknown code 42",
        describe_status(42).fix_zh, describe_status(42).fix_en, known=False)
    assert not describe_result(-1).known
    assert describe_result(99).meaning_en == "Unknown code 99"


def test_stat_lookup_ignores_case_and_padding_but_keeps_the_code() -> None:
    info = describe_stat(" ma:0029 ")
    assert info.known and info.code == " ma:0029 "
    assert info.meaning_zh == describe_stat("MA:0029").meaning_zh


@pytest.mark.parametrize(("stat", "outcome"), [
    ("DELIVRD", "delivered"), (" delivrd ", "delivered"), ("EXPIRED", "failed"),
    ("MA:0029", "failed"), ("DB:0101", "failed"), ("", "failed"), ("DELIVERED", "failed"),
])
def test_stat_outcome(stat: str, outcome: str) -> None:
    assert stat_outcome(stat) == outcome
