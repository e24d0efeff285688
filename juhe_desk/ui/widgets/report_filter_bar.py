"""The row of filters above the reports table: number, status, carrier, campaign and period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.carriers import Carrier
from juhe_desk.gateway.china_time import today_in_china
from juhe_desk.gateway.codes import describe_stat, stat_codes
from juhe_desk.store import Campaign, ReportFilter
from juhe_desk.ui.carrier_text import carrier_name
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.naming import named

ALL_STATUSES, DELIVERED, FAILED = "", ":delivered", ":failed"
PERIODS = ("all", "today", "7d", "30d", "custom")
_PERIOD_DAYS = {"today": 1, "7d": 7, "30d": 30}


def clean_number(text: str) -> str:
    """What the user typed as the start of a number, without spaces, dashes or +86."""
    text = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    return text[3:] if text.startswith("+86") else text


def period_bounds(period: str, today: dt.date, first: dt.date, last: dt.date
                  ) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``since`` (inclusive) and ``until`` (exclusive) of a period; naive China time."""
    if period in _PERIOD_DAYS:
        start = today - dt.timedelta(days=_PERIOD_DAYS[period] - 1)
        return dt.datetime.combine(start, dt.time()), None
    if period == "custom":
        low, high = min(first, last), max(first, last)
        return (dt.datetime.combine(low, dt.time()),
                dt.datetime.combine(high + dt.timedelta(days=1), dt.time()))
    return None, None


class ReportFilterBar(QWidget):
    """Emits ``filterChanged(ReportFilter)`` whenever a filter is changed."""

    filterChanged = Signal(ReportFilter)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFilterBar")
        self.number_edit = named(QLineEdit(), "reportsFilterEdit")
        self.number_edit.setPlaceholderText(self.tr("Number starts with…"))
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.setMinimumWidth(self.number_edit.fontMetrics().horizontalAdvance(
            self.number_edit.placeholderText()) + 40)
        self.number_edit.setMaximumWidth(220)
        self.status_combo = named(QComboBox(), "reportsStatusCombo")
        self.status_combo.setMinimumContentsLength(12)
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.carrier_combo = named(QComboBox(), "reportsCarrierCombo")
        self.carrier_combo.addItem(self.tr("All carriers"), "")
        for carrier in Carrier:
            self.carrier_combo.addItem(carrier_name(carrier), carrier.name)
        self.carrier_combo.setToolTip(self.tr(
            "The carrier a number's first digits were given to (a number that moved to "
            "another carrier keeps them)"))
        self.campaign_combo = named(QComboBox(), "reportsCampaignCombo")
        # Room for a campaign's name as the window allows: at 1100 pixels the whole row fits
        # in English too; a longer name is elided and whole in the tooltip.
        self.campaign_combo.setMinimumContentsLength(12)
        self.campaign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo = named(QComboBox(), "reportsPeriodCombo")
        self.from_date = named(QDateEdit(), "reportsFromDate")
        self.to_date = named(QDateEdit(), "reportsToDate")
        self._fill_statuses()
        self.set_campaigns([])
        for key, text in zip(PERIODS, (self.tr("All time"), self.tr("Today"),
                                       self.tr("Last 7 days"), self.tr("Last 30 days"),
                                       self.tr("Dates…")), strict=True):
            self.period_combo.addItem(text, key)
        today = today_in_china()
        for edit, day in ((self.from_date, today - dt.timedelta(days=6)), (self.to_date, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))

        # The dates get a row of their own, shown only for 自定义日期: the one row of filters
        # must fit a window 1100 pixels wide.
        filters, dates = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.dates_row = QWidget()
        self.dates_row.setLayout(dates)
        self.dates_row.setVisible(False)
        layout.addWidget(self.dates_row)
        for label_text, widget in ((self.tr("&Number:"), self.number_edit),
                                   (self.tr("&Status:"), self.status_combo),
                                   (self.tr("Carr&ier:"), self.carrier_combo),
                                   (self.tr("&Campaign:"), self.campaign_combo),
                                   (self.tr("&Period:"), self.period_combo)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            filters.addWidget(label)
            # The campaign's name takes what the window has to spare.
            filters.addWidget(widget, 1 if widget is self.campaign_combo else 0)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addStretch(1)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.from_date)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_date)
        self.campaign_combo.currentIndexChanged.connect(
            lambda _i: self.campaign_combo.setToolTip(self.campaign_combo.currentText()))

        self.number_edit.textChanged.connect(self._changed)
        for combo in (self.status_combo, self.carrier_combo, self.campaign_combo,
                      self.period_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.from_date.dateChanged.connect(self._changed)
        self.to_date.dateChanged.connect(self._changed)

    # --- choices --------------------------------------------------------------------------
    def _fill_statuses(self) -> None:
        combo = self.status_combo
        combo.addItem(self.tr("All statuses"), ALL_STATUSES)
        combo.addItem(self.tr("Delivered"), DELIVERED)
        combo.addItem(self.tr("Failed (any other code)"), FAILED)
        combo.insertSeparator(combo.count())
        self.add_codes(code for code in stat_codes() if code != "DELIVRD")

    def add_codes(self, codes: Iterable[str]) -> None:
        """Offer these codes as status choices too (e.g. codes seen in the reports)."""
        known = {self.status_combo.itemData(i) for i in range(self.status_combo.count())}
        language = current_language()
        for code in dict.fromkeys(codes):
            if code and code != "DELIVRD" and code not in known:
                self.status_combo.addItem(
                    f"{code} · {describe_stat(code).meaning(language)}", code)

    def set_campaigns(self, campaigns: Sequence[Campaign]) -> None:
        """Campaign choices, newest first; the chosen one stays chosen while it exists."""
        chosen = self.campaign_id()
        combo = self.campaign_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All campaigns"), 0)
        for campaign in campaigns:
            combo.addItem(f"{campaign.name} ({campaign.created_at[:10]})", campaign.id)
        index = combo.findData(chosen or 0)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if chosen is not None and index < 0:
            self._changed()

    # --- the filter -----------------------------------------------------------------------
    def campaign_id(self) -> int | None:
        value = self.campaign_combo.currentData()
        return int(value) if value else None

    def campaign_name(self) -> str:
        return self.campaign_combo.currentText() if self.campaign_id() else ""

    def current_filter(self) -> ReportFilter:
        status = self.status_combo.currentData() or ALL_STATUSES
        period = self.period_combo.currentData() or "all"
        since, until = period_bounds(period, today_in_china(), _day(self.from_date.date()),
                                     _day(self.to_date.date()))
        return ReportFilter(
            mobile_prefix=clean_number(self.number_edit.text()),
            stat=None if status in (ALL_STATUSES, DELIVERED, FAILED) else status,
            delivered=True if status == DELIVERED else False if status == FAILED else None,
            campaign_id=self.campaign_id(), since=since, until=until,
            carrier=self.carrier_combo.currentData() or None)

    def _changed(self) -> None:
        self.dates_row.setVisible(self.period_combo.currentData() == "custom")
        self.filterChanged.emit(self.current_filter())


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
