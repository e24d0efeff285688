"""Replies that probably ask to stop messages, for a person to confirm ("别发了", "退 订", "Ｔ Ｄ").

``optout.is_optout_reply`` adds a number to the opt-out list by itself, so it only takes a
reply that is nothing but an opt-out word. People write more than that: "退订吧", "别再发了",
"不需要，谢谢", "再发投诉". Those are flagged here and shown in the inbox for one click (add
to the list, or dismiss). A false flag costs a click; a missed one costs a customer, so the
net is wider than the exact list, but a few readings are kept out on purpose: "不要退订" and
"我不想退订" (a negation right before the word), "退货"/"退款" ("退" alone is not a word here),
"不需要发票" ("不需要" counts only at the end of the reply).

The reply is folded first: full-width to half-width, traditional characters of these phrases
to simplified, lower case, and every space, punctuation mark and emoji removed, so "退 订",
"Ｔ Ｄ" and "別發了！" match as "退订", "td" and "别发了".
"""

from __future__ import annotations

import re
import unicodedata

from juhe_desk.domain.optout import is_optout_reply

# The traditional forms of the characters the phrases use (a reply from Hong Kong, Taiwan
# or a phone set to traditional characters).
_TO_SIMPLIFIED = str.maketrans("訂發別擾騷煩舉報訴給號碼刪閱訊絕須來機謝",
                               "订发别扰骚烦举报诉给号码删阅讯绝须来机谢")

# Words that ask to stop, unless a negation stands right before them ("不要退订").
_STOP_WORDS = ("退订", "退定", "拒收", "拒绝接收", "取消订阅", "取消短信", "取消推送", "停止发送",
               "停止推送", "不再接收")
# A negation right before a stop word: 不, 别, 没(有), 未, 勿, 无需, 并不, 不是, each maybe
# followed by 要/想/用/必/会/打算/需要 ("不要退订", "我不想退订", "没有要退订", "无需退订").
_NEGATED = re.compile(r"(?:不|别|没有?|未|勿|无需|并不|不是)(?:要|想|用|必|会|打算|需要)?$")

# Phrases that ask to stop by themselves (they carry their own negation).
_STOP_PHRASES = (
    "别发了", "别再发", "别发短信", "别发信息", "别发消息", "别给我发", "别老发", "别总发",
    "不要再发", "不要发了", "不要发短信", "不要发信息", "不要给我发", "不要老发", "不要总发",
    "不用再发", "不用发了", "不用给我发", "以后别发", "以后不要发", "请勿发", "勿再发",
    "不想收", "不想再收", "不想接收", "不要再打扰", "不要打扰", "别打扰", "别再打扰", "免打扰",
    "勿扰", "拉黑", "黑名单", "屏蔽", "烦不烦", "烦死", "别烦", "骚扰", "垃圾短信",
    "再发投诉", "投诉", "举报", "删除我的号码", "删掉我的号码", "删了我的号码", "删除我的手机号",
    "删掉我的手机号", "不需要再发",
)
# "不需要" answers an offer: it counts at the end of a reply ("不需要", "我不需要了，谢谢"),
# not inside one ("不需要发票").
_NOT_NEEDED = re.compile(r"不需要(?:了|的|啦|哦|呢|啊|吧|谢谢|谢了)*$")
# Latin opt-out codes as a whole word ("please stop", "回复TD") or spelt out ("T D").
_LATIN_CODES = frozenset({"td", "tuiding", "stop", "unsubscribe", "unsub"})
_LATIN_RUN = re.compile(r"[a-z]+")
# 12321 is the carriers' spam-complaint number; as a whole number, not inside a phone number.
_COMPLAINT_NUMBER = re.compile(r"(?<![0-9])12321(?![0-9])")


def likely_optout(content: str) -> bool:
    """True when a reply probably asks to stop messages (the exact opt-out replies too)."""
    if is_optout_reply(content):
        return True
    folded = fold_reply(content)
    text = compact_reply(folded)
    if not text:
        return False
    if any(phrase in text for phrase in _STOP_PHRASES):
        return True
    if _NOT_NEEDED.search(text):
        return True
    if not _latin_words(folded).isdisjoint(_LATIN_CODES) or _COMPLAINT_NUMBER.search(folded):
        return True
    return any(_stop_word_at(text, word) for word in _STOP_WORDS)


def fold_reply(content: str) -> str:
    """Half-width, simplified (for the phrases' characters) and lower case."""
    return unicodedata.normalize("NFKC", content).translate(_TO_SIMPLIFIED).casefold()


def compact_reply(folded: str) -> str:
    """A folded reply with nothing but letters and digits: spaces, punctuation, symbols and
    emoji removed."""
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PSZC")


def _latin_words(folded: str) -> set[str]:
    """The words in Latin letters, and letters spelt out one by one joined ("T D" -> "td")."""
    words = _LATIN_RUN.findall(folded)
    spelt: list[str] = []
    found = set(words)
    for word in [*words, ""]:
        if len(word) == 1:
            spelt.append(word)
            continue
        if len(spelt) > 1:
            found.add("".join(spelt))
        spelt = []
    return found


def _stop_word_at(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` at least once without a negation right before it."""
    start = text.find(word)
    while start >= 0:
        if not _NEGATED.search(text, 0, start):
            return True
        start = text.find(word, start + 1)
    return False
