"""The inbox's conversations: the list of numbers that replied (``inboxView``, latest first,
unread counts) beside the open conversation (``ConversationPanel``).

The list is a paged model fed by jobs; new replies refresh it in place (the selected
conversation stays selected wherever it moves). The number of replies nobody handled yet is
read in a job too and announced through ``unreadChanged`` (the tab's title shows it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.services.sync import SyncSummary
from juhe_desk.ui.compose.throttle import Throttle
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.models.conversations_model import (
    MOBILE_ROLE,
    ConversationsModel,
    conversation_filter_for,
)
from juhe_desk.ui.naming import named
from juhe_desk.ui.pages.conversation_view import ConversationPanel, warm_number_facts
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.conversation_delegates import ConversationListDelegate

LIST_WIDTH = 300
WARM_UP_DELAY_MS = 1000
REFRESH_COOLDOWN_MS = 500  # new replies read the list again at most this often


class ConversationsPane(QWidget):
    unreadChanged = Signal(int)  # noqa: N815 - replies not handled yet, over all numbers
    problem = Signal(str)  # a read failed: plain words

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """``staged``: built by ``build_rest``, a part per ``next()`` (the inbox page's)."""
        super().__init__(parent)
        self.setObjectName("conversationsPane")
        self.session = session
        self.unread = 0
        self._search = ""
        self._counting = False
        self._count_again = False
        self._warmed = False
        self.build_rest = self._build(session)
        if not staged:
            for _part in self.build_rest:
                pass

    def _build(self, session: Session) -> Iterator[None]:
        self.unread_only = named(QCheckBox(self.tr("Only not handled")), "unreadOnlyCheck")
        self.unread_only.setToolTip(self.tr("Show only the conversations with replies nobody "
                                            "has handled yet"))
        self.model = ConversationsModel(session.store, runner=session.runner, parent=self)
        # Replies pushed every fraction of a second: the list (a read, a repaint) and the
        # count follow them at once, then at most every REFRESH_COOLDOWN_MS.
        self._replies_arrived: Throttle[None] = Throttle(
            REFRESH_COOLDOWN_MS, lambda _none: self._refresh_list(), self)
        session.add_shutdown_hook(self._replies_arrived.stop)
        self.view = named(QListView(), "inboxView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ConversationListDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumWidth(220)
        yield
        self.panel = ConversationPanel(session, self)
        yield

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        options = QHBoxLayout()
        options.addWidget(self.unread_only)
        options.addStretch(1)
        left_layout.addLayout(options)
        left_layout.addWidget(self.view, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([LIST_WIDTH, 700])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.unread_only.toggled.connect(lambda _on: self._apply())
        self.model.loadFailed.connect(self.problem)
        self.panel.handled.connect(self._handled)
        self.panel.named.connect(lambda _mobile: self.model.refresh())
        session.sendFinished.connect(lambda _report: self.panel.refresh())  # sent to it too?

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._warmed:  # the cities (0.2-0.3 s), once the list has had its turn
            self._warmed = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: no need
            data_dir = self.session.data_dir
            self.session.runner.submit(lambda ctx: warm_number_facts(data_dir))

    # --- public ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._search = text
        self._apply()

    def open_conversation(self, mobile: str) -> None:
        """Open ``mobile``'s conversation, selected in the list when it is there (a number
        that never replied has a conversation too: what we sent it)."""
        row = self.model.row_of(mobile)
        if row < 0:  # not in the list: nothing there stays current, so a click opens it
            self.view.selectionModel().clear()
        else:
            index = self.model.index(row, 0)
            self.view.scrollTo(index)
            if self.view.currentIndex() != index:
                self.view.setCurrentIndex(index)  # which opens it (_current_changed)
                return
        self.panel.open(mobile)

    def refresh_unread(self) -> None:
        """Read how many replies wait (a job), then say so through ``unreadChanged``."""
        if self._counting:
            self._count_again = True
            return
        store = self.session.store

        def job(ctx: TaskContext) -> int:
            return store.unread_replies()

        self._counting = True
        self.session.runner.submit(job, on_result=self._counted, on_error=self._count_failed)

    def on_synced(self, summary: SyncSummary) -> None:
        """New replies or reports were stored: the list, the count and the open one."""
        if summary.new_inbound:
            self._replies_arrived.give(None)
        mobile = self.panel.mobile
        if mobile is not None and (summary.new_reports or summary.resolved or any(
                r.mobile == mobile for r in summary.new_inbound)):
            self.panel.refresh()

    def on_replies_elsewhere(self) -> None:
        """Another desk stored replies: the list, the count and the open one."""
        self.model.refresh()
        self.refresh_unread()
        if self.panel.mobile is not None:
            self.panel.refresh()

    def on_opt_outs_changed(self) -> None:
        self.model.refresh()
        self.panel.refresh()

    # --- internals ------------------------------------------------------------------------
    def _apply(self) -> None:
        self.model.set_filter(conversation_filter_for(self._search,
                                                      self.unread_only.isChecked()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._activated(current)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        mobile = index.data(MOBILE_ROLE) if index.isValid() else None
        if isinstance(mobile, str) and mobile:
            self.panel.open(mobile)

    def _refresh_list(self) -> None:
        self.model.refresh()
        self.refresh_unread()

    def _handled(self, _mobile: str) -> None:
        self.model.refresh()
        self.refresh_unread()

    def _counted(self, unread: int) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self.refresh_unread()
        self.unread = unread
        self.unreadChanged.emit(unread)

    def _count_failed(self, error: BaseException) -> None:
        self._counting = False
        self.problem.emit(explain_error(error))
