"""Likely opt-outs: the phrases in any dress, negations and look-alikes kept out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from juhe_desk.domain.likely_optout import likely_optout
from juhe_desk.domain.optout import OPTOUT_WORDS, is_optout_reply

LIKELY = ["退订吧", "别发了", "不要再发了", "别再发了", "不要发了", "不需要", "取消短信", "拉黑",
          "烦不烦", "再发投诉", "举报", "退 订", "Ｔ Ｄ", "T D", "回复TD", "please STOP",
          "怎么退订", "我要退订", "退订不了吗", "好的，退订", "不好意思，退订", "不需要，谢谢",
          "我不需要了", "别發了！", "以后别发了", "请勿再发", "免打扰", "骚扰短信", "打12321",
          "删除我的号码", "不想再收到", "拒收短信", "取消订阅", "停止发送"]
NOT_LIKELY = ["", "好的", "收到，谢谢", "几点开门？", "不要退订", "我不想退订", "没有要退订",
              "不退订", "无需退订", "我不是要退订", "退货", "退款", "退", "不需要发票",
              "发货了吗", "别忘了带会员卡", "stopwatch", "nonstop", "13812321000",
              "订单号123", "周六有活动吗", "这个不要了，换一个", "N95口罩"]
# Text around a phrase that cannot make or unmake one: no negation, no phrase character,
# no Latin letter (a letter next to "TD" makes another word).
NEUTRAL = st.text(alphabet="你好请问今天天气晴朗的吗呢谢谢收到。，！？ 0123456789🙂",
                  max_size=8)
NEGATIONS = ("不要", "不想", "不", "别", "没有要", "无需", "不用", "不必", "不是要", "并不想")
STOP_WORDS = ("退订", "退定", "拒收", "取消订阅", "取消短信", "停止发送")
FILLER = st.text(alphabet=" \u3000\t，。、·-_*~!！", max_size=2)


@pytest.mark.parametrize("reply", LIKELY)
def test_likely_opt_outs(reply: str) -> None:
    assert likely_optout(reply)


@pytest.mark.parametrize("reply", NOT_LIKELY)
def test_not_likely_opt_outs(reply: str) -> None:
    assert not likely_optout(reply)


@given(st.sampled_from(LIKELY), NEUTRAL, NEUTRAL)
def test_a_likely_reply_stays_likely_inside_other_words(reply: str, before: str,
                                                        after: str) -> None:
    if reply in ("不需要", "不需要，谢谢", "我不需要了"):  # "不需要" counts at the end only
        after = ""
    if reply[-1].isdigit():  # a digit after "12321" makes another number
        after = after.lstrip("0123456789")
    assert likely_optout(f"{before}{reply}{after}")


@given(st.sampled_from([r for r in LIKELY if not any(c.isascii() and c.isalnum() for c in r)]),
       st.data())
def test_spaces_punctuation_and_full_width_do_not_hide_a_phrase(reply: str,
                                                                data: st.DataObject) -> None:
    dressed = "".join(char + data.draw(FILLER) for char in reply)
    if data.draw(st.booleans()):  # as a phone with a Chinese keyboard types it
        dressed = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in dressed)
    assert likely_optout(dressed)


@given(st.sampled_from(["td", "stop", "unsubscribe"]), st.booleans(), st.booleans(),
       st.data())
def test_a_latin_code_spelt_out_or_in_full_width_is_likely(code: str, upper: bool,
                                                           wide: bool,
                                                           data: st.DataObject) -> None:
    letters = [c.upper() if upper else c for c in code]
    if wide:
        letters = [chr(ord(c) + 0xFEE0) for c in letters]
    gaps = [data.draw(st.sampled_from([" ", "\u3000", ".", "-", " . "])) for _ in letters]
    assert likely_optout("".join(letter + gap for letter, gap in zip(letters, gaps, strict=True)))


@given(st.sampled_from(NEGATIONS), st.sampled_from(STOP_WORDS), NEUTRAL, NEUTRAL, FILLER)
def test_a_negated_stop_word_is_not_an_opt_out(negation: str, word: str, before: str,
                                               after: str, gap: str) -> None:
    assert not likely_optout(f"{before}{negation}{gap}{word}{after}")


@given(st.sampled_from(sorted(OPTOUT_WORDS)))
def test_every_exact_opt_out_is_likely_too(word: str) -> None:
    assert is_optout_reply(word) and likely_optout(word)


@settings(max_examples=500)
@given(st.text())
def test_any_text_gets_an_answer(text: str) -> None:
    assert likely_optout(text) in (True, False)
    if is_optout_reply(text):
        assert likely_optout(text)


@given(NEUTRAL)
def test_neutral_text_is_never_likely(text: str) -> None:
    assert not likely_optout(text)
