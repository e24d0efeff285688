"""The inbox's warm-up keeps the table of mobile numbers' cities in the data folder's cache
(built once: later starts read it in a few ms instead of executing libphonenumber's data)."""

from __future__ import annotations

from pathlib import Path

from import_helpers import WindowFactory
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from juhe_desk import dataclass_code
from juhe_desk.domain import regions
from juhe_desk.domain.regions import KEPT_FILE


def test_the_inboxs_warm_up_keeps_the_cities_in_the_data_folders_cache(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
        fresh_regions_table: None) -> None:
    data_dir = tmp_path / "data"
    window = open_window("--demo", data_dir=data_dir)
    kept = data_dir / dataclass_code.FOLDER / KEPT_FILE
    assert not kept.exists()
    inbox = window.findChild(QWidget, "inboxPage")
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert inbox is not None and tabs is not None
    tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(kept.is_file, timeout=15_000)
    qtbot.waitUntil(lambda: regions._index is not None, timeout=5000)
    assert regions.region_of("13912345678") == regions.Region("江苏省", "常州市", "Jiangsu",
                                                              "Changzhou")
