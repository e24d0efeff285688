"""The line under the import tab's counts: what the checked rows cost, who the numbers are,
and the rows that need a look; a field left blank comes with a link to give it a default."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from juhe_desk.domain.money import li_to_yuan_text
from juhe_desk.domain.sheet_check import CheckedRows
from juhe_desk.services.send_check import SendCheck
from juhe_desk.ui.carrier_text import carrier_counts_text


class CheckedDetailsLabel(QLabel):
    """Rich text; ``defaultRequested(field, rows)`` when a field's "use a default" is clicked."""

    defaultRequested = Signal(str, int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The name scripts and tests know it by (automation contract), from when the
        # checked rows were called the plan.
        self.setObjectName("planDetailsLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._empty_fields: tuple[tuple[str, int], ...] = ()
        self.linkActivated.connect(self._link)

    def show_text(self, text: str) -> None:
        self._empty_fields = ()
        self.setText(html.escape(text))

    def show_checked(self, checked: CheckedRows, price_li: int, check: SendCheck) -> None:
        """SMS and cost, the numbers by carrier, the rows that need attention, from the
        checked rows' ``check`` (counted in a job: a large sheet's rows take tens of ms)."""
        parts = [self.tr("%Ln SMS in all", "", checked.total_parts)]
        if price_li > 0:
            parts[0] += self.tr(", about ¥{cost}").format(
                cost=li_to_yuan_text(checked.total_parts * price_li))
        if check.several_texts:
            parts.append(self.tr("%Ln number(s) get more than one text", "",
                                 check.several_texts))
        if check.carriers:
            parts.append(self.tr("by carrier: {counts}").format(
                counts=carrier_counts_text(check.carriers)))
        if check.extra_cost_rows:
            parts.append(self.tr("%Ln row(s) need an extra SMS (highlighted)", "",
                                 check.extra_cost_rows))
        if check.empty_text:
            parts.append(self.tr("%Ln row(s) without text", "", check.empty_text))
        if check.line_break:
            parts.append(self.tr("%Ln text(s) with a line break, sent separately", "",
                                 check.line_break))
        text = " · ".join(html.escape(part) for part in parts)
        self._empty_fields = check.empty_fields
        link = html.escape(self.tr("use a default…"))
        for index, (field, rows) in enumerate(check.empty_fields):
            text += "<br>" + html.escape(self.tr(
                "Empty field: {field} (%Ln row(s), not sent)", "", rows).format(field=field))
            text += f' <a href="default:{index}">{link}</a>'
        self.setText(text)

    def _link(self, link: str) -> None:
        kind, _, index = link.partition(":")
        if kind == "default" and index.isdigit() and int(index) < len(self._empty_fields):
            self.defaultRequested.emit(*self._empty_fields[int(index)])
