""""Copy diagnostics": what support needs to help, and nothing secret.

Version, platform, the active account's settings (there is no password in them: it lives
only in the keyring), the app settings and the last lines of the log.
"""

from __future__ import annotations

import json
import platform
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from juhe_desk import __version__
from juhe_desk.ui.session import Session

LOG_LINES = 200


def diagnostics_job(session: Session) -> Callable[[], str]:
    """What reads the text in a job (the settings from the store, the keyring, the log
    file): the session's plain values are gathered here, on the GUI thread."""
    account = asdict(session.account) if session.account else None
    balance = asdict(session.balance) if session.balance else None
    store, credentials, data_dir = session.store, session.credentials, session.data_dir

    def read() -> str:
        lines = [
            f"juhe-desk {__version__}",
            f"Python {sys.version.split()[0]}, Qt {qVersion()}, PySide6 {pyside_version}",
            f"Platform {platform.platform()}",
            f"Data folder {data_dir}",
            f"Keyring available: {credentials.keyring_available()}",
            "Account: " + json.dumps(account, ensure_ascii=False),
            "Balance: " + json.dumps(balance, ensure_ascii=False),
            "Settings: " + json.dumps(store.all_settings(), ensure_ascii=False),
            f"--- last {LOG_LINES} log lines ---",
            *last_log_lines(data_dir),
        ]
        return "\n".join(lines)

    return read


def last_log_lines(data_dir: Path) -> list[str]:
    log_file = data_dir / "logs" / "juhe-desk.log"
    try:
        with log_file.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=LOG_LINES)]
    except OSError:
        return ["(no log file)"]
