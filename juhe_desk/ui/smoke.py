"""``--smoke-test DIR`` (only with ``--demo``): proves an installed build works, with files as
its only output, since a windowed Windows program has no console.

``packaging/windows/smoke.sh`` starts the installed juhe-desk.exe this way under Wine, and
``tests/ui/test_smoke_option.py`` the development copy. Once the window is up it
1. sends one quick message through the built-in simulator and waits for its delivery report;
2. waits for the bulk-import tab to read FILE, when one was given;
3. saves, reads back and deletes a password with Chinese characters in the system keyring (on
   Windows: Credential Manager), then saves it once more for smoke.sh to look for in plain
   text on disk;
4. writes ``main.png`` (the Send tab after the send), ``import.png`` and ``result.json`` to DIR
   and quits; the exit code is 0 only if every step held, and result.json says which did not.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import QObject, QTimer, qVersion
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication

from juhe_desk import __version__
from juhe_desk.credentials import CredentialStore
from juhe_desk.domain.sheets.model import SheetData
from juhe_desk.services.sending import SendReport
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.models.results_model import ResultsModel
from juhe_desk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

SMOKE_NUMBER = "13800138000"
SMOKE_ACCOUNT = "smoke-test"  # the keyring entry the check writes
DEADLINE_S = 180.0
FINAL_STATUSES = ("delivered", "failed")  # a delivery report arrived, whatever it says


class SmokeTest(QObject):
    """Drives the window through the steps above; ``exit_code`` once it has quit."""

    def __init__(self, window: MainWindow, out_dir: Path, file: Path | None,
                 deadline_s: float = DEADLINE_S) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.compose = window.pages.compose
        self.importer = window.pages.importer
        self.out_dir = out_dir
        self.file = file
        self.exit_code = 1
        self.started = time.monotonic()
        self.result: dict[str, Any] = {}
        self.failures: list[str] = []
        self.pending = {"keyring", "send", "report"} | ({"file"} if file is not None else set())
        self._finished = False
        self._confirm = QTimer(self)  # until the confirmation dialog is up
        self._confirm.setInterval(100)
        self._confirm.timeout.connect(self._confirm_when_asked)
        self._pull = QTimer(self)  # "Check for reports now", every second, until one is in
        self._pull.setInterval(1000)
        self._pull.timeout.connect(self.session.poll_now)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._timed_out)
        self._deadline.start(int(deadline_s * 1000))
        if file is not None:  # the import tab starts reading FILE as the window opens
            panel = self.importer.file_panel
            panel.loaded.connect(self._file_loaded)
            panel.readFailed.connect(lambda reason: self._fail("file", f"not read: {reason}"))

    def start(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        log.info("smoke test: writing to %s", self.out_dir)
        self.result["environment"] = self._environment()
        if self.importer.data is not None:  # read before the event loop ran this
            self._file_loaded(self.importer.data)
        self.session.sendFinished.connect(self._sent)
        self.compose.campaign_runner.failed.connect(lambda _id, why: self._fail("send", why))
        model = self.compose.results_model
        for changed in (model.modelReset, model.layoutChanged, model.dataChanged,
                        model.rowsInserted):
            changed.connect(self._check_report)
        self.session.runner.submit(keyring_round_trip, on_result=self._keyring_checked,
                                   on_error=lambda e: self._fail("keyring", repr(e)))
        self.compose.recipients.set_numbers(SMOKE_NUMBER)
        self.compose.content.set_text(f"冒烟测试：来自 {__version__} 的一条消息 "
                                      f"{time.strftime('%H:%M:%S')}")
        self.compose.send()
        self._confirm.start()

    # --- steps ----------------------------------------------------------------------------
    def _confirm_when_asked(self) -> None:
        dialog = self.compose.confirm_dialog
        if dialog is None or not dialog.isVisible():
            return
        self._confirm.stop()
        if dialog.send_button is None:
            self._fail("send", "the confirmation offered no send button")
        else:
            dialog.send_button.click()

    def _check_report(self) -> None:
        if "report" not in self.pending or "send" in self.pending:
            return
        record = self.compose.results_model.record(0)
        if record is not None and record.status in FINAL_STATUSES:
            shown = self.compose.results_model.index(0, ResultsModel.COL_OUTCOME).data()
            self.result["send"].update(mid=record.mid, status=record.status, stat=record.stat,
                                       shown=shown)
            self._pull.stop()
            self._done("report")

    def _sent(self, report: SendReport) -> None:
        self.result["send"] = {"outcome": report.outcome, "accepted": report.progress.accepted}
        if report.outcome != "done" or report.progress.accepted != 1:
            self._fail("send", f"outcome {report.outcome}, {report.progress.accepted} accepted")
            return
        self._done("send")
        # Its results are read while shown (a FILE brought the import tab forward).
        self.window.tabs.setCurrentWidget(self.compose)
        self._pull.start()
        self._check_report()

    def _file_loaded(self, data: SheetData) -> None:
        if "file" not in self.pending:
            return
        self.result["file"] = {"path": str(data.path), "rows": len(data.rows),
                               "columns": list(data.columns),
                               "same_path": self.file is not None
                               and os.path.samefile(data.path, self.file)}
        self._done("file")

    def _keyring_checked(self, checked: dict[str, Any]) -> None:
        self.result["keyring"] = checked
        if not (checked["persisted"] and checked["read_back"] and checked["deleted"]):
            self._fail("keyring", "the password did not make the round trip")
        else:
            self._done("keyring")

    # --- the end --------------------------------------------------------------------------
    def _done(self, step: str) -> None:
        self.pending.discard(step)
        log.info("smoke test: %s done", step)
        if not self.pending:
            self._finish()

    def _fail(self, step: str, why: str) -> None:
        self.failures.append(f"{step}: {why}")
        self.pending.discard(step)
        if step == "send":
            self.pending.discard("report")  # none will come
        log.error("smoke test: %s failed: %s", step, why)
        if not self.pending:
            self._finish()

    def _timed_out(self) -> None:
        for step in sorted(self.pending):
            self.failures.append(f"{step}: not done within the deadline")
        self.pending.clear()
        self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        for timer in (self._confirm, self._pull, self._deadline):
            timer.stop()
        QTimer.singleShot(0, self._write_and_quit)  # after pending layout and paint events

    def _write_and_quit(self) -> None:
        tabs = self.window.tabs
        if self.file is not None:
            tabs.setCurrentWidget(self.importer)
            self.window.grab().save(str(self.out_dir / "import.png"))
        tabs.setCurrentWidget(self.compose)
        if not self.window.grab().save(str(self.out_dir / "main.png")):
            self.failures.append("screenshot: main.png could not be written")
        self.result.update(ok=not self.failures, failures=self.failures,
                           seconds=round(time.monotonic() - self.started, 1))
        target = self.out_dir / "result.json"
        partial = target.with_suffix(".json.part")
        partial.write_text(json.dumps(self.result, ensure_ascii=False, indent=2),
                           encoding="utf-8")
        partial.replace(target)
        self.exit_code = 0 if not self.failures else 1
        log.info("smoke test finished: %s", "ok" if not self.failures else self.failures)
        if self.compose.campaign_runner.busy:
            QApplication.exit(self.exit_code)  # closing would ask whether to stop the send
        else:
            self.window.close()

    def _environment(self) -> dict[str, Any]:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        return {
            "version": __version__, "frozen": bool(getattr(sys, "frozen", False)),
            "platform": sys.platform, "python": sys.version.split()[0], "qt": qVersion(),
            "utf8_mode": sys.flags.utf8_mode, "language": current_language(),
            "tabs": [self.window.tabs.tabText(i) for i in range(self.window.tabs.count())],
            "data_dir": str(self.session.data_dir),
            "executable": sys.executable,
            "fonts": {"families": font.families(), "resolved": QFontInfo(font).family(),
                      "chinese_capable": chinese[:20]},
            "screen": {"device_pixel_ratio": self.window.devicePixelRatioF(),
                       "logical_dpi": self.window.logicalDpiX(),
                       "rounding": QGuiApplication.highDpiScaleFactorRoundingPolicy().name},
        }


def keyring_round_trip(ctx: TaskContext) -> dict[str, Any]:
    """Worker thread: save, read, delete, and save again a password with Chinese in it."""
    store = CredentialStore()
    password = f"冒烟测试密码-{secrets.token_hex(4)}"
    saved = store.save_password(SMOKE_ACCOUNT, password)
    read_back = store.load_password(SMOKE_ACCOUNT) == password
    deleted = store.delete_password(SMOKE_ACCOUNT) and store.load_password(SMOKE_ACCOUNT) is None
    store.save_password(SMOKE_ACCOUNT, password)  # left for smoke.sh's look at the disk
    backend = keyring.get_keyring()
    return {"backend": f"{type(backend).__module__}.{type(backend).__name__}",
            "persisted": saved.persisted, "read_back": read_back, "deleted": deleted,
            "password": password}


def start_smoke_test(window: MainWindow, out_dir: Path, file: Path | None) -> SmokeTest:
    smoke = SmokeTest(window, out_dir, file)
    if window.ready:
        QTimer.singleShot(0, smoke.start)  # once the event loop runs
    else:
        window.startupFinished.connect(smoke.start)  # the demo gateway is up then
    return smoke
