"""What the user waits for in the real window, from confirming a send to its first request:
the Send tab with N numbers (100,000), the simulator in its own process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/first_request_bench.py [--numbers N]
                                  [--repeat 3]

The numbers are pasted and checked, a text typed, 发送 clicked; the clock starts as the
confirmation's button is clicked and stops as the app posts its first request (the
client's ``submit``, on a worker). Beside it: the longest gap of a 2 ms timer on the GUI
thread meanwhile (the window carries on), and when the whole campaign was saved. The run
is then paused and the window closed. To compare code bases in one run, start this file
with another worktree's interpreter (its ``juhe_desk`` is the one measured):

    /work/wt/other/.venv/bin/python bench/first_request_bench.py
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import threading
import time
from pathlib import Path

from simulator_process import gateway_process
from ui_stall import run_until

ROOT = Path(__file__).resolve().parents[1]
TEXT = "【聚合云信】您好，本周六会员日全场八折，回T退订"


class GapMeter:
    """A 2 ms timer on the GUI thread; the longest gap between its ticks while on."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest_ms = 0.0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now


def first_request_clock() -> tuple[threading.Event, list[float]]:
    """Stamps the moment the app posts its first request."""
    from juhe_desk.gateway.client import GatewayClient

    posted = threading.Event()
    at: list[float] = []
    submit = GatewayClient.submit

    def stamped(self: GatewayClient, request: object) -> object:
        if not posted.is_set():
            at.append(time.perf_counter())
            posted.set()
        return submit(self, request)  # type: ignore[arg-type]

    GatewayClient.submit = stamped  # type: ignore[assignment,method-assign]
    return posted, at


def one_run(url: str, account: str, extno: str, numbers: int,
            data_dir: Path) -> tuple[float, float, float]:
    from PySide6.QtWidgets import QPushButton

    from juhe_desk.app import make_main_window
    from juhe_desk.ui.main_window import MainWindow

    posted, at = first_request_clock()
    window = make_main_window(["--gateway", url, "--account", account, "--extno", extno,
                               "--data-dir", str(data_dir), "--lang", "zh_CN"])
    assert isinstance(window, MainWindow)
    window.show()
    run_until(lambda: bool(getattr(window, "ready", True)), 30)
    compose = window.pages.compose
    store = window.session.store
    try:
        compose.recipients.set_numbers("\n".join(
            f"1{'3578'[i % 4]}{i:09d}" for i in range(numbers)))
        compose.content.set_text(TEXT)
        run_until(lambda: compose.recipients.up_to_date, 120)
        compose.send_button.click()
        run_until(lambda: compose.confirm_dialog is not None
                  and compose.confirm_dialog.isVisible(), 120)
        dialog = compose.confirm_dialog
        assert dialog is not None
        confirm = dialog.findChild(QPushButton, "confirmSendButton")
        assert confirm is not None
        meter = GapMeter()
        meter.start()
        clicked = time.perf_counter()
        confirm.click()
        run_until(posted.is_set, 120)
        meter.stop()
        waited = at[0] - clicked
        compose.campaign_runner.pause()  # the rest is not what is measured
        run_until(lambda: not compose.campaign_runner.busy, 300)
        saved = time.perf_counter() - clicked  # the run ends once its saving has
        campaign_id = compose.campaign_runner.campaign_id
        assert campaign_id is not None and not store.partly_saved(campaign_id)
        return waited, meter.longest_ms, saved
    finally:
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    import juhe_desk

    app = QApplication.instance() or QApplication(sys.argv)
    import keyring

    from juhe_desk.gateway.simulator import DEMO_ACCOUNT, DEMO_EXTNO

    sys.path.insert(0, str(ROOT / "tests"))
    from keyring_backends import MemoryKeyring

    password = secrets.token_urlsafe(12)
    keyring.set_keyring(MemoryKeyring())
    keyring.set_password("juhe-desk", DEMO_ACCOUNT, password)
    print(f"juhe_desk from {Path(juhe_desk.__file__).parent}; {args.numbers:,} numbers")
    for run in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="juhe-first-") as scratch, \
                gateway_process(password) as url:
            waited, gap, saved = one_run(url, DEMO_ACCOUNT, DEMO_EXTNO, args.numbers,
                                         Path(scratch) / "data")
        print(f"run {run + 1}: click -> first request {waited:.3f} s; longest GUI gap"
              f" meanwhile {gap:.1f} ms; run over (all saved) after {saved:.2f} s")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
