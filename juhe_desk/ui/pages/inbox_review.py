"""The inbox's opt-out actions: replies that look like opt-outs waiting for a person, and
"加入退订名单" / "不是退订" on the selected rows (buttons and the table's context menu).

A reply such as "别再发了" is not added to the opt-out list by itself (only R, TD, 退订 and
the like are): it waits here. "Likely opt-outs (N)" shows only those; one click adds the
selected senders to the list, or dismisses the rows (the decision is kept in the store).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView

from juhe_desk.store import InboundFilter, InboundRecord
from juhe_desk.ui import status_style
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.models.inbox_model import InboxModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.optout_actions import OptOutActions
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

WAITING = InboundFilter(review="open")
_WAITING_STYLE = f"QPushButton {{ color: {status_style.REVIEW}; font-weight: bold; }}"


class InboxReview(QObject):
    filterChanged = Signal()  # noqa: N815 - "likely opt-outs only" was switched
    said = Signal(str)  # what an action did, in plain words

    def __init__(self, session: Session, view: QTableView, model: InboxModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.model = model
        self.waiting = 0
        self.actions = OptOutActions(session, self)
        self.actions.said.connect(self.said)

        self.review_button = named(QPushButton(), "optOutReviewButton")
        self.review_button.setCheckable(True)
        self.review_button.setToolTip(self.tr(
            "Replies that look like a request to stop messages (such as 别发了 or 不需要) but "
            "were not added to the opt-out list by themselves. Check each one."))
        self.add_button = named(QPushButton(self.tr("Add to &opt-out list")),
                                "inboxAddOptOutButton")
        self.add_button.setToolTip(self.tr("Put the senders of the selected replies on the "
                                           "opt-out list: they get no more messages"))
        self.dismiss_button = named(QPushButton(self.tr("&Not an opt-out")),
                                    "dismissOptOutButton")
        self.dismiss_button.setToolTip(self.tr("The selected replies do not ask to stop: "
                                               "they no longer wait for a look"))
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.review_button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.add_button)
        self.bar.addWidget(self.dismiss_button)

        self.add_action = QAction(self.tr("Add to opt-out list"), self)
        self.add_action.setObjectName("addToOptOutAction")
        self.dismiss_action = QAction(self.tr("Not an opt-out"), self)
        self.dismiss_action.setObjectName("dismissOptOutAction")
        view.addAction(self.add_action)
        view.addAction(self.dismiss_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.review_button.toggled.connect(lambda _on: self.filterChanged.emit())
        for trigger in (self.add_button.clicked, self.add_action.triggered):
            trigger.connect(self.add_selected)
        for trigger in (self.dismiss_button.clicked, self.dismiss_action.triggered):
            trigger.connect(self.dismiss_selected)
        self._show_waiting()
        self.update_buttons()

    # --- public ---------------------------------------------------------------------------
    def filter_for(self, base: InboundFilter) -> InboundFilter:
        """The table's filter: ``base``, narrowed to the replies waiting when switched on."""
        return replace(base, review="open") if self.review_button.isChecked() else base

    def selected_records(self) -> list[InboundRecord]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.record(row) for row in rows) if r is not None]

    def add_selected(self) -> None:
        self.actions.add_senders([r.id for r in self.selected_records()])

    def dismiss_selected(self) -> None:
        self.actions.dismiss([r.id for r in self.selected_records() if r.review == "open"])

    def refresh_count(self) -> None:
        """Read how many replies wait (a job: the inbox may hold many)."""
        store = self.session.store

        def job(ctx: TaskContext) -> int:
            return store.count_inbound(WAITING)

        self.session.runner.submit(job, on_result=self._counted,
                                   on_error=lambda e: self.said.emit(explain_error(e)))

    def update_buttons(self) -> None:
        records = self.selected_records()
        self.add_button.setEnabled(bool(records))
        self.add_action.setEnabled(bool(records))
        waiting = any(r.review == "open" for r in records)
        self.dismiss_button.setEnabled(waiting)
        self.dismiss_action.setEnabled(waiting)

    # --- internals ------------------------------------------------------------------------
    def _counted(self, waiting: int) -> None:
        self.waiting = waiting
        self._show_waiting()

    def _show_waiting(self) -> None:
        self.review_button.setText(self.tr("Likely opt-outs to check (%Ln)", "", self.waiting))
        self.review_button.setStyleSheet(_WAITING_STYLE if self.waiting else "")
