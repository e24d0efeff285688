"""``run_while_waiting``: a file job (copying a backup in) behind a modal "please wait".

For the moments when there is nothing else the user could do meanwhile: at start before
any window exists, or while the window is being rebuilt on another data file. The job runs
in a ``TaskRunner``; the dialog's own event loop keeps the screen alive and returns when
the job reports back. The dialog cannot be closed before that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from juhe_desk.ui.naming import named
from juhe_desk.ui.tasks import TaskContext, TaskRunner

Result = TypeVar("Result")


class BusyDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Please wait"))
        label = named(QLabel(text), "busyLabel")
        label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # moving to and fro: the time it takes is not known
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(bar)
        self.setMinimumWidth(360)

    def reject(self) -> None:  # Esc: the job cannot be left half-done
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()


def run_while_waiting(text: str, job: Callable[[TaskContext], Result],
                      parent: QWidget | None = None) -> Result:
    """Run ``job`` off the GUI thread behind a modal ``BusyDialog``; return its result or
    raise its exception, here on the GUI thread."""
    outcome: list[tuple[bool, object]] = []
    dialog = BusyDialog(text, parent)
    runner = TaskRunner(dialog)

    def finished(ok: bool, value: object) -> None:
        outcome.append((ok, value))
        dialog.done(0)

    runner.submit(job, on_result=lambda r: finished(True, r),
                  on_error=lambda e: finished(False, e))
    while not outcome:  # only a report of the job ends the dialog's loop
        dialog.exec()
    runner.shutdown()
    dialog.deleteLater()
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
