"""Before a send: did these numbers get this same text in the last 24 hours? If so, ask.

The journal is read in the task runner (``store.recent_repeats``); the GUI thread only shows
the answer. Nothing found: the send goes on at once. Something found: ``repeatSendWarning``
asks, and the send goes on only if the user says so, to all or without those numbers.
Used by the Send tab and by the Bulk import tab (which runs ``recent_repeats`` in its own
job, together with its other checks, and calls ``ask``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from juhe_desk.store import Campaign, RepeatCheck
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:  # the warning is imported when there is something to warn about
    from juhe_desk.ui.dialogs.repeat_send_warning import RepeatDecision, RepeatSendWarning

LeftOut = frozenset[tuple[str, str]]
Proceed = Callable[[LeftOut], None]  # the (number, text) pairs to leave out; empty: none
Stopped = Callable[[str | None], None]  # why not: an error in words, or None (the user's no)


class RepeatGuard(QObject):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.dialog: RepeatSendWarning | None = None
        self.checking = False

    def check(self, messages: Sequence[tuple[str, str]], proceed: Proceed,
              stopped: Stopped) -> None:
        """Look for repeats of these (number, final text) pairs, then ``ask``."""
        store = self.session.store
        self.checking = True

        def job(ctx: TaskContext) -> RepeatCheck:  # worker thread
            return store.recent_repeats(messages)

        def done(found: RepeatCheck) -> None:
            self.checking = False
            self.ask(found, len(messages), proceed, stopped)

        def failed(error: BaseException) -> None:
            self.checking = False
            stopped(explain_error(error))

        self.session.runner.submit(job, on_result=done, on_error=failed)

    def ask(self, found: RepeatCheck, total: int, proceed: Proceed, stopped: Stopped, *,
            same_source: Campaign | None = None) -> None:
        """Go on at once when nothing was sent already; otherwise let the user decide."""
        if not found.found:
            proceed(frozenset())
            return
        from juhe_desk.ui.dialogs.repeat_send_warning import RepeatDecision, RepeatSendWarning

        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = RepeatSendWarning(found, total, self.parent_widget, same_source=same_source)

        def chosen(decision: RepeatDecision) -> None:
            if decision is RepeatDecision.SEND_ALL:
                proceed(frozenset())
            elif decision is RepeatDecision.LEAVE_OUT:
                proceed(found.repeated)
            else:
                stopped(None)

        dialog.chosen.connect(chosen)
        self.dialog = dialog
        dialog.open()
