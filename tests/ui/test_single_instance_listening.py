"""The first start takes its folder's lock before its window paints, but loads QtNetwork and
listens for later starts only after; a later start that comes meanwhile waits for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from juhe_desk.ui.single_instance import SingleInstance

CLAIM = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from juhe_desk.ui.single_instance import SingleInstance
assert SingleInstance(Path(sys.argv[1])).claim()
print("PySide6.QtNetwork" in sys.modules)
"""

LATER_START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from juhe_desk.ui.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
assert not instance.claim()
print("asking", flush=True)
print("answered" if instance.hand_over(None).answered else "not answered", flush=True)
"""


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_taking_the_folder_loads_no_qtnetwork(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CLAIM, str(tmp_path / "data")], env=env(),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


@pytest.mark.qt_log_ignore("This plugin does not support raise()")
def test_a_later_start_before_the_first_listens_is_answered_once_it_does(
        qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "data")
    assert first.claim()  # not listening yet: its window has not painted
    later = subprocess.Popen([sys.executable, "-c", LATER_START, str(tmp_path / "data")],
                             env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        assert later.stdout is not None and later.stdout.readline().strip() == "asking"
        window = QWidget()
        qtbot.addWidget(window)
        first.serve(window, lambda _path: None)
        window.show()  # listens once it has painted
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=30_000)
        output, errors = later.communicate()
    finally:
        later.kill()
    assert later.returncode == 0, errors
    assert output.strip() == "answered"
    first.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise()")
def test_a_start_that_asks_something_first_answers_from_its_dialog(
        qtbot: QtBot, tmp_path: Path) -> None:
    # A rescue or team-database dialog runs the event loop before any window exists: a later
    # start is answered from it (not told after 10 s that nobody answers), and its request
    # brings the window forward once there is one.
    first = SingleInstance(tmp_path / "data")
    assert first.claim()
    later = subprocess.Popen([sys.executable, "-c", LATER_START, str(tmp_path / "data")],
                             env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        assert later.stdout is not None and later.stdout.readline().strip() == "asking"
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=8_000)  # the dialog's loop
        output, errors = later.communicate()
    finally:
        later.kill()
    assert later.returncode == 0, errors
    assert output.strip() == "answered"
    window = QWidget()
    qtbot.addWidget(window)
    first.serve(window, lambda _path: None)
    assert window.isVisible()  # the request kept for the window
    first.release()
