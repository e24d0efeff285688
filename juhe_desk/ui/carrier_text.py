"""Carriers in words: "移动 7 · 联通 3 · 电信 2", and each carrier's short name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from juhe_desk.domain.carriers import Carrier
from juhe_desk.store import CarrierOutcome
from juhe_desk.ui.i18n import current_language, translator_for

_tr = translator_for("CarrierText")


def carrier_name(carrier: Carrier | str) -> str:
    """移动, 联通, 电信, 广电, 其他 (the short name; a Carrier or its stored name)."""
    known = Carrier.__members__.get(carrier) if isinstance(carrier, str) else carrier
    return known.short_text(current_language()) if known is not None else str(carrier)


def carrier_counts_text(pairs: Iterable[tuple[Carrier, int]]) -> str:
    """移动 7 · 联通 3 · 电信 2 ("" when there are none)."""
    number = QLocale().toString
    return " · ".join(f"{carrier_name(carrier)} {number(count)}" for carrier, count in pairs
                      if count > 0)



def carrier_outcomes_text(outcomes: Iterable[CarrierOutcome]) -> str:
    """移动：送达 95.0%，失败 3.0% · 联通：… (of each carrier's messages)."""
    return " · ".join(_tr("{carrier}: {delivered} delivered, {failed} failed").format(
        carrier=carrier_name(o.carrier), delivered=percent(o.delivered_rate),
        failed=percent(o.failed_rate)) for o in outcomes if o.total)


def percent(rate: float) -> str:
    """0.9612 -> 96.1%."""
    return f"{rate * 100:.1f}%"
