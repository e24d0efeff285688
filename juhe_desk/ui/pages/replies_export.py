"""The inbox's export: every reply of the filter and order shown, to an .xlsx file.

The rows are read page by page and written in a job, with a mark on each opt-out; the
progress bar shows how far it is, and closing the window stops it (the file is not written).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QProgressBar, QWidget

from juhe_desk.domain.workbook_export import write_table_xlsx
from juhe_desk.gateway.china_time import today_in_china
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.models.inbox_model import InboxModel, export_formatter, export_headers
from juhe_desk.ui.tasks import TaskContext, TaskRunner

EXPORT_WIDTHS = {0: 20, 1: 14, 2: 40, 3: 24, 4: 16, 5: 10}
TEXT_COLUMNS = (1, 4)  # the number and the access code: Excel must keep every digit

_tr = translator_for("InboxPage")  # the words the tab had before this part of it moved


class ExportCancelledError(Exception):
    """The export stopped because the app is closing."""


class RepliesExport(QObject):
    """Asks where, writes in the runner and shows progress in ``progress``; says how it
    went through ``finished`` (the path) or ``failed`` (a plain-words explanation)."""

    finished = Signal(str)
    failed = Signal(str)
    busyChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, model: InboxModel, runner: TaskRunner, progress: QProgressBar,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._runner = runner
        self._progress = progress
        self.busy = False

    def choose_file(self) -> None:
        if self.busy:
            return
        name = _tr("replies-{date}.xlsx").format(date=today_in_china().isoformat())
        parent = self.parent()
        assert isinstance(parent, QWidget)
        path, _ = QFileDialog.getSaveFileName(parent, _tr("Export replies"),
                                              str(Path(_documents_folder()) / name),
                                              _tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write every row of the current filter and order to ``path`` (in the background)."""
        if self.busy:
            return
        rows = self._model.all_rows()
        texts = export_formatter()
        headers = export_headers()
        total = self._model.rowCount()
        sheet = _tr("Replies")

        def exported_rows(ctx: TaskContext) -> Iterator[tuple[str, ...]]:
            for record in rows():
                if ctx.cancelled:  # the window closes: the file is not written
                    raise ExportCancelledError()
                yield texts(record)

        def job(ctx: TaskContext) -> str:
            write_table_xlsx(path, headers, exported_rows(ctx),
                             text_columns=TEXT_COLUMNS, sheet_name=sheet,
                             column_widths=EXPORT_WIDTHS, row_count=total,
                             progress=lambda fraction: ctx.progress(fraction))
            return path

        self._set_busy(True)
        self._runner.submit(job, on_result=self._done, on_error=self._failed,
                            on_progress=self._progressed)

    def _done(self, path: str) -> None:
        self._set_busy(False)
        self.finished.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(explain_error(error))

    def _progressed(self, fraction: Any) -> None:
        self._progress.setValue(int(float(fraction) * 100))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._progress.setValue(0)
        self._progress.setVisible(busy)
        self.busyChanged.emit(busy)


def _documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or QDir.homePath()
