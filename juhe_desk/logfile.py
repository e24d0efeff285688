"""The log file: in the data folder, or, when that cannot be written, in the temp folder.

The log must outlive the failures it reports: at start the data folder may sit on a full or
read-only disk. A write that fails switches the handler to ``<temp>/juhe-desk/logs`` once;
after that a record that cannot be written is dropped quietly (a GUI app has no console to
print logging's own traceback to). Nothing secret is ever logged.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import tempfile
from pathlib import Path

from juhe_desk import APP_NAME
from juhe_desk.gateway.log_redaction import SecretFilter

LOG_NAME = "juhe-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def fallback_log_dir() -> Path:
    return Path(tempfile.gettempdir()) / APP_NAME / "logs"


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that moves to the fallback folder when its own cannot be written."""

    _juhe_desk = True

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        self._moved = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging API
        if self._moved:
            return
        self._moved = True
        stream, self.stream = self.stream, None
        with contextlib.suppress(Exception):  # closing flushes, which may fail the same way
            if stream is not None:
                stream.close()
        try:
            folder = fallback_log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            self.baseFilename = str(folder / LOG_NAME)
            self.stream = self._open()
            super().emit(record)
        except Exception:  # noqa: BLE001 - nowhere left to write: drop it quietly
            return

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # a full disk refuses the last flush
            super().close()


def setup_logging(data_dir: Path) -> Path | None:
    """A rotating log file for the root logger; returns where it went (None: nowhere)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_juhe_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.INFO)
    for folder in (data_dir / "logs", fallback_log_dir()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = _LogFileHandler(folder / LOG_NAME)
        except OSError:
            continue
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(SecretFilter())  # passwords, their MD5 and the push secret: masked
        root.addHandler(handler)
        return folder / LOG_NAME
    return None


def current_log_file() -> Path | None:
    """Where the log is being written now (it may have moved since ``setup_logging``)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFileHandler):
            return Path(handler.baseFilename)
    return None
