"""Reading JSON values as the gateway sends them: numbers as text, ids as numbers, and so on.

Everything here raises ``Malformed`` (never anything else) for a value it cannot read;
the parsers turn that into the typed gateway errors.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_INT_TEXT = re.compile(r"([+-]?[0-9]{1,30})(?:\.0*)?")
_FLOAT_TEXT = re.compile(r"[+-]?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})")


class Malformed(Exception):
    """What is wrong with a body, in both languages."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


def clean(text: str) -> str:
    """Text that can be stored: lone surrogates (possible in JSON escapes) become '?'."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace").decode("utf-8")
    return text


def int_value(value: object, field: str) -> int:
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        match = _INT_TEXT.fullmatch(value.strip())
        number = int(match.group(1)) if match else None
    if number is None or not INT64_MIN <= number <= INT64_MAX:
        raise Malformed(f"“{field}”不是整数", f"“{field}” is not a whole number")
    return number


def float_value(value: object, field: str) -> float:
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # an integer of hundreds of digits
            number = None
    elif isinstance(value, str):
        text = value.strip().removesuffix("%").strip()
        number = float(text) if _FLOAT_TEXT.fullmatch(text) else None
    if number is None or not math.isfinite(number):
        raise Malformed(f"“{field}”不是数字", f"“{field}” is not a number")
    return number


def text_value(value: object) -> str | None:
    """Text, or an integer as text (a number-typed mid keeps every digit); else None."""
    if isinstance(value, str):
        # isascii() is O(1) in CPython; only other text may hold a lone surrogate.
        return (value if value.isascii() else clean(value)).strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def required_text(item: dict[str, Any], field: str) -> str:
    text = text_value(item.get(field))
    if not text:
        raise Malformed(f"缺少“{field}”", f"“{field}” is missing")
    return text


def optional_text(item: dict[str, Any], field: str) -> str:
    return text_value(item.get(field)) or ""


def optional_balance(obj: dict[str, Any]) -> int | None:
    if obj.get("balance") is None:
        return None
    try:
        return int_value(obj["balance"], "balance")
    except Malformed:
        return None


def list_of(obj: dict[str, Any], *, required: bool) -> list[Any]:
    items = obj.get("list")
    if items is None and not required:
        return []
    if not isinstance(items, list):
        raise Malformed("缺少结果列表“list”", "the result list “list” is missing")
    return items


def _reject_constant(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def load_json(body: bytes) -> Any:
    if not body.strip():
        raise Malformed("回复是空的", "the answer is empty")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Malformed("回复不是 UTF-8 文本", "the answer is not UTF-8 text") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise Malformed("回复不是完整的 JSON", "the answer is not complete JSON") from None
