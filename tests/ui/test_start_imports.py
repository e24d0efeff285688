"""The window paints before the heavy libraries are imported (bench/start_bench.py times it).

In a fresh process, the real start (``make_main_window``) builds the window up to its first
paint; none of the libraries that only later work needs may be imported by then. Each of
them takes longer to import than the bare window takes to appear (requests, openpyxl,
keyring, libphonenumber, waitress, the simulator, the spreadsheet readers, psycopg).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LATER = ("requests", "openpyxl", "keyring", "phonenumbers", "waitress", "python_calamine",
         "juhe_desk.gateway.client", "juhe_desk.gateway.simulator",
         "juhe_desk.domain.sheets.isolation", "juhe_desk.ui.pages.import_page",
         "juhe_desk.ui.pages.inbox_page", "juhe_desk.ui.pages.conversation_view",
         "juhe_desk.ui.dialogs.database_rescue", "juhe_desk.ui.dialogs.account_dialog",
         "psycopg", "juhe_desk.services.team_host", "juhe_desk.services.send_check",
         "hashlib")  # OpenSSL's

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from juhe_desk.app import make_main_window
window = make_main_window(sys.argv[1:])
print(json.dumps(sorted(name for name in {later!r} if name in sys.modules)))
window.close()
"""


@pytest.mark.parametrize("demo", [True, False], ids=["demo", "signed-in"])
def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path, demo: bool) -> None:
    argv = ["--data-dir", str(tmp_path / "data"), "--lang", "zh_CN"]
    argv += ["--demo"] if demo else ["--gateway", "http://127.0.0.1:9", "--account", "922011"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CHILD.format(later=LATER), *argv],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize("first", ["juhe_desk.app", "PySide6.QtWidgets, juhe_desk.app"])
def test_the_app_is_imported_without_pysides_feature_hook(first: str) -> None:
    """ui/pyside_import.py: no Python function runs around each import statement of the
    start, nor reads each new module's source, whether PySide6 was imported before or not."""
    code = (f"import builtins, {first}\n"
            "import PySide6.QtNetwork\n"  # a Qt module imported later does not bring it back
            "print(builtins.__import__ is builtins.__feature_import__,"
            " builtins.__import__ is builtins.__orig_import__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
