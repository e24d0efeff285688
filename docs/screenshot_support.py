"""What the screenshot scripts share: a keyring in memory and a clock that can be moved."""

from __future__ import annotations

import datetime as dt

import keyring.backend

from juhe_desk.gateway.models import CHINA_TZ


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps the screenshot account's password out of the real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self._passwords.pop((service, username), None)


class ShiftedClock:
    """China time now, plus ``offset``: lets a script make a month of history."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(CHINA_TZ) + self.offset
