"""Moving in (Account menu › "Move this desk's history into the team database"): the dialog
that says what will happen, runs the move in the task runner with its progress, can stop it,
and tells the counts per table at the end (services/history_move.py does the work)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.history_move import MoveResult, MoveStopped, has_history, move_desk_history
from juhe_desk.store import Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.naming import named
from juhe_desk.ui.tasks import TaskContext, TaskRunner

_tr = translator_for("HistoryMove")


def table_words() -> dict[str, str]:
    return {"campaigns": _tr("Campaigns"), "batches": _tr("Send batches"),
            "messages": _tr("Messages sent"), "reports": _tr("Delivery reports"),
            "inbound": _tr("Replies"), "opt_outs": _tr("Opted-out numbers"),
            "templates": _tr("Templates"), "quick_replies": _tr("Quick replies"),
            "conversations": _tr("Conversations"), "customer_names": _tr("Customers' names")}


def describe_result(result: MoveResult, database: Path) -> str:
    """The counts per table, in words."""
    words = table_words()
    lines = [_tr("{what}: {moved:,} of {all:,}").format(
        what=words[count.table], moved=min(count.in_shared, count.in_file), all=count.in_file)
        for count in result.counts if count.in_file]
    if result.complete:
        head = _tr("Done. Everything this desk kept is in the team database now; every table"
                   " was counted again to check:")
    else:
        head = _tr("Not everything arrived: some rows of this desk are not in the team"
                   " database. Start the move again: it goes on where it stopped and copies"
                   " nothing twice.")
    kept = _tr("This desk's own file is kept as it was: {path}").format(path=database)
    return "\n".join([head, "", *lines, "", kept]) if lines else "\n".join([head, "", kept])


class HistoryMoveDialog(QDialog):
    """Modal while it is open; the move itself runs in ``runner``."""

    def __init__(self, runner: TaskRunner, store: Store, database: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveHistoryDialog")
        self.setWindowTitle(_tr("Move this desk's history into the team database"))
        self.runner, self.store, self.database = runner, store, database
        self.task: TaskContext | None = None
        self.move_result: MoveResult | None = None

        self.intro = named(QLabel(self._intro_text()), "moveIntroLabel")
        self.progress = named(QProgressBar(), "moveProgress")
        self.progress.setVisible(False)
        self.status = named(QLabel(), "moveStatusLabel")
        self.outcome = named(QLabel(), "moveResultLabel")
        for label in (self.intro, self.status, self.outcome):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setVisible(False)

        buttons = QDialogButtonBox()
        self.start_button = named(QPushButton(_tr("Start moving in")), "startMoveButton")
        self.stop_button = named(QPushButton(_tr("Stop")), "stopMoveButton")
        self.close_button = named(QPushButton(_tr("Close")), "closeMoveButton")
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.setVisible(False)
        self.start_button.setEnabled(self._can_move())
        self.start_button.setDefault(self._can_move())

        layout = QVBoxLayout(self)
        for widget in (self.intro, self.progress, self.status, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _can_move(self) -> bool:
        return self.store.shared_address is not None and has_history(self.database)

    def _intro_text(self) -> str:
        address = self.store.shared_address
        if address is None:
            return _tr("This desk keeps its history on its own. To move it into the team"
                       " database, first connect this desk to it (Account › Account settings"
                       " › Team's shared database), start juhe-desk again, then come back"
                       " here.")
        if not has_history(self.database):
            return _tr("This desk has no history of its own to move in: there is no data"
                       " file in its data folder ({path}).").format(path=self.database.parent)
        return _tr(
            "This copies everything this desk kept on its own (campaigns and their messages,"
            " delivery reports, replies, the opt-out list, templates, quick replies,"
            " conversations) into the team database at {address}, beside what the other"
            " desks have there. Nothing is sent.\n\n"
            "This desk's own file stays as it is. You can stop at any time and start again:"
            " the move goes on where it stopped and copies nothing twice. At the end every"
            " table is counted to check.").format(address=f"{address.host}:{address.port}/"
                                                         f"{address.database}")

    # --- the move ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.task is not None or not self._can_move():
            return
        database, store = self.database, self.store

        def move(ctx: TaskContext) -> MoveResult:
            return move_desk_history(database, store,
                                     progress=lambda done, total: ctx.progress((done, total)),
                                     should_stop=lambda: ctx.cancelled)

        self.outcome.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(_tr("Reading this desk's file…"))
        self.start_button.setVisible(False)
        self.stop_button.setVisible(True)
        self.close_button.setEnabled(False)
        self.task = self.runner.submit(move, on_result=self._finished, on_error=self._failed,
                                       on_progress=self._progressed)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(_tr("Stopping after the current step…"))

    def reject(self) -> None:  # Esc or the window's close: stop first, close when stopped
        if self.task is not None:
            self.stop()
            return
        super().reject()

    def _progressed(self, value: object) -> None:
        if self.task is None or self.task.cancelled or not isinstance(value, tuple):
            return
        done, total = value
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(_tr("Moved {done:,} of {total:,} records…").format(
            done=done, total=total))

    def _finished(self, result: object) -> None:
        assert isinstance(result, MoveResult)
        self.move_result = result
        self._ended(describe_result(result, self.database),
                    _tr("Moved in.") if result.complete else _tr("Not complete."))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, MoveStopped):
            self._ended(_tr("Stopped. What was moved stays in the team database; press"
                            " \u201cStart moving in\u201d to go on from there."), "")
        else:
            self._ended(_tr("The move stopped: {reason}\nWhat was moved stays in the team"
                            " database; once that is put right, start again to go on from"
                            " there.").format(reason=explain_error(error)), "")

    def _ended(self, text: str, status: str) -> None:
        self.task = None
        self.progress.setVisible(bool(self.move_result and self.move_result.complete))
        if self.move_result is not None and self.move_result.complete:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.outcome.setText(text)
        self.outcome.setVisible(True)
        self.stop_button.setVisible(False)
        self.stop_button.setEnabled(True)
        self.start_button.setVisible(not (self.move_result and self.move_result.complete))
        self.start_button.setText(_tr("Start moving in"))
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.adjustSize()
