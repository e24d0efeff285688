"""The saved quick replies (常用回复), as the reply box and their dialog see them.

Read from the store in a job, changed through ``session.writes`` (in order, off the GUI
thread); ``changed`` says the list as it is now, after each read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from juhe_desk.store import QuickReply, Store
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext


class QuickReplyList(QObject):
    changed = Signal()  # ``items`` is the list as it is now
    failed = Signal(str)  # a read or write went wrong: plain words

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[QuickReply] = []
        self.loaded = False

    def reload(self) -> None:
        store = self.session.store

        def job(ctx: TaskContext) -> list[QuickReply]:
            return store.list_quick_replies()

        self.session.runner.submit(job, on_result=self._read,
                                   on_error=lambda e: self.failed.emit(explain_error(e)))

    def add(self, title: str, text: str,
            added: Callable[[QuickReply], None] | None = None) -> None:
        """Save a new quick reply; ``added`` gets it once written, before the list reloads."""
        def done(reply: QuickReply) -> None:
            if added is not None:
                added(reply)
            self.reload()

        self.session.writes.submit(lambda store: store.add_quick_reply(title, text), done,
                                   lambda e: self.failed.emit(explain_error(e)))

    def update(self, reply_id: int, title: str, text: str) -> None:
        self._write(lambda store: store.update_quick_reply(reply_id, title, text))

    def delete(self, reply_id: int) -> None:
        self._write(lambda store: store.delete_quick_reply(reply_id))

    def order(self, reply_ids: Sequence[int]) -> None:
        ids = list(reply_ids)
        self._write(lambda store: store.order_quick_replies(ids))

    def _write(self, work: Callable[[Store], object]) -> None:
        self.session.writes.submit(work, lambda _done: self.reload(),
                                   lambda e: self.failed.emit(explain_error(e)))

    def _read(self, items: list[QuickReply]) -> None:
        self.items = items
        self.loaded = True
        self.changed.emit()
