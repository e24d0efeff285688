"""The Bulk import tab: a spreadsheet in, a checked campaign out, sent once, results back.

File (FilePanel) -> what to send (MessagePanel) -> every row checked in the background
(RowChecker) and shown (PreviewModel) -> one pre-send check (PrecheckDialog) -> the campaign
written to the store in full -> sent now or at its time (CampaignControl) -> per-row results,
exported into the user's own workbook (CampaignPanel, exports).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from juhe_desk.cli import Options
from juhe_desk.domain.sheet_check import (
    CheckedRows,
    TemplateError,
    Verdict,
    check_row_template,
)
from juhe_desk.domain.sheets import SheetData, guess_phone_column
from juhe_desk.domain.templates import ProblemKind
from juhe_desk.services.before_sending import SourceState
from juhe_desk.services.campaign_exports import campaign_source_rows
from juhe_desk.services.recovery import RecoveryReport, recovery_report
from juhe_desk.services.send_check import SendCheck
from juhe_desk.ui.dialogs.recovery_dialog import RecoveryDialog
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.campaign_control import CampaignControl
from juhe_desk.ui.importing.campaign_launcher import CampaignLauncher
from juhe_desk.ui.importing.campaign_view import CampaignPanel
from juhe_desk.ui.importing.close_question import pause_and_close
from juhe_desk.ui.importing.drop_filter import SpreadsheetDropFilter
from juhe_desk.ui.importing.field_default import FieldDefaultDialog
from juhe_desk.ui.importing.file_panel import FilePanel
from juhe_desk.ui.importing.message_panel import MessagePanel
from juhe_desk.ui.importing.precheck_dialog import PrecheckDialog
from juhe_desk.ui.importing.preview_pane import PreviewPane
from juhe_desk.ui.importing.row_check import RowChecker, RowCheckRequest
from juhe_desk.ui.importing.sheet_history import SheetHistory
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.remembered_splitter import remember_splitter


class ImportPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """``staged``: built by ``build_rest``, a part per ``next()`` (``pages.Pages``)."""
        super().__init__(parent)
        self.setObjectName("importPage")
        self.session = session
        self.data: SheetData | None = None
        self.checked_rows: CheckedRows | None = None
        self.check_request: RowCheckRequest | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self._drop_filter: SpreadsheetDropFilter | None = None
        self.build_rest = self._build(session)
        if not staged:
            for _part in self.build_rest:
                pass

    def _build(self, session: Session) -> Iterator[None]:
        """The page in five parts of a few ms each."""
        self.file_panel = FilePanel(session, self)
        self.message_panel = MessagePanel(session, self)
        yield
        self.checker = RowChecker(session, self)
        self.history = SheetHistory(session, self)
        self.control = CampaignControl(session, self)
        yield
        self.campaign_panel = CampaignPanel(session, self.control, self)
        self.campaign_panel.source_rows_for = self.source_rows_for
        shown = self.campaign_panel.campaign_id  # the latest, shown before it knew its rows
        if shown is not None:
            self.campaign_panel.read_source_rows(shown)
        self.launcher = CampaignLauncher(self, self.control, self.campaign_panel,
                                         self.file_panel)
        yield
        self.preview = PreviewPane(self)
        # The pane's parts, by the names the page's code and its tests use.
        pane = self.preview
        self.preview_model, self.preview_view = pane.model, pane.view
        self.summary_label, self.details_label = pane.summary_label, pane.details_label
        self.filter_combo, self.start_button = pane.filter_combo, pane.start_button
        self.export_left_out_button = pane.export_left_out_button
        self._precheck_after_recheck = False  # a default was given from the pre-send check
        self.field_default_dialog: FieldDefaultDialog | None = None
        yield
        self._build_layout()
        self._actions = self._make_actions()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.start_campaign)
        panel = self.message_panel
        for first, second in ((self.file_panel.open_button, panel.phone_combo),
                              (panel.phone_combo, panel.template_edit),
                              (panel.template_edit, panel.field_list),
                              (panel.field_list, panel.suffix_check),
                              (panel.suffix_check, panel.keep_first_check),
                              (panel.keep_first_check, panel.include_opted_out_check),
                              (panel.include_opted_out_check, self.preview_view),
                              (self.preview_view, self.start_button)):
            QWidget.setTabOrder(first, second)

        self.file_panel.loaded.connect(self._loaded)
        self.file_panel.readFailed.connect(self._read_failed)
        self.file_panel.readingChanged.connect(lambda _r: self._update_start())
        self.message_panel.changed.connect(self._recheck)
        self.checker.checked.connect(self._rows_checked)
        self.checker.failed.connect(self._rows_check_failed)
        self.checker.busyChanged.connect(lambda _b: self._update_start())
        self.start_button.clicked.connect(self.start_campaign)
        self.export_left_out_button.clicked.connect(self.export_left_out)
        self.details_label.defaultRequested.connect(self.ask_default)
        self.launcher.defaultRequested.connect(
            lambda dialog, field: self.ask_default(field, dict(dialog.check.empty_fields).get(
                field, 0), dialog))
        self.control.changed.connect(lambda _id: self._update_start())
        self.control.changed.connect(lambda _id: self.history.refresh())
        self.history.changed.connect(self._update_start)
        self.launcher.busyChanged.connect(lambda _b: self._update_start())
        self.campaign_panel.exportRequested.connect(self.launcher.export)
        self.campaign_panel.resendRequested.connect(self.launcher.resend_failed)
        session.accountChanged.connect(self._recheck)
        self._update_start()

    def _build_layout(self) -> None:
        upper = named(QSplitter(Qt.Orientation.Horizontal), "importUpperSplitter")
        upper.addWidget(self.message_panel)
        upper.addWidget(self.preview)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 3)  # the texts as sent need the room
        upper.setChildrenCollapsible(False)
        # The sheet above, the campaign's results below: the user moves the handle, and
        # finds it where they left it at the next start.
        split = named(QSplitter(Qt.Orientation.Vertical), "importSplitter")
        split.addWidget(upper)
        split.addWidget(self.campaign_panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        remember_splitter(upper, self.session.writes, "ui.import.upper_splitter")
        remember_splitter(split, self.session.writes, "ui.import.splitter")
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_panel)
        layout.addWidget(split, 1)

    def _make_actions(self) -> list[QAction]:
        open_action = QAction(self.tr("&Open spreadsheet for bulk sending…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_file)
        template = QAction(self.tr("Save a &template workbook…"), self)
        template.triggered.connect(self.file_panel.save_template)
        return [open_action, template]

    # --- page hooks -----------------------------------------------------------------------
    def file_actions(self) -> list[QAction]:
        return self._actions

    def after_start(self, options: Options) -> None:
        """Accept dropped files on the window, open FILE, then look for unfinished work."""
        window = self.window()
        if window is not self and self._drop_filter is None:
            self._drop_filter = SpreadsheetDropFilter(self.open_file, self)
            window.setAcceptDrops(True)
            window.installEventFilter(self._drop_filter)
        if options.file is not None:
            self.open_file(options.file)
        else:
            self._warm_up()
        store = self.session.store

        def job(ctx: TaskContext) -> RecoveryReport:
            return recovery_report(store)

        self.session.runner.submit(job, on_result=self._recovered,
                                   on_error=lambda e: self.campaign_panel.say(
                                       explain_error(e), "error"))

    def _warm_up(self) -> None:
        """Built in the background and not shown yet: paint it once into an image nobody
        sees, a part per turn of the event loop (2-4 ms each). Its first show, a click on the
        tab, then costs the GUI thread what any later one does (some 8 ms here) instead of
        some 20 ms (its fonts, glyphs and layouts made in one go): a stall of the window."""
        stack = self.parentWidget()
        if self.isVisible() or stack is None:
            return
        self.setGeometry(stack.rect())  # where the tab will show it
        parts = [self.file_panel, self.message_panel, self.preview, self.campaign_panel]

        def paint_next() -> None:
            if not parts or self.isVisible():
                return
            part = parts.pop(0)
            layout = self.layout()
            if layout is not None:
                layout.activate()
            if not part.size().isEmpty():
                part.render(QImage(part.size(), QImage.Format.Format_ARGB32_Premultiplied))
            QTimer.singleShot(1, self, paint_next)  # 1 ms, not a posted call: see window_start

        QTimer.singleShot(1, self, paint_next)

    def may_close(self) -> bool:
        """While a campaign sends, ask; closing pauses it between batches."""
        if not self.control.busy:
            return True
        if not pause_and_close(self):
            return False
        self.control.pause()
        return True

    # --- the file -------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        """Open ``path`` here (menu, drop, FILE argument) and bring the tab forward."""
        tabs = self._tab_widget()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        self.file_panel.open_file(Path(path))

    def _choose_file(self) -> None:
        tabs = self._tab_widget()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        self.file_panel.choose_file()

    def _loaded(self, data: SheetData) -> None:
        """The file is read: its phone column is guessed in the task runner (it looks at a
        thousand rows), then the sheet is shown and checked."""
        def guessed(column: int | None) -> None:
            if data is not self.file_panel.data:
                return  # another file, or the same one read again, came meanwhile
            self.data = data
            self._show_checked_rows(None)
            self.message_panel.set_columns(data.columns, column)
            self._recheck(at_once=True)

        self.session.runner.submit(lambda _ctx: guess_phone_column(data), on_result=guessed,
                                   on_error=lambda _error: guessed(None))

    def _read_failed(self, explanation: str) -> None:
        self.data = None
        self.checker.clear()
        self._show_checked_rows(None)
        self._summary(explanation, "error")

    # --- checking every row ---------------------------------------------------------------
    def _recheck(self, at_once: bool = False) -> None:
        data = self.data
        if data is None:
            return
        options = self.message_panel.options()
        if options is None:
            self.checker.clear()
            self._show_checked_rows(None)
            self._summary(self.tr("Choose the column that holds the phone numbers."), "warning")
            return
        try:
            compiled = check_row_template(options.template, data.columns)
        except TemplateError as error:
            self.checker.clear()
            self._show_checked_rows(None)
            if error.problems:
                self.message_panel.show_problems(error.problems)
            else:
                self.message_panel.show_error(error.text(current_language()))
            if any(p.kind is ProblemKind.UNKNOWN_FIELD for p in error.problems):
                self._summary(self.tr("Fix the message first: it names columns the sheet does "
                                      "not have (listed under it)."), "error")
            else:
                self._summary(self.tr("Fix the message first: see what is wrong under it."),
                              "error")
            return
        self.message_panel.show_error("")
        self.message_panel.show_mode(compiled.fields)
        self._summary(self.tr("Checking %Ln row(s)…", "", len(data)), "")
        self.checker.request(data, options, at_once=at_once)
        self._update_start()

    def _rows_checked(self, request: RowCheckRequest, checked: CheckedRows) -> None:
        if request.data is not self.data:
            return
        self.check_request = request
        self._show_checked_rows(checked)
        self.history.look_up(request.data, request.options)
        self._summary(self.tr("{valid} valid · {invalid} invalid · {duplicates} duplicate · "
                              "{opted_out} opted out").format(
            valid=checked.valid, invalid=checked.invalid, duplicates=checked.duplicates,
            opted_out=checked.counts.get(Verdict.OPTED_OUT, 0)),
            "ok" if checked.valid else "warning")
        if self.message_panel.template().strip():
            self._show_details(checked)
        else:
            self.details_label.show_text(self.tr("Type the message to send, then check the "
                                                 "texts below."))
        if self._precheck_after_recheck:
            self._precheck_after_recheck = False
            self.start_campaign()

    def _rows_check_failed(self, request: RowCheckRequest, explanation: str) -> None:
        if request.data is self.data:
            self._show_checked_rows(None)
            self._summary(explanation, "error")

    def _show_checked_rows(self, checked: CheckedRows | None) -> None:
        self.checked_rows = checked
        account = self.session.account
        rows = self.data.source_row_numbers if self.data is not None else []
        self.preview_model.set_checked_rows(checked, rows, account.price_li if account else 0)
        if checked is None:
            self.check_request = None
            self.details_label.show_text("")
        self._update_start()

    # --- defaults for blank fields ----------------------------------------------------------
    def ask_default(self, field: str, rows: int, precheck: PrecheckDialog | None = None
                    ) -> FieldDefaultDialog:
        """Ask for ``field``'s default, then write it into the message: the rows are checked
        again (and the pre-send check, asked from there, shown again with them)."""
        dialog = FieldDefaultDialog(field, rows, precheck or self)

        def chosen(name: str, default: str) -> None:
            if precheck is not None:
                precheck.reject()
            if self.message_panel.use_default(name, default) and precheck is not None:
                self._precheck_after_recheck = True

        dialog.chosen.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.field_default_dialog = dialog
        dialog.open()
        return dialog

    def _show_details(self, checked: CheckedRows) -> None:
        """The SMS count, cost and rows needing attention; counted in the task runner (the
        rows of a large sheet take tens of ms to go through)."""
        account = self.session.account
        price = account.price_li if account is not None else 0

        def count(ctx: TaskContext) -> SendCheck:
            return SendCheck.of_checked_rows(checked, price_li=price, balance=None, signature="",
                                              suffix="")

        def counted(check: SendCheck) -> None:
            if checked is self.checked_rows and self.message_panel.template().strip():
                self.details_label.show_checked(checked, price, check)

        self.session.runner.submit(count, on_result=counted)

    def _summary(self, text: str, severity: str) -> None:
        self.preview.say(text, severity)

    # --- starting -------------------------------------------------------------------------
    def can_start(self) -> bool:
        checked = self.checked_rows
        return (checked is not None and checked.valid > 0 and not self.checker.busy
                and bool(self.message_panel.template().strip())
                and not self.file_panel.reading and self.session.ready
                and not self.control.busy and not self.launcher.busy)

    def earlier_source(self) -> SourceState | None:
        """What is known of earlier campaigns from the sheet and message now checked."""
        request = self.check_request
        if request is None or request.data is not self.data:
            return None
        return self.history.current(request.data, request.options)

    def _update_start(self) -> None:
        self.start_button.setEnabled(self.can_start())
        source = self.earlier_source()
        earlier = source.earlier if source is not None else None
        self.preview.show_start(earlier, account_ready=self.session.ready,
                                other_sending=self.control.busy)
        self.export_left_out_button.setEnabled(self.checked_rows is not None and bool(
            len(self.checked_rows.rows) - self.checked_rows.valid))

    def start_campaign(self) -> None:
        """The pre-send check for the rows shown; its default button starts the campaign."""
        request, checked = self.check_request, self.checked_rows
        if not self.can_start() or checked is None or self.data is None or request is None:
            return
        self.launcher.confirm_checked_rows(self.data, checked, self.message_panel,
                                           request.options, self.earlier_source())

    def export_left_out(self) -> None:
        if self.data is not None and self.checked_rows is not None:
            self.launcher.export_left_out(self.data, self.checked_rows, self._summary)

    def source_rows_for(self, campaign_id: int) -> Callable[[], Sequence[int]]:
        """What reads (in a job) the sheet rows of a campaign's messages: those of its
        sheet when it is the one open now, else those kept when it was made."""
        return partial(campaign_source_rows, self.session.store, campaign_id, self.data)

    # --- after a restart ------------------------------------------------------------------
    def _recovered(self, report: RecoveryReport) -> None:
        undecided = self.control.restore(report)
        if not undecided:
            return
        dialog = RecoveryDialog(undecided, self)
        dialog.resumeRequested.connect(self.control.resume)
        dialog.cancelRequested.connect(self.control.cancel)
        self.recovery_dialog = dialog
        self.campaign_panel.show_campaign(undecided[0].campaign_id)
        dialog.open()

    def _tab_widget(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

