"""The five tabs of the main window, one module each, each built when it is first needed.

A page is a QWidget built from the session. It may offer menu actions
(``file_actions()``, ``tools_actions()``), react once the window is up
(``after_start(options)``) and veto closing while it is busy (``may_close()``).

The window paints sooner, and its start is over sooner, when it builds only what it must: the
tab shown first before the first paint; after it, the pages that have work to do from the
start whether or not their tab is opened (``PageKind.at_start``: the bulk import looks for an
interrupted campaign and takes files dropped on the window; the account tab asks for the
balance now and then and after each send; the inbox runs the push receiver and counts the
replies waiting in its tab's title). Any other page is built, its module (and
what it imports) loaded, in parts after the start is over, or sooner, at once, when its tab is
first chosen, when something asks for it (``pages.reports``...), or when a menu it adds
actions to is opened (``PageKind.menus``).
Until then its tab holds an empty stand-in of the same objectName, which the page replaces.

The window's start builds a big page in parts, one per turn of the event loop, so that the
window never waits for a whole page (``PageKind.staged``): such a page takes
``staged=True`` and then builds itself with each ``next(page.build_rest)``. It replaces its
stand-in once whole; asked for meanwhile (its tab chosen...), it is finished at once.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from juhe_desk.cli import Options
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.session import Session
from juhe_desk.ui.window_start import AGAIN

if TYPE_CHECKING:
    from juhe_desk.ui.pages.account_page import AccountPage
    from juhe_desk.ui.pages.compose_page import ComposePage
    from juhe_desk.ui.pages.import_page import ImportPage
    from juhe_desk.ui.pages.inbox_page import InboxPage
    from juhe_desk.ui.pages.reports_page import ReportsPage

log = logging.getLogger(__name__)


_tr = translator_for("MainWindow")
_WHOLE = object()  # what a page's build_rest gives once it is over


@dataclass(frozen=True, slots=True)
class PageKind:
    """Where a tab's page lives: ``juhe_desk.ui.pages.<module>.<class_name>``. ``parts``:
    modules it imports that the window's start imports first, one at a time, so that no
    step of it keeps the GUI thread for long (only a matter of speed: any may be missing).
    ``staged``: the page builds itself in parts (its ``staged=True`` and ``build_rest``).
    ``at_start``: built by the window's start, its tab opened or not (its ``after_start``
    has work to do from the start). ``menus``: the menus it adds actions to."""

    module: str
    class_name: str
    object_name: str
    parts: tuple[str, ...] = ()
    staged: bool = False
    at_start: bool = False
    menus: tuple[str, ...] = ()


def _ui(*names: str) -> tuple[str, ...]:
    return tuple(f"juhe_desk.ui.{name}" for name in names)


# In tab order.
KINDS = (
    PageKind("compose_page", "ComposePage", "composePage"),
    PageKind("import_page", "ImportPage", "importPage", (*_ui(
        "importing.outcomes", "models.campaign_model", "importing.campaign_control",
        "importing.uncertain_dialog", "importing.campaign_view", "importing.file_panel",
        "importing.message_panel"), "juhe_desk.services.campaign_exports", *_ui(
        "importing.precheck_dialog", "dialogs.repeat_send_warning", "importing.sheet_history",
        "importing.campaign_launcher", "importing.row_check", "models.preview_model")),
        staged=True, at_start=True, menus=("file",)),
    PageKind("account_page", "AccountPage", "accountPage",
             _ui("pages.account_statistics", "widgets.balance_gauge"), staged=True,
             at_start=True),
    PageKind("reports_page", "ReportsPage", "reportsPage",
             _ui("models.reports_model", "widgets.report_filter_bar", "optout_actions",
                 "widgets.campaign_totals", "widgets.carrier_rates"), staged=True,
             menus=("file",)),
    PageKind("inbox_page", "InboxPage", "inboxPage", _ui(
        "dialogs.optout_dialog", "push_service", "dialogs.push_settings_dialog",
        "models.inbox_model", "pages.inbox_review", "models.conversations_model",
        "models.conversation_model", "widgets.conversation_delegates",
        "conversation.quick_replies", "conversation.reply_box", "conversation.reply_sender",
        "dialogs.quick_replies_dialog", "pages.conversation_view",
        "conversation.conversations_pane"), staged=True, at_start=True,
        menus=("file", "tools")),
)
COMPOSE, IMPORT, ACCOUNT, REPORTS, INBOX = range(len(KINDS))


def titles() -> tuple[str, ...]:
    return (_tr("Send"), _tr("Bulk import"), _tr("Account"), _tr("Delivery reports"),
            _tr("Inbox / replies"))


class Pages(QObject):
    """The tabs' pages, built on first use; ``built`` is emitted with each new page."""

    built = Signal(QWidget)

    def __init__(self, session: Session, tabs: QTabWidget, file_menu: QMenu,
                 tools_menu: QMenu) -> None:
        super().__init__(tabs)
        self.session = session
        self.tabs = tabs
        self._pages: list[QWidget | None] = [None] * len(KINDS)
        self._building: dict[int, QWidget] = {}  # index: a page built in parts, not whole yet
        self._options: Options | None = None  # set once the window is up: after_start due
        self._started: set[int] = set()  # the pages whose after_start has run
        # The pages' menu actions go before these (the actions that follow them in a menu).
        self._menus = {"file": file_menu, "tools": tools_menu}
        self._menu_ends: dict[str, QAction | None] = {"file": None, "tools": None}
        for kind, title in zip(KINDS, titles(), strict=True):
            stand_in = QWidget()
            stand_in.setObjectName(kind.object_name)
            tabs.addTab(stand_in, title)
        tabs.currentChanged.connect(self._tab_chosen)
        for name, menu in self._menus.items():  # a menu opened shows every page's actions
            menu.aboutToShow.connect(partial(self.build_for_menu, name))

    def set_menu_end(self, menu: str, before: QAction) -> None:
        """The pages' actions of ``menu`` ("file", "tools") go just before ``before``."""
        self._menu_ends[menu] = before

    # --- the pages ------------------------------------------------------------------------
    @property
    def compose(self) -> ComposePage:
        return self.page_at(COMPOSE)  # type: ignore[no-any-return]

    @property
    def importer(self) -> ImportPage:
        return self.page_at(IMPORT)  # type: ignore[no-any-return]

    @property
    def account(self) -> AccountPage:
        return self.page_at(ACCOUNT)  # type: ignore[no-any-return]

    @property
    def reports(self) -> ReportsPage:
        return self.page_at(REPORTS)  # type: ignore[no-any-return]

    @property
    def inbox(self) -> InboxPage:
        return self.page_at(INBOX)  # type: ignore[no-any-return]

    def built_pages(self) -> Iterator[QWidget]:
        yield from (page for page in self._pages if page is not None)

    def import_steps(self, index: int) -> list[Callable[[], object]]:
        """Importing the module of tab ``index`` (and what it imports) in a few steps,
        without building the page."""
        kind = KINDS[index]
        return [*(partial(_import_part, name) for name in kind.parts),
                partial(importlib.import_module, f"{__name__}.{kind.module}")]

    def build_steps(self, index: int) -> list[Callable[[], object]]:
        """Building the page of tab ``index``: at once, or a part per step of the window's
        start (the step runs again until the page is whole, ``window_start.AGAIN``)."""
        if not KINDS[index].staged:
            return [partial(self.page_at, index)]
        return [partial(self._build_part, index)]

    def build_all(self) -> None:
        for index in range(len(KINDS)):
            self.page_at(index)

    def build_for_menu(self, menu: str) -> None:
        """The pages that add actions to ``menu`` ("file", "tools"), as it opens."""
        for index, kind in enumerate(KINDS):
            if menu in kind.menus:
                self.page_at(index)

    def unbuilt_at_start(self) -> list[int]:
        """The tabs whose pages the window's start builds (``PageKind.at_start``) that are
        not built yet."""
        return [index for index, kind in enumerate(KINDS)
                if kind.at_start and self._pages[index] is None]

    def unbuilt_later(self, first: int) -> list[int]:
        """The tabs the window's start does not build (neither ``first`` nor ``at_start``):
        built after it, unless chosen or asked for sooner."""
        return [index for index, kind in enumerate(KINDS)
                if index != first and not kind.at_start]

    def start(self, options: Options) -> str | None:
        """The window is up: pages built from now on run ``after_start`` at once; those built
        already run it one per call (a step of the window's start: ``AGAIN`` while one is
        left, so that no turn of the event loop does the work of several pages)."""
        self._options = options
        waiting = [index for index, page in enumerate(self._pages)
                   if page is not None and index not in self._started]
        if waiting:
            self._started.add(waiting[0])
            _after_start(self._pages[waiting[0]], options)  # type: ignore[arg-type]
        return AGAIN if len(waiting) > 1 else None

    def may_close(self) -> bool:
        return all(getattr(page, "may_close", lambda: True)() for page in self.built_pages())

    # --- building -------------------------------------------------------------------------
    def _tab_chosen(self, index: int) -> None:
        if 0 <= index < len(self._pages) and self._pages[index] is None:
            self.page_at(index)

    def page_at(self, index: int) -> Any:
        """The page of tab ``index``, built now if it was not (finished if begun)."""
        page = self._pages[index]
        if page is not None:
            return page
        page = self._building.pop(index, None)
        if page is not None:
            for _part in page.build_rest:  # type: ignore[attr-defined]
                pass
        else:
            page = self._page_class(index)(self.session, self.tabs)
        self._finish(index, page)
        return page

    def _build_part(self, index: int) -> str | None:
        """One part of the page of tab ``index``: the page begun, or one more part of it,
        or, when that was the last, the page in its tab. ``AGAIN`` while parts are left."""
        if self._pages[index] is not None:
            return None
        page = self._building.get(index)
        if page is None:
            self._building[index] = self._page_class(index)(self.session, self.tabs,
                                                            staged=True)
        elif next(page.build_rest, _WHOLE) is _WHOLE:  # type: ignore[attr-defined]
            self.page_at(index)
            return None
        return AGAIN

    @staticmethod
    def _page_class(index: int) -> Callable[..., QWidget]:
        kind = KINDS[index]
        module = importlib.import_module(f"{__name__}.{kind.module}")  # at once if imported
        page_class: Callable[..., QWidget] = getattr(module, kind.class_name)
        return page_class

    def _finish(self, index: int, page: QWidget) -> None:
        kind = KINDS[index]
        self._pages[index] = page
        self._put_in_tab(index, page)
        self._add_menu_actions(index, page)
        log.debug("built the %s tab", kind.object_name)
        if self._options is not None:
            self._started.add(index)
            _after_start(page, self._options)
        self.built.emit(page)

    def _put_in_tab(self, index: int, page: QWidget) -> None:
        """Swap the stand-in for the page, keeping the current tab (no currentChanged)."""
        tabs = self.tabs
        current = tabs.currentIndex()
        stand_in = tabs.widget(index)
        title = tabs.tabText(index)
        tabs.setUpdatesEnabled(False)
        tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, page, title)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
            tabs.setUpdatesEnabled(True)
        if stand_in is not None:  # out of the tree at once: findChild finds the page now
            stand_in.setObjectName("")
            stand_in.setParent(None)
            stand_in.deleteLater()

    def _add_menu_actions(self, index: int, page: QWidget) -> None:
        """Into each menu, in tab order whatever order the pages are built in."""
        for menu_name, hook in (("file", "file_actions"), ("tools", "tools_actions")):
            actions: list[QAction] = getattr(page, hook, list)()
            if not actions:
                continue
            for action in actions:
                action.setProperty("pageIndex", index)
            menu = self._menus[menu_name]
            before = next((a for a in menu.actions() if _page_index(a) > index),
                          self._menu_ends[menu_name])
            menu.insertActions(before, actions)  # type: ignore[arg-type]  # None: at the end


def _import_part(name: str) -> None:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError:  # a part renamed: its page's module imports it anyway
        log.warning("PageKind.parts names %s, which does not exist", name)


def _page_index(action: QAction) -> int:
    value = action.property("pageIndex")
    return value if isinstance(value, int) else -1


def _after_start(page: QWidget, options: Options) -> None:
    hook = getattr(page, "after_start", None)
    if hook is not None:
        hook(options)
