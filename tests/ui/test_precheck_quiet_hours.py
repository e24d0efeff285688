"""The pre-send check warns about marketing texts outside 08:00-22:00, China time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.china_time import CHINA_TZ
from juhe_desk.services.send_check import SendCheck
from juhe_desk.ui.importing.precheck_dialog import PrecheckDialog


def china_clock(hour: int, minute: int) -> QDateTime:
    moment = dt.datetime(2026, 11, 25, hour, minute, tzinfo=CHINA_TZ)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


@pytest.mark.parametrize(("hour", "minute", "warned"), [
    (23, 30, True), (7, 59, True), (22, 0, True), (8, 0, False), (21, 59, False)])
def test_night_in_china_is_warned_whatever_the_computers_time_zone(
        qtbot: QtBot, hour: int, minute: int, warned: bool) -> None:
    # On a computer in UTC (as the test machines are), 23:30 in China shows as 15:30.
    dialog = PrecheckDialog(SendCheck(messages=10, total_parts=10),
                            clock=lambda: china_clock(hour, minute))
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "quietHoursLabel")
    assert label is not None
    assert label.isVisibleTo(dialog) is warned
    if warned:
        assert f"{hour:02d}:{minute:02d}" in label.text()
