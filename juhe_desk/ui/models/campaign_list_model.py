"""The campaigns of the account, one a row: name, when, how many, what became of them, and
their state in words, with the desk that sends it on a team's database ("前台2 正在发送").

Fed plain ``CampaignRow`` values read in a job (services/campaign_list.py); ``data()`` never
asks the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, QObject, Qt
from PySide6.QtGui import QColor

from juhe_desk.services.campaign_list import CampaignRow
from juhe_desk.ui import status_style
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.models.model_index import Index
from juhe_desk.ui.models.rows_table import RowsTableModel

_tr = translator_for("CampaignListModel")

# Read once: a paint asks ~7 roles of every cell, and ``Qt.ItemDataRole.X``, a QColor made
# or two alignment flags combined there cost as much as the rest of the answer.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLOURS = {colour: QColor(colour) for colour in (status_style.OK, status_style.WARNING,
                                                  status_style.MUTED, status_style.ERROR)}


def state_text(row: CampaignRow, sending_here: bool) -> str:
    """The campaign's state as a clerk says it; ``sending_here``: this desk sends it now."""
    text = _state_words(row, sending_here)
    if row.saving_desk and not sending_here:  # it starts here only once saved: due_start.py
        text = _tr("{state} (being saved at {desk}: {saved}/{total})").format(
            state=text, desk=row.saving_desk, saved=row.saved_messages, total=row.saving_total)
    return text


def _state_words(row: CampaignRow, sending_here: bool) -> str:
    if sending_here:
        return _tr("Sending")
    if row.state == "sending":
        if row.desk_role == "other":
            return _tr("{desk} is sending").format(desk=row.desk_name)
        if row.desk_role == "gone":
            return _tr("Interrupted: {desk} is off line").format(desk=row.desk_name)
        if row.desk_role == "stopped":
            return _tr("Interrupted at {desk}").format(desk=row.desk_name)
        return _tr("Interrupted")
    if row.state == "scheduled" and row.scheduled_at:
        return _tr("Scheduled for {time}").format(time=row.scheduled_at[:16])
    words = {"draft": _tr("Draft"), "scheduled": _tr("Not started"), "paused": _tr("Paused"),
             "done": _tr("Finished"), "cancelled": _tr("Cancelled")}
    return words.get(row.state, row.state)


def _state_colour(row: CampaignRow, sending_here: bool) -> str | None:
    if sending_here or row.desk_role == "other":
        return status_style.OK
    if row.state in ("sending", "paused"):  # stopped half-way: someone has to decide
        return status_style.WARNING
    if row.state in ("done", "cancelled", "draft"):
        return status_style.MUTED
    return None


class CampaignListModel(RowsTableModel):
    (COL_NAME, COL_WHEN, COL_TOTAL, COL_WENT, COL_DELIVERED, COL_FAILED, COL_UNCERTAIN,
     COL_STATE) = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[CampaignRow] = ()
        self._sending_here: frozenset[int] = frozenset()
        self._headers = (_tr("Campaign"), _tr("Created"), _tr("Messages"), _tr("Sent"),
                         _tr("Delivered"), _tr("Failed"), _tr("Uncertain"), _tr("State"))

    def set_rows(self, rows: Sequence[CampaignRow], sending_here: frozenset[int]) -> None:
        """The campaigns as read now; ``sending_here``: those this desk sends now."""
        same = [r.campaign_id for r in rows] == [r.campaign_id for r in self._rows]
        if same and rows:
            changed = [i for i, (new, old) in enumerate(zip(rows, self._rows, strict=True))
                       if new != old] if sending_here == self._sending_here else \
                list(range(len(rows)))
            self._rows, self._sending_here = tuple(rows), sending_here
            if changed:  # nothing new (most reads while a campaign sends): no repaint
                self.dataChanged.emit(self.index(changed[0], 0),
                                      self.index(changed[-1], len(self._headers) - 1))
            return
        self.beginResetModel()
        self._rows, self._sending_here = tuple(rows), sending_here
        self.endResetModel()

    def campaign_row(self, row: int) -> CampaignRow:
        return self._rows[row]

    def row_of(self, campaign_id: int | None) -> int:
        """The row showing ``campaign_id``; -1 when it is not listed."""
        return next((i for i, r in enumerate(self._rows) if r.campaign_id == campaign_id), -1)

    def find(self, campaign_id: int | None) -> CampaignRow | None:
        row = self.row_of(campaign_id)
        return self._rows[row] if row >= 0 else None

    # --- QAbstractTableModel (the counts and headers: RowsTableModel) ---------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        return self._value(row, index.column(), role, row.campaign_id in self._sending_here)

    def multiData(self, index: Index,  # noqa: N802 - Qt API
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803
        """Every role of a cell in one call: a paint asks some seven of each cell, and each
        call into Python first waits for the GIL, which a campaign's send threads hold
        meanwhile (the list repaints as the campaign it shows progresses)."""
        # The type stubs lack the span's sequence methods, which it has.
        span = cast("Sequence[QModelRoleData]", roleDataSpan if isinstance(
            roleDataSpan, QModelRoleDataSpan) else QModelRoleDataSpan(roleDataSpan))
        row = self._rows[index.row()] if index.isValid() else None
        column = index.column()
        sending_here = row is not None and row.campaign_id in self._sending_here
        for number in range(len(span)):
            item = span[number]
            value = None if row is None else self._value(row, column, item.role(), sending_here)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _value(self, row: CampaignRow, column: int, role: int, sending_here: bool) -> object:
        if role in (_DISPLAY, _TOOLTIP):
            return self._text(row, column, sending_here)
        if role == _FOREGROUND:
            if column == self.COL_STATE:
                colour = _state_colour(row, sending_here)
                return _COLOURS[colour] if colour else None
            if column == self.COL_FAILED and row.failed:
                return _COLOURS[status_style.ERROR]
            if column == self.COL_UNCERTAIN and row.uncertain:
                return _COLOURS[status_style.WARNING]
            return None
        if role == _ALIGNMENT and self.COL_TOTAL <= column <= self.COL_UNCERTAIN:
            return _RIGHT
        return None

    def _text(self, row: CampaignRow, column: int, sending_here: bool) -> str:
        if column == self.COL_NAME:
            return f"#{row.campaign_id} {row.name}"
        if column == self.COL_WHEN:
            return row.created_at[:16]
        if column == self.COL_STATE:
            return state_text(row, sending_here)
        numbers = {self.COL_TOTAL: row.totals.total, self.COL_WENT: row.went,
                   self.COL_DELIVERED: row.totals.delivered, self.COL_FAILED: row.failed,
                   self.COL_UNCERTAIN: row.uncertain}
        return str(numbers[column])
