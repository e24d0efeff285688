"""China time on the Qt side: the zone date-time editors show, and the note that says so.

The app shows and uses one clock, China time (``gateway/china_time.py``). A Qt date-time
editor shows the PC's own time zone unless it is given another one, so editors are given
China's; on a PC whose clock is not China time, ``ChinaTimeNote`` says which clock the app
shows (on a China-time PC it stays hidden: nothing to explain).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QLabel, QWidget

from juhe_desk.gateway.china_time import CHINA_OFFSET, CHINA_TZ, pc_clock_is_china_time
from juhe_desk.ui import status_style

CHINA_ZONE = QTimeZone.fromSecondsAheadOfUtc(int(CHINA_OFFSET.total_seconds()))


def qt_now_in_china() -> QDateTime:
    """Now, as a QDateTime in China time (what an editor given ``CHINA_ZONE`` shows)."""
    return QDateTime.currentDateTime().toTimeZone(CHINA_ZONE)


def to_china(moment: QDateTime) -> dt.datetime:
    """A QDateTime of any zone as an aware datetime in China time."""
    return dt.datetime.fromtimestamp(moment.toSecsSinceEpoch(), CHINA_TZ)


class ChinaTimeNote(QLabel):
    """"Times are China time (UTC+8)", shown only where the PC's clock says otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chinaTimeNote")
        self.setText(self.tr("Times are China time (UTC+8)"))
        self.setToolTip(self.tr(
            "The SMS gateway and your customers go by China time, so juhe-desk shows every "
            "time, and schedules sends, in China time, whatever this computer's clock is "
            "set to."))
        self.setStyleSheet(status_style.text_style(status_style.MUTED))
        if pc_clock_is_china_time():
            # Hidden explicitly: a parent or status bar showing its children leaves it so.
            self.hide()
