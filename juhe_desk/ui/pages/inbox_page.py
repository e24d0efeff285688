"""The Inbox tab: conversations with customers (who replied, what went each way, the reply
box: ``conversation/``), and every reply in one table with export, the opt-out list and push;
replies that look like opt-outs wait for a look there (``inbox_review``). The tab's title
counts the replies nobody handled yet: "上行/回复 (3)"."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.cli import Options
from juhe_desk.services.sync import SyncSummary
from juhe_desk.store import InboundRecord
from juhe_desk.store.changes import ChangeKind
from juhe_desk.ui.conversation.conversations_pane import ConversationsPane
from juhe_desk.ui.dialogs.optout_dialog import OptOutDialog
from juhe_desk.ui.dialogs.push_settings_dialog import PushSettingsDialog
from juhe_desk.ui.models.inbox_model import InboxModel, inbound_filter_for
from juhe_desk.ui.naming import named
from juhe_desk.ui.pages.inbox_review import InboxReview
from juhe_desk.ui.pages.replies_export import RepliesExport
from juhe_desk.ui.push_service import PushService
from juhe_desk.ui.session import Session
from juhe_desk.ui.widgets.cell_tooltips import wrap_cell_tooltips
from juhe_desk.ui.widgets.steady_label import SteadyLabel
from juhe_desk.ui.widgets.steady_tabs import SteadyTabWidget
from juhe_desk.ui.widgets.text_cells_delegate import TextCellsDelegate

FILTER_DELAY_MS = 250
REFRESH_COOLDOWN_MS = 500  # the replies table is read again at most this often
STATUS_NOTE_MS = 10_000


class InboxPage(QWidget):
    exportFinished = Signal(str)  # noqa: N815 - the file written
    exportFailed = Signal(str)  # noqa: N815 - a plain-words explanation

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """``staged``: built by ``build_rest``, a part per ``next()`` (``pages.Pages``)."""
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.session = session
        self.optout_dialog: OptOutDialog | None = None
        self.push_dialog: PushSettingsDialog | None = None
        self.build_rest = self._build(session)
        if not staged:
            for _part in self.build_rest:
                pass

    def _build(self, session: Session) -> Iterator[None]:
        """The page in parts of a few ms: its top, the conversations (in parts of their
        own), the replies' table, what is around it, and what hears the rest."""
        self.push_service = PushService(session.store, session.writes, self)
        session.add_shutdown_hook(self.push_service.stop)
        session.writes.settingsChanged.connect(self.push_service.settings_changed)

        self.filter_edit = named(QLineEdit(), "inboxFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Find: the start of a number, a name, or "
                                                    "words in a reply"))
        self.filter_edit.setClearButtonEnabled(True)
        # A count that changes with every reply pushed: neither it nor the modes' tabs lay
        # out (and repaint) the whole page again for a new number (steady_label.py).
        self.count_label = named(SteadyLabel(), "inboxCountLabel")
        self.export_button = named(QPushButton(self.tr("&Export…")), "inboxExportButton")
        self.export_button.setToolTip(self.tr("Save the replies shown to an Excel file"))
        self.optout_button = named(QPushButton(self.tr("Opt-out &list…")), "optOutListButton")
        self.export_progress = named(QProgressBar(), "inboxExportProgress")
        self.export_progress.setRange(0, 100)
        self.export_progress.setMaximumWidth(160)
        self.export_progress.setVisible(False)
        self.message_label = named(QLabel(), "inboxMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        yield  # what reads the store comes in one part with what hears its answers
        self.conversations = ConversationsPane(session, self, staged=True)
        yield from self.conversations.build_rest  # its parts too, a few ms each
        self.model = InboxModel(session.store, runner=session.runner, parent=self)
        self.model.loadFailed.connect(self._show_problem)  # a read failing between two parts
        self.view = named(QTableView(), "repliesView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TextCellsDelegate(self.view, self.model))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setSortIndicator(InboxModel.COL_TIME,
                                                      Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        wrap_cell_tooltips(self.view)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(InboxModel.COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((InboxModel.COL_TIME, 150), (InboxModel.COL_MOBILE, 110),
                              (InboxModel.COL_CAMPAIGN, 180), (InboxModel.COL_ACCESS_CODE, 120)):
            self.view.setColumnWidth(column, width)

        yield  # what is shown around the table (its count comes up to date at the end)
        self.exporter = RepliesExport(self.model, session.runner, self.export_progress, self)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self._export_failed)
        self.exporter.busyChanged.connect(self._set_export_busy)
        self.review = InboxReview(session, self.view, self.model, self)
        self.reply_action = QAction(self.tr("Open the conversation"), self)
        self.reply_action.setObjectName("inboxReplyAction")
        self.view.insertAction(self.review.add_action, self.reply_action)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        top.addWidget(self.export_progress)
        top.addWidget(self.optout_button)
        replies = QWidget()
        replies_layout = QVBoxLayout(replies)
        replies_layout.addLayout(self.review.bar)
        replies_layout.addWidget(self.view, 1)
        self.modes = named(SteadyTabWidget(), "inboxModes")
        self.modes.addTab(self.conversations, self.tr("Conversations"))
        self.modes.addTab(replies, self.tr("All replies"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.modes, 1)

        yield  # what hears the session, the store and the user
        # Replies pushed in quick succession are shown together: a read and a repaint each.
        self._replies_stale = False
        self._replies_cooldown = QTimer(self, singleShot=True, interval=REFRESH_COOLDOWN_MS)
        self._replies_cooldown.timeout.connect(self._replies_cooled_down)
        session.add_shutdown_hook(self._replies_cooldown.stop)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self._apply_filter)
        self.reply_action.triggered.connect(self.reply_to_selected)
        self.export_button.clicked.connect(self.choose_export_file)
        self.optout_button.clicked.connect(self.show_opt_out_list)
        self.view.doubleClicked.connect(self._reply_to_index)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator_on_sortable_column)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.reply_to_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.loaded.connect(self._show_count)
        self.model.loaded.connect(self._update_buttons)
        self.conversations.model.loaded.connect(self._show_count)
        self.conversations.problem.connect(self._show_problem)
        self.conversations.unreadChanged.connect(self._show_unread)
        self.modes.currentChanged.connect(lambda _index: self._show_count())
        session.synced.connect(self._on_synced)
        session.optOutsChanged.connect(self._opt_outs_changed)
        session.changedElsewhere.connect(self._changed_elsewhere)
        session.conversationRequested.connect(self.open_conversation)
        self.review.filterChanged.connect(self._apply_filter)
        self.review.said.connect(self._status_note)
        self.push_service.received.connect(self._on_pushed)
        self.setTabOrder(self.filter_edit, self.modes)

        self._actions = self._make_actions()
        self._show_count()
        self._update_buttons()

    # --- page hooks -----------------------------------------------------------------------
    def after_start(self, options: Options) -> None:
        self.review.refresh_count()
        self.conversations.refresh_unread()
        if (not self.push_service.start_from_settings() and self.push_service.last_error
                and not self.push_service.received_elsewhere):
            self._status_note(self.tr("The push receiver did not start: {reason}")
                              .format(reason=self.push_service.last_error))

    def file_actions(self) -> list[QAction]:
        return [self._actions["export"]]

    def tools_actions(self) -> list[QAction]:
        return [self._actions["optout"], self._actions["push"]]

    # --- conversations --------------------------------------------------------------------
    def selected_record(self) -> InboundRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def reply_to_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.open_conversation(record.mobile)

    def open_conversation(self, mobile: str) -> None:
        """Show this tab with ``mobile``'s conversation open, its reply box ready ("回复" in
        the reports or replies table)."""
        tabs = self._main_tabs()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        self.modes.setCurrentWidget(self.conversations)
        self.conversations.open_conversation(mobile)
        self.conversations.panel.reply_box.edit.setFocus()

    def unread(self) -> int:
        return self.conversations.unread

    def _show_unread(self, unread: int) -> None:
        tabs = self._main_tabs()
        if tabs is None or tabs.indexOf(self) < 0:
            return
        title = QCoreApplication.translate("MainWindow", "Inbox / replies")
        if unread:
            title = self.tr("{title} ({count})").format(title=title, count=unread)
        if tabs.tabText(tabs.indexOf(self)) != title:  # a new title repaints the whole tab
            tabs.setTabText(tabs.indexOf(self), title)

    def _main_tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and widget.objectName() != "mainTabs":
            widget = widget.parentWidget()
        return widget if isinstance(widget, QTabWidget) else None

    # --- opt-out list and push settings ---------------------------------------------------
    def show_opt_out_list(self) -> OptOutDialog:
        if self.optout_dialog is None:
            self.optout_dialog = OptOutDialog(self.session.store, self.session.writes,
                                              self.session.runner, self)
            self.optout_dialog.changed.connect(self.session.optOutsChanged)
        else:
            self.optout_dialog.refresh()
        self.optout_dialog.open()
        return self.optout_dialog

    def show_push_settings(self) -> PushSettingsDialog:
        dialog = PushSettingsDialog(self.push_service, self.session.writes, self)
        dialog.finished.connect(dialog.deleteLater)
        self.push_dialog = dialog
        dialog.open()
        return dialog

    # --- export (replies_export.py) ------------------------------------------------------
    def choose_export_file(self) -> None:
        self.exporter.choose_file()

    def export_to(self, path: str) -> None:
        self.exporter.export_to(path)

    # --- reacting -------------------------------------------------------------------------
    def _on_synced(self, summary: SyncSummary) -> None:
        self.conversations.on_synced(summary)
        if not summary.new_inbound and not summary.new_opt_outs:
            return
        self._refresh_replies()
        if self.optout_dialog is not None and summary.new_opt_outs:
            self.optout_dialog.refresh()
        note = self.tr("%Ln new reply(ies)", "", len(summary.new_inbound))
        if summary.new_opt_outs:
            note += self.tr(", %Ln opt-out(s)", "", len(summary.new_opt_outs))
        if summary.to_review:
            note += self.tr(", %Ln that look like opt-outs: check them", "",
                            len(summary.to_review))
            self.review.refresh_count()
        self._status_note(note)

    def _changed_elsewhere(self, kinds: frozenset[ChangeKind]) -> None:
        """Another desk stored replies (ui/live_desks.py): read the lists again."""
        if ChangeKind.REPLY in kinds:
            self._refresh_replies()
            self.conversations.on_replies_elsewhere()
            self.review.refresh_count()

    def _opt_outs_changed(self) -> None:
        self._refresh_replies()
        self.conversations.on_opt_outs_changed()
        self.review.refresh_count()
        if self.optout_dialog is not None:
            self.optout_dialog.refresh()

    def _refresh_replies(self) -> None:
        """Read the replies table again: now, or when the cooldown ends if it was just read."""
        if self._replies_cooldown.isActive():
            self._replies_stale = True
            return
        self._replies_stale = False
        self._replies_cooldown.start()
        self.model.refresh()

    def _replies_cooled_down(self) -> None:
        if self._replies_stale:
            self._refresh_replies()

    def _on_pushed(self, summary: SyncSummary) -> None:
        # What a push stored is news for every tab, as a pull's is.
        if summary.new_reports or summary.new_inbound or summary.resolved:
            self.session.synced.emit(summary)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        self.model.set_filter(self.review.filter_for(inbound_filter_for(text)))
        self.conversations.set_search(text)

    def _keep_sort_indicator_on_sortable_column(self, column: int, order: Qt.SortOrder) -> None:
        # The store sorts by time or number only; the indicator must not claim otherwise.
        if column in InboxModel.sort_orders:
            return
        _, descending = self.model.order
        self.view.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    def _reply_to_index(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record is not None:
            self.open_conversation(record.mobile)

    def _exported(self, path: str) -> None:
        self._status_note(self.tr("Replies saved to {path}").format(path=path))
        self.exportFinished.emit(path)

    def _export_failed(self, text: str) -> None:
        self._show_problem(text)
        self.exportFailed.emit(text)

    def _set_export_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self._actions["export"].setEnabled(not busy)

    def _show_count(self) -> None:
        if self.modes.currentWidget() is self.conversations:
            text = self.tr("%Ln conversation(s)", "", self.conversations.model.rowCount())
        else:
            text = self.tr("%Ln reply(ies)", "", self.model.rowCount())
        self.count_label.setText(text)
        self.message_label.setVisible(False)

    def _show_problem(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _status_note(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_NOTE_MS)

    def _update_buttons(self) -> None:
        self.reply_action.setEnabled(self.view.selectionModel().hasSelection())
        self.review.update_buttons()

    def _make_actions(self) -> dict[str, QAction]:
        export = QAction(self.tr("Export re&plies…"), self)
        export.setObjectName("exportRepliesAction")
        export.triggered.connect(self.choose_export_file)
        optout = QAction(self.tr("&Opt-out list…"), self)
        optout.setObjectName("optOutListAction")
        optout.triggered.connect(self.show_opt_out_list)
        push = QAction(self.tr("&Push receiver…"), self)
        push.setObjectName("pushSettingsAction")
        push.triggered.connect(self.show_push_settings)
        return {"export": export, "optout": optout, "push": push}

