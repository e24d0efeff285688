"""The window opens against the simulator and shows the contract's widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator

PAGES = ("composePage", "importPage", "accountPage", "reportsPage", "inboxPage")


def test_window_has_title_tabs_and_balance(main_window: QMainWindow, qtbot: QtBot,
                                           gateway: GatewaySimulator) -> None:
    assert main_window.windowTitle() == "juhe-desk"
    tabs = main_window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == list(PAGES)
    balance = main_window.findChild(QLabel, "balanceLabel")
    assert balance is not None
    qtbot.waitUntil(lambda: "1000.00" in balance.text(), timeout=5000)


def test_demo_mode_opens_without_any_account(open_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = open_window("--demo")
    balance = window.findChild(QLabel, "balanceLabel")
    qtbot.waitUntil(lambda: "500.00" in balance.text(), timeout=5000)
    assert window.findChild(QWidget, "composePage") is not None
