"""Placeholder page: being built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from juhe_desk.ui.session import Session


class ReportsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.session = session
