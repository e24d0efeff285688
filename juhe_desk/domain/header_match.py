"""Which column header a template's field most likely meant: {地址} -> 收货地址.

Chinese headers are short and their characters carry the meaning, so three measures are
taken and the best one counts: one name inside the other (地址 in 收货地址, 单号 in 订单号),
the characters they share in any order (订单编号 and 编号订单), and difflib's ratio of the
characters in order. All of them after folding what people type differently: full-width
letters and digits, case, spaces and punctuation ("金额（元）" is "金额元").
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Iterable

CUTOFF = 0.5  # below this a header is not offered: 名 and 地址 share nothing worth a hint


def closest_headers(field: str, headers: Iterable[object], limit: int = 3) -> list[str]:
    """The headers most like ``field``, best first (ties in the sheet's order), at most
    ``limit``, none below ``CUTOFF``. Headers that are not text, or blank, are skipped."""
    scored: list[tuple[float, int, str]] = []
    folded_field = fold(field)
    seen: set[str] = set()
    for order, header in enumerate(headers):
        if not isinstance(header, str) or not header.strip() or header.strip() in seen:
            continue
        seen.add(header.strip())
        score = closeness(folded_field, fold(header))
        if score >= CUTOFF:
            scored.append((-score, order, header.strip()))
    return [header for _, _, header in sorted(scored)[:limit]]


def closeness(a: str, b: str) -> float:
    """How alike two folded names are, from 0 (nothing shared) to 1 (the same)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    shorter, longer = sorted((len(a), len(b)))
    inside = 0.7 + 0.3 * shorter / longer if (a in b or b in a) else 0.0
    shared = 2 * sum((Counter(a) & Counter(b)).values()) / (len(a) + len(b))
    in_order = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    return max(inside, shared, in_order)


def fold(name: str) -> str:
    """A name as compared: NFKC (full-width to ASCII), case-folded, letters, digits and CJK
    characters only."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in text if ch.isalnum())
