"""Delivery and failure rates by carrier, under the reports table: of the reports the filter
shows, or, when one campaign is chosen, of that campaign's messages (pending ones included, of
the chosen carrier only if one is).

Read in a job some time after the last change of the filter (all of 1,000,000 reports take
about 0.2 s, an index's pass), so that the table's own reads go first; a newer filter drops
the answer of an older one. A search for a number shows no rates: they would say nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from juhe_desk.store import CarrierOutcome, ReportFilter
from juhe_desk.ui import status_style
from juhe_desk.ui.carrier_text import carrier_name, percent
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.steady_label import SteadyLabel

SETTLE_MS = 400  # after the last change of the filter
MAX_CARRIERS = 5
_DELIVERED_STYLE = status_style.text_style(status_style.OK)
_FAILED_STYLE = status_style.text_style(status_style.ERROR)


class CarrierRatesView(QWidget):
    """A caption, then per carrier its name and count over its delivered and failed rates."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierRatesView")
        self.session = session
        self.outcomes: dict[str, CarrierOutcome] | None = None  # None: not read (yet)
        self._wanted: tuple[ReportFilter, str] | None = None
        self._token = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._read)
        session.add_shutdown_hook(self._timer.stop)
        self.caption = named(QLabel(), "carrierRatesCaption")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(0)
        self._grid.addWidget(self.caption, 0, 0, 2, 1)
        self._names: list[QLabel] = []
        self._rates: list[QLabel] = []
        for column in range(1, MAX_CARRIERS + 1):
            name = named(SteadyLabel(), "carrierNameLabel")
            rates = named(SteadyLabel(), "carrierRatesLabel")
            rates.setTextFormat(Qt.TextFormat.RichText)
            self._grid.addWidget(name, 0, column)
            self._grid.addWidget(rates, 1, column)
            self._names.append(name)
            self._rates.append(rates)
        self._grid.setColumnStretch(MAX_CARRIERS + 1, 1)
        self.setVisible(False)

    # --- what to show ---------------------------------------------------------------------
    def show_for(self, filter: ReportFilter, campaign_name: str = "") -> None:
        """The rates of ``filter``'s reports, or of its campaign's messages; read soon."""
        self._token += 1
        if filter.mobile_prefix:
            self._wanted = None
            self._timer.stop()
            self.setVisible(False)
            return
        self._wanted = (filter, campaign_name)
        self._timer.start()

    def _read(self) -> None:
        if self._wanted is None:
            return
        filter, campaign_name = self._wanted
        token, store = self._token, self.session.store
        campaign_id = filter.campaign_id

        def job(ctx: TaskContext) -> dict[str, CarrierOutcome]:
            if campaign_id is None:
                return store.report_carrier_outcomes(filter)
            outcomes = store.campaign_carrier_outcomes(campaign_id)
            return {carrier: outcome for carrier, outcome in outcomes.items()
                    if filter.carrier in (None, carrier)}

        def show(outcomes: dict[str, CarrierOutcome]) -> None:
            if token == self._token:
                self._show(outcomes, campaign_name)

        def failed(error: BaseException) -> None:
            if token == self._token:
                self._show_unreadable(explain_error(error))

        self.session.runner.submit(job, on_result=show, on_error=failed)

    def _show_unreadable(self, reason: str) -> None:
        """The rates could not be read (the team database gone, say): said in their place."""
        self.outcomes = None
        for name, rates in zip(self._names, self._rates, strict=True):
            name.clear()
            rates.clear()
            rates.setProperty("plainText", "")
        self.caption.setText(self.tr("The rates by carrier cannot be read now: {reason}")
                             .format(reason=reason))
        self._caption_across(True)  # the whole width: no carriers beside it
        status_style.style_status(self.caption, "error")
        self.setVisible(True)

    def _caption_across(self, across: bool) -> None:
        if self.caption.wordWrap() == across:
            return  # laid out again, the whole tab would be painted again
        self.caption.setWordWrap(across)
        self._grid.removeWidget(self.caption)
        self._grid.addWidget(self.caption, 0, 0, 2, MAX_CARRIERS + 2 if across else 1)

    def _show(self, outcomes: dict[str, CarrierOutcome], campaign_name: str) -> None:
        self.outcomes = outcomes
        self._caption_across(False)
        status_style.style_status(self.caption, "")
        if not outcomes:
            self.setVisible(False)
            return
        self.caption.setText(
            self.tr("By carrier, the messages of {name}:").format(name=campaign_name)
            if campaign_name else self.tr("By carrier, the reports shown:"))
        number = QLocale().toString
        shown = list(outcomes.values())[:MAX_CARRIERS]
        for index, (name, rates) in enumerate(zip(self._names, self._rates, strict=True)):
            if index >= len(shown):
                name.clear()
                rates.clear()
                rates.setProperty("plainText", "")
                continue
            outcome = shown[index]
            name.setText(self.tr("{carrier} · %Ln message(s)", "", outcome.total).format(
                carrier=carrier_name(outcome.carrier)))
            delivered = self.tr("delivered {rate}").format(
                rate=percent(outcome.delivered_rate))
            failed = self.tr("failed {rate}").format(rate=percent(outcome.failed_rate))
            rates.setText(f'<span style="{_DELIVERED_STYLE}">{html.escape(delivered)}</span>'
                          f' · <span style="{_FAILED_STYLE}">{html.escape(failed)}</span>')
            rates.setProperty("plainText", f"{delivered} · {failed}")
            tip = self.tr("{carrier}: %Ln message(s), {delivered} delivered, {failed} failed",
                          "", outcome.total).format(
                carrier=carrier_name(outcome.carrier), delivered=number(outcome.delivered),
                failed=number(outcome.failed))
            name.setToolTip(tip)
            rates.setToolTip(tip)
        self.setVisible(True)

    def rates_text(self) -> str:
        """What the view shows, as plain text (for tests and the log)."""
        parts = [f"{name.text()} {rates.property('plainText')}" for name, rates in
                 zip(self._names, self._rates, strict=True) if name.text()]
        return " | ".join(parts)
