"""Which earlier campaign was made from the sheet and message now loaded, and what to say of it.

A campaign remembers the fingerprint of its sheet's content, phone column and message
(domain/fingerprint.py, store ``campaign_sources``). The Bulk import tab looks it up after
each check of the rows (a job, services/before_sending.py: the sheet's digest once per file
read, then one indexed read), and its start button follows that campaign's state: none ->
start a campaign; finished or cancelled -> a new campaign, after ``sameSourceWarning``
names the earlier one; not finished -> ``unfinishedCampaignBox`` offers to resume it, never
to start it over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from juhe_desk.domain.sheet_check import RowCheckOptions
from juhe_desk.domain.sheets import SheetData
from juhe_desk.services.before_sending import EarlierCampaign, SourceState, source_state
from juhe_desk.ui.dialogs.repeat_send_warning import short_time
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext


class SheetHistory(QObject):
    """The SourceState of the sheet and message shown, looked up in the background."""

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: SourceState | None = None
        self._for: tuple[SheetData, RowCheckOptions] | None = None  # what ``state`` belongs to
        self._wanted: tuple[SheetData, RowCheckOptions] | None = None
        self._token = 0

    def current(self, data: SheetData | None,
                options: RowCheckOptions | None) -> SourceState | None:
        """The state of exactly this sheet and these options, if looked up already."""
        known = self._for
        if known is None or data is None or options is None:
            return None
        return self.state if known[0] is data and _same_source(known[1], options) else None

    def look_up(self, data: SheetData, options: RowCheckOptions) -> None:
        account = self.session.account
        if account is None:
            return
        self._wanted = (data, options)
        self._token += 1
        token, store, account_id = self._token, self.session.store, account.id
        known = self.state if self._for is not None and self._for[0] is data else None
        digest = known.digest if known is not None else data.digest  # the reader's

        def job(ctx: TaskContext) -> SourceState:
            return source_state(store, data, options, account_id, digest)

        self.session.runner.submit(job, on_result=lambda s: self._found(token, data, options, s))

    def refresh(self) -> None:
        """Look again (a campaign was created, finished or cancelled)."""
        if self._wanted is not None:
            self.look_up(*self._wanted)

    def _found(self, token: int, data: SheetData, options: RowCheckOptions,
               state: SourceState) -> None:
        if token == self._token:
            self.state, self._for = state, (data, options)
            self.changed.emit()


def _same_source(a: RowCheckOptions, b: RowCheckOptions) -> bool:
    return a.phone_column == b.phone_column and a.template == b.template


# --- what the user is told ------------------------------------------------------------------
def warn_same_source(parent: QWidget, earlier: EarlierCampaign,
                     go_on: Callable[[], None]) -> QMessageBox:
    """A finished campaign was made from this sheet and message: start a new one only when
    the user says so (the default button does not)."""
    campaign = earlier.campaign
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Sent before"), _tr(
        "This sheet with this message was sent before: campaign “{name}”, created {time}. "
        "{went} of its {total} messages went out.").format(
        name=campaign.name, time=short_time(campaign.created_at),
        went=QLocale().toString(earlier.went), total=QLocale().toString(earlier.totals.total)),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("sameSourceWarning")
    box.setInformativeText(_tr("Start a new campaign that sends it to every row again?"))
    again = box.addButton(_tr("Start a new campaign"), QMessageBox.ButtonRole.AcceptRole)
    again.setObjectName("sameSourceAgainButton")
    dont = box.addButton(_tr("Don't send"), QMessageBox.ButtonRole.RejectRole)
    dont.setObjectName("sameSourceDontSendButton")
    box.setDefaultButton(dont)
    box.setEscapeButton(dont)
    box.finished.connect(lambda _r: go_on() if box.clickedButton() is again else None)
    box.open()
    return box


def offer_resume(parent: QWidget, earlier: EarlierCampaign,
                 resume: Callable[[], None]) -> QMessageBox:
    """This sheet and message are a campaign not finished yet: resume it, never restart it."""
    campaign = earlier.campaign
    scheduled = campaign.state == "scheduled" and campaign.scheduled_at
    where = (_tr("scheduled for {time}").format(time=short_time(campaign.scheduled_at or ""))
             if scheduled else _tr("paused") if campaign.state == "paused"
             else _tr("not finished"))
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Not finished yet"), _tr(
        "This sheet with this message is already campaign “{name}”, created {time}, which is "
        "{state}: {pending} of its {total} messages are not sent yet.").format(
        name=campaign.name, time=short_time(campaign.created_at), state=where,
        pending=QLocale().toString(earlier.totals.pending),
        total=QLocale().toString(earlier.totals.total)),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unfinishedCampaignBox")
    box.setInformativeText(_tr(
        "Starting it again would send a second time to the numbers it reached. Resume it to "
        "send only what is left; to send every row again, cancel it first."))
    go = box.addButton(_tr("Send it now") if scheduled else _tr("Resume it"),
                       QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("unfinishedResumeButton")
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close if scheduled else go)  # "send now" changes the user's plan
    box.setEscapeButton(close)
    box.finished.connect(lambda _r: resume() if box.clickedButton() is go else None)
    box.open()
    return box


_tr = translator_for("SheetHistory")
