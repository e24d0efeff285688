"""ui/widget_types.py: the widget types PySide creates at the first viewport() are the ones
the window's start makes ready a few per turn, so that first viewport() (the Send tab's
results view, just after the first paint) creates none itself.

In fresh processes: which Qt classes a process has created is its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = """
import json, sys
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QTableView
from juhe_desk.ui.widget_types import WidgetTypes
app = QApplication([])
view = QTableView()
steps = 0
if sys.argv[1] == "made ready":
    types = WidgetTypes()
    while types.make_ready() is not None:
        steps += 1
before = set(vars(QtWidgets))
view.viewport()
print(json.dumps([steps, sorted(set(vars(QtWidgets)) - before)]))
"""


def created_by_first_viewport(made_ready: bool) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "made ready" if made_ready else "as it comes"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    steps, created = json.loads(done.stdout.strip().splitlines()[-1])
    return steps, created


def test_the_start_makes_ready_every_type_the_first_viewport_would_create() -> None:
    from juhe_desk.ui.widget_types import WIDGET_CLASSES

    _steps, created = created_by_first_viewport(made_ready=False)
    assert created, "the first viewport() created no type: is widget_types still needed?"
    assert set(created) <= set(WIDGET_CLASSES)
    steps, created = created_by_first_viewport(made_ready=True)
    assert created == []
    assert steps >= 2  # in a few turns, not all at once
