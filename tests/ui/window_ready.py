"""The one way a test waits for the main window's start (``MainWindow.ready``).

The window paints first and finishes its start afterwards, a step each time the event loop
comes round: the other tabs, the demo gateway, polling, the data file's check and backup.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot


def show_until_ready(qtbot: QtBot, window: QMainWindow, timeout_ms: int = 10_000) -> None:
    """Show the window and wait until its start has finished."""
    window.show()
    qtbot.waitUntil(lambda: bool(getattr(window, "ready", True)), timeout=timeout_ms)
