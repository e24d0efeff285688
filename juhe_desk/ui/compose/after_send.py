"""What the Send tab keeps once a send ends, so that the next click does not send it twice.

All accepted: both boxes are emptied for the next message (undoably; the text stays in the
campaign's history and in any saved template). Anything refused, uncertain or not sent: the
text stays, and the Recipients box keeps only the numbers not accepted (read from the
journal in a job), so that sending again goes to those alone; uncertain ones among them are
caught by the repeat warning. Boxes the user edited during the send are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from juhe_desk.services.campaigns import numbers_not_accepted
from juhe_desk.services.sending import SendReport
from juhe_desk.ui.compose.content_panel import ContentPanel
from juhe_desk.ui.compose.recipients_panel import RecipientsPanel
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext

Note = Callable[[str], None]  # one more sentence for the status line


class AfterSend(QObject):
    def __init__(self, session: Session, recipients: RecipientsPanel, content: ContentPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.recipients = recipients
        self.content = content
        self._boxes: tuple[int, str] | None = None

    def started(self) -> None:
        """A send starts with what the boxes hold now."""
        self._boxes = self._current()

    def ended(self, report: SendReport, note: Note) -> None:
        sent_from, self._boxes = self._boxes, None
        if sent_from is None or sent_from != self._current():
            return  # the user typed something new meanwhile: theirs, not ours to clear
        p = report.progress
        if report.outcome == "done" and not p.refused and not p.uncertain:
            self._clear(note)
            return
        store = self.session.store
        campaign_id = report.campaign_id

        def job(ctx: TaskContext) -> list[str]:
            return numbers_not_accepted(store, campaign_id)

        self.session.runner.submit(job, on_result=lambda left: self._keep(sent_from, left, note))

    def _keep(self, sent_from: tuple[int, str], left: list[str], note: Note) -> None:
        if sent_from != self._current() or self._boxes is not None:
            return  # edited, or another send started meanwhile
        if not left:
            self._clear(note)
            return
        self.recipients.replace_numbers("\n".join(left))
        note(self.tr("The Recipients box now holds only the %Ln number(s) not accepted; the "
                     "text is kept.", "", len(left)))

    def _clear(self, note: Note) -> None:
        self.recipients.replace_numbers("")
        self.content.set_text("")
        self.content.unselect_template()  # no saved text selected any more
        note(self.tr("The boxes are cleared for the next message (Ctrl+Z in a box brings "
                     "its text back)."))

    def _current(self) -> tuple[int, str]:
        """The boxes' state: the Recipients box by its edit count (its text can be 20,000
        lines, read twice per send), the short message by its text."""
        return self.recipients.edits, self.content.edit.toPlainText()
