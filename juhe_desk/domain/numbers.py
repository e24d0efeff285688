"""Mainland China mobile numbers, as people paste them and as spreadsheets store them.

A number is repaired only where the repair is certain: group separators, a +86/0086/86 prefix,
full-width characters, the ".0" of a spreadsheet float, thousands separators of a number
format, and scientific notation that still carries every digit. Anything else is rejected
with a reason the user can act on. Nothing here raises, whatever comes in.

``MOBILE_PATTERN`` is the shape of a mobile number (11 digits from 13 to 19); a number of that
shape is valid when its prefix is in use, as ``carriers`` (libphonenumber's data) says.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple, cast

from juhe_desk.domain import Explained
from juhe_desk.domain.carriers import (
    all_allocated,
    is_allocated,
    unused_block_of,
    unused_prefix_text,
)

MOBILE_PATTERN = re.compile(r"1[3-9][0-9]{9}")


class InvalidReason(Explained):
    """Why a value is not a usable mobile number."""

    EMPTY = ("空号码", "Empty number")
    TOO_SHORT = ("位数不足（应为11位）", "Too few digits (a mobile number has 11)")
    TOO_LONG = ("位数过多（应为11位）", "Too many digits (a mobile number has 11)")
    NOT_MOBILE = ("不是手机号（应以13-19开头）", "Not a mobile number (it must start with 13-19)")
    LETTERS = ("含有非数字字符", "Contains characters that are not digits")
    FRACTION = ("含有小数，不是号码", "Has a decimal fraction, so it is not a phone number")
    SCIENTIFIC = (
        "科学计数法丢失了位数，请把该列设为文本后重新导出",
        "Digits lost in scientific notation; set the column to Text and export again",
    )
    SEVERAL = ("一个单元格里有多个号码", "Several numbers in one cell")
    LANDLINE = ("固定电话不能接收短信", "A landline number cannot receive SMS")
    FOREIGN = ("不是中国大陆手机号（国际号码）", "Not a mainland China number (international)")
    # NumberCheck.reason_text() names the prefix: 号段 154 不是在用的手机号段.
    UNALLOCATED = ("号段不是在用的手机号段", "Not a mobile prefix in use")


_FOREIGN = InvalidReason.FOREIGN
_LETTERS = InvalidReason.LETTERS
_FIRST_MOBILE, _LAST_MOBILE = 13_000_000_000.0, 19_999_999_999.0
_is_mobile = MOBILE_PATTERN.fullmatch
_ALL_MOBILES = re.compile(r"(?:1[3-9][0-9]{9})*")  # texts of 11 characters each, joined


class NumberCheck(NamedTuple):
    """The outcome of checking one value: ``mobile`` (11 digits) when valid, else ``reason``."""

    # A named tuple rather than a frozen dataclass: one is made per spreadsheet row, and a
    # tuple is made several times faster.
    original: str
    mobile: str | None
    reason: InvalidReason | None
    unused_block: str = ""  # UNALLOCATED: the start of the number that is not in use ("154")

    @property
    def valid(self) -> bool:
        return self.mobile is not None

    def reason_text(self, lang: str = "zh_CN") -> str:
        """Why the value is not a usable number, in words ("" when it is one)."""
        if self.reason is InvalidReason.UNALLOCATED and self.unused_block:
            return unused_prefix_text(self.unused_block, lang)
        return self.reason.text(lang) if self.reason is not None else ""


def is_mobile(text: str) -> bool:
    """True for exactly 11 ASCII digits of a mainland mobile number in use (no repair)."""
    return _is_mobile(text) is not None and is_allocated(text)


def checked_mobile(original: str, digits: str) -> NumberCheck:
    """The check of ``digits`` that ``MOBILE_PATTERN`` matches: the mobile, or refused with
    UNALLOCATED when its prefix is not in use."""
    unused_block = unused_block_of(digits)
    if unused_block:
        return NumberCheck(original, None, InvalidReason.UNALLOCATED, unused_block)
    return NumberCheck(original, digits, None)


# Full-width ASCII (U+FF01-FF5E) to half-width; odd spaces to a space; dashes to "-";
# invisible characters that web pages and Excel leave behind are dropped.
_TO_ASCII: dict[int, int | str | None] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TO_ASCII.update({cp: " " for cp in (0x3000, 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A)})
_TO_ASCII.update({cp: "-" for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212)})
_TO_ASCII.update({cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)})
_QUOTES = "'\"`‘’“”"

# Characters that can only separate two numbers within one cell.
# re.ASCII: "\d" is 0-9 only, not every digit of Unicode.
CELL_SEPARATORS = re.compile(r"[/、;,|\\\r\n\t]+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+", re.ASCII)
_SCIENTIFIC = re.compile(r"(\d{1,20})(?:\.(\d{0,30}))?[eE]\+?\d{1,3}", re.ASCII)
_DECIMAL = re.compile(r"(\d+)\.(\d+)", re.ASCII)
_GROUP_SEPARATORS = re.compile(r"[\s\-.()\[\]]+")
_HAS_DIGIT = re.compile(r"\d", re.ASCII)
_NOT_DIGITS = re.compile(r"\D+", re.ASCII)


def to_ascii(text: str) -> str:
    """Full-width digits, letters and punctuation as ASCII, odd spaces and dashes made plain."""
    return text.translate(_TO_ASCII)


def normalize_mobile(value: object) -> NumberCheck:
    """Check one value from pasted text or a spreadsheet cell. Never raises."""
    try:
        mobile = plain_mobile(value)
        if mobile is not None:
            return NumberCheck(mobile, mobile, None)
        return _check_value(value)
    except Exception:  # noqa: BLE001 - one odd cell must never stop an import
        return NumberCheck(_safe_text(value), None, InvalidReason.LETTERS)


def plain_mobile(value: object) -> str | None:
    """The mobile when ``value`` already is one as written: 11 ASCII digits as text, or a
    spreadsheet number such as 13800000001.0. ``None`` for anything else, which
    ``normalize_mobile`` then repairs or explains. Agrees with it, much faster."""
    if isinstance(value, float):
        # Integral floats in this range are exactly the 11-digit numbers 13... to 19...
        if _FIRST_MOBILE <= value <= _LAST_MOBILE and value.is_integer():
            mobile = str(int(value))
            return mobile if is_allocated(mobile) else None
        return None
    if isinstance(value, str) and _is_mobile(value) and is_allocated(value):
        return value
    return None


def plain_mobiles(values: Sequence[object]) -> list[str | None]:
    """``plain_mobile`` of each value; for a column of plain numbers, in a few passes in C."""
    kinds = set(map(type, values))
    mobiles: list[str] | None = None
    if kinds == {float}:
        floats = cast("Sequence[float]", values)
        if (min(floats) >= _FIRST_MOBILE and max(floats) <= _LAST_MOBILE
                and all(map(float.is_integer, floats))):  # NaN is not an integer
            mobiles = list(map("%d".__mod__, floats))
    elif kinds == {str}:
        texts = cast("Sequence[str]", values)
        if set(map(len, texts)) == {11} and _ALL_MOBILES.fullmatch("".join(texts)):
            mobiles = list(texts)
    if mobiles is not None and all_allocated(mobiles):
        return cast("list[str | None]", mobiles)
    return list(map(plain_mobile, values))


def split_cell_numbers(value: object) -> list[str]:
    """The mobiles of a cell that holds one or several numbers, each of them valid.

    ``"13800000001/13800000002"`` gives both; a cell where any part is not a valid mobile
    gives ``[]`` (``normalize_mobile`` then says why). Duplicates inside the cell are dropped.
    """
    try:
        if not isinstance(value, str):
            check = normalize_mobile(value)
            return [check.mobile] if check.mobile else []
        text = _clean(value)
        if _THOUSANDS.fullmatch(text):
            parts = [text]
        else:
            parts = [p.strip() for p in CELL_SEPARATORS.split(text) if p.strip()]
        found: list[str] = []
        for part in parts:
            check = _check_text(value, part)
            if check.mobile:
                found.append(check.mobile)
                continue
            tokens = part.split()
            if len(tokens) < 2 or not all(is_mobile(t) for t in tokens):
                return []
            found.extend(tokens)
        return list(dict.fromkeys(found))
    except Exception:  # noqa: BLE001 - never raises, like normalize_mobile
        return []


def _check_value(value: object) -> NumberCheck:
    if isinstance(value, str):
        if _is_mobile(value):
            return checked_mobile(value, value)
        return _check_string(value)
    if value is None:
        return NumberCheck("", None, InvalidReason.EMPTY)
    if isinstance(value, bool):
        return NumberCheck(str(value), None, InvalidReason.LETTERS)
    if isinstance(value, int):
        if value < 0:
            return NumberCheck(str(value), None, InvalidReason.NOT_MOBILE)
        return _check_text(str(value), str(value))
    if isinstance(value, float):
        return _check_float(value)
    if isinstance(value, Decimal):
        if value.is_nan():
            return NumberCheck("", None, InvalidReason.EMPTY)
        if value.is_infinite():
            return NumberCheck(str(value), None, InvalidReason.TOO_LONG)
        # str() keeps the exponent, so Decimal("1.38E+10") is judged like the text.
        return _check_string(str(value))
    return _check_string(_safe_text(value))


def _check_float(value: float) -> NumberCheck:
    if math.isnan(value):
        return NumberCheck("", None, InvalidReason.EMPTY)
    if math.isinf(value):
        return NumberCheck(str(value), None, InvalidReason.TOO_LONG)
    if not value.is_integer():
        return NumberCheck(repr(value), None, InvalidReason.FRACTION)
    if value < 0:
        return NumberCheck(str(int(value)), None, InvalidReason.NOT_MOBILE)
    digits = str(int(value))  # exact: every integer below 2**53 is a float
    return _check_text(digits, digits)


def _check_string(original: str) -> NumberCheck:
    text = _clean(original)
    if not text:
        return NumberCheck(original, None, InvalidReason.EMPTY)
    if _holds_several(text):
        # Several numbers are split by split_cell_numbers, unless one of them is not in use.
        return _first_unused(original, text) or NumberCheck(original, None,
                                                             InvalidReason.SEVERAL)
    return _check_text(original, text)


def _clean(text: str) -> str:
    return to_ascii(text).strip().strip(_QUOTES).strip()


def _holds_several(text: str) -> bool:
    if _THOUSANDS.fullmatch(text):
        return False
    parts = CELL_SEPARATORS.split(text)
    if sum(1 for p in parts if _HAS_DIGIT.search(p)) >= 2:
        return True
    tokens = text.split()
    if len(tokens) < 2 or len(_NOT_DIGITS.sub("", text)) < 22:  # two mobiles: 22 digits
        return False
    return sum(1 for t in tokens if _is_number(_check_text(t, t))) >= 2


def _is_number(check: NumberCheck) -> bool:
    """A mobile, or a number of that shape whose prefix is not in use."""
    return check.mobile is not None or check.reason is InvalidReason.UNALLOCATED


def _first_unused(original: str, text: str) -> NumberCheck | None:
    """The UNALLOCATED check of the first number not in use among several in one cell."""
    parts = CELL_SEPARATORS.split(text)
    for part in parts if len(parts) > 1 else text.split():
        check = _check_text(original, part)
        if check.reason is InvalidReason.UNALLOCATED:
            return check
    return None


def _check_text(original: str, text: str) -> NumberCheck:
    """One number, from text already cleaned by ``_clean`` (no SEVERAL check)."""
    text = text.strip()
    if _is_mobile(text):
        return checked_mobile(original, text)
    if not text:
        return NumberCheck(original, None, InvalidReason.EMPTY)
    scientific = _SCIENTIFIC.fullmatch(text)
    if scientific:
        return _check_scientific(original, scientific)
    decimal = _DECIMAL.fullmatch(text)
    if decimal:
        if decimal.group(2).strip("0"):
            return NumberCheck(original, None, InvalidReason.FRACTION)
        text = decimal.group(1)
    elif _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    compact = _GROUP_SEPARATORS.sub("", text)
    if compact.startswith("+"):
        if not compact.startswith("+86"):
            foreign = compact[1:].isascii() and compact[1:].isdigit()
            return NumberCheck(original, None, _FOREIGN if foreign else _LETTERS)
        compact = compact[3:]
    elif compact.startswith("00") and compact.isascii() and compact.isdigit():
        if not compact.startswith("0086"):
            return NumberCheck(original, None, InvalidReason.FOREIGN)
        compact = compact[4:]
    elif len(compact) == 13 and compact.startswith("86") and _is_mobile(compact[2:]):
        compact = compact[2:]
    return _classify_digits(original, compact)


def _check_scientific(original: str, match: re.Match[str]) -> NumberCheck:
    whole, fraction = match.group(1), match.group(2) or ""
    value = Decimal(match.group(0))  # the regex admits only well-formed, bounded text
    if value != value.to_integral_value():
        return NumberCheck(original, None, InvalidReason.FRACTION)
    digits = str(int(value))
    written = (whole + fraction).lstrip("0")
    # Exact only when the mantissa writes every digit, trailing zeros included:
    # "1.3800138E+10" may be 13800138123 shown with fewer digits.
    if len(written) < len(digits.lstrip("0")) and len(digits) >= 7:
        return NumberCheck(original, None, InvalidReason.SCIENTIFIC)
    return _classify_digits(original, digits)


def _classify_digits(original: str, digits: str) -> NumberCheck:
    if not (digits.isascii() and digits.isdigit()):
        return NumberCheck(original, None, InvalidReason.LETTERS)
    if _is_mobile(digits):
        return checked_mobile(original, digits)
    count = len(digits)
    if _looks_like_landline(digits):
        return NumberCheck(original, None, InvalidReason.LANDLINE)
    if count < 11:
        return NumberCheck(original, None, InvalidReason.TOO_SHORT)
    if count > 11:
        return NumberCheck(original, None, InvalidReason.TOO_LONG)
    return NumberCheck(original, None, InvalidReason.NOT_MOBILE)


def _looks_like_landline(digits: str) -> bool:
    count = len(digits)
    if digits.startswith("0") and not digits.startswith("00"):
        # 0 + area code (2-3 digits) + local number (7-8 digits); but 0 + a mobile is not.
        return 10 <= count <= 12 and not _is_mobile(digits[1:])
    if digits.startswith(("400", "800")):
        return count == 10
    return count in (7, 8) and digits[0] != "1"


def _safe_text(value: object) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a cell whose str() fails is shown as <?>
        return "<?>"
