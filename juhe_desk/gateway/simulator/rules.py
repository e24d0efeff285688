"""The gateway's rules, as the vendor documents state them: length, 接入号, signature, password."""

from __future__ import annotations

import hashlib
import hmac
import math
import random
import re
from collections.abc import Mapping

SINGLE_SMS_LIMIT = 70
LONG_SMS_PART = 67
MAX_NUMBERS = 500
MAX_EXTENSION_DIGITS = 6

# A realistic mix of delivery outcomes, including codes that no table lists.
STAT_MIX: tuple[tuple[str, float], ...] = (
    ("DELIVRD", 85.0),
    ("UNDELIV", 4.0),
    ("EXPIRED", 2.0),
    ("REJECTED", 2.0),
    ("MA:0001", 1.5),
    ("MA:0022", 1.5),
    ("MA:0029", 2.0),
    ("DB:0101", 1.0),
    ("MA:0044", 1.0),
)
BAD_NUMBER_STAT = "MA:0021"

_CHINA_MOBILE = re.compile(r"(?:\+?86)?1\d{10}")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def sms_parts(content: str) -> int:
    """Billed parts: every character counts one; up to 70 is one SMS, longer is parts of 67."""
    length = len(content)
    return 1 if length <= SINGLE_SMS_LIMIT else math.ceil(length / LONG_SMS_PART)


def extno_allowed(sent: str, registered: str) -> bool:
    """The account's 接入号, or it with up to six more digits (an extension)."""
    if sent == registered:
        return True
    extra = sent[len(registered):]
    return (sent.startswith(registered) and extra.isdigit() and extra.isascii()
            and len(extra) <= MAX_EXTENSION_DIGITS)


def signature_allowed(content: str, signatures: tuple[str, ...]) -> bool:
    return not signatures or any(signature in content for signature in signatures)


def plausible_mobile(mobile: str) -> bool:
    return _CHINA_MOBILE.fullmatch(mobile) is not None


def split_lines(text: str) -> list[str]:
    """p2p lines, split at CR, LF or CRLF; empty lines (a trailing break) are dropped."""
    return [line for line in _LINE_BREAK.split(text) if line]


def md5_hex(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def password_matches(sent: str, password: str, action: str, params: Mapping[str, str]) -> bool:
    """Plain password, or the 2021 document's MD5 form (lower-case hex) for this action."""
    if hmac.compare_digest(sent.encode("utf-8"), password.encode("utf-8")):
        return True
    extno = params.get("extno", "")
    if action == "send":
        signed = password + extno + params.get("content", "") + params.get("mobile", "")
    elif action == "p2p":
        listing = params.get("mobileContentList", "").replace("\r", "").replace("\n", "")
        signed = password + extno + listing
    else:
        signed = password
    return hmac.compare_digest(sent.encode("utf-8"), md5_hex(signed).encode("ascii"))


def draw_stat(rng: random.Random) -> str:
    stats = [stat for stat, _ in STAT_MIX]
    weights = [weight for _, weight in STAT_MIX]
    return rng.choices(stats, weights=weights)[0]
