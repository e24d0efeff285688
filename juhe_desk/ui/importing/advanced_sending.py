"""The bulk tab's advanced sending settings (requests at a time, the pause between requests),
folded away under "Advanced" with a sentence on when to change them. A value typed there is
either saved, and said so, or refused in words, the previous value kept."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from juhe_desk.services.send_settings import (
    MAX_PACING_S,
    MAX_PARALLEL,
    MIN_PARALLEL,
    PACING_SETTING,
    PARALLEL_SETTING,
    send_options,
)
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.status_style import style_status
from juhe_desk.ui.store_writes import SETTLE_MS
from juhe_desk.ui.widgets.checked_spin import CheckedDoubleSpinBox, CheckedSpinBox


class AdvancedSending(QObject):
    """The "Advanced" button (``advancedSendingButton``) and the section it opens
    (``advancedSendingPanel``: ``parallelSpin``, ``pacingSpin``, ``advancedSendingStatus``)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.toggle = named(QToolButton(), "advancedSendingButton")
        self.toggle.setText(self.tr("Advanced"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.panel = named(QWidget(), "advancedSendingPanel")
        self.parallel_spin = named(CheckedSpinBox(), "parallelSpin")
        self.parallel_spin.setRange(MIN_PARALLEL, MAX_PARALLEL)
        self.parallel_spin.setToolTip(self.tr("How many requests go to the gateway at the same "
                                              "time. Lower it if the gateway says it is busy."))
        self.pacing_spin = named(CheckedDoubleSpinBox(), "pacingSpin")
        self.pacing_spin.setRange(0.0, MAX_PACING_S)
        self.pacing_spin.setSingleStep(0.5)
        self.pacing_spin.setDecimals(1)
        self.pacing_spin.setSuffix(self.tr(" s"))
        self.pacing_spin.setToolTip(self.tr("The least time between two requests."))
        options = send_options(session.writes)
        self.parallel_spin.setValue(options.parallel)
        self.pacing_spin.setValue(options.pacing_s)
        self.status_label = named(QLabel(), "advancedSendingStatus")
        self.status_label.setWordWrap(True)
        self._build()
        self.panel.setVisible(False)

        self.toggle.toggled.connect(self._fold)
        # Written once the value settles: one write, not one per step.
        self.parallel_spin.valueChanged.connect(self._parallel_changed)
        self.pacing_spin.valueChanged.connect(self._pacing_changed)
        session.writes.settingsChanged.connect(self._changed_elsewhere)
        self.parallel_spin.refused.connect(lambda typed: self._refused(self.tr(
            "{typed} was not taken: requests at a time go from {low} to {high}. Still "
            "{value}.").format(typed=typed, low=MIN_PARALLEL, high=MAX_PARALLEL,
                               value=self.parallel_spin.value())))
        self.pacing_spin.refused.connect(lambda typed: self._refused(self.tr(
            "{typed} was not taken: the pause between requests goes from 0 to {high} "
            "seconds. Still {value} s.").format(typed=typed, high=int(MAX_PACING_S),
                                                value=f"{self.pacing_spin.value():.1f}")))

    def _build(self) -> None:
        explanation = named(QLabel(self.tr(
            "Leave these as they are unless the gateway says it is busy or your provider "
            "asks you to send more slowly: then lower the requests at a time, or add a pause "
            "between requests. A change applies to the next campaign sent or resumed.")),
            "advancedSendingHelp")
        explanation.setWordWrap(True)
        parallel = QLabel(self.tr("Requests at a time:"))
        parallel.setBuddy(self.parallel_spin)
        pacing = QLabel(self.tr("Pause between requests:"))
        pacing.setBuddy(self.pacing_spin)
        row = QHBoxLayout()
        for widget in (parallel, self.parallel_spin, pacing, self.pacing_spin):
            row.addWidget(widget)
        row.addWidget(self.status_label, 1)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(explanation)
        inner.addLayout(row)

    def _fold(self, unfolded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.panel.setVisible(unfolded)

    def _parallel_changed(self, value: int) -> None:
        self.session.writes.set_setting(PARALLEL_SETTING, str(value), settle_ms=SETTLE_MS)
        self._saved()

    def _pacing_changed(self, value: float) -> None:
        self.session.writes.set_setting(PACING_SETTING, f"{value:.1f}", settle_ms=SETTLE_MS)
        self._saved()

    def _changed_elsewhere(self, keys: frozenset[str]) -> None:
        """Another desk of the team changed them: shown here, not written again."""
        if not keys & {PARALLEL_SETTING, PACING_SETTING}:
            return
        options = send_options(self.session.writes)
        for spin in (self.parallel_spin, self.pacing_spin):
            spin.blockSignals(True)  # shown, not written back
        self.parallel_spin.setValue(options.parallel)
        self.pacing_spin.setValue(options.pacing_s)
        for spin in (self.parallel_spin, self.pacing_spin):
            spin.blockSignals(False)
        self.status_label.setText(self.tr(
            "Changed at another desk: {parallel} at a time, {pause} s between requests.")
            .format(parallel=options.parallel, pause=f"{options.pacing_s:.1f}"))
        style_status(self.status_label, "ok")

    def _saved(self) -> None:
        self.status_label.setText(self.tr(
            "Saved: {parallel} at a time, {pause} s between requests.").format(
            parallel=self.parallel_spin.value(), pause=f"{self.pacing_spin.value():.1f}"))
        style_status(self.status_label, "ok")

    def _refused(self, text: str) -> None:
        self.status_label.setText(text)
        style_status(self.status_label, "error")
