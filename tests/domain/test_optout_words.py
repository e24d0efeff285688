"""Opt-out replies: the usual words in any dress, and nothing that only looks like one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain.optout import OPTOUT_WORDS, is_optout_reply, normalize_reply


@pytest.mark.parametrize("reply", [
    "R", "r", " R ", "R。", "Ｒ", "ｒ", "TD", "td", "Td", "ＴＤ", "T", "N", "n",
    "退订", "退订！", "退订!!", "【退订】", "“退订”", "拒收", " 拒收。", "退订短信", "退定",
    "TD\n", "R👍", "unsubscribe", "STOP",
])
def test_optout_replies(reply: str) -> None:
    assert is_optout_reply(reply)


@pytest.mark.parametrize("reply", [
    "", "   ", "。", "Return", "N95口罩", "退", "退货", "退款", "我不想退订", "不要退订",
    "TD一下是什么意思", "RR", "R 1", "好的", "Y", "T恤还有吗", "ok", "收到",
])
def test_other_replies_are_not_optouts(reply: str) -> None:
    assert not is_optout_reply(reply)


def test_normalize_reply() -> None:
    assert normalize_reply("  ＴＤ！ ") == "td"
    assert normalize_reply("「退订」") == "退订"


@given(st.sampled_from(sorted(OPTOUT_WORDS)),
       st.text(alphabet=" 。，！!?？.…~～\u3000\n", max_size=3),
       st.text(alphabet=" 。，！!?？.…~～\u3000\n", max_size=3), st.booleans())
def test_any_optout_word_with_punctuation_around_it(word: str, before: str, after: str,
                                                    upper: bool) -> None:
    assert is_optout_reply(before + (word.upper() if upper else word) + after)


@given(st.text())
def test_any_reply_is_judged_without_error(reply: str) -> None:
    assert is_optout_reply(reply) in (True, False)
