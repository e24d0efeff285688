"""Renders the window in demo mode (``--demo``), in Chinese at 1100×720, with the title and
the banner that say so: docs/screenshots/demo-banner.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_demo_banner.py``.
The title bar is drawn by the window manager, which the offscreen platform has not: the
window's title is written above the grab, as Windows would show it.
"""

from __future__ import annotations

import sys
import tempfile

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel
from screenshot_support import SCREENSHOTS, demo_window, start_app, wait_until

OUTPUT = SCREENSHOTS / "demo-banner.png"
TITLE_HEIGHT = 30


def main() -> int:
    app = start_app()
    with tempfile.TemporaryDirectory() as folder:
        window = demo_window(folder, size=(1100, 720))
        balance = window.findChild(QLabel, "balanceLabel")
        assert balance is not None
        wait_until(lambda: "500.00" in balance.text())
        body = window.grab()
        shot = QPixmap(body.width(), body.height() + TITLE_HEIGHT)
        shot.fill(QColor("#ffffff"))
        painter = QPainter(shot)
        painter.fillRect(QRect(0, 0, body.width(), TITLE_HEIGHT), QColor("#f3f3f3"))
        painter.setPen(QColor("#202020"))
        painter.drawText(QRect(12, 0, body.width() - 24, TITLE_HEIGHT),
                         int(Qt.AlignmentFlag.AlignVCenter), window.windowTitle())
        painter.drawPixmap(0, TITLE_HEIGHT, body)
        painter.end()
        shot.save(str(OUTPUT))
        window.close()
    app.processEvents()
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
