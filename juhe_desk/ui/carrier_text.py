"""Carriers in words: "移动 7 · 联通 3 · 电信 2", and each carrier's short name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from juhe_desk.domain.carriers import Carrier
from juhe_desk.ui.i18n import current_language


def carrier_name(carrier: Carrier | str) -> str:
    """移动, 联通, 电信, 广电, 其他 (the short name; a Carrier or its stored name)."""
    known = Carrier.__members__.get(carrier) if isinstance(carrier, str) else carrier
    return known.short_text(current_language()) if known is not None else str(carrier)


def carrier_counts_text(pairs: Iterable[tuple[Carrier, int]]) -> str:
    """移动 7 · 联通 3 · 电信 2 ("" when there are none)."""
    number = QLocale().toString
    return " · ".join(f"{carrier_name(carrier)} {number(count)}" for carrier, count in pairs
                      if count > 0)

