"""The opt-out list dialog's file buttons: import another platform's blacklist, export ours.

Reading and writing run in the task runner (a blacklist can hold 100,000 numbers); the
dialog says how many numbers were added, were already there, or were not numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from juhe_desk.gateway.china_time import today_in_china
from juhe_desk.services.optout_files import (
    OptOutFileImport,
    export_opt_out_list,
    import_opt_out_file,
)
from juhe_desk.store import Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.importing.file_panel import (
    PathChooser,
    choose_open_path,
    choose_save_path,
    spreadsheet_filter,
)
from juhe_desk.ui.naming import named
from juhe_desk.ui.tasks import TaskContext, TaskRunner

Say = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("OptOutFiles", text)


class OptOutFiles(QObject):
    """``import_button`` and ``export_button``; ``imported`` after the list changed."""

    imported = Signal()

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget, say: Say) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._parent = parent
        self._say = say
        # Tests and scripts replace these to answer the file dialogs.
        self.ask_open_path: PathChooser = choose_open_path
        self.ask_save_path: PathChooser = choose_save_path
        self.import_button = named(QPushButton(self.tr("Import from a &file…")),
                                   "optOutImportFileButton")
        self.import_button.setToolTip(self.tr(
            "A blacklist from another platform: .xlsx, .xls or .csv with one number per row; "
            "a header and other columns are fine"))
        self.export_button = named(QPushButton(self.tr("E&xport…")), "optOutExportButton")
        self.export_button.setToolTip(self.tr("Save the whole list as .xlsx or .csv"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)

    # --- import ---------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        filters = self.tr("Spreadsheets {patterns}").format(patterns=spreadsheet_filter())
        path = self.ask_open_path(self._parent, self.tr("Import numbers to the opt-out list"),
                                  str(Path.home()), filters)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        store = self._store

        def job(ctx: TaskContext) -> OptOutFileImport:
            return import_opt_out_file(store, path, progress=ctx.progress,
                                       cancelled=lambda: ctx.cancelled)

        self.import_button.setEnabled(False)
        self._say(self.tr("Reading {name}…").format(name=path.name))
        self._runner.submit(job, on_result=self._imported, on_error=self._failed)

    def _imported(self, result: OptOutFileImport) -> None:
        self.import_button.setEnabled(True)
        parts = [self.tr("%Ln number(s) added", "", result.added),
                 self.tr("%Ln already on the list", "", result.already),
                 self.tr("%Ln not valid, left out", "", result.invalid)]
        self._say(self.tr("Import finished (column “{column}”): {parts}.").format(
            column=result.column, parts="; ".join(parts)))
        self.imported.emit()

    # --- export ---------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        suggested = str(Path.home() / self.tr("opt-out-list-{date}.xlsx").format(
            date=today_in_china().isoformat()))
        filters = ";;".join((self.tr("Excel workbook (*.xlsx)"),
                             self.tr("CSV, opens in Excel and WPS (*.csv)")))
        path = self.ask_save_path(self._parent, self.tr("Export the opt-out list"), suggested,
                                  filters)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        store, out = self._store, path
        headers = (_tr("Mobile number"), _tr("Added"), _tr("Source"), _tr("Note"))
        sources = {"mo": _tr("Reply"), "manual": _tr("Added by hand"), "import": _tr("Imported")}

        def job(ctx: TaskContext) -> int:
            return export_opt_out_list(store, out, headers, sources)

        self.export_button.setEnabled(False)
        self._runner.submit(job, on_result=lambda count: self._exported(out, count),
                            on_error=self._failed)

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("%Ln number(s) saved to {path}.", "", count).format(path=path))

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._say(explain_error(error))
