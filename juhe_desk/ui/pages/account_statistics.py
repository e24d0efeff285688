"""The Account tab's daily totals: the gateway's statis figures, through the cache."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.gateway.china_time import in_china, today_in_china
from juhe_desk.services.statistics import StatisticsAnswer, StatisticsCache, last_days
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.daily_chart import DailyChart

WIDEST_RANGE_DAYS = 30  # asked from the gateway every time, so 7 days come from the cache


def _moment(when: dt.datetime) -> str:
    """``14:05`` today, ``05-18 14:05`` another day (China time, as the gateway counts)."""
    local = in_china(when)
    today = today_in_china()
    return local.strftime("%H:%M" if local.date() == today else "%m-%d %H:%M")


class StatisticsPanel(QGroupBox):
    """Last 7 or 30 days as a chart and a summary line; says how old the figures are."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPanel")
        self.setTitle(self.tr("Daily totals from the gateway"))
        self.session = session
        self.cache = StatisticsCache(session.store)
        self.answer: StatisticsAnswer | None = None
        self._busy = False
        self._again = False

        self.week_radio = named(QRadioButton(self.tr("Last &7 days")), "last7DaysRadio")
        self.month_radio = named(QRadioButton(self.tr("Last &30 days")), "last30DaysRadio")
        self.week_radio.setChecked(True)
        self.range_group = QButtonGroup(self)
        self.range_group.addButton(self.week_radio, 7)
        self.range_group.addButton(self.month_radio, WIDEST_RANGE_DAYS)
        self.range_group.idClicked.connect(lambda _days: self.load())
        self.refresh_button = named(QPushButton(self.tr("Refresh statistics")),
                                    "refreshStatisticsButton")
        self.refresh_button.setToolTip(self.tr(
            "The gateway gives statistics about once an hour; until then the figures it "
            "gave last are shown"))
        self.refresh_button.clicked.connect(self.load)
        self.chart = DailyChart()
        self.summary_label = named(QLabel(), "statisticsSummaryLabel")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = named(QLabel(), "statisticsStatusLabel")
        for label in (self.summary_label, self.status_label):
            label.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.week_radio)
        controls.addWidget(self.month_radio)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.status_label)

    @property
    def busy(self) -> bool:
        """A statis job is running."""
        return self._busy

    def range_days(self) -> int:
        return WIDEST_RANGE_DAYS if self.month_radio.isChecked() else 7

    def load(self) -> None:
        """Show what the cache holds now, then ask (in the background) for fresher figures."""
        account = self.session.account
        today = self.cache.today()
        begin, end = last_days(today, self.range_days())
        if account is None:
            self.chart.set_days([], begin, end)
            self.summary_label.clear()
            self.status_label.clear()
            return
        account_id, cache = account.id, self.cache
        if not self.session.ready:  # what the cache holds (read in a job), nothing asked
            self.session.runner.submit(
                lambda ctx: cache.cached(account_id, begin, end),
                on_result=lambda cached: self._show_cached(cached, begin, end, asking=False),
                on_error=self._on_failed)
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        client = self.session.make_client()
        ask_from = last_days(today, WIDEST_RANGE_DAYS)[0]

        def fetch(ctx: TaskContext) -> tuple[str, StatisticsAnswer]:
            ctx.progress(cache.cached(account_id, begin, end))  # shown while asking
            with client:
                return account_id, cache.get(client, account_id, begin, end,
                                             ask_from=ask_from)

        self.session.runner.submit(
            fetch, on_result=self._on_answer, on_error=self._on_failed,
            on_progress=lambda cached: self._show_cached(cached, begin, end, asking=True))

    def _show_cached(self, cached: object, begin: dt.date, end: dt.date, *,
                     asking: bool) -> None:
        """What the cache held, while the gateway is asked (or cannot be, no password)."""
        if isinstance(cached, StatisticsAnswer):
            self._show(cached)
        else:
            self.chart.set_days([], begin, end)
            self.summary_label.clear()
        if not asking:
            self.status_label.setText(self.tr(
                "Enter the account's password (Edit account…) to get statistics."))
        elif cached is None:
            self.status_label.setText(self.tr("Asking the gateway for statistics…"))

    def _on_answer(self, result: tuple[str, StatisticsAnswer]) -> None:
        self._busy = False
        account_id, answer = result
        account = self.session.account
        current = account is not None and account.id == account_id
        if current and (answer.end - answer.begin).days + 1 == self.range_days():
            self._show(answer)
        else:
            self._again = True
        if self._again:
            self._again = False
            self.load()

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._again = False
        self.status_label.setText(self.tr("No statistics: {reason}").format(
            reason=explain_error(error)))

    def _show(self, answer: StatisticsAnswer) -> None:
        self.answer = answer
        self.chart.set_days(answer.days, answer.begin, answer.end)
        totals = answer.totals
        if totals.total == 0:
            self.summary_label.setText(self.tr("No SMS sent in the last %Ln day(s).", "",
                                               (answer.end - answer.begin).days + 1))
        else:
            locale = QLocale()
            self.summary_label.setText(" · ".join((
                self.tr("%Ln SMS sent", "", totals.total),
                self.tr("{success} delivered, {fail} failed, {unknown} unknown").format(
                    success=locale.toString(totals.success), fail=locale.toString(totals.fail),
                    unknown=locale.toString(totals.unknown)),
                self.tr("success rate {rate:.1f}%").format(rate=totals.success_rate or 0.0))))
        self.status_label.setText(self._status_text(answer))

    def _status_text(self, answer: StatisticsAnswer) -> str:
        next_time = _moment(answer.next_request_at)
        shown = "" if answer.fetched_at is None else self.tr(
            "Showing the figures from {time}.").format(time=_moment(answer.fetched_at))
        if answer.rate_limited:
            return " ".join(t for t in (
                self.tr("The gateway gives statistics only about once an hour, so it did not "
                        "answer just now."), shown,
                self.tr("New figures can be fetched after {time}.").format(time=next_time))
                if t)
        if answer.error is not None:
            return " ".join(t for t in (
                self.tr("Could not get new figures: {reason}").format(
                    reason=explain_error(answer.error)), shown) if t)
        if answer.fetched_at is None:
            return ""
        if answer.from_cache:
            return self.tr("Figures from {time}; the gateway is asked at most once an hour, "
                           "next after {next}.").format(time=_moment(answer.fetched_at),
                                                        next=next_time)
        return self.tr("Figures from {time}, just fetched from the gateway.").format(
            time=_moment(answer.fetched_at))
