"""Amounts of 元 in the window, grouped the way the language writes large numbers.

The amount itself is domain/money.py's (厘 to yuan, exact, halves rounded away from zero);
only its digits are grouped here, by the window's locale (``QLocale()``: set from the
language in i18n.py), so ¥200000000 reads ¥200,000,000. Grouped as text, never through a
float or a 64-bit integer: a balance of any size keeps every digit.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from juhe_desk.domain.money import li_to_yuan_text


def yuan_text(li: int, places: int = 2) -> str:
    """``123456789`` 厘 -> ``"123,456.79"`` (no ¥: the sentence around it says where)."""
    plain = li_to_yuan_text(li, places)
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.removeprefix("-").partition(".")
    locale = QLocale()
    grouped = whole
    if not locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator:
        groups = [whole[max(0, end - 3):end] for end in range(len(whole), 0, -3)]
        grouped = locale.groupSeparator().join(reversed(groups))
    return sign + grouped + (locale.decimalPoint() + fraction if fraction else "")


def whole_or_cents_yuan(li: int) -> str:
    """A scale mark: whole yuan when they are whole (``"200,000"``), else two decimals."""
    return yuan_text(li, 0) if li % 1000 == 0 else yuan_text(li)
