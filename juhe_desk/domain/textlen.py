"""SMS length and parts by the China carriers' rule, and composing the text that is sent.

Every character counts as one, full- or half-width, the 【signature】 included. Up to 70 is one
SMS; a longer text is split into parts of 67. Length is counted in UTF-16 code units, as the
carriers' UCS-2 encoding does: an emoji outside the Basic Multilingual Plane (😀) counts as two.
Counting it as one would promise a price the carrier does not charge. Line breaks count as
they are written ("\\r\\n" is two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from juhe_desk.domain import Explained

SINGLE_LIMIT = 70
PART_LIMIT = 67

_BRACKETED = re.compile(r"【[^【】]*】")


def sms_length(text: str) -> int:
    """Characters as the carrier counts them (UTF-16 code units)."""
    if text.isascii():
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


def part_boundaries(up_to: int) -> list[int]:
    """Every boundary (70, 134, 201, ...) not beyond ``up_to``."""
    bounds: list[int] = []
    parts = 1
    while max_length_for_parts(parts) <= up_to:
        bounds.append(max_length_for_parts(parts))
        parts += 1
    return bounds


def extra_cost_parts(text: str) -> int:
    """Parts beyond the first: what a long text costs more per recipient than a short one."""
    return max(0, sms_parts(text) - 1)


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


def compose_text(body: str, signature: str, optout_suffix: str = "") -> ComposedText:
    """The text to send: 【签名】 once at the start (unless the body has it at its start or
    end, where carriers read it), and the opt-out note at the end unless already there.

    The suffix is appended verbatim: give it its own leading punctuation if wanted.
    """
    body = body.strip()
    signature = normalize_signature(signature)
    suffix = optout_suffix.strip()
    warnings: list[ComposeWarning] = []
    if not body:
        warnings.append(ComposeWarning.EMPTY_BODY)
    ends_with_signature = bool(signature) and body.endswith(signature)
    add_signature = bool(signature) and not body.startswith(signature) and not ends_with_signature
    add_suffix = bool(suffix) and suffix not in body
    text = body
    if add_suffix and ends_with_signature:  # keep the signature last, where carriers read it
        text = body[: -len(signature)] + suffix + signature
    elif add_suffix:
        text = body + suffix
    if add_signature:
        text = signature + text
    if signature and text.count(signature) > 1:
        warnings.append(ComposeWarning.SIGNATURE_TWICE)
    if signature and _other_signature(body, signature):
        warnings.append(ComposeWarning.OTHER_SIGNATURE)
    length = sms_length(text)
    parts = parts_for_length(length)
    if body and parts > sms_parts(body):
        warnings.append(ComposeWarning.ADDITIONS_ADD_PART)
    return ComposedText(text, length, parts, tuple(warnings), add_signature, add_suffix)


def _other_signature(body: str, signature: str) -> bool:
    """A 【…】 at the start or the end of the body (where carriers read a signature) that is
    not the account's."""
    brackets = _BRACKETED.findall(body)
    if not brackets:
        return False
    at_start = body.startswith(brackets[0]) and brackets[0] != signature
    at_end = body.endswith(brackets[-1]) and brackets[-1] != signature
    return at_start or at_end
