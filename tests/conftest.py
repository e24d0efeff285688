"""Shared test set-up: offscreen Qt, no real home, keyring or network."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before any QApplication exists: pytest-qt does not choose the platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app under test never touches the user's real folders.
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

TESTS_DIR = Path(__file__).parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))  # for helper modules such as keyring_backends

# Real PostgreSQL servers in throwaway folders, for the team-database tests.
pytest_plugins = ["team_host_support"]
