"""The data file cannot be used: what happened, in words, and the ways out.

A damaged file gets three offers: restore the latest automatic backup (its date shown),
start with a new empty file, or quit; whichever is chosen, the damaged file is kept aside
under a dated name, never deleted. A full or read-only disk, a busy file or a file from a
newer version get their own words and only the offers that can work (try again, quit).
The dialog only asks; ``ui.startup`` and ``ui.data_safety`` do what was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.store.backups import BackupFile
from juhe_desk.store.failures import StorageProblem
from juhe_desk.ui.naming import named
from juhe_desk.ui.status_style import MUTED, style_status, text_style

_DETAIL_STYLE = text_style(MUTED)


class RescueChoice(Enum):
    RESTORE = "restore"
    NEW = "new"
    RETRY = "retry"
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class RescueSituation:
    """What went wrong with the data file, as the dialog tells it."""

    problem: StorageProblem | None  # None: not a storage trouble (unexpected, or too new)
    database: Path
    latest_backup: BackupFile | None = None
    log_file: Path | None = None
    detail: str = ""  # SQLite's or the OS's own words, for whoever helps the user
    explanation: str = ""  # our own words when we have them (a file from a newer version)
    note: str = ""  # why the last attempt (a restore, ...) did not work
    at_start: bool = True  # False: found while the window was open


class DatabaseRescueDialog(QDialog):
    """Modal. ``choice`` holds what the user picked once the dialog is finished."""

    def __init__(self, situation: RescueSituation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseRescueDialog")
        self.setModal(True)
        self.situation = situation
        self.choice = RescueChoice.QUIT
        self.buttons: dict[RescueChoice, QPushButton] = {}
        headline, body = self._words()
        self.setWindowTitle(headline)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = named(QLabel(headline), "rescueHeadline")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.message_label = named(QLabel(body), "rescueMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(self.message_label)
        if situation.note:
            note = named(QLabel(situation.note), "rescueNoteLabel")
            note.setWordWrap(True)
            style_status(note, "error")
            text.addWidget(note)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        offers = QGridLayout()
        offers.setColumnStretch(1, 1)
        offers.setHorizontalSpacing(12)
        for row, (choice, name, label, description) in enumerate(self._offers()):
            button = named(QPushButton(label), name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            explained = named(QLabel(description), f"{name}Description")
            explained.setWordWrap(True)
            explained.setBuddy(button)
            offers.addWidget(button, row, 0)
            offers.addWidget(explained, row, 1)
            self.buttons[choice] = button
        layout.addSpacing(6)
        layout.addLayout(offers)
        self._default_button().setDefault(True)
        self._default_button().setFocus()
        layout.addSpacing(6)
        layout.addWidget(self._details())
        self.setMinimumWidth(620)

    # --- what the dialog says -------------------------------------------------------------
    def _words(self) -> tuple[str, str]:
        s = self.situation
        folder = str(s.database.parent)
        if s.problem is StorageProblem.DAMAGED:
            found = (self.tr("juhe-desk cannot read its data file properly: it is damaged. "
                             "This usually comes from a power cut, a forced shutdown or a "
                             "failing disk.") if s.at_start else
                     self.tr("The check of the data file found damage in it: part of the "
                             "history cannot be read. This usually comes from a power cut, a "
                             "forced shutdown or a failing disk."))
            kept = self.tr("Whatever you choose, the damaged file is kept in the data folder "
                           "under a new name with today's date ({name}); it is never "
                           "deleted.").format(name=f"{s.database.stem}-damaged-….sqlite3")
            backup = ("" if s.latest_backup is not None else
                      " " + self.tr("No automatic backup was found."))
            return self.tr("The data file is damaged"), f"{found}{backup}\n\n{kept}"
        if s.problem is StorageProblem.FULL:
            return self.tr("The disk is full"), self.tr(
                "The disk is full: juhe-desk cannot open its data file. Free some disk space "
                "(delete files you no longer need, empty the recycle bin), then click "
                "“Try again”. Nothing was changed in your data.")
        if s.problem is StorageProblem.READ_ONLY:
            return self.tr("The data folder cannot be written"), self.tr(
                "juhe-desk cannot write in its data folder ({folder}): it may be on a "
                "read-only or write-protected disk, or you may not write there. Make the "
                "folder writable (or ask whoever looks after this computer), then click "
                "“Try again”. Nothing was changed in your data.").format(folder=folder)
        if s.problem is StorageProblem.BUSY:
            return self.tr("The data file is in use"), self.tr(
                "Another program is using the data file; perhaps juhe-desk is already open. "
                "Close it, then click “Try again”.")
        if s.problem is StorageProblem.IO:
            return self.tr("The data file cannot be read or written"), self.tr(
                "Reading or writing the data file failed ({folder}): the disk may be failing "
                "or unplugged. Check the disk, then click “Try again”.").format(folder=folder)
        if s.explanation:
            return self.tr("The data file cannot be opened"), s.explanation
        return self.tr("juhe-desk could not start"), self.tr(
            "Something unexpected went wrong while opening the data file; it was not "
            "changed. Click “Try again”; if it happens again, send the log file to whoever "
            "helps you with juhe-desk.")

    def _offers(self) -> list[tuple[RescueChoice, str, str, str]]:
        s = self.situation
        offers: list[tuple[RescueChoice, str, str, str]] = []
        if s.problem is StorageProblem.DAMAGED:
            if s.latest_backup is not None:
                offers.append((
                    RescueChoice.RESTORE, "rescueRestoreButton",
                    self.tr("Restore the latest automatic backup"),
                    self.tr("Go back to the backup made on {date}. What happened after it "
                            "(sends, delivery reports, replies) will be missing.").format(
                        date=s.latest_backup.taken_at.strftime("%Y-%m-%d %H:%M"))))
            offers.append((
                RescueChoice.NEW, "rescueNewButton",
                self.tr("Start with a new, empty data file"),
                self.tr("Start from nothing: the account has to be set up again (the password "
                        "stays in the system keyring) and the history is not shown.")))
        elif s.problem is not None or not s.explanation:
            offers.append((RescueChoice.RETRY, "rescueRetryButton", self.tr("Try again"),
                           self.tr("Once the problem above is solved.")))
        offers.append((RescueChoice.QUIT, "rescueQuitButton", self.tr("Quit"),
                       self.tr("Change nothing for now; the data folder can be shown to "
                               "someone who can help.")))
        return offers

    def _details(self) -> QLabel:
        s = self.situation
        lines = [self.tr("Data folder: {folder}").format(folder=s.database.parent)]
        if s.log_file is not None:
            lines.append(self.tr("The details are in the log file: {path}").format(
                path=s.log_file))
        if s.detail:
            lines.append(self.tr("Technical detail: {detail}").format(detail=s.detail))
        details = named(QLabel("\n".join(lines)), "rescueDetailsLabel")
        details.setWordWrap(True)
        details.setStyleSheet(_DETAIL_STYLE)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return details

    def _default_button(self) -> QPushButton:
        for choice in (RescueChoice.RESTORE, RescueChoice.RETRY, RescueChoice.QUIT):
            if choice in self.buttons:
                return self.buttons[choice]
        raise AssertionError("the dialog always offers to quit")

    def _choose(self, choice: RescueChoice) -> None:
        self.choice = choice  # Esc and the close box leave it at "quit"
        self.accept()
