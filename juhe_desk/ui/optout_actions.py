"""Putting numbers on the opt-out list from the inbox and the reports tab, in the task runner.

Each job gets plain values (the store, the numbers or reply ids) and returns what it did;
the callback runs on the GUI thread, tells the session that the list changed (the Send tab
checks its numbers again, the inbox reads its rows again) and says what happened in plain
words through ``said``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from juhe_desk.store import OptOutsAdded, Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

T = TypeVar("T")


class OptOutActions(QObject):
    said = Signal(str)  # what an action did, in plain words

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def add_numbers(self, mobiles: Sequence[str]) -> None:
        """Put ``mobiles`` on the opt-out list (added by hand, e.g. from a delivery report)."""
        numbers = list(dict.fromkeys(mobiles))
        if not numbers:
            return

        def add(store: Store) -> OptOutsAdded:
            added = store.add_opt_outs(numbers, "manual")
            return OptOutsAdded(added, len(numbers) - added)

        self._run(add, self._added)

    def add_senders(self, inbound_ids: Sequence[int]) -> None:
        """Put the senders of these replies on the opt-out list, each noted with its reply."""
        ids = list(inbound_ids)
        if ids:
            self._run(lambda store: store.add_opt_outs_from_replies(ids), self._added)

    def dismiss(self, inbound_ids: Sequence[int]) -> None:
        """These replies were looked at and do not ask to stop: they stop waiting for review."""
        ids = list(inbound_ids)
        if ids:
            self._run(lambda store: store.dismiss_review(ids), self._dismissed)

    def added_text(self, result: OptOutsAdded) -> str:
        text = self.tr("%Ln number(s) added to the opt-out list: they get no more messages.",
                       "", result.added)
        if result.already:
            text += " " + self.tr("%Ln number(s) were already on it.", "", result.already)
        return text

    def _added(self, result: OptOutsAdded) -> None:
        self.session.optOutsChanged.emit()
        self.said.emit(self.added_text(result))

    def _dismissed(self, count: int) -> None:
        self.session.optOutsChanged.emit()
        self.said.emit(self.tr("%Ln reply(ies) marked as not an opt-out.", "", count))

    def _run(self, work: Callable[[Store], T], done: Callable[[T], None]) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> T:
            return work(store)

        self.session.runner.submit(job, on_result=done,
                                   on_error=lambda e: self.said.emit(explain_error(e)))
