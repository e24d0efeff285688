"""One conversation in the inbox: who the customer is, everything between us in time order,
and the reply box under it.

The header names the customer (from a campaign's sheet), the number, its carrier and city
(libphonenumber's data, read in a job: the cities take 0.2-0.3 s the first time). The
timeline (``conversationView``) is read in a job and read again when replies or delivery
reports arrive, and when a reply goes out; the reply box and ``ReplySender`` send through
the journal like any campaign.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from juhe_desk import dataclass_code
from juhe_desk.services.replies import names_from_remembered_sheets
from juhe_desk.services.sending import SendReport
from juhe_desk.store import Campaign, Conversation
from juhe_desk.ui import status_style
from juhe_desk.ui.conversation.quick_replies import QuickReplyList
from juhe_desk.ui.conversation.reply_box import ReplyBox
from juhe_desk.ui.conversation.reply_sender import ReplySender
from juhe_desk.ui.dialogs.quick_replies_dialog import QuickRepliesDialog
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.conversation_model import ConversationModel
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext
from juhe_desk.ui.widgets.conversation_delegates import BubbleDelegate

log = logging.getLogger(__name__)
_MAINLAND_MOBILE = re.compile(r"1\d{10}")
_NAME_STYLE = "font-size: 15px; font-weight: bold;"
_OPTED_OUT_STYLE = (f"QLabel {{ color: white; background: {status_style.STOP_REPLY};"
                    " border-radius: 4px; padding: 1px 6px; }")
_TIMELINE_STYLE = "QListView { background: #f2f3f5; }"


@dataclass(frozen=True, slots=True)
class NumberFacts:
    carrier: str
    city: str


def number_facts(mobile: str, lang: str, data_dir: Path | None = None) -> NumberFacts:
    """Carrier and city of a mainland mobile number (a job: reads libphonenumber's data,
    or the table of cities kept in ``data_dir``'s cache)."""
    if not _MAINLAND_MOBILE.fullmatch(mobile):
        return NumberFacts("", "")
    from juhe_desk.domain.carriers import carrier_of
    from juhe_desk.domain.regions import load_regions, region_of

    load_regions(_cache_folder(data_dir) if data_dir is not None else None)

    carrier, region = carrier_of(mobile), region_of(mobile)
    return NumberFacts(carrier.text(lang) if carrier is not None else "",
                       region.text(lang) if region is not None else "")


def warm_number_facts(data_dir: Path) -> None:
    """Read libphonenumber's carriers and cities now (a job, once the inbox is shown), so
    that the first conversation opened does not wait for them. The cities' table is kept in
    ``data_dir``'s cache: built once (0.3-0.6 s holding the GIL), then read in a few ms."""
    from juhe_desk.domain.carriers import warm_up
    from juhe_desk.domain.regions import load_regions

    warm_up()
    load_regions(_cache_folder(data_dir))


def _cache_folder(data_dir: Path) -> Path:
    return data_dir / dataclass_code.FOLDER  # the data folder's cache, shared with it


class ConversationPanel(QWidget):
    handled = Signal(str)  # a conversation was marked handled (it has no unread reply now)
    replied = Signal(str)  # a reply to this number went into the journal
    named = Signal(str)  # a campaign's sheet, read again, named this number's customer

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPanel")
        self.session = session
        self.mobile: str | None = None
        self.conversation: Conversation | None = None
        self._drafts: dict[str, str] = {}
        self._names_sought: set[str] = set()
        self._loading: str | None = None
        self._reload_again = False
        self.quick_dialog: QuickRepliesDialog | None = None
        self.quick = QuickReplyList(session, self)

        self.name_label = named(QLabel(), "conversationNameLabel")
        self.name_label.setStyleSheet(_NAME_STYLE)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = named(QLabel(), "conversationNumberLabel")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.optout_badge = named(QLabel(self.tr("Opted out")), "conversationOptOutLabel")
        self.optout_badge.setStyleSheet(_OPTED_OUT_STYLE)
        self.optout_badge.setVisible(False)
        self.handled_button = named(QPushButton(self.tr("Mark as &handled")), "markHandledButton")
        self.handled_button.setToolTip(self.tr("Its replies no longer count as unread"))
        self.earlier_label = named(QLabel(), "conversationEarlierLabel")
        self.earlier_label.setStyleSheet(status_style.text_style(status_style.MUTED))
        self.earlier_label.setVisible(False)
        self.model = ConversationModel(self)
        self.view = named(QListView(), "conversationView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(BubbleDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(False)
        self.view.setStyleSheet(_TIMELINE_STYLE)
        self.reply_box = ReplyBox(self.quick, self)
        self.reply_sender = ReplySender(session, self)

        header = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.name_label)
        who.addWidget(self.number_label)
        header.addLayout(who, 1)
        header.addWidget(self.optout_badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.handled_button, 0, Qt.AlignmentFlag.AlignTop)
        talk = QWidget()
        talk_layout = QVBoxLayout(talk)
        talk_layout.setContentsMargins(0, 0, 0, 0)
        talk_layout.addLayout(header)
        talk_layout.addWidget(self.earlier_label)
        talk_layout.addWidget(self.view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(talk)
        split.addWidget(self.reply_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.empty_label = named(QLabel(self.tr("Choose a conversation on the left to see "
                                                "what was sent and replied, and to answer.")),
                                 "conversationEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.handled_button.clicked.connect(self.mark_handled)
        self.reply_box.sendRequested.connect(self.send_reply)
        self.reply_box.manageQuickReplies.connect(self.show_quick_replies)
        self.reply_sender.written.connect(self._reply_written)
        self.reply_sender.finished.connect(self._reply_finished)
        self.reply_sender.failed.connect(self._reply_failed)
        self.reply_sender.stopped.connect(lambda: self._reply_ended(
            self.tr("Not sent."), "warning"))
        session.accountChanged.connect(self._show_signature)
        self._show_signature()
        self.handled_button.setEnabled(False)

    # --- opening --------------------------------------------------------------------------
    def open(self, mobile: str) -> None:
        """Show the conversation with ``mobile`` (read in a job), with an empty reply box
        (or what was typed for it before)."""
        if mobile == self.mobile and self._loading == mobile:
            return  # being read already (a click both selects and activates a row)
        if mobile != self.mobile:
            if self.mobile is not None:
                self._drafts[self.mobile] = self.reply_box.body()
            self.mobile = mobile
            self.conversation = None
            self.model.show(None)
            self.name_label.setText(mobile)
            self.number_label.setText(mobile)
            self.reply_box.set_target(mobile, None, False)
            self.reply_box.set_body(self._drafts.pop(mobile, ""))
            self.reply_box.say("")
            self.handled_button.setEnabled(False)
            self._read_facts(mobile)
            if not self.quick.loaded:
                self.quick.reload()
        self.stack.setCurrentIndex(1)
        self.refresh()

    def refresh(self) -> None:
        """Read the open conversation again (new replies, reports, a reply sent)."""
        mobile = self.mobile
        if mobile is None:
            return
        if self._loading is not None:
            self._reload_again = True
            return
        store = self.session.store

        def job(ctx: TaskContext) -> Conversation:
            return store.conversation(mobile)

        self._loading = mobile
        self.session.runner.submit(job, on_result=self._read, on_error=self._read_failed)

    def _read(self, conversation: Conversation) -> None:
        self._loading = None
        if self._reload_again:
            self._reload_again = False
            self.refresh()
        if conversation.mobile != self.mobile:
            return
        at_bottom = self._at_bottom()
        self.conversation = conversation
        self.model.show(conversation)
        who = conversation.name or conversation.mobile
        self.name_label.setText(who)
        self.optout_badge.setVisible(conversation.opted_out)
        self.handled_button.setEnabled(conversation.unread > 0)
        self.earlier_label.setText(self.tr("%Ln earlier message(s) are not shown.", "",
                                           conversation.earlier))
        self.earlier_label.setVisible(conversation.earlier > 0)
        self.reply_box.set_target(who, conversation.latest_reply(), conversation.opted_out)
        if at_bottom:
            self.view.scrollToBottom()
        if not conversation.name and conversation.mobile not in self._names_sought:
            self._seek_name(conversation.mobile)

    def _seek_name(self, mobile: str) -> None:
        """Campaigns older than the names kept may remember their sheet: read it (a job)."""
        self._names_sought.add(mobile)
        store = self.session.store

        def job(ctx: TaskContext) -> str:
            return names_from_remembered_sheets(store, mobile, lambda: ctx.cancelled)

        def found(name: str) -> None:
            if name:
                self.named.emit(mobile)
                if mobile == self.mobile:
                    self.refresh()

        self.session.runner.submit(job, on_result=found,
                                   on_error=lambda e: log.warning("no names: %s", e))

    def _read_failed(self, error: BaseException) -> None:
        self._loading = None
        self._reload_again = False
        self.reply_box.say(explain_error(error), "error")

    def _at_bottom(self) -> bool:
        bar = self.view.verticalScrollBar()
        return self.model.rowCount() == 0 or bar.value() >= bar.maximum() - 4

    def _read_facts(self, mobile: str) -> None:
        lang, data_dir = current_language(), self.session.data_dir

        def job(ctx: TaskContext) -> NumberFacts:
            return number_facts(mobile, lang, data_dir)

        def shown(facts: NumberFacts) -> None:
            if mobile == self.mobile:
                self.number_label.setText(" · ".join(p for p in (mobile, facts.carrier,
                                                                 facts.city) if p))

        self.session.runner.submit(job, on_result=shown)

    # --- handling and replying ------------------------------------------------------------
    def mark_handled(self) -> None:
        mobile = self.mobile
        if mobile is None:
            return
        self.handled_button.setEnabled(False)

        def done(_count: int) -> None:
            self.handled.emit(mobile)
            if mobile == self.mobile:
                self.refresh()

        self.session.writes.submit(lambda store: store.mark_handled([mobile]), done)

    def send_reply(self) -> None:
        mobile = self.mobile
        if mobile is None or self.reply_sender.busy:
            return
        if not self.reply_box.body().strip():
            self.reply_box.say(self.tr("Type the reply first."), "warning")
            self.reply_box.edit.setFocus()
            return
        composed = self.reply_box.composed()
        opted_out = self.conversation.opted_out if self.conversation is not None else False
        self.reply_box.set_busy(True)
        self.reply_box.say(self.tr("Sending…"), "")
        name = self.tr("Reply to {mobile}").format(mobile=mobile)
        self.reply_sender.send(mobile, composed.text, self.reply_box.signature(), name, opted_out)

    def _reply_written(self, campaign: Campaign) -> None:
        # In the journal: the box is emptied, the conversation shows it, waiting to go.
        self.reply_box.set_body("")
        mobile = self.mobile
        self.replied.emit(mobile or "")
        self.refresh()
        if mobile is not None:
            self.session.writes.submit(lambda store: store.mark_handled([mobile]),
                                       lambda _n: self.handled.emit(mobile))

    def _reply_finished(self, report: SendReport) -> None:
        progress = report.progress
        if progress.accepted:
            self._reply_ended(self.tr("Sent. Its delivery report will show here."), "ok")
        elif report.opted_out_total:
            self._reply_ended(self.tr("Not sent: the number is on the opt-out list."),
                              "warning")
        elif progress.uncertain:
            self._reply_ended(self.tr("The gateway did not answer in time: the reply may or "
                                      "may not have gone. Wait for its delivery report before "
                                      "sending it again."), "warning")
        elif progress.refused:
            self._reply_ended(self.tr("The gateway refused the reply: the conversation above "
                                      "says why."), "error")
        else:
            self._reply_ended(self.tr("The reply was not sent: {reason}").format(
                reason=report.text(current_language())), "error")

    def _reply_failed(self, text: str) -> None:
        self._reply_ended(text, "error")

    def _reply_ended(self, text: str, severity: str) -> None:
        self.reply_box.set_busy(False)
        self.reply_box.say(text, severity)
        self.refresh()

    def _show_signature(self) -> None:
        account = self.session.account
        self.reply_box.set_signature(account.signatures[0] if account is not None
                                     and account.signatures else "")

    # --- quick replies --------------------------------------------------------------------
    def show_quick_replies(self) -> QuickRepliesDialog:
        if self.quick_dialog is None:
            self.quick_dialog = QuickRepliesDialog(self.quick, self)
        self.quick_dialog.open()
        return self.quick_dialog
