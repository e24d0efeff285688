"""Money in 厘 (0.001 yuan), as the gateway counts it: integers and Decimal, never float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from juhe_desk.domain.numbers import to_ascii
from juhe_desk.gateway.models import Balance

LI_PER_YUAN = 1000

_YUAN_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)", re.ASCII)


def li_to_yuan_text(li: int, places: int = 2) -> str:
    """``12345`` -> ``"12.35"``: yuan with ``places`` decimals, halves rounded away from zero.

    ``places=3`` shows a price such as 0.045 exactly.
    """
    quantum = Decimal(1).scaleb(-places)
    yuan = (Decimal(li) / LI_PER_YUAN).quantize(quantum, rounding=ROUND_HALF_UP)
    if yuan == 0:
        yuan = abs(yuan)  # no "-0.00"
    return f"{yuan:f}"


def yuan_text_to_li(text: str) -> int:
    """``"12.35"`` (or ``"¥1,234.5元"``, full-width too) -> 12350. ValueError when the text is
    not an amount or is finer than 1 厘."""
    cleaned = to_ascii(text).replace(",", "").replace(" ", "").removesuffix("元")
    sign = cleaned[:1] if cleaned[:1] in ("-", "+") else ""
    cleaned = sign + cleaned[len(sign):].lstrip("¥￥")
    if not _YUAN_TEXT.fullmatch(cleaned):
        raise ValueError(f"not an amount of yuan: {text!r}")
    li = Decimal(cleaned) * LI_PER_YUAN
    if li != li.to_integral_value():
        raise ValueError(f"finer than 1 厘 (0.001 yuan): {text!r}")
    return int(li)


def campaign_cost_li(parts: int, price_li: int) -> int:
    """What ``parts`` SMS parts cost in all (parts = recipients x parts per message)."""
    if parts < 0 or price_li < 0:
        raise ValueError("parts and price cannot be negative")
    return parts * price_li


def sms_left(balance_li: int, price_li: int) -> int:
    """How many SMS parts the balance still pays for (0 without a price or a balance)."""
    if price_li <= 0 or balance_li <= 0:
        return 0
    return balance_li // price_li


def estimated_cost_li(total_parts: int, price_li: int) -> int | None:
    """What so many SMS parts cost, or None when the account has no price per part set."""
    return campaign_cost_li(total_parts, price_li) if price_li > 0 else None


def prepaid_shortfall_li(cost_li: int | None, balance: Balance | None) -> int:
    """What a pre-paid balance lacks for a send (0 when enough, post-paid or unknown).

    Without a price the cost is unknown: only a balance already at or below zero blocks.
    """
    if balance is None or not balance.is_prepaid:
        return 0
    if cost_li is None:
        return 1 if balance.balance <= 0 else 0
    return max(0, cost_li - balance.balance)
