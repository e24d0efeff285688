"""Cancelling the read of a spreadsheet stops that read's task: the runner's one cancel channel."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from import_helpers import SignedIn, import_page
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator


@pytest.mark.slow
def test_cancel_stops_the_read_and_keeps_nothing_of_it(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    page = import_page(signed_in())
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["姓名", "手机"])
        writer.writerows([f"客户{i}", f"1{380_000_0000 + i}"] for i in range(300_000))
    panel = page.file_panel
    loaded: list[object] = []
    panel.loaded.connect(loaded.append)

    panel.open_file(path)
    reading = panel._reading
    assert panel.reading and reading is not None
    panel.cancel_button.click()
    assert reading.cancelled  # the read's own task context: no stop flag beside it
    qtbot.waitUntil(lambda: not panel.reading, timeout=30_000)
    assert loaded == [] and panel.data is None
    assert not panel.cancel_button.isVisible()
