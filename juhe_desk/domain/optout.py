"""Recognising an opt-out reply (R, TD, T, N, 退订, 拒收).

Conservative on purpose: a false match stops a customer from getting messages they want, so
only a reply that is nothing but an opt-out word counts (any case, full-width letters,
surrounding spaces, punctuation and emoji allowed). "退" alone does not count: in a reply to a
shop it usually means 退货 or 退款. Neither do "Return", "N95口罩" or "我不想退订".
"""

from __future__ import annotations

import unicodedata

OPTOUT_WORDS = frozenset({
    "r", "t", "td", "n", "退订", "拒收", "退定", "退订短信", "拒收短信", "取消订阅",
    "unsubscribe", "stop",
})


def is_optout_reply(content: str) -> bool:
    """True when an inbound message asks to stop receiving messages."""
    return normalize_reply(content) in OPTOUT_WORDS


def normalize_reply(content: str) -> str:
    """The reply folded for matching: full-width to half-width, lower case, no surrounding
    spaces, punctuation or symbols."""
    text = unicodedata.normalize("NFKC", content).casefold()
    start, end = 0, len(text)
    while start < end and _is_filler(text[start]):
        start += 1
    while end > start and _is_filler(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_filler(char: str) -> bool:
    category = unicodedata.category(char)
    # Punctuation (P*), symbols such as emoji (S*), spaces (Z*) and invisible characters (C*).
    return category[0] in "PSZC"
