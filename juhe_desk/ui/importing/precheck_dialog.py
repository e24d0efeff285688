"""The one confirmation before a campaign: counts, parts, cost against the balance, when.

Modal; its default button confirms. A pre-paid balance that cannot pay blocks the campaign
(the gateway would refuse the numbers it cannot pay for, halfway through). Outside 08:00-22:00
a warning says that marketing texts should not go out at night; it does not block. The time
is chosen and shown in China time, whatever this PC's clock (``ui/china_clock.py``).

It names messages and numbers apart ("8 条短信，发给 7 个号码") and says why a number gets
two texts; it counts the numbers by carrier; rows left out because a field is blank are
counted per field, each with a button that gives the field a default for every row
(``defaultRequested``: the page asks for the default and checks the rows again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.send_check import SendCheck, in_quiet_hours
from juhe_desk.ui import status_style
from juhe_desk.ui.carrier_text import carrier_counts_text
from juhe_desk.ui.china_clock import CHINA_ZONE, ChinaTimeNote, qt_now_in_china, to_china
from juhe_desk.ui.dialogs.send_check_view import (
    add_confirm_buttons,
    add_notes,
    add_text_preview,
    balance_text,
    blocked_text,
    cost_text,
    summary_form,
)
from juhe_desk.ui.naming import named

DATETIME_FORMAT = "yyyy-MM-dd HH:mm:ss"
_WARNING_STYLE = status_style.text_style(status_style.WARNING)

Clock = Callable[[], QDateTime]


class PrecheckDialog(QDialog):
    """``accepted`` means "go": now, or at ``scheduled_for()``."""

    defaultRequested = Signal(str)  # noqa: N815 - a field left blank: give it a default

    def __init__(self, check: SendCheck, parent: QWidget | None = None, *,
                 clock: Clock = qt_now_in_china) -> None:
        super().__init__(parent)
        self.setObjectName("precheckDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Start this campaign?"))
        self.check = check
        self.blocked = check.blocked
        self._clock = clock

        self.now_radio = named(QRadioButton(self.tr("Send &now")), "sendNowRadio")
        self.later_radio = named(QRadioButton(self.tr("Send &at:")), "scheduleRadio")
        self.when_edit = named(QDateTimeEdit(), "scheduleEdit")
        self.when_edit.setTimeZone(CHINA_ZONE)
        self.when_edit.setDisplayFormat(DATETIME_FORMAT)
        self.when_edit.setCalendarPopup(True)
        now = self._now()
        self.when_edit.setMinimumDateTime(now)
        self.when_edit.setDateTime(now.addSecs(3600))
        self.clock_note = ChinaTimeNote()
        self.when_edit.setEnabled(False)
        self.now_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now_radio)
        group.addButton(self.later_radio)
        self.quiet_label = named(QLabel(), "quietHoursLabel")
        self.quiet_label.setWordWrap(True)
        self.quiet_label.setStyleSheet(_WARNING_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(self._summary())
        if check.empty_fields:
            layout.addWidget(self._empty_fields())
        add_notes(layout, self._notes(), _WARNING_STYLE)
        if check.sample_text:
            caption = (self.tr("The first text, as it will be sent:") if check.personalised
                       else self.tr("Every number gets this text:"))
            add_text_preview(layout, caption, check.sample_text, "precheckSample", max_height=80)
        layout.addLayout(self._when())
        layout.addWidget(self.clock_note)
        layout.addWidget(self.quiet_label)

        # The confirm button's text says now or when: set by _when_changed.
        self.confirm_button = add_confirm_buttons(
            self, layout, "precheckButtons",
            blocked_text=self._blocked_text() if self.blocked else None,
            blocked_name="precheckBlockedLabel", confirm_text="",
            confirm_name="precheckConfirmButton")
        if self.blocked:
            for widget in (self.now_radio, self.later_radio, self.when_edit):
                widget.setEnabled(False)
        self.setMinimumWidth(500)

        self.later_radio.toggled.connect(self._when_changed)
        self.when_edit.dateTimeChanged.connect(lambda _moment: self._when_changed())
        self._when_changed()

    # --- the answer -----------------------------------------------------------------------
    def scheduled_for(self) -> QDateTime | None:
        """The chosen time, or None for "now"."""
        return self.when_edit.dateTime() if self.later_radio.isChecked() else None

    def choose_time(self, moment: QDateTime) -> None:
        """Pick "send at ``moment``" (what the user does with the radio and the editor)."""
        self.later_radio.setChecked(True)
        self.when_edit.setDateTime(moment.toTimeZone(CHINA_ZONE))

    def _now(self) -> QDateTime:
        return self._clock().toTimeZone(CHINA_ZONE)

    # --- parts ----------------------------------------------------------------------------
    def _summary(self) -> QFormLayout:
        check = self.check
        left_out = self.tr("{invalid} invalid · {duplicates} duplicate · {opted_out} opted out "
                           "· {empty} without text").format(
            invalid=check.invalid, duplicates=check.duplicates, opted_out=check.opted_out,
            empty=check.empty_text)
        if check.empty_field_rows:
            left_out += " · " + self.tr("%Ln with an empty field", "", check.empty_field_rows)
        parts = str(check.total_parts)
        if check.extra_cost_rows:
            parts += "  " + self.tr("(%Ln row(s) need an extra SMS)", "", check.extra_cost_rows)
        messages = self.tr("{texts}, to {numbers}").format(
            texts=self.tr("%Ln text(s)", "", check.messages),
            numbers=self.tr("%Ln number(s)", "", check.number_count))
        rows = [
            (self.tr("Messages:"), messages, "precheckMessagesLabel"),
            (self.tr("By carrier:"), carrier_counts_text(check.carriers) or "—",
             "precheckCarriersLabel"),
            (self.tr("Left out:"), left_out, "precheckLeftOutLabel"),
            (self.tr("SMS in all:"), parts, "precheckPartsLabel"),
            (self.tr("Estimated cost:"), cost_text(check), "precheckCostLabel"),
            (self.tr("Balance:"), balance_text(
                check,
                unknown=self.tr("unknown: it could not be checked. The gateway refuses the "
                                "numbers the balance cannot pay for; the campaign then pauses."),
                left_after=self.tr("¥{amount} (pre-paid); about ¥{left} left afterwards")),
             "precheckBalanceLabel"),
            (self.tr("Signature:"), check.signature or self.tr("none"), "precheckSignatureLabel"),
            (self.tr("Opt-out note:"), check.suffix or self.tr("none"), "precheckSuffixLabel"),
        ]
        if check.repeats_left_out:
            rows.insert(2, (self.tr("Sent already:"), self.tr(
                "%Ln text(s) that went to the same numbers in the last 24 hours are left out",
                "", check.repeats_left_out), "precheckRepeatsLabel"))
        elif check.repeats_included:
            rows.insert(2, (self.tr("Sent already:"), self.tr(
                "%Ln number(s) get a text they got in the last 24 hours again, as you chose",
                "", check.repeats_included), "precheckRepeatsLabel"))
        if check.resend_of:
            rows.insert(0, (self.tr("Sends again:"), self.tr("the failed rows of “{name}”")
                            .format(name=check.resend_of), "precheckResendLabel"))
        return summary_form(rows)

    def _empty_fields(self) -> QGroupBox:
        """Each field left blank, its rows, and a button to give it a default for all."""
        box = named(QGroupBox(self.tr("Rows not sent because a field is empty")),
                    "precheckEmptyFieldsBox")
        grid = QGridLayout(box)
        for row, (field, count) in enumerate(self.check.empty_fields):
            label = named(QLabel(self.tr("Empty field: {field} (%Ln row(s))", "", count)
                                 .format(field=field)), "emptyFieldLabel")
            label.setWordWrap(True)
            button = named(QPushButton(self.tr("Use a default for all…")),
                           "emptyFieldDefaultButton")
            button.setProperty("field", field)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Give {field} a word that stands in where its cell is "
                                      "blank (e.g. 顾客), so that these rows are sent too.")
                              .format(field=field))
            button.clicked.connect(lambda _=False, f=field: self.defaultRequested.emit(f))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
        grid.setColumnStretch(0, 1)
        return box

    def _notes(self) -> list[tuple[str, str]]:
        check = self.check
        notes = []
        if check.several_texts:
            examples = "; ".join(
                self.tr("{number}: rows {rows}").format(
                    number=number, rows=self._listed(rows))
                for number, rows in check.several_texts_examples)
            if check.several_texts > len(check.several_texts_examples):
                examples += "; …"
            notes.append((self.tr(
                "%Ln number(s) get more than one text: the sheet has them on several rows with "
                "different texts ({examples}). To send one text per number, tick “Keep only "
                "the first row per number”.", "", check.several_texts).format(
                examples=examples), "precheckSeveralTextsLabel"))
        if check.line_break:
            notes.append((self.tr("%Ln text(s) hold a line break: they are sent one by one, "
                                  "which takes a little longer.", "", check.line_break),
                          "precheckLineBreakLabel"))
        return notes

    def _listed(self, rows: tuple[int, ...]) -> str:
        """3, 9, 12 (3、9、12)."""
        text = str(rows[0]) if rows else ""
        for row in rows[1:]:
            text = self.tr("{earlier}, {row}").format(earlier=text, row=row)
        return text

    def _when(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.now_radio)
        row.addWidget(self.later_radio)
        row.addWidget(self.when_edit, 1)
        return row

    def _blocked_text(self) -> str:
        check = self.check
        if check.messages == 0:
            return self.tr("There is nobody to send to: no row has a valid number and a text.")
        return blocked_text(
            check,
            used_up=self.tr("This cannot be sent: the pre-paid balance is used up (¥{amount}). "
                            "Ask the gateway administrator to top up the account."),
            too_dear=self.tr("This cannot be sent: it costs about ¥{cost}, but the pre-paid "
                             "balance is only ¥{amount} (¥{short} short). Ask the gateway "
                             "administrator to top up the account, or send to fewer rows or a "
                             "shorter text."))

    def _when_changed(self) -> None:
        later = self.later_radio.isChecked()
        self.when_edit.setEnabled(later and not self.blocked)
        moment = to_china(self.when_edit.dateTime() if later else self._clock())
        if in_quiet_hours(moment):
            self.quiet_label.setText(self.tr(
                "{time} is outside 08:00-22:00. Marketing texts sent at night annoy customers "
                "and may break the rules on commercial SMS; a time in the day is better. "
                "(Order and delivery notices may go at any time.)").format(
                time=moment.strftime("%H:%M")))
            self.quiet_label.setVisible(True)
        else:
            self.quiet_label.setVisible(False)
        if self.confirm_button is not None:
            count = self.check.number_count
            self.confirm_button.setText(
                self.tr("Schedule for %Ln number(s)", "", count) if later
                else self.tr("Send to %Ln number(s)", "", count))
