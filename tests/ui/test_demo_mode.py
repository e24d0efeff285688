"""Demo mode says so (title and banner), and the demo gateway keeps its account across
restarts in the demo's data folder: the balance spent stays spent, and the delivery reports of
messages sent before the restart still arrive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_helpers import WindowFactory
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from test_send_end_to_end import balance_text, compose_page, fill_in, send_and_wait

from juhe_desk.gateway.simulator import DEMO_ACCOUNT
from juhe_desk.gateway.simulator.saved_state import STATE_FILE
from juhe_desk.store import MessageFilter
from juhe_desk.ui.demo_gateway import DemoGateway
from juhe_desk.ui.main_window import MainWindow


def demo_window(open_window: WindowFactory, data_dir: Path, *argv: str) -> MainWindow:
    window = open_window("--demo", *argv, data_dir=data_dir)
    assert isinstance(window, MainWindow)
    return window


@pytest.mark.parametrize(("language", "title", "banner_word"),
                         [("zh_CN", "juhe-desk — 演示模式", "演示模式"),
                          ("en", "juhe-desk — demo mode", "Demo mode")])
def test_demo_mode_is_visible(open_window: WindowFactory, tmp_path: Path, language: str,
                              title: str, banner_word: str) -> None:
    window = demo_window(open_window, tmp_path / "demo", "--lang", language)
    assert window.windowTitle() == title
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible() and banner_word in banner.text()
    assert banner.height() < window.height() // 10  # thin


def test_a_real_account_has_no_banner(main_window: QMainWindow) -> None:
    assert main_window.windowTitle() == "juhe-desk"
    assert main_window.findChild(QLabel, "demoBanner") is None


def test_the_demo_keeps_its_balance_and_reports_across_a_restart(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The first run closes long before its report is due.
    monkeypatch.setattr(DemoGateway, "report_delay", (3600.0, 3600.0))
    data_dir = tmp_path / "demo"
    first = demo_window(open_window, data_dir)
    qtbot.waitUntil(lambda: "500.00" in balance_text(first), timeout=5000)
    page = compose_page(first)
    fill_in(qtbot, page, "13912345678", "周末全场八折，欢迎光临")
    send_and_wait(qtbot, page)
    store = first.session.store
    sent = store.fetch_messages(MessageFilter())
    assert [m.status for m in sent] == ["submitted"] and sent[0].mid
    mid = sent[0].mid
    first.close()
    saved = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    assert saved["books"]["balance"] == 500_000 - 50
    assert [p["submission"]["mid"] for p in saved["books"]["pending"]] == [mid]

    again = demo_window(open_window, data_dir)
    simulator = again.session.simulator
    assert simulator is not None
    assert simulator.state(DEMO_ACCOUNT).balance == 500_000 - 50
    qtbot.waitUntil(lambda: "499.95" in balance_text(again), timeout=5000)
    simulator.flush_reports()  # the hour has passed
    again.session.poll_now()
    qtbot.waitUntil(lambda: again.session.store.fetch_messages(MessageFilter())[0].status
                    in ("delivered", "failed"), timeout=10_000)
    assert again.session.store.fetch_messages(MessageFilter())[0].mid == mid


def test_an_unusable_demo_state_is_set_aside(open_window: WindowFactory, tmp_path: Path,
                                             qtbot: QtBot) -> None:
    data_dir = tmp_path / "demo"
    data_dir.mkdir()
    (data_dir / STATE_FILE).write_text("{not json", encoding="utf-8")
    window = demo_window(open_window, data_dir)
    qtbot.waitUntil(lambda: "500.00" in balance_text(window), timeout=5000)
    assert (data_dir / (STATE_FILE + ".unusable")).read_text(encoding="utf-8") == "{not json"
