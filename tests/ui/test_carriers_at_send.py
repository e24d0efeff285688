"""Who the numbers of a quick send are: counted by carrier as they are typed and in the
confirmation, a number of an unused prefix refused naming it, libphonenumber's data read in a
job after start, never on the GUI thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPlainTextEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import MessageFilter
from juhe_desk.ui.pages.compose_page import ComposePage

UI_TESTS = Path(__file__).parent
# Two of 移动, one each of 联通, 电信 and 广电, one of the unused prefix 154, one twice.
PASTE = "13800000001\n13900000002\n13000000003\n18900000004\n19200000005\n15400000006\n" \
        "13800000001"


def found(window: QMainWindow, cls: type, name: str):  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert isinstance(widget, cls), name
    return widget


def test_numbers_are_counted_by_carrier_and_an_unused_prefix_is_named(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = window.findChild(ComposePage)
    assert page is not None
    counts = found(window, QLabel, "recipientCountsLabel")
    found(window, QPlainTextEdit, "recipientsEdit").setPlainText(PASTE)
    qtbot.waitUntil(lambda: "运营商" in counts.text(), timeout=5000)
    lines = counts.text().splitlines()
    assert lines[1] == "运营商：移动 2 · 联通 1 · 电信 1 · 广电 1"
    assert "号段 154 不是在用的手机号段 ×1" in lines[2]

    qtbot.mouseClick(found(window, QPushButton, "showInvalidButton"), Qt.MouseButton.LeftButton)
    invalid = found(window, QTableView, "invalidNumbersView").model()
    assert invalid.index(0, 0).data() == "15400000006"
    assert invalid.index(0, 1).data() == "号段 154 不是在用的手机号段"

    found(window, QPlainTextEdit, "contentEdit").setPlainText("周末全场八折")
    qtbot.mouseClick(found(window, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None and page.confirm_dialog.isVisible(),
                    timeout=5000)
    dialog = page.confirm_dialog
    assert dialog is not None
    carriers = dialog.findChild(QLabel, "confirmCarriersLabel")
    assert carriers is not None and carriers.text() == "移动 2 · 联通 1 · 电信 1 · 广电 1"
    with qtbot.waitSignal(page.session.sendFinished, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    campaign_id = page.results_model.campaign_id
    assert campaign_id is not None
    sent = page.session.store.fetch_messages(MessageFilter(campaign_id=campaign_id))
    assert sorted(m.mobile for m in sent) == sorted(set(PASTE.split()) - {"15400000006"})
    assert "15400000006" not in {s.mobile for s in gateway.submissions(ACCOUNT)}


def test_libphonenumber_is_read_in_a_job_never_on_the_gui_thread(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "LC_ALL": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([str(UI_TESTS), str(UI_TESTS.parent)]),
           "PYTHON_KEYRING_BACKEND": "keyring_backends.MemoryKeyring"}
    done = subprocess.run([sys.executable, str(UI_TESTS / "warm_up_child.py"),
                           str(tmp_path / "data")], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # Nor the numbers' check itself, no longer imported before the window paints.
    assert seen["gui_thread"] == {"phonenumbers": False, "phonenumbers.carrierdata": False,
                                  "juhe_desk.services.quick_send": False}
    assert seen["warmed"]
    assert "运营商：移动 1 · 电信 1" in seen["counts"]
