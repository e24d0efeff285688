"""The one way a test waits for the main window's start (``MainWindow.ready``).

The window paints first and finishes its start afterwards, a step each time the event loop
comes round: the pages with work from the start (bulk import, inbox), the demo gateway,
polling, the data file's check and backup. The other tabs are built after it, in steps (or
when first opened); a test gets every tab built at once, as a user who has opened each of them
would have it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot


def show_until_ready(qtbot: QtBot, window: QMainWindow, timeout_ms: int = 10_000, *,
                     every_tab: bool = True) -> None:
    """Show the window and wait until its start has finished; ``every_tab``: then build
    the tabs not opened yet too."""
    window.show()
    qtbot.waitUntil(lambda: bool(getattr(window, "ready", True)), timeout=timeout_ms)
    pages = getattr(window, "pages", None)
    if every_tab and pages is not None:
        pages.build_all()
