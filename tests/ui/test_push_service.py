"""The push receiver inside the app: settings, real HTTP pushes, the inbox, shutdown."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.models import CHINA_TZ, format_gateway_time
from juhe_desk.ui.dialogs.push_settings_dialog import PushSettingsDialog
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.push_service import PushService, PushSettings
from juhe_desk.ui.session import Session


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def mo(mobile: str, content: str, mid: str = "4C36654382720005") -> dict[str, Any]:
    import datetime as dt

    return {"flag": 0, "mid": mid, "spid": "922011", "accessCode": "1069012345",
            "mobile": mobile, "content": content,
            "time": format_gateway_time(dt.datetime.now(CHINA_TZ))}


def post(port: int, body: bytes | list[Any]) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    with requests.Session() as http:
        return http.post(f"http://127.0.0.1:{port}/push", data=data, timeout=10,
                         headers={"Content-Type": "application/json;charset=UTF-8"})


def page_of(window: QMainWindow) -> InboxPage:
    page = window.findChild(InboxPage, "inboxPage")
    assert page is not None
    return page


def enable_in_dialog(window: QMainWindow, port: int) -> PushSettingsDialog:
    action = window.findChild(QAction, "pushSettingsAction")
    assert action is not None  # in the Tools menu
    action.trigger()
    dialog = page_of(window).push_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.enabled_check.isChecked()  # off by default
    assert (dialog.host_edit.text(), dialog.port_spin.value(), dialog.path_edit.text()) == (
        "0.0.0.0", 8765, "/push")
    dialog.enabled_check.setChecked(True)
    assert dialog.warning_label.text()  # every interface: the user is warned
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(port)
    return dialog


def test_pushed_opt_out_is_stored_answered_ok_and_shown(main_window: QMainWindow,
                                                        qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = page_of(main_window)
    port = free_port()
    dialog = enable_in_dialog(main_window, port)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.push_service.running and page.push_service.port == port
    assert PushSettings.load(session.store) == PushSettings(True, "127.0.0.1", port, "/push")
    qtbot.waitUntil(lambda: session.runner.busy() == 0, timeout=5000)

    with qtbot.waitSignal(session.synced, timeout=5000) as synced:
        answer = post(port, [mo("13700000005", "退订")])

    assert (answer.status_code, answer.text) == (200, "OK")
    assert session.store.is_opted_out("13700000005")
    assert synced.args[0].new_opt_outs == ("13700000005",)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    record = page.model.record(0)
    assert record is not None and (record.mobile, record.content, record.via) == (
        "13700000005", "退订", "push")
    assert "1" in main_window.statusBar().currentMessage()

    again = post(port, [mo("13700000005", "退订")])  # the gateway retries: stored once
    assert again.text == "OK"
    assert session.store.count_inbound() == 1


def test_invalid_body_is_refused_and_nothing_stored(main_window: QMainWindow,
                                                   qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = page_of(main_window)
    port = free_port()
    assert page.push_service.apply(PushSettings(True, "127.0.0.1", port, "/push"))

    for body in (b'{"not": "a list"}', b"not json", json.dumps([{"flag": 0}]).encode()):
        answer = post(port, body)
        assert answer.status_code == 400
    assert session.store.count_inbound() == 0
    assert session.store.count_opt_outs() == 0


def test_settings_are_kept_and_the_receiver_starts_with_the_app(
        open_window: Any, qtbot: QtBot, tmp_path: Any) -> None:
    data_dir = tmp_path / "kept"
    first = open_window("--demo", data_dir=data_dir)
    port = free_port()
    assert page_of(first).push_service.apply(PushSettings(True, "127.0.0.1", port, "/push"))
    PushSettings(True, "127.0.0.1", port, "/push").save(first.session.store)
    first.close()
    with pytest.raises(requests.ConnectionError):  # the shutdown hook stopped it
        post(port, [mo("13700000006", "R")])

    second = open_window("--demo", data_dir=data_dir)
    service = page_of(second).push_service
    assert service.running and service.port == port
    assert post(port, [mo("13700000006", "R")]).text == "OK"
    qtbot.waitUntil(lambda: page_of(second).model.rowCount() == 1, timeout=5000)


def test_a_taken_port_is_explained_and_the_dialog_stays_open(main_window: QMainWindow,
                                                             qtbot: QtBot) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        dialog = enable_in_dialog(main_window, port)
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.status_label.text() != ""
        assert not page_of(main_window).push_service.running
        dialog.enabled_check.setChecked(False)
        dialog.accept()
        assert not dialog.isVisible()


def test_service_without_a_window_stops_cleanly(qtbot: QtBot, tmp_path: Any) -> None:
    from juhe_desk.store import Store

    with Store.open(tmp_path / "s.sqlite3") as store:
        service = PushService(store)
        assert not service.start_from_settings()  # off by default
        port = free_port()
        with qtbot.waitSignal(service.stateChanged) as state:
            service.apply(PushSettings(True, "127.0.0.1", port, "/push"))
        assert state.args == [True, ""]
        with qtbot.waitSignal(service.received, timeout=5000) as received:
            assert post(port, [mo("13700000007", "拒收")]).text == "OK"
        assert received.args[0].new_opt_outs == ("13700000007",)
        service.stop()
        assert not service.running
