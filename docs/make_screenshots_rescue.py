"""Renders the database rescue dialog to docs/screenshots/database-rescue.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_rescue.py``.
A flower shop's computer lost power while juhe-desk was writing: its data file is cut
short. At the next start the real app shows the rescue dialog, offering the automatic
backup of the morning before; the script grabs it, then answers "quit".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from screenshot_support import SCREENSHOTS, start_app

from juhe_desk.app import make_main_window
from juhe_desk.gateway.models import CHINA_TZ, DeliveryReport
from juhe_desk.store import Account, Store
from juhe_desk.ui.session import DATABASE_NAME
from juhe_desk.ui.startup import StartupCancelled

FOLDER = SCREENSHOTS
PNG = FOLDER / "database-rescue.png"
BACKED_UP_AT = dt.datetime(2026, 12, 3, 9, 15, tzinfo=CHINA_TZ)


def shop_data(database: Path) -> None:
    """A shop's history, backed up the morning before, then cut short by a power cut."""
    with Store.open(database, clock=lambda: BACKED_UP_AT) as store:
        store.save_account(Account(id="922011", gateway_url="https://sms.example.cn:7862",
                                   name="花语鲜花店", extno="1069012345",
                                   signatures=("【花语鲜花店】",), is_active=True))
        store.add_reports([DeliveryReport(f"M{i:08d}", f"1380013{i:04d}", "DELIVRD",
                                          "2026-12-02 10:00:00") for i in range(3000)], "pull")
        store.back_up_automatically()
    with database.open("r+b") as handle:  # the power cut
        handle.truncate(database.stat().st_size // 3)


def grab_and_quit(shot: list[bool]) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "databaseRescueDialog":
        QTimer.singleShot(20, lambda: grab_and_quit(shot))
        return
    dialog.grab().save(str(PNG))
    shot.append(True)
    quit_button = dialog.findChild(QPushButton, "rescueQuitButton")
    assert quit_button is not None
    quit_button.click()


def main() -> int:
    start_app()
    FOLDER.mkdir(parents=True, exist_ok=True)
    # A fixed folder, so that the path the dialog shows stays the same from one run to the next.
    root = Path(tempfile.gettempdir()) / "juhe-desk-screenshot"
    shutil.rmtree(root, ignore_errors=True)
    data_dir = root / "juhe-desk"
    try:
        shop_data(data_dir / DATABASE_NAME)
        shot: list[bool] = []
        QTimer.singleShot(0, lambda: grab_and_quit(shot))
        with contextlib.suppress(StartupCancelled):  # the script answers "quit"
            make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
        if not shot:
            raise SystemExit("the rescue dialog never came")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"wrote {PNG}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
