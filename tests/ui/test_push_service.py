"""The push receiver inside the app: settings, real HTTP pushes, the inbox, shutdown."""

from __future__ import annotations

import base64
import dataclasses
import json
import socket
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.services.push_settings import PushSettings
from juhe_desk.store import DeskIdentity
from juhe_desk.ui.dialogs.push_settings_dialog import PushSettingsDialog
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.push_service import PushService
from juhe_desk.ui.session import Session


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def mo(mobile: str, content: str, mid: str = "4C36654382720005") -> dict[str, Any]:

    return {"flag": 0, "mid": mid, "spid": "922011", "accessCode": "1069012345",
            "mobile": mobile, "content": content,
            "time": format_gateway_time(now_in_china())}


def post(url: str, body: bytes | list[Any]) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    with requests.Session() as http:
        return http.post(url, data=data, timeout=10,
                         headers={"Content-Type": "application/json;charset=UTF-8"})


def local(port: int) -> PushSettings:
    return PushSettings(True, "127.0.0.1", port).with_secret()


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
    assert (dialog.host_edit.text(), dialog.port_spin.value()) == ("0.0.0.0", 8765)
    assert not dialog.url_edit.isEnabled()
    dialog.enabled_check.setChecked(True)
    assert dialog.warning_label.text()  # every interface: the user is warned
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(port)
    return dialog


def url_shown(dialog: PushSettingsDialog) -> str:
    edit = dialog.findChild(QLineEdit, "pushUrlEdit")  # the automation contract's name
    assert edit is dialog.url_edit and edit.isReadOnly() and edit.isEnabled()
    return edit.text()


def test_pushed_opt_out_is_stored_answered_ok_and_shown(main_window: QMainWindow,
                                                        qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = page_of(main_window)
    port = free_port()
    dialog = enable_in_dialog(main_window, port)
    url = url_shown(dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.push_service.running and page.push_service.port == port
    saved = PushSettings.load(session.writes)  # as the app has them (written off the GUI)
    assert saved == PushSettings(True, "127.0.0.1", port, saved.secret)
    assert url == f"http://127.0.0.1:{port}/push/{saved.secret}"
    assert len(base64.urlsafe_b64decode(saved.secret)) * 8 >= 128
    qtbot.waitUntil(lambda: session.runner.busy() == 0, timeout=5000)

    # Anyone else on the network: a guessed path stores nothing.
    assert post(f"http://127.0.0.1:{port}/push", [mo("13700000009", "R")]).status_code == 404
    pushed = [mo("13700000005", "退订")]
    with qtbot.waitSignal(session.synced, timeout=5000) as synced:
        answer = post(url, pushed)

    assert (answer.status_code, answer.text) == (200, "OK")
    assert session.store.is_opted_out("13700000005")
    assert synced.args[0].new_opt_outs == ("13700000005",)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    record = page.model.record(0)
    assert record is not None and (record.mobile, record.content, record.via) == (
        "13700000005", "退订", "push")
    assert "1" in main_window.statusBar().currentMessage()

    again = post(url, pushed)  # the gateway retries the same body: stored once
    assert again.text == "OK"
    assert session.store.count_inbound() == 1
    assert not session.store.is_opted_out("13700000009")


def test_renew_changes_the_address_and_the_old_one_stops_working(
        main_window: QMainWindow, qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    port = free_port()
    dialog = enable_in_dialog(main_window, port)
    old = url_shown(dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert post(old, [mo("13700000011", "好的", mid="M1")]).text == "OK"

    page_of(main_window).show_push_settings()
    dialog = page_of(main_window).push_dialog
    assert dialog is not None and url_shown(dialog) == old  # the same until renewed
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == old
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    new = url_shown(dialog)
    assert new != old and new.startswith(f"http://127.0.0.1:{port}/push/")
    assert post(old, [mo("13700000012", "好的", mid="M2")]).text == "OK"  # until OK
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    refused = post(old, [mo("13700000013", "R", mid="M3")])
    assert (refused.status_code, refused.text) == (404, "Not Found")
    assert post(new, [mo("13700000014", "好的", mid="M4")]).text == "OK"
    assert {r.mid for r in session.store.fetch_inbound()} == {"M1", "M2", "M4"}
    assert not session.store.is_opted_out("13700000013")


def test_the_allow_list_is_checked_and_applied(main_window: QMainWindow,
                                               qtbot: QtBot) -> None:
    port = free_port()
    dialog = enable_in_dialog(main_window, port)
    dialog.allowed_edit.setText("47.96.1.2, 47.96.1.999")
    dialog.accept()
    assert dialog.isVisible() and "47.96.1.999" in dialog.status_label.text()
    assert not page_of(main_window).push_service.running
    dialog.allowed_edit.setText("47.96.1.2, 10.0.0.0/8")  # not this computer
    dialog.accept()
    assert not dialog.isVisible() and page_of(main_window).push_service.running
    with pytest.raises(requests.ConnectionError):  # refused at accept, nothing read
        post(url_shown_now(main_window), [mo("13700000015", "R")])
    settings = PushSettings.load(main_window.session.writes)  # type: ignore[attr-defined]
    assert page_of(main_window).push_service.apply(
        dataclasses.replace(settings, allowed="127.0.0.0/8"))
    assert post(url_shown_now(main_window), [mo("13700000015", "好")]).text == "OK"


def url_shown_now(window: QMainWindow) -> str:
    return PushSettings.load(window.session.writes).url()  # type: ignore[attr-defined]


def test_invalid_body_is_refused_and_nothing_stored(main_window: QMainWindow,
                                                   qtbot: QtBot) -> None:
    session: Session = main_window.session  # type: ignore[attr-defined]
    page = page_of(main_window)
    settings = local(free_port())
    assert page.push_service.apply(settings)

    for body in (b'{"not": "a list"}', b"not json", json.dumps([{"flag": 0}]).encode()):
        answer = post(settings.url(), body)
        assert answer.status_code == 400
    assert session.store.count_inbound() == 0
    assert session.store.count_opt_outs() == 0


def test_settings_are_kept_and_the_receiver_starts_with_the_app(
        open_window: Any, qtbot: QtBot, tmp_path: Any) -> None:
    data_dir = tmp_path / "kept"
    first = open_window("--demo", data_dir=data_dir)
    settings = local(free_port())
    assert page_of(first).push_service.apply(settings)
    settings.save(first.session.writes)  # closed at once: written as the window closes
    first.close()
    with pytest.raises(requests.ConnectionError):  # the shutdown hook stopped it
        post(settings.url(), [mo("13700000006", "R")])

    second = open_window("--demo", data_dir=data_dir)
    service = page_of(second).push_service
    assert service.running and service.port == settings.port
    assert post(settings.url(), [mo("13700000006", "R")]).text == "OK"
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
        settings = local(free_port())
        with qtbot.waitSignal(service.stateChanged) as state:
            service.apply(settings)
        assert state.args == [True, ""]
        with qtbot.waitSignal(service.received, timeout=5000) as received:
            assert post(settings.url(), [mo("13700000007", "拒收")]).text == "OK"
        assert received.args[0].new_opt_outs == ("13700000007",)
        service.stop()
        assert not service.running


def test_on_a_teams_database_the_chosen_desk_receives_pushes(
        qtbot: QtBot, store_place: Any) -> None:
    """A SQLite file: as before. A shared database: the receiver runs on the desk chosen in
    the team's settings (the registered address leads there), whichever desk pulls."""
    store = store_place.open()
    store.set_desk(DeskIdentity("desk-a", "前台1"))
    service = PushService(store)
    elsewhere = dataclasses.replace(local(free_port()), desk_id="desk-b", desk_name="前台2")
    elsewhere.save(store)
    shared = store_place.is_postgres
    assert service.start_from_settings() is not shared
    if shared:
        assert service.received_elsewhere and "前台2" in service.last_error
        here = dataclasses.replace(elsewhere, desk_id="desk-a", desk_name="前台1")
        here.save(store)
        assert service.start_from_settings() and not service.received_elsewhere
        with qtbot.waitSignal(service.received, timeout=5000):
            assert post(here.url(), [mo("13700000008", "好的")]).text == "OK"
    service.stop()


def test_a_desk_of_the_team_takes_over_receiving_in_the_dialog(
        qtbot: QtBot, store_place: Any) -> None:
    """Another desk receives: the dialog says which, and ticking 'on this computer' moves it
    here on OK (and starts the receiver); a single desk never sees the choice."""
    store = store_place.open()
    store.set_desk(DeskIdentity("desk-a", "前台1"))
    service = PushService(store)
    dataclasses.replace(local(free_port()), desk_id="desk-b", desk_name="前台2").save(store)
    dialog = PushSettingsDialog(service, store)
    qtbot.addWidget(dialog)
    shared = store_place.is_postgres
    assert dialog.receive_here_check.isVisibleTo(dialog) is shared
    if not shared:
        return
    assert not dialog.receive_here_check.isChecked()
    assert "前台2" in dialog.receiver_label.text()
    dialog.receive_here_check.setChecked(True)
    assert "前台2" in dialog.receiver_label.text()  # "... receives now; after OK this one"
    dialog.accept()
    assert service.running
    saved = PushSettings.load(store)
    assert (saved.desk_id, saved.desk_name) == ("desk-a", "前台1")
    service.stop()
