"""The base of our errors that tell the user, in Chinese or English, what happened.

The gateway's, the store's and the spreadsheets' errors all carry the two texts the same
way; ``text(lang)`` picks the user's. Imports nothing of juhe_desk, so every layer may use
it.
"""

from __future__ import annotations


class ExplainedError(Exception):
    """An error whose message is in the user's words: Chinese, and English when given."""

    def __init__(self, message: str, *, message_en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message

    def text(self, lang: str = "zh_CN") -> str:
        """The explanation in the user's language (``zh_CN`` or ``en``)."""
        return self.message_en if lang.startswith("en") else self.message
