"""One running copy per data folder, with real processes: a later start brings the first window
forward and hands it its spreadsheet, a hung first copy is explained, a crashed one's lock is
taken over."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from import_helpers import WindowFactory
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot
from time_support import wait_until

from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.single_instance import LOCK_NAME, SingleInstance, refusal_box, server_name

ROOT = Path(__file__).resolve().parents[2]

# Holds the folder's lock like a first start that hangs: no socket, never answers.
HOLD_LOCK = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.read()
"""


def child_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def juhe_desk(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "juhe_desk", *map(str, args)]


def spreadsheet(tmp_path: Path) -> Path:
    folder = tmp_path / "桌面" / "客户名单"
    folder.mkdir(parents=True)
    path = folder / "客户名单.csv"
    path.write_text("姓名,手机号\n张三,13800000001\n李四,13800000002\n", encoding="utf-8")
    return path


@pytest.fixture
def lock_holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir / LOCK_NAME)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
        holder.kill()


# The offscreen platform of the tests cannot raise a window; the call is made all the same.
@pytest.mark.qt_log_ignore("This plugin does not support raise()")
def test_a_later_start_brings_the_window_forward_and_opens_its_file(
        open_window: WindowFactory, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window("--demo")
    assert isinstance(window, MainWindow)
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    instance.serve(window, window.pages.importer.open_file)
    window.pages.compose.recipients.edit.setFocus()
    path = spreadsheet(tmp_path)

    later = subprocess.Popen(juhe_desk("--demo", "--data-dir", tmp_path / "data", path),
                             env=child_env(tmp_path), cwd=tmp_path, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=30_000)
    finally:
        later.kill()
        output = later.communicate()[0]
    assert later.returncode == 0, output
    importer = window.pages.importer
    qtbot.waitUntil(lambda: importer.data is not None, timeout=10_000)
    assert importer.data is not None and importer.data.path == path  # the Chinese path, as text
    assert len(importer.data.rows) == 2
    assert window.tabs.currentWidget() is importer
    instance.release()


def test_two_real_starts_on_one_folder_leave_one_window(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log_file = data_dir / "logs" / "juhe-desk.log"
    path = spreadsheet(tmp_path)

    def log_says(text: str) -> Callable[[], bool]:
        return lambda: log_file.is_file() and text in log_file.read_text(encoding="utf-8")

    first = subprocess.Popen(juhe_desk("--demo", "--data-dir", data_dir),
                             env=child_env(tmp_path), cwd=tmp_path, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        wait_until(log_says("brings this window forward"), 60,
                   what="the first start's window", interval=0.05)
        later = subprocess.run(juhe_desk("--demo", "--data-dir", data_dir, path),
                               env=child_env(tmp_path), cwd=tmp_path, capture_output=True,
                               text=True, timeout=60, check=False)
        assert later.returncode == 0, later.stderr
        wait_until(log_says("opening 客户名单.csv for a later start"), 30,
                   what="the hand-over", interval=0.05)
        assert first.poll() is None  # the first copy goes on
        log = log_file.read_text(encoding="utf-8")
        assert log.count(" starting (demo=True)") == 1  # the later start built no window
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)


def test_a_first_start_that_does_not_answer_is_explained(
        lock_holder: subprocess.Popen[str], qtbot: QtBot, tmp_path: Path) -> None:
    lock = tmp_path / "data" / LOCK_NAME
    an_hour_ago = time.time() - 3600  # a copy that has run for an hour still holds the folder
    os.utime(lock, (an_hour_ago, an_hour_ago))
    instance = SingleInstance(tmp_path / "data")
    assert not instance.claim()
    started = time.monotonic()
    handed = instance.hand_over(None)
    assert not handed.answered
    assert handed.pid == lock_holder.pid
    assert time.monotonic() - started < 15
    box = refusal_box(tmp_path / "data", handed.pid)
    qtbot.addWidget(box)
    assert box.objectName() == "alreadyRunningBox"
    assert str(lock_holder.pid) in box.text() and str(tmp_path / "data") in box.text()


def test_the_lock_of_a_crashed_start_is_taken_over(
        lock_holder: subprocess.Popen[str], tmp_path: Path) -> None:
    assert not SingleInstance(tmp_path / "data").claim()
    lock_holder.kill()  # no clean-up: the lock file stays behind
    lock_holder.wait()
    assert (tmp_path / "data" / LOCK_NAME).exists()
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    instance.release()


def test_a_lock_left_with_this_process_id_is_taken_over(tmp_path: Path) -> None:
    """An earlier copy that ended without unlocking, under the id this process now has (ids
    are reused: Wine hands out the same ones after every restart)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    earlier = QLockFile(str(data_dir / LOCK_NAME))
    assert earlier.tryLock(0)
    left_behind = (data_dir / LOCK_NAME).read_bytes()
    earlier.unlock()
    (data_dir / LOCK_NAME).write_bytes(left_behind)
    assert str(os.getpid()).encode() in left_behind
    instance = SingleInstance(data_dir)
    assert instance.claim()
    instance.release()
    assert not (data_dir / LOCK_NAME).exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs an unwritable folder")
def test_a_folder_that_cannot_hold_a_lock_is_left_to_the_start_up_to_explain(
        tmp_path: Path) -> None:
    """Not "already running": the rescue at start says what is wrong with such a folder."""
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("", encoding="utf-8")
    assert SingleInstance(not_a_folder / "data").claim()
    unwritable = SingleInstance(Path("/proc/self"))
    assert unwritable.claim()
    unwritable.release()


def test_each_data_folder_has_its_own_socket(tmp_path: Path) -> None:
    # The name an earlier version listens on (a SHA-256 of the folder): found by this one.
    folder = os.path.normcase(os.path.abspath(tmp_path / "数据"))
    assert server_name(tmp_path / "数据") == (
        "juhe-desk-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:24])
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    assert len(server_name(tmp_path / ("很长的文件夹名" * 40))) < 50  # Unix sockets: 107 bytes
