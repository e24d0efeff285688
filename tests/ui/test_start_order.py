"""The order of the window's start after its first paint: the tabs of the start are built
before the pages' own start work (``after_start``), unless a FILE was given, which is opened
first; the jobs all these start wait until the window is ready, so as not to take Python's
lock from its steps; each page's ``after_start`` comes in a turn of its own and runs once;
the Account tab is built in parts like the others.
"""

from __future__ import annotations

from pathlib import Path

from import_helpers import unshown_window
from pytestqt.qtbot import QtBot
from window_ready import show_until_ready

from juhe_desk.cli import parse_args
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages import ACCOUNT as ACCOUNT_TAB
from juhe_desk.ui.pages import IMPORT, INBOX, KINDS, REPORTS
from juhe_desk.ui.pages.account_page import AccountPage
from juhe_desk.ui.window_start import AGAIN


def step_names(window: MainWindow) -> list[str]:
    return [name for name, _began, _wall, _cpu in window.start_trace]


def last_index(names: list[str], prefix: str) -> int:
    return max(i for i, name in enumerate(names) if name.startswith(prefix))


def first_index(names: list[str], prefix: str) -> int:
    return min(i for i, name in enumerate(names) if name.startswith(prefix))


def test_the_pages_start_their_work_once_the_tabs_of_the_start_are_built(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    window = unshown_window(qtbot, tmp_path, gateway)
    show_until_ready(qtbot, window, every_tab=False)
    names = step_names(window)
    starts = [i for i, name in enumerate(names) if name.startswith("Pages.start")]
    # One turn for each page built by then: Send, bulk import, Account, Inbox.
    assert len(starts) == 4
    assert starts == list(range(starts[0], starts[0] + 4))
    for tab in (IMPORT, ACCOUNT_TAB, INBOX):
        assert last_index(names, f"Pages._build_part({tab})") < starts[0]
    assert starts[-1] < first_index(names, "DataSafety.start")
    # Qt's widget types are made before the start's jobs begin, not beside them.
    assert last_index(names, "WidgetTypes.make_ready") < first_index(
        names, "Session.begin_background_work") < first_index(names, "MainWindow._preload")
    # The jobs of the tabs and of the pages' start wait until the window is ready.
    assert first_index(names, "TaskRunner.hold") < first_index(
        names, f"Pages._build_part({IMPORT})")
    assert starts[-1] < first_index(names, "TaskRunner.release") < first_index(
        names, "MainWindow._session_started")  # released once ready is said
    assert window.pages.importer._drop_filter is not None  # the bulk import did start

    # A second later the start builds the tab it left out (the reports).
    assert window.starting
    qtbot.waitUntil(lambda: not window.starting, timeout=10_000)
    assert type(window.tabs.widget(REPORTS)).__name__ == "ReportsPage"


def test_a_file_given_is_opened_before_the_other_tabs_are_built(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    sheet = tmp_path / "numbers.csv"
    sheet.write_text("手机号\n13800000001\n", encoding="utf-8")
    window = unshown_window(qtbot, tmp_path, gateway, str(sheet))
    show_until_ready(qtbot, window, every_tab=False)
    names = step_names(window)
    assert first_index(names, "Pages.start") < first_index(names, f"Pages._build_part({INBOX})")
    assert not [name for name in names if name.startswith("TaskRunner.")]  # nothing waits
    qtbot.waitUntil(lambda: window.pages.importer.data is not None, timeout=10_000)


def test_each_page_starts_once_whichever_way_it_was_built(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = unshown_window(qtbot, tmp_path, gateway)
    started: list[str] = []

    def counting(page: object, options: object) -> None:
        started.append(type(page).__name__)

    monkeypatch.setattr("juhe_desk.ui.pages._after_start", counting)
    options = parse_args(["--data-dir", str(tmp_path / "data")])
    window.pages.page_at(IMPORT)  # built before the start: Send and bulk import waiting
    assert window.pages.start(options) == AGAIN
    assert started == ["ComposePage"]
    window.pages.page_at(INBOX)  # built between two turns: starts at once
    assert started == ["ComposePage", "InboxPage"]
    assert window.pages.start(options) is None  # the bulk import, the last one waiting
    assert window.pages.start(options) is None  # nothing left: nobody starts twice
    window.pages.build_all()
    assert sorted(started) == sorted(kind.class_name for kind in KINDS)


def test_the_account_tab_built_in_parts_is_the_one_built_at_once(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
        memory_keyring: object) -> None:
    window = unshown_window(qtbot, tmp_path, gateway)
    session = window.session
    whole = AccountPage(session)
    qtbot.addWidget(whole)
    staged = AccountPage(session, staged=True)
    qtbot.addWidget(staged)
    assert staged.layout() is None  # nothing built yet
    parts = sum(1 for _part in staged.build_rest)
    assert parts >= 2
    names = sorted(child.objectName() for child in whole.findChildren(object)
                   if child.objectName())
    assert names and names == sorted(child.objectName()
                                     for child in staged.findChildren(object)
                                     if child.objectName())
    show_until_ready(qtbot, window, every_tab=False)
    assert type(window.tabs.widget(ACCOUNT_TAB)).__name__ == "AccountPage"
