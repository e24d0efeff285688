"""What the screenshot scripts share: a keyring in memory, a clock that can be moved, and a
wait for the screen to get its data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import keyring.backend
from PySide6.QtCore import QEventLoop, QTimer

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


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    """Run the event loop until ``condition()`` holds; TimeoutError after ``timeout_ms``."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the screen never got ready")
