"""The reports tab's export: every row of the filter and order shown, to an .xlsx file.

The rows are read page by page and written in a job; the button reads "Cancel export"
meanwhile, and a sheet holds at most ``EXCEL_MAX_ROWS`` (the user is told to narrow the
filter for the rest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from juhe_desk.store import ReportRecord
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.models.reports_model import ReportsModel
from juhe_desk.ui.tasks import TaskContext, TaskRunner

EXCEL_MAX_ROWS = 1_048_575  # a sheet's rows, less the header
TEXT_COLUMNS = (ReportsModel.COL_TIME, ReportsModel.COL_MOBILE, ReportsModel.COL_STAT,
                ReportsModel.COL_MID)  # Excel must keep every digit and never guess a date
EXPORT_WIDTHS = {0: 20, 1: 14, 2: 9, 3: 10, 4: 36, 5: 20, 6: 20, 7: 8}

_tr = translator_for("ReportsPage")  # the words the tab had before this part of it moved


class ExportCancelled(Exception):
    pass


class ReportsExport(QObject):
    """Asks where, writes in the runner, shows progress in ``label`` and says how it went."""

    exported = Signal(str, int)  # path, rows written
    failed = Signal(str)  # a plain-words explanation

    def __init__(self, model: ReportsModel, runner: TaskRunner, button: QPushButton,
                 label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._runner = runner
        self._button = button
        self._label = label
        self._running: TaskContext | None = None

    def choose_path(self) -> QFileDialog | None:
        """Ask where to save (non-blocking); the export starts when a file is chosen."""
        if self._running is not None:  # the button reads "Cancel export" meanwhile
            self._running.cancel()
            return None
        parent = self.parent()
        assert isinstance(parent, QWidget)
        dialog = QFileDialog(parent, _tr("Export delivery reports"))
        dialog.setObjectName("reportsExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(_tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(_tr("delivery-reports") + ".xlsx")
        dialog.fileSelected.connect(self.export_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_to(self, path: str) -> None:
        """Write every row of the current filter and order to ``path`` (in the runner)."""
        from juhe_desk.domain.workbook_export import write_table_xlsx

        model = self._model
        total = min(model.rowCount(), EXCEL_MAX_ROWS)
        headers = [model.header(c) for c in range(model.column_count())]
        read_rows, texts = model.all_rows(), model.row_formatter()
        sheet_name = _tr("Delivery reports")

        def export(ctx: TaskContext) -> tuple[str, int]:
            written = 0

            def rows() -> Iterator[tuple[str, ...]]:
                nonlocal written
                for record in _limited(read_rows(), total, lambda: ctx.cancelled,
                                       ctx.progress):
                    written += 1
                    yield texts(record)

            write_table_xlsx(path, headers, rows(), text_columns=TEXT_COLUMNS,
                             sheet_name=sheet_name, column_widths=EXPORT_WIDTHS,
                             row_count=total)
            return path, written

        self._button.setText(_tr("Cancel export"))
        self._show_progress(0, total)
        self._running = self._runner.submit(
            export, on_result=self._done, on_error=self._failed,
            on_progress=lambda done: self._show_progress(int(done), total))

    def _show_progress(self, done: int, total: int) -> None:
        number = QLocale().toString
        self._label.setText(_tr("Exporting… {done} of {total}").format(
            done=number(done), total=number(total)))

    def _done(self, result: tuple[str, int]) -> None:
        path, written = result
        self._finished()
        self.exported.emit(path, written)  # the page says so, in ``label``

    def _failed(self, error: BaseException) -> None:
        self._finished()
        if not isinstance(error, ExportCancelled):
            self.failed.emit(explain_error(error))

    def _finished(self) -> None:
        self._running = None
        self._label.clear()
        self._button.setText(_tr("&Export to Excel…"))


def _limited(records: Iterator[ReportRecord], limit: int, cancelled: Callable[[], bool],
             progress: Callable[[int], None]) -> Iterator[ReportRecord]:
    """Up to ``limit`` records, reporting progress and stopping when cancelled (worker)."""
    for done, record in enumerate(records):
        if done >= limit:
            return
        if done % 2000 == 0:
            if cancelled():
                raise ExportCancelled()
            progress(done)
        yield record
