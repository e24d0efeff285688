"""Creating campaigns after the pre-send check, and the per-campaign file work.

The checked rows (or the failed rows of a campaign) -> the journal read in a job: an earlier
campaign from the same sheet and message (sheet_history), texts sent to the same numbers in
the last 24 hours (store.recent_repeats) -> a warning when either is found, whose default
does not send -> PrecheckDialog -> the campaign's first batch written to the store (a
job), the rest saved in steps beside (services/campaign_saving.py) -> CampaignControl sends
it now or at its time. Exports of results read
the store in a job as well.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtWidgets import QWidget

from juhe_desk.domain.sheet_check import CheckedRows, RowCheckOptions
from juhe_desk.domain.sheets import SheetData
from juhe_desk.domain.sheets.names import readable
from juhe_desk.domain.textlen import resigned, sms_parts
from juhe_desk.gateway.china_time import minute_text
from juhe_desk.services.before_sending import (
    BeforeSending,
    FailedRows,
    NewCampaignSpec,
    SourceState,
    failed_rows,
    look_before_sending,
    source_state,
)
from juhe_desk.services.campaign_exports import (
    SourceRef,
    export_campaign,
    export_left_out,
    remember_source,
    source_of,
)
from juhe_desk.services.campaign_saving import SavingInSteps, start_saving
from juhe_desk.services.replies import remember_sheet_names
from juhe_desk.services.send_check import SendCheck
from juhe_desk.services.sheet_rows import remember_sheet_rows
from juhe_desk.store import Campaign
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.campaign_control import CampaignControl
from juhe_desk.ui.importing.campaign_view import CampaignPanel
from juhe_desk.ui.importing.file_panel import FilePanel
from juhe_desk.ui.importing.message_panel import MessagePanel
from juhe_desk.ui.importing.outcomes import outcome_words
from juhe_desk.ui.importing.precheck_dialog import PrecheckDialog
from juhe_desk.ui.importing.scheduler import seconds_until, store_time
from juhe_desk.ui.importing.sheet_history import offer_resume, warn_same_source
from juhe_desk.ui.repeat_guard import LeftOut, RepeatGuard
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

Created = Callable[[Campaign], None] | None

log = logging.getLogger(__name__)

SAY_LEFT_OUT_LOOK_S = 0.25  # how soon the job waiting for a saving sees the window close


class CampaignLauncher(QObject):
    busyChanged = Signal(bool)  # noqa: N815 - a campaign is being written to the store
    # The pre-send check asks for a default for a field left blank in some rows.
    defaultRequested = Signal(PrecheckDialog, str)  # noqa: N815

    def __init__(self, page: QWidget, control: CampaignControl, panel: CampaignPanel,
                 file_panel: FilePanel) -> None:
        super().__init__(page)
        self.page = page
        self.session: Session = control.session
        self.control = control
        self.panel = panel
        self.file_panel = file_panel
        self.precheck_dialog: PrecheckDialog | None = None
        self.repeat_guard = RepeatGuard(self.session, page)
        self.busy = False
        # The sheet and checked rows of the campaign created last: its left-out rows go in exports.
        self._origin: tuple[int, SheetData, CheckedRows] | None = None

    # --- the checked rows -----------------------------------------------------------------
    def confirm_checked_rows(self, data: SheetData, checked: CheckedRows, message: MessagePanel,
                             options: RowCheckOptions, known: SourceState | None = None) -> None:
        """``options`` are the ones ``checked`` was made with; ``known`` what SheetHistory found
        for them (its sheet digest saves the job a pass over the rows)."""
        account = self.session.account
        if account is None:
            return
        price, balance = account.price_li, self.session.balance
        signature, suffix = message.signature(), message.suffix()
        name = self.tr("{file} {time}").format(file=readable(data.path.name),
                                               time=minute_text())
        source, source_file = SourceRef.of(data), readable(str(data.path))

        def prepare() -> tuple[SendCheck, NewCampaignSpec]:
            """In the job: a pass over every row (some 20 ms for 100,000 of them)."""
            check = SendCheck.of_checked_rows(checked, price_li=price, balance=balance,
                                              signature=signature, suffix=suffix,
                                              source_rows=data.source_row_numbers)
            sendable = checked.sendable  # read by column: no row made for each of 100,000
            mobiles = sendable.mobiles
            spec = NewCampaignSpec(
                name=name,
                messages=[(mobile, text) for mobile, text
                          in zip(mobiles, sendable.texts, strict=True) if mobile],
                row_indexes=[index for index, mobile
                             in zip(sendable.indexes, mobiles, strict=True) if mobile],
                signature=signature, source=source, source_file=source_file,
                included_opt_outs=checked.opted_out_included)
            return check, spec

        def created(campaign: Campaign) -> None:
            message.remember()
            self._origin = (campaign.id, data, checked)

        store, account_id = self.session.store, account.id
        digest = known.digest if known is not None else data.digest  # the reader's
        self._look(prepare, created, lambda: source_state(store, data, options, account_id,
                                                          digest))

    # --- the failed rows of a campaign, again ---------------------------------------------
    def resend_failed(self, campaign_id: int) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> FailedRows:
            return failed_rows(store, campaign_id)

        self.session.runner.submit(job, on_result=self._confirm_resend,
                                   on_error=lambda e: self.panel.say(explain_error(e), "error"))

    def _confirm_resend(self, failed: FailedRows) -> None:
        account = self.session.account
        if account is None:
            return
        again = [m for m in failed.messages if m.mobile not in failed.opted_out]
        if not again:
            self.panel.say(self.tr("No failed row is left to send again."), "warning")
            return
        campaign = failed.campaign
        signature = account.signatures[0] if account.signatures else campaign.signature
        texts = [resigned(m.content, campaign.signature, signature) for m in again]
        check = SendCheck(messages=len(again), total_parts=sum(sms_parts(t) for t in texts),
                         opted_out=len(failed.messages) - len(again), price_li=account.price_li,
                         balance=self.session.balance, signature=signature,
                         sample_text=texts[0], personalised=len(set(texts)) > 1,
                         resend_of=campaign.name, numbers=len({m.mobile for m in again}),
                         carriers=failed.carriers)
        spec = NewCampaignSpec(
            name=self.tr("{name} (failed rows again)").format(name=campaign.name),
            messages=[(m.mobile, text) for m, text in zip(again, texts, strict=True)],
            row_indexes=[m.row_index for m in again], signature=signature,
            source=source_of(self.session.store, campaign.id),
            source_file=campaign.source_file, parent_campaign_id=campaign.id)
        self._look(lambda: (check, spec), None)

    # --- the journal first: sent before? --------------------------------------------------
    def _look(self, prepare: Callable[[], tuple[SendCheck, NewCampaignSpec]],
              created: Created, source: Callable[[], SourceState] | None = None) -> None:
        """``prepare`` (in the job) makes the check and the campaign; then the journal is read
        for what was sent before, and the user decides."""
        if self.busy:
            return
        self._set_busy(True)
        store = self.session.store

        def job(ctx: TaskContext) -> tuple[SendCheck, NewCampaignSpec, BeforeSending]:
            check, spec = prepare()
            return check, spec, look_before_sending(store, spec, source)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.panel.say(self.tr("Nothing was sent: {reason}").format(
                reason=explain_error(error)), "error")

        self.session.runner.submit(job, on_result=lambda made: self._decide(
            made[0], made[1], made[2], created), on_error=failed)

    def _decide(self, check: SendCheck, spec: NewCampaignSpec, found: BeforeSending,
                created: Created) -> None:
        """An unfinished campaign of the same sheet is resumed, never started again; a
        finished one, or texts sent in the last 24 hours, are sent again only if the user
        says so."""
        self._set_busy(False)
        earlier = found.source.earlier if found.source is not None else None
        if found.source is not None:
            spec = replace(spec, source_fingerprint=found.source.fingerprint)
        if earlier is not None and not earlier.finished:
            campaign_id = earlier.campaign.id
            self.panel.show_campaign(campaign_id)
            offer_resume(self.page, earlier, lambda: self.control.resume(campaign_id))
            return

        def go_on(left_out: LeftOut) -> None:
            if left_out and found.kept is not None:
                several = found.kept_several
                self._confirm(replace(check, messages=len(found.kept.messages),
                                      total_parts=found.kept_parts,
                                      numbers=found.kept_numbers,
                                      carriers=found.kept_carriers,
                                      several_texts=len(several),
                                      several_texts_examples=tuple(
                                          (mobile, rows) for mobile, rows
                                          in check.several_texts_examples if mobile in several),
                                      repeats_left_out=len(found.repeats.repeated)),
                              replace(found.kept, source_fingerprint=spec.source_fingerprint),
                              created)
            else:
                self._confirm(replace(check, repeats_included=len(found.repeats.repeated)),
                              spec, created)

        if found.repeats.found:
            self.repeat_guard.ask(found.repeats, len(spec.messages), go_on, lambda _r: None,
                                  same_source=earlier.campaign if earlier else None)
        elif earlier is not None:
            warn_same_source(self.page, earlier, lambda: go_on(frozenset()))
        else:
            go_on(frozenset())

    # --- confirm, create, send ------------------------------------------------------------
    def _confirm(self, check: SendCheck, spec: NewCampaignSpec, created: Created) -> None:
        if self.precheck_dialog is not None:
            self.precheck_dialog.deleteLater()
        dialog = PrecheckDialog(check, self.page)
        dialog.accepted.connect(lambda: self._create(spec, dialog.scheduled_for(), created))
        dialog.defaultRequested.connect(lambda field: self.defaultRequested.emit(dialog, field))
        self.precheck_dialog = dialog
        dialog.open()

    def _create(self, spec: NewCampaignSpec, when: QDateTime | None, created: Created) -> None:
        account = self.session.account
        if account is None or self.busy:
            return
        self._set_busy(True)
        store = self.session.store
        scheduled_at = store_time(when) if when is not None else None
        account_id, extno, batch_size = account.id, account.extno, account.batch_size
        data = self.file_panel.data  # its names go with the campaign (conversations)
        sheet = data if spec.source is not None and spec.source.matches(data) else None

        def job(ctx: TaskContext) -> SavingInSteps:
            saving = start_saving(  # its first batch; the rest while it sends (or waits)
                store, account_id=account_id, name=spec.name, extno=extno, messages=spec.messages,
                batch_size=batch_size, row_indexes=spec.row_indexes, signature=spec.signature,
                source_file=spec.source_file, parent_campaign_id=spec.parent_campaign_id,
                scheduled_at=scheduled_at, source_fingerprint=spec.source_fingerprint,
                included_opt_outs=spec.included_opt_outs)
            if spec.source is not None:
                remember_source(store, saving.campaign.id, spec.source)
            if sheet is not None:
                remember_sheet_rows(store, saving.campaign.id, sheet.source_row_numbers)
            return saving

        def done(saving: SavingInSteps) -> None:
            campaign = saving.campaign
            self._set_busy(False)
            if created is not None:
                created(campaign)
            self._launch(campaign)
            if sheet is not None:  # nothing waits for them: kept while the campaign sends
                self._keep_names(campaign.id, sheet, spec)
            self._left_out_once_saved(saving)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.panel.say(self.tr("The campaign was not created: {reason}").format(
                reason=explain_error(error)), "error")

        self.session.runner.submit(job, on_result=done, on_error=failed)

    def _keep_names(self, campaign_id: int, sheet: SheetData, spec: NewCampaignSpec) -> None:
        """The customers' names from the sheet's 姓名 column, for the conversations: a job
        beside the sending (100,000 rows take a tenth of a second, not worth a wait)."""
        store = self.session.store

        def job(ctx: TaskContext) -> int:
            return remember_sheet_names(store, campaign_id, sheet.columns, sheet.rows,
                                        spec.messages, spec.row_indexes)

        # Only the conversations miss them; their sheet is read again when one is opened.
        self.session.runner.submit(job, on_error=lambda error: log.warning(
            "the names of campaign %s were not kept: %s", campaign_id, error))

    def _left_out_once_saved(self, saving: SavingInSteps) -> None:
        """The numbers left out as the campaign was written, said once all its steps are
        (a job that waits for the saving, beside the sending)."""
        def job(ctx: TaskContext) -> int:
            # Closing cancels it: the session waits for the saving itself, where it can end.
            while not saving.wait_until_ended(SAY_LEFT_OUT_LOOK_S):
                if ctx.cancelled:
                    return 0
            return saving.left_out

        self.session.runner.submit(job, on_result=lambda n: self._say_left_out(n) if n else None)

    def _say_left_out(self, numbers: int) -> None:
        """Numbers that opted out while the pre-send check was open: written as not sent."""
        note = self.tr("%Ln number(s) opted out while you were confirming (e.g. replied R): "
                       "they are not sent.", "", numbers)
        said = self.panel.message_label.text()
        self.panel.say(f"{said} {note}".strip(), "warning")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    def _launch(self, campaign: Campaign) -> None:
        self.panel.show_campaign(campaign.id)  # its sheet rows: the page knows them
        left = seconds_until(campaign.scheduled_at) if campaign.scheduled_at else None
        if campaign.scheduled_at and left is not None and left > 0:
            self.control.schedule(campaign.id, campaign.scheduled_at)
            self.panel.say(self.tr("Scheduled for {time}. juhe-desk must be running then (if "
                                   "it is closed, the campaign waits until it is opened "
                                   "again).").format(time=campaign.scheduled_at), "ok")
        else:
            self.control.start(campaign.id)

    # --- exports --------------------------------------------------------------------------
    def export(self, campaign_id: int, kind: str) -> None:
        """Write the campaign's results beside the user's rows ("failed": only those)."""
        store = self.session.store
        data = self.file_panel.data
        ref = source_of(store, campaign_id)
        source: SheetData | SourceRef | None = data if ref is not None and ref.matches(data) \
            else ref
        if source is None:
            self.panel.say(self.tr("This campaign was not made from a spreadsheet, so there is "
                                   "no sheet to write its results into."), "warning")
            return
        stem = readable(Path(source.path).stem)
        suggested = (self.tr("{name} failed rows.xlsx") if kind == "failed"
                     else self.tr("{name} results.xlsx")).format(name=stem)
        out = self.file_panel.ask_save_path(self.page, self.tr("Save the results"), suggested,
                                            self.tr("Excel workbook (*.xlsx)"))
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        words = outcome_words(current_language())
        origin = self._origin
        checked = origin[2] if origin is not None and origin[0] == campaign_id else None
        chosen = source

        def job(ctx: TaskContext) -> Path:
            return export_campaign(store, campaign_id, chosen, out, words, checked=checked,
                                   only_failed=kind == "failed", progress=ctx.progress)

        self.panel.say(self.tr("Saving the results…"), "")
        self.session.runner.submit(
            job, on_result=lambda path: self.panel.say(
                self.tr("The results were saved to {path}.").format(path=path), "ok"),
            on_error=lambda e: self.panel.say(explain_error(e), "error"))

    def export_left_out(self, data: SheetData, checked: CheckedRows,
                        say: Callable[[str, str], None]) -> None:
        """The rows of ``checked`` not sent, each with its reason, to fix and import again."""
        out = self.file_panel.ask_save_path(
            self.page, self.tr("Save the rows not sent"),
            self.tr("{name} rows not sent.xlsx").format(name=readable(data.path.stem)),
            self.tr("Excel workbook (*.xlsx)"))
        if out is None:
            return
        language = current_language()

        def job(ctx: TaskContext) -> Path:
            return export_left_out(data, checked, out, language, ctx.progress)

        self.session.runner.submit(
            job, on_result=lambda path: say(
                self.tr("The rows not sent were saved to {path}.").format(path=path), "ok"),
            on_error=lambda e: say(explain_error(e), "error"))

