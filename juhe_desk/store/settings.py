"""What settings are read from and written to: the ``Store`` (in place), or anything that
answers the same way (the UI's queue of writes, which also knows the values not written yet)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class SettingsReader(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...


class Settings(SettingsReader, Protocol):
    def set_settings(self, values: Mapping[str, str]) -> None: ...
