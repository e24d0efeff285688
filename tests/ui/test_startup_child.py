"""Start-up with an unusable data file, in a child process, as a user would start it.

A damaged file can kill a process that reads it carelessly, so the app runs in a child
(``start_and_answer.py``: the real entry point, the rescue dialog answered "quit"). The
child must end with status 1 and no traceback; the dialog must speak the language asked
for; the log must hold the failure; and nothing may have changed in the data folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from disk_support import damage_middle, fill, fill_store, garbage, read_only, small_disk, truncate

from juhe_desk.ui.session import DATABASE_NAME

UI_TESTS = Path(__file__).parent
DRIVER = UI_TESTS / "start_and_answer.py"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class ChildRun:
    status: int
    stderr: str
    dialog: dict[str, Any]
    temp: Path


def start_child(data_dir: Path, tmp_path: Path, answer: str = "rescueQuitButton",
                lang: str = "en") -> ChildRun:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir(exist_ok=True)
    temp.mkdir(exist_ok=True)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "TMPDIR": str(temp),
           "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(UI_TESTS), str(UI_TESTS.parent)]),
           "PYTHON_KEYRING_BACKEND": "keyring_backends.MemoryKeyring"}
    done = subprocess.run(
        [sys.executable, str(DRIVER), answer, "--data-dir", str(data_dir), "--lang", lang,
         "--quit-after", "20"],  # should no dialog come, the window closes on its own
        env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stdout.strip().splitlines()
    return ChildRun(done.returncode, done.stderr, json.loads(lines[-1]) if lines else {}, temp)


def folder_digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file() and "logs" not in p.parts}


def dialog_text(dialog: dict[str, Any]) -> str:
    return "\n".join([dialog["title"], *dialog["texts"].values(), *dialog["buttons"].values()])


def assert_quit_cleanly(run: ChildRun) -> None:
    assert run.status == 1, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert run.dialog["name"] == "databaseRescueDialog"
    assert not CHINESE.search(dialog_text(run.dialog)), dialog_text(run.dialog)  # --lang en


@pytest.mark.parametrize("damage", [truncate, garbage, damage_middle],
                         ids=["truncated", "garbage", "damaged-in-the-middle"])
def test_a_damaged_file_gets_the_rescue_dialog(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    fill_store(data_dir / DATABASE_NAME)
    damage(data_dir / DATABASE_NAME)
    before = folder_digests(data_dir)
    run = start_child(data_dir, tmp_path)
    assert_quit_cleanly(run)
    assert run.dialog["title"] == "The data file is damaged"
    assert set(run.dialog["buttons"]) == {"rescueNewButton", "rescueQuitButton"}
    assert "never deleted" in run.dialog["texts"]["rescueMessageLabel"]
    log = (data_dir / "logs" / "juhe-desk.log").read_text(encoding="utf-8")
    assert "cannot be used (damaged)" in log and "the user chose quit" in log
    assert folder_digests(data_dir) == before


def test_a_read_only_data_folder_gets_its_own_words(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "16m") as disk:
        data_dir = disk / "data"
        fill_store(data_dir / DATABASE_NAME)
        before = folder_digests(data_dir)
        read_only(disk)
        run = start_child(data_dir, tmp_path)
        assert_quit_cleanly(run)
        assert run.dialog["title"] == "The data folder cannot be written"
        assert set(run.dialog["buttons"]) == {"rescueRetryButton", "rescueQuitButton"}
        assert str(data_dir) in run.dialog["texts"]["rescueMessageLabel"]
        # The log could not go into the data folder: it went to the temp folder, and the
        # dialog says where.
        log_file = run.temp / "juhe-desk" / "logs" / "juhe-desk.log"
        assert str(log_file) in run.dialog["texts"]["rescueDetailsLabel"]
        assert "cannot be used (read_only)" in log_file.read_text(encoding="utf-8")
        assert folder_digests(data_dir) == before


def test_a_full_disk_gets_its_own_words(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "4m") as disk:
        data_dir = disk / "data"
        fill_store(data_dir / DATABASE_NAME, reports=200)
        fill(disk)
        before = folder_digests(data_dir)
        run = start_child(data_dir, tmp_path)
        assert_quit_cleanly(run)
        assert run.dialog["title"] == "The disk is full"
        assert "Free some disk space" in run.dialog["texts"]["rescueMessageLabel"]
        assert set(run.dialog["buttons"]) == {"rescueRetryButton", "rescueQuitButton"}
        log_file = run.temp / "juhe-desk" / "logs" / "juhe-desk.log"
        assert "cannot be used (full)" in log_file.read_text(encoding="utf-8")
        assert folder_digests(data_dir) == before


def test_the_dialog_speaks_chinese_by_default(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    fill_store(data_dir / DATABASE_NAME)
    truncate(data_dir / DATABASE_NAME)
    run = start_child(data_dir, tmp_path, lang="zh_CN")
    assert run.status == 1 and "Traceback" not in run.stderr
    assert run.dialog["title"] == "数据文件已损坏"
    assert "不会被删除" in run.dialog["texts"]["rescueMessageLabel"]
