"""SMS length and parts by the China carriers' rule, and composing the text that is sent.

Every character counts as one, full- or half-width, the 【signature】 included. Up to 70 is one
SMS; a longer text is split into parts of 67. Length is counted in UTF-16 code units, as the
carriers' UCS-2 encoding does: an emoji outside the Basic Multilingual Plane (😀) counts as two.
Counting it as one would promise a price the carrier does not charge. Line breaks count as
they are written ("\\r\\n" is two).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import cast

from juhe_desk.domain import Explained

SINGLE_LIMIT = 70
PART_LIMIT = 67

_BRACKETED = re.compile(r"【[^【】]*】")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def sms_length(text: str) -> int:
    """Characters as the carrier counts them (UTF-16 code units)."""
    # isascii() takes no time, and a search is cheaper than encoding the text.
    if text.isascii() or _ASTRAL.search(text) is None:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parts_for_length(length: int) -> int:
    """SMS parts billed for a text of ``length`` characters (0 for an empty text)."""
    if length <= 0:
        return 0
    if length <= SINGLE_LIMIT:
        return 1
    return -(-length // PART_LIMIT)


def sms_parts(text: str) -> int:
    """SMS parts billed per recipient for ``text`` (0 for an empty text)."""
    return parts_for_length(sms_length(text))


def sms_parts_each(texts: Sequence[str]) -> list[int]:
    """``sms_parts`` of each text: a campaign's 100,000 at once, in C where no text is long
    or holds a character outside the Basic Multilingual Plane (the usual campaign)."""
    lengths = list(map(len, texts))
    if lengths and min(lengths) > 0 and max(lengths) <= SINGLE_LIMIT \
            and _ASTRAL.search("".join(texts)) is None:
        return [1] * len(lengths)
    return list(map(sms_parts, texts))


def max_length_for_parts(parts: int) -> int:
    """The longest text that still fits in ``parts`` SMS: 70, 134, 201, 268, ..."""
    if parts <= 0:
        return 0
    return SINGLE_LIMIT if parts == 1 else PART_LIMIT * parts


def next_boundary(length: int) -> int:
    """The length up to which a text of ``length`` keeps its number of parts.

    One more character beyond it costs one more SMS per recipient: the UI marks it.
    """
    return max_length_for_parts(max(1, parts_for_length(length)))


class ComposeWarning(Explained):
    """Something about a composed text the user should look at before sending."""

    EMPTY_BODY = ("短信正文是空的", "The message text is empty")
    SIGNATURE_TWICE = ("签名出现了不止一次，请删掉正文里多余的签名",
                       "The signature appears more than once; remove the extra one from the text")
    OTHER_SIGNATURE = (
        "正文里的【…】与账号签名不同：未报备的签名会被网关拒绝（错误17）",
        "The text holds a 【…】 signature other than the account's: an unregistered signature "
        "is refused by the gateway (error 17)",
    )
    ADDITIONS_ADD_PART = ("加上签名和退订提示后，每个号码多算一条短信",
                          "With the signature and opt-out note added, each number costs one "
                          "more SMS")


@dataclass(frozen=True, slots=True)
class ComposedText:
    """The text as it will be sent, with its length, parts and warnings."""

    text: str
    length: int
    parts: int
    warnings: tuple[ComposeWarning, ...]
    added_signature: bool = False
    added_optout: bool = False


def normalize_signature(signature: str) -> str:
    """``"签名"`` or ``"【签名】"`` as ``"【签名】"``; empty stays empty."""
    signature = signature.strip()
    if not signature or (signature.startswith("【") and signature.endswith("】")):
        return signature
    return f"【{signature.strip('【】')}】"


def resigned(text: str, old: str, new: str) -> str:
    """``text`` with the signature ``old`` changed to ``new`` where it holds it (the gateway
    refused ``old``, RESULT 17, and the user set ``new`` in the account settings)."""
    if old and new and old != new and old in text:
        return text.replace(old, new, 1)
    return text


def compose_text(body: str, signature: str, optout_suffix: str = "") -> ComposedText:
    """The text to send: 【签名】 once at the start (unless the body has it at its start or
    end, where carriers read it), and the opt-out note at the end unless already there.

    The suffix is appended verbatim: give it its own leading punctuation if wanted.
    """
    body = body.strip()
    signature = normalize_signature(signature)
    text, add_signature, add_suffix = _with_additions(body, signature, optout_suffix.strip())
    warnings: list[ComposeWarning] = []
    if not body:
        warnings.append(ComposeWarning.EMPTY_BODY)
    if signature and text.count(signature) > 1:
        warnings.append(ComposeWarning.SIGNATURE_TWICE)
    if signature and _other_signature(body, signature):
        warnings.append(ComposeWarning.OTHER_SIGNATURE)
    length = sms_length(text)
    parts = parts_for_length(length)
    if body and parts > sms_parts(body):
        warnings.append(ComposeWarning.ADDITIONS_ADD_PART)
    return ComposedText(text, length, parts, tuple(warnings), add_signature, add_suffix)


def text_composer(signature: str,
                  optout_suffix: str = "") -> Callable[[str], tuple[str, int, int]]:
    """``compose_text`` for many bodies with one signature and opt-out note, as
    ``(text, length, parts)``: the same answers, without the warnings and their checks."""
    signature = normalize_signature(signature)
    suffix = optout_suffix.strip()

    def compose(body: str) -> tuple[str, int, int]:
        text = _with_additions(body.strip(), signature, suffix)[0]
        length = sms_length(text)
        return text, length, parts_for_length(length)

    return compose


def compose_many(bodies: Iterable[str], signature: str,
                 optout_suffix: str = "") -> tuple[list[str], list[int], list[int]]:
    """``compose_text`` for many bodies, as lists of texts, lengths and parts: the same answers
    (without the warnings), checked for all bodies at once rather than one by one."""
    signature = normalize_signature(signature)
    suffix = optout_suffix.strip()
    stripped = list(map(str.strip, bodies))
    together = "\n".join(stripped)
    # The usual case, signature first and note last, unless a body already holds either.
    texts = list(map("".join, zip(repeat(signature), stripped, repeat(suffix))))
    if (signature and signature in together) or (suffix and suffix in together):
        for index, body in enumerate(stripped):
            if (signature and signature in body) or (suffix and suffix in body):
                texts[index] = _with_additions(body, signature, suffix)[0]
    additions = signature + suffix
    if _beyond_bmp(together) or _beyond_bmp(additions):
        lengths = list(map(sms_length, texts))
    else:
        lengths = list(map(len, texts))
    return texts, lengths, _parts_of_lengths(lengths)


def compose_pieces(pieces: Sequence[str | Sequence[str]], count: int, signature: str,
                   optout_suffix: str = "") -> tuple[list[str], list[int], list[int]]:
    """``compose_many`` for ``count`` bodies given in pieces: body ``i`` is the pieces joined,
    a literal as it is and a column by its value ``i``. Values must have no spaces around
    them (as ``templates.format_value`` gives them).

    Faster than ``compose_many`` when the pieces settle for every body at once that it needs
    no stripping and holds neither the signature nor the note.
    """
    signature = normalize_signature(signature)
    suffix = optout_suffix.strip()
    if all(isinstance(p, str) for p in pieces):
        return compose_many(["".join(cast("list[str]", pieces))] * count, signature, suffix)
    # Every character of every body is in one of these.
    sources = [p if isinstance(p, str) else "".join(p) for p in pieces]
    if (_edge_may_be_space(pieces[0], 0) or _edge_may_be_space(pieces[-1], -1)
            or _may_hold(signature, sources) or _may_hold(suffix, sources)):
        return compose_many(map("".join, zip(*_coalesced(pieces), strict=False)), signature,
                            suffix)
    texts = list(map("".join, zip(*_coalesced([signature, *pieces, suffix]), strict=False)))
    if any(map(_beyond_bmp, sources)) or _beyond_bmp(signature + suffix):
        lengths = list(map(sms_length, texts))
    else:
        lengths = list(map(len, texts))
    return texts, lengths, _parts_of_lengths(lengths)


def _coalesced(pieces: Sequence[str | Sequence[str]]) -> list[Iterable[str]]:
    """The pieces to zip, neighbouring literals joined into one: fewer to join per row."""
    coalesced: list[Iterable[str]] = []
    literal = ""
    for piece in pieces:
        if isinstance(piece, str):
            literal += piece
            continue
        if literal:
            coalesced.append(repeat(literal))
            literal = ""
        coalesced.append(piece)
    if literal:
        coalesced.append(repeat(literal))
    return coalesced


def _edge_may_be_space(piece: str | Sequence[str], end: int) -> bool:
    """Whether a body may start (``end`` 0) or end (-1) with a space, given its first or last
    piece: a literal tells, and an empty value would leave the edge to the next piece."""
    if isinstance(piece, str):
        return not piece or piece[end].isspace()
    return "" in piece


def _may_hold(needle: str, sources: Sequence[str]) -> bool:
    """False when a text made of these sources cannot hold ``needle``: one of its characters
    is in none of them."""
    if not needle:
        return False
    return all(any(char in source for source in sources) for char in needle)


def _parts_of_lengths(lengths: list[int]) -> list[int]:
    if lengths and min(lengths) > 0 and max(lengths) <= SINGLE_LIMIT:
        return [1] * len(lengths)
    return list(map(parts_for_length, lengths))


def _beyond_bmp(text: str) -> bool:
    """True when ``text`` holds a character that counts as two (one search of the text)."""
    return not text.isascii() and _ASTRAL.search(text) is not None


def _with_additions(body: str, signature: str, suffix: str) -> tuple[str, bool, bool]:
    """(text, signature added, suffix added) for a stripped body, a normalised signature and
    a stripped suffix."""
    if signature:
        ends_with_signature = body.endswith(signature)
        add_signature = not ends_with_signature and not body.startswith(signature)
    else:
        ends_with_signature = add_signature = False
    add_suffix = bool(suffix) and suffix not in body
    text = body
    if add_suffix and ends_with_signature:  # keep the signature last, where carriers read it
        text = f"{body[: -len(signature)]}{suffix}{signature}"
    elif add_suffix:
        text = body + suffix
    if add_signature:
        text = signature + text
    return text, add_signature, add_suffix


def _other_signature(body: str, signature: str) -> bool:
    """A 【…】 at the start or the end of the body (where carriers read a signature) that is
    not the account's."""
    brackets = _BRACKETED.findall(body)
    if not brackets:
        return False
    at_start = body.startswith(brackets[0]) and brackets[0] != signature
    at_end = body.endswith(brackets[-1]) and brackets[-1] != signature
    return at_start or at_end
