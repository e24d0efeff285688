"""Spreadsheets dropped anywhere on the main window open in the import tab.

Installed on the main window as an event filter (the window accepts drops), so MainWindow
needs no code of its own for it. Only local files with a spreadsheet extension are taken.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from juhe_desk.ui.importing.file_panel import is_spreadsheet


def dropped_spreadsheet(mime: QMimeData | None) -> Path | None:
    """The first local spreadsheet file among the dragged items, if any."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if is_spreadsheet(path):
                return path
    return None


class SpreadsheetDropFilter(QObject):
    """Accepts drags of spreadsheet files on the watched window and calls ``open_file``."""

    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_spreadsheet(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_spreadsheet(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self._open_file(path)
                return True
        return False
