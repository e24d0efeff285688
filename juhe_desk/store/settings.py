"""What settings are read from: the ``Store``, or anything that answers ``get_setting`` the
same way (the UI's queue of writes, which also knows the values not written yet)."""

from __future__ import annotations

from typing import Protocol


class SettingsReader(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
