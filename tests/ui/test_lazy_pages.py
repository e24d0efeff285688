"""The tabs are built when first needed: the one shown first before the window paints, the
ones with work from the start (bulk import, inbox) by the window's start, the others when
their tab is first chosen.

A tab chosen, a page asked for (``pages.inbox``) or a menu opened builds what it needs at
once. Whatever the order, the tabs keep their order and names and the menus list the pages'
actions in tab order.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from import_helpers import unshown_window
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from window_ready import show_until_ready

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages import KINDS
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.window_start import AGAIN

NAMES = [kind.object_name for kind in KINDS]
# The main window's widgets named in the automation contract (shared/spec/automation-contract.md).
CONTRACT_NAMES = ("mainTabs", *NAMES, "balanceLabel", "recipientsEdit", "contentEdit",
                  "lengthLabel", "sendButton", "previewView", "phoneColumnCombo", "templateEdit",
                  "startCampaignButton", "fileLabel", "importSummaryLabel", "campaignProgress",
                  "balanceGauge", "refreshBalanceButton", "reportsView", "reportsFilterEdit",
                  "inboxView", "conversationView", "replyEdit", "replyButton")


def built(window: MainWindow) -> list[str]:
    return [page.objectName() for page in window.pages.built_pages()]


def tab_names(window: QMainWindow) -> list[str]:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    return [tabs.widget(i).objectName() for i in range(tabs.count())]


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions()]  # type: ignore[union-attr]


def test_only_the_first_tab_is_built_before_the_window_is_up(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    window = unshown_window(qtbot, tmp_path, gateway)
    assert built(window) == ["composePage"] and not window.ready
    assert tab_names(window) == NAMES  # stand-ins carry the names until their page comes
    show_until_ready(qtbot, window, every_tab=False)
    assert {"composePage", "importPage", "accountPage", "inboxPage"} <= set(built(window))
    assert tab_names(window) == NAMES
    qtbot.waitUntil(lambda: built(window) == NAMES)  # the rest after the start, unasked
    assert tab_names(window) == NAMES
    assert window.tabs.currentWidget() is window.findChild(QWidget, "composePage")
    assert all(type(page).__name__ == kind.class_name
               for page, kind in zip(window.pages.built_pages(), KINDS, strict=True))


def test_every_widget_of_the_automation_contract_is_there_once_ready(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    """Once the start is over, every one comes without a click (the delivery reports' in
    the steps after it)."""
    window = unshown_window(qtbot, tmp_path, gateway)
    show_until_ready(qtbot, window, every_tab=False)

    def missing() -> list[str]:
        return [name for name in CONTRACT_NAMES if window.findChild(QWidget, name) is None]

    assert set(missing()) <= {"reportsView", "reportsFilterEdit"}
    qtbot.waitUntil(lambda: missing() == [])
    for name in NAMES:  # one of each name: no stand-in left beside its page
        assert len(window.findChildren(QWidget, name)) == 1, name


def test_a_tab_chosen_or_asked_for_early_is_built_then(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    window = unshown_window(qtbot, tmp_path, gateway)
    before = file_menu_texts(window)
    window.tabs.setCurrentIndex(NAMES.index("reportsPage"))
    assert built(window) == ["composePage", "reportsPage"]
    assert window.tabs.currentWidget() is window.findChild(QWidget, "reportsPage")
    inbox = window.pages.inbox
    assert isinstance(inbox, InboxPage) and window.tabs.indexOf(inbox) == NAMES.index("inboxPage")
    assert window.tabs.currentWidget().objectName() == "reportsPage"  # still the one chosen
    # The menu has the reports' export, then the inbox's, before the data file's actions.
    after = file_menu_texts(window)
    assert after[:2] == ["&Export delivery reports…", "Export re&plies…"]
    assert after[2:] == before
    assert window.findChild(QAction, "optOutListAction") is not None  # the Tools menu's

    show_until_ready(qtbot, window)
    texts = file_menu_texts(window)
    assert texts.index("&Open spreadsheet for bulk sending…") < texts.index(
        "&Export delivery reports…") < texts.index("Export re&plies…")  # tab order


def test_opening_a_menu_early_builds_the_tabs_with_actions_in_it(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    window = unshown_window(qtbot, tmp_path, gateway)
    window.menuBar().actions()[0].menu().aboutToShow.emit()  # type: ignore[union-attr]
    assert built(window) == ["composePage", "importPage", "reportsPage", "inboxPage"]
    assert "&Open spreadsheet for bulk sending…" in file_menu_texts(window)
    assert "&Export delivery reports…" in file_menu_texts(window)


def test_a_file_given_opens_the_import_tab_first(qtbot: QtBot, tmp_path: Path,
                                                 gateway: GatewaySimulator,
                                                 memory_keyring: object) -> None:
    sheet = tmp_path / "numbers.csv"
    sheet.write_text("手机号\n13800000001\n", encoding="utf-8")
    window = unshown_window(qtbot, tmp_path, gateway, str(sheet))
    assert built(window) == ["importPage"]
    assert window.tabs.currentWidget().objectName() == "importPage"
    show_until_ready(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.importer.data is not None, timeout=10_000)


def test_every_part_named_for_an_early_import_exists() -> None:
    for kind in KINDS:
        for name in kind.parts:
            assert importlib.util.find_spec(name) is not None, name


def test_a_page_built_in_parts_replaces_its_stand_in_once_whole(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    """The start builds the bulk import page a part per step; asked for meanwhile, it is
    finished at once; the steps left then change nothing."""
    window = unshown_window(qtbot, tmp_path, gateway)
    index = NAMES.index("importPage")
    [step] = window.pages.build_steps(index)
    assert step() == AGAIN and step() == AGAIN  # begun, and one part more
    assert built(window) == ["composePage"]  # not whole: the stand-in is in its tab
    assert type(window.tabs.widget(index)).__name__ == "QWidget"
    page = window.pages.importer  # its tab chosen, say
    assert type(page).__name__ == "ImportPage" and window.tabs.widget(index) is page
    assert step() is None  # the page is whole: nothing left to do
    assert window.pages.importer is page and built(window) == ["composePage", "importPage"]
    assert len(window.findChildren(QWidget, "importPage")) == 1
    assert window.findChild(QWidget, "startCampaignButton") is not None
    show_until_ready(qtbot, window)
    assert built(window) == NAMES


def test_the_start_builds_each_page_in_parts_to_the_end(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    window = unshown_window(qtbot, tmp_path, gateway)
    for index, kind in enumerate(KINDS):
        for step in window.pages.import_steps(index):
            step()
        for step in window.pages.build_steps(index):
            parts = 1
            while step() == AGAIN:  # as the window's start runs it: again, until whole
                parts += 1
            assert parts > 2 if kind.staged else parts == 1
        assert type(window.tabs.widget(index)).__name__ == kind.class_name
    assert built(window) == NAMES
