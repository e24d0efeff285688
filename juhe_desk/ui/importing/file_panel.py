"""Choosing and reading the spreadsheet: open, sheet, CSV encoding and delimiter, template.

Reading runs in the task runner with a progress bar and a cancel button; the latest request
wins (a new file, sheet, encoding or delimiter cancels the read in progress). The task only
waits: the reading itself happens in a reader process (``read_sheet``), started ahead when
the panel is first shown so that the first file need not wait for it.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.sheets import (
    SUPPORTED_EXTENSIONS,
    ImportCancelled,
    SheetData,
    display_name,
    prepare_reader,
    read_sheet,
)
from juhe_desk.domain.sheets.names import readable
from juhe_desk.resources import resource_path
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

TEMPLATE_NAME = "template.xlsx"
ENCODINGS = ("utf-8", "gbk", "gb18030", "utf-16", "big5")
_DELIMITERS = (",", "\t", ";", "|")

PathChooser = Callable[[QWidget, str, str, str], Path | None]
log = logging.getLogger(__name__)


def show_progress(bar: QProgressBar, value: int, maximum: int | None = None) -> None:
    """``bar.setValue(value)`` (of ``maximum``, if given), painted with the window's next
    paint: QProgressBar repaints at once, in the middle of whatever the GUI thread does next."""
    if value == bar.value() and maximum in (None, bar.maximum()):
        return
    bar.setUpdatesEnabled(False)
    if maximum is not None and maximum != bar.maximum():
        bar.setRange(0, maximum)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)  # and update(): painted in the next paint pass


def spreadsheet_filter() -> str:
    patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
    return f"({patterns})"


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def choose_open_path(parent: QWidget, caption: str, folder: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return Path(name) if name else None


def choose_save_path(parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return Path(name) if name else None


class FilePanel(QWidget):
    """The file row of the import tab. ``loaded`` carries the SheetData once read."""

    loaded = Signal(SheetData)
    readFailed = Signal(str)  # noqa: N815 - Qt signal naming; plain words
    readingChanged = Signal(bool)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Tests and scripts replace these to answer the file dialogs.
        self.ask_open_path: PathChooser = choose_open_path
        self.ask_save_path: PathChooser = choose_save_path
        self.path: Path | None = None
        self.data: SheetData | None = None
        self._reading: TaskContext | None = None  # the read under way
        self._reader_prepared = False

        self.open_button = named(QPushButton(self.tr("&Open spreadsheet…")), "openFileButton")
        self.open_button.setToolTip(self.tr("Excel (.xlsx, .xls), WPS, LibreOffice (.ods) or "
                                            "CSV. You can also drop a file on the window."))
        self.file_label = named(QLabel(self.tr("No file opened yet.")), "fileLabel")
        self.file_label.setWordWrap(True)
        self.sheet_combo = named(QComboBox(), "sheetCombo")
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.encoding_combo = named(QComboBox(), "encodingCombo")
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_combo = named(QComboBox(), "delimiterCombo")
        self.delimiter_label = QLabel(self.tr("Separator:"))
        self.delimiter_label.setBuddy(self.delimiter_combo)
        # "Detect (GB18030)" is longer than the choice shown at first: the boxes follow it.
        for combo in (self.sheet_combo, self.encoding_combo, self.delimiter_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_button = named(QPushButton(self.tr("Save a template workbook…")),
                                     "saveTemplateButton")
        self.template_button.setFlat(True)
        self.template_button.setToolTip(self.tr("An empty workbook with the usual columns "
                                                "(姓名, 手机号, 单号, …) to fill in."))
        self.progress = named(QProgressBar(), "readProgress")
        self.progress.setRange(0, 100)
        self.progress.setFormat(self.tr("Reading… %p%"))
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelReadButton")
        self._fill_choices()
        self._build_layout()
        self._show_choices(None)
        self._set_reading(False)

        self.open_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.cancel_button.clicked.connect(self.cancel)
        self.sheet_combo.activated.connect(lambda _i: self.reread())
        self.encoding_combo.activated.connect(lambda _i: self.reread())
        self.delimiter_combo.activated.connect(lambda _i: self.reread())

    def _fill_choices(self) -> None:
        self.encoding_combo.addItem(self.tr("Detect"), None)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding.upper(), encoding)
        names = (self.tr("Comma ,"), self.tr("Tab"), self.tr("Semicolon ;"), self.tr("Bar |"))
        self.delimiter_combo.addItem(self.tr("Detect"), None)
        for name, delimiter in zip(names, _DELIMITERS, strict=True):
            self.delimiter_combo.addItem(name, delimiter)

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        for widget in (self.sheet_label, self.sheet_combo, self.encoding_label,
                       self.encoding_combo, self.delimiter_label, self.delimiter_combo,
                       self.template_button):
            row.addWidget(widget)
        reading = QHBoxLayout()
        reading.addWidget(self.progress, 1)
        reading.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(reading)

    # --- reading --------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        return self._reading is not None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.prepare_reader()

    def prepare_reader(self) -> None:
        """Start the reader process in the background, once: opening a file is then quick."""
        if not self._reader_prepared:
            self._reader_prepared = True
            self.session.runner.submit(lambda _ctx: prepare_reader(),
                                       on_error=lambda e: log.warning("no reader process: %s", e))

    def choose_file(self) -> None:
        self.prepare_reader()
        folder = str(self.path.parent) if self.path is not None else ""
        filters = self.tr("Spreadsheets {patterns}").format(patterns=spreadsheet_filter())
        path = self.ask_open_path(self, self.tr("Open a spreadsheet"), folder, filters)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read ``path`` from its first sheet, detecting encoding and separator."""
        self.path = Path(path)
        self.sheet_combo.clear()
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self._read(sheet=None)

    def reread(self) -> None:
        """Read the same file again with the sheet, encoding and separator now chosen."""
        if self.path is None:
            return
        self._read(sheet=self.sheet_combo.currentText() or None)

    def cancel(self) -> None:
        if self._reading is not None:
            self._reading.cancel()

    def _read(self, sheet: str | None) -> None:
        path = self.path
        assert path is not None
        self.cancel()
        encoding = self.encoding_combo.currentData()
        delimiter = self.delimiter_combo.currentData()
        self.file_label.setText(self.tr("Reading {name}…").format(name=display_name(path)))
        self.progress.setValue(0)
        self._set_reading(True)

        def job(ctx: TaskContext) -> SheetData:
            return read_sheet(path, sheet=sheet, encoding=encoding, delimiter=delimiter,
                              progress=ctx.progress,
                              cancelled=lambda: ctx.cancelled)

        # The callbacks run later, on the GUI thread: ``reading`` is assigned by then.
        reading = self.session.runner.submit(
            job, on_result=lambda data: self._read_done(reading, data),
            on_error=lambda error: self._read_failed(reading, error),
            on_progress=lambda value: self._read_progress(reading, value))
        self._reading = reading

    def _read_progress(self, reading: TaskContext, value: object) -> None:
        if reading is self._reading and isinstance(value, float):
            show_progress(self.progress, int(value * 100))

    def _read_done(self, reading: TaskContext, data: SheetData) -> None:
        if reading is not self._reading:
            return  # a newer read replaced this one
        self._reading = None
        self._set_reading(False)
        self.data = data
        self.sheet_combo.clear()
        self.sheet_combo.addItems(data.sheet_names)
        self.sheet_combo.setCurrentText(data.sheet_name)
        self._show_choices(data)
        self.file_label.setText(self.tr("{name}: %Ln row(s)", "", len(data)).format(
            name=display_name(data.path)))
        self.file_label.setToolTip(readable(str(data.path)))
        log.info("spreadsheet read: %d rows of %d columns (%s)", len(data), len(data.columns),
                 data.kind)
        self.loaded.emit(data)

    def _read_failed(self, reading: TaskContext, error: BaseException) -> None:
        if reading is not self._reading:
            return
        self._reading = None
        self._set_reading(False)
        if isinstance(error, ImportCancelled):
            name = display_name(self.path) if self.path is not None else ""
            self.file_label.setText(self.tr("Reading {name} was cancelled.").format(name=name))
            return
        self.data = None  # what was read before is not what the user asked for now
        log.info("spreadsheet refused: %s", type(error).__name__)
        explanation = explain_error(error)
        self.file_label.setText(explanation)
        self.readFailed.emit(explanation)

    def _set_reading(self, reading: bool) -> None:
        self.progress.setVisible(reading)
        self.cancel_button.setVisible(reading)
        self.readingChanged.emit(reading)

    def _show_choices(self, data: SheetData | None) -> None:
        several = data is not None and len(data.sheet_names) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        text = data is not None and data.kind == "csv"
        for widget in (self.encoding_label, self.encoding_combo, self.delimiter_label,
                       self.delimiter_combo):
            widget.setVisible(text)
        if data is not None and text:
            self.encoding_combo.setItemText(0, self.tr("Detect ({found})").format(
                found=(data.encoding or "").upper()))
            found = self.delimiter_combo.findData(data.delimiter)
            name = self.delimiter_combo.itemText(found) if found > 0 else data.delimiter or ""
            self.delimiter_combo.setItemText(0, self.tr("Detect ({found})").format(found=name))

    # --- template -------------------------------------------------------------------------
    def save_template(self) -> None:
        target = self.ask_save_path(self, self.tr("Save the template workbook"),
                                    self.tr("customer-list.xlsx"),
                                    self.tr("Excel workbook (*.xlsx)"))
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        try:
            shutil.copyfile(resource_path(TEMPLATE_NAME), target)
        except OSError as error:
            self.readFailed.emit(explain_error(error))
            return
        self.file_label.setText(self.tr("The template was saved as {path}. Fill it in, save "
                                        "it, then open it here.").format(path=target))
