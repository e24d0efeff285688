"""Plain-Python rules of the app: phone numbers, text length, templates, batching, money, opt-out.

Nothing here touches Qt, the network or the disk. The modules are imported one by one
(``from juhe_desk.domain.numbers import normalize_mobile``); this package only holds the small
base that every explained enum shares.
"""

from __future__ import annotations

from enum import Enum


class Explained(Enum):
    """An enum whose members carry a plain-language text in Chinese and in English.

    Members are declared as ``NAME = ("中文", "English")``; store ``member.name``, show ``text()``.
    """

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def text(self, lang: str = "zh_CN") -> str:
        """The explanation in the user's language (``zh_CN`` or ``en``)."""
        return self.en if lang.startswith("en") else self.zh
