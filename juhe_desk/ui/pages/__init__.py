"""The five tabs of the main window, one module each.

A page is a QWidget built from the session. It may offer menu actions
(``file_actions()``, ``tools_actions()``), react once the window is up
(``after_start(options)``) and veto closing while it is busy (``may_close()``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QWidget

from juhe_desk.cli import Options
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.pages.account_page import AccountPage
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.pages.reports_page import ReportsPage
from juhe_desk.ui.session import Session

_tr = translator_for("MainWindow")


@dataclass
class Pages:
    compose: ComposePage
    importer: ImportPage
    account: AccountPage
    reports: ReportsPage
    inbox: InboxPage

    def all(self) -> Iterator[QWidget]:
        yield from (self.compose, self.importer, self.account, self.reports, self.inbox)

    def with_titles(self) -> list[tuple[QWidget, str]]:
        titles = (_tr("Send"), _tr("Bulk import"), _tr("Account"), _tr("Delivery reports"),
                  _tr("Inbox / replies"))
        return list(zip(self.all(), titles, strict=True))

    def add_file_actions(self, menu: QMenu) -> None:
        for page in self.all():
            for action in getattr(page, "file_actions", list)():
                menu.addAction(action)

    def add_tools_actions(self, menu: QMenu) -> None:
        for page in self.all():
            for action in getattr(page, "tools_actions", list)():
                menu.addAction(action)

    def after_start(self, options: Options) -> None:
        for page in self.all():
            hook = getattr(page, "after_start", None)
            if hook is not None:
                hook(options)

    def may_close(self) -> bool:
        return all(getattr(page, "may_close", lambda: True)() for page in self.all())


def build_pages(session: Session, parent: QWidget) -> Pages:
    return Pages(ComposePage(session, parent), ImportPage(session, parent),
                 AccountPage(session, parent), ReportsPage(session, parent),
                 InboxPage(session, parent))
