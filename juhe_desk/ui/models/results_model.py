"""Per-number results of one send: every message of the campaign, its outcome in plain words.

Built on the paged store model: counts and pages are read in the task runner, a page at a
time, so a campaign of a million numbers scrolls like one of three. Every message is a row
from the start ("waiting"). While it sends and its reports come in, ``refresh_soon()``
re-reads the rows in view at most every ``REFRESH_MS``: a read per batch and per pull (tens
a second) would each be a job holding the GIL and a repaint, for changes no one can follow
faster. Nor while its view is hidden (another tab is shown): then one read when it is shown
again (``refresh_only_while_shown``).
Mids stay text (Qt would cut big ints to 32 bits).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from juhe_desk.gateway.codes import describe_result, describe_stat
from juhe_desk.store import Message, MessageFilter, Store
from juhe_desk.ui import status_style
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.campaign_model import NO_CAMPAIGN, message_query
from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedTableModel
from juhe_desk.ui.tasks import TaskRunner

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCEPTED_COLOR = QColor(status_style.OK)
REFUSED_COLOR = QColor(status_style.ERROR)
UNCERTAIN_COLOR = QColor(status_style.WARNING)
IDLE_COLOR = QColor(status_style.MUTED)
OPTED_OUT_COLOR = QColor(status_style.OPTED_OUT)
REFRESH_MS = 100


class ResultsModel(PagedTableModel[MessageFilter, Message]):
    """Number, outcome (accepted, or the refusal and its fix), message ID."""

    COL_MOBILE, COL_OUTCOME, COL_MID = range(3)
    sort_orders: ClassVar[dict[int, str]] = {COL_MOBILE: "mobile", COL_OUTCOME: "status"}
    roles: ClassVar[frozenset[int]] = frozenset({DISPLAY, SORT_ROLE, FOREGROUND, TOOLTIP})

    def __init__(self, store: Store, *, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        translate = QCoreApplication.translate  # self.tr needs the QObject built first
        self._headers = (translate("ResultsModel", "Number"),
                         translate("ResultsModel", "Outcome"),
                         translate("ResultsModel", "Message ID"))
        self._sending = False
        self._unrecorded: frozenset[int] = frozenset()  # batches whose answer was not stored
        super().__init__(message_query(store), NO_CAMPAIGN, order="row", descending=False,
                         runner=runner, parent=parent)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_shown)
        self._view: QWidget | None = None  # refreshed only while shown (None: always)
        self._stale = False  # a refresh came due while the view was hidden

    @property
    def campaign_id(self) -> int | None:
        campaign_id = self.filter.campaign_id
        return None if self.filter == NO_CAMPAIGN else campaign_id

    def show_campaign(self, campaign_id: int) -> None:
        self._sending = True
        self._unrecorded = frozenset()
        self.set_filter(MessageFilter(campaign_id=campaign_id))

    def refresh_soon(self) -> None:
        """Re-read the rows in view within ``REFRESH_MS``, once for all the changes until then
        (or once the view is shown again)."""
        if not self._view_shown():
            self._stale = True
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_only_while_shown(self, view: QWidget) -> None:
        """No reads while ``view`` is hidden (each would hold the GIL for rows no one sees):
        one when it is shown again."""
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._view and event.type() == QEvent.Type.Show and self._stale:
            # Read once the view is painted: a job started hands the GIL to a pool thread
            # and the GUI thread waits to get it back, a wait the switch of tabs need not
            # include.
            self._refresh_timer.start(0)
        return super().eventFilter(watched, event)

    def _view_shown(self) -> bool:
        return self._view is None or self._view.isVisible()

    def _refresh_if_shown(self) -> None:
        self._refresh_timer.setInterval(REFRESH_MS)  # after a read on show (at once)
        if self._view_shown():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    @property
    def refresh_due(self) -> bool:
        """A re-read is waiting for its time (tests prove by it that no further read comes)."""
        return self._refresh_timer.isActive()

    def stop_refreshing(self) -> None:
        """No further read (the window is closing, its store with it)."""
        self._refresh_timer.stop()
        self._stale = False

    def clear(self) -> None:
        self.set_filter(NO_CAMPAIGN)

    def set_sending(self, sending: bool) -> None:
        """While sending, a message not yet sent is "waiting"; afterwards it is "not sent"."""
        self._sending = sending
        self.column_changed(self.COL_OUTCOME)

    def mark_unrecorded(self, batch_ids: Iterable[int]) -> None:
        """After a send stopped by a failure (a full disk...): these batches went out but
        their answer could not be stored (the journal still has them as "sending"). Their
        numbers are uncertain, not "not sent" (the journal says so too at the next start)."""
        self._unrecorded = frozenset(batch_ids)
        self.set_sending(False)

    # --- PagedTableModel ------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._headers)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: Message, column: int, role: int) -> object:
        if role in (DISPLAY, TOOLTIP):
            if column == self.COL_MOBILE:
                return record.mobile
            if column == self.COL_MID:
                return record.mid or ""
            return self.outcome_text(record)
        if role == SORT_ROLE:
            return (record.mobile, record.status, record.mid or "")[column]
        if column == self.COL_OUTCOME:  # FOREGROUND
            return UNCERTAIN_COLOR if self._unrecorded_message(record) else _colour(record)
        return None

    def outcome_text(self, message: Message) -> str:
        lang = current_language()
        status = message.status
        if self._unrecorded_message(message):
            return self.tr("Unknown whether it was sent: the gateway's answer could not be "
                           "stored. Wait for its delivery report before sending to this number "
                           "again.")
        if status == "pending":
            return self.tr("Waiting") if self._sending else self.tr("Not sent")
        if status == "submitted":
            return self.tr("Accepted by the gateway")
        if status == "delivered":
            return self.tr("Delivered")
        if status == "failed":
            info = describe_stat(message.stat or "")
            return self.tr("Not delivered: {reason}").format(reason=info.meaning(lang))
        if status == "refused":
            info = describe_result(message.result if message.result is not None else -1)
            return f"{info.meaning(lang)}: {info.fix(lang)}".rstrip(": ")
        if status == "opted_out":
            return self.tr("Not sent: opted out (after it was chosen: a reply such as R, or "
                           "added to the opt-out list)")
        return self.tr("Unknown whether it was sent: the gateway did not answer in time. Wait "
                       "for its delivery report before sending to this number again.")

    def _unrecorded_message(self, message: Message) -> bool:
        return message.status == "pending" and message.batch_id in self._unrecorded


def _colour(message: Message) -> QColor:
    if message.status in ("submitted", "delivered"):
        return ACCEPTED_COLOR
    if message.status in ("refused", "failed"):
        return REFUSED_COLOR
    if message.status == "uncertain":
        return UNCERTAIN_COLOR
    if message.status == "opted_out":
        return OPTED_OUT_COLOR
    return IDLE_COLOR
