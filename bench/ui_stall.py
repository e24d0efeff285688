"""The longest GUI-thread stall while 20,000 delivery reports stream in and a send runs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_stall.py [--numbers N] [--demo]
                                                                 [--profile]

The real app (``make_main_window``) shows the delivery reports tab. A QTimer fires every
5 ms on the GUI thread and records the longest gap between two ticks: first with the window
idle (the baseline), then while a thread sends a campaign of N numbers (through
``CampaignSender``, as the app's send job does), the gateway's reports are released as they
come (``flush_reports``) and the session's poller (every 200 ms here) pulls them; the run
ends when the table shows all N reports. Goal: the longest gap <= 50 ms.

The gateway is the simulator in its own process, as a real gateway is; ``--demo`` uses the
app's built-in demo gateway instead, whose server threads then share the app's GIL.
``--profile`` adds a profile of the GUI thread during the stream.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import keyring
import keyring.backend
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import DEMO_ACCOUNT, DEMO_EXTNO
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendReport
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.reports_page import ReportsPage

TICK_MS = 5
GOAL_MS = 50.0
READY_PREFIX = "juhe-desk simulator ready at "


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The bench account's password, in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@contextmanager
def gateway_process(password: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """The simulator in its own process: (base URL, release reports now)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "juhe_desk.gateway.simulator", "--port", "0",
         "--password", password, "--balance", str(10**9), "--report-delay", "0", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(READY_PREFIX):
                break
        else:
            raise RuntimeError(f"the simulator did not start (exit {process.wait(10)})")
        yield line[len(READY_PREFIX):].strip(), lambda: None  # its reports are due at once
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


class StallMeter:
    """Ticks every 5 ms on the GUI thread; remembers every gap between ticks.

    Also the GUI thread's own CPU time between two ticks: the part of a gap that is the
    GUI thread's work, rather than waiting for the GIL or for a CPU that others use.
    """

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.busy: list[float] = []
        self._last = 0.0
        self._last_cpu = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps, self.busy = [], []
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self._last) * 1000)
        self.busy.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def summary(self) -> str:
        gaps = sorted(self.gaps) or [0.0]
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        slow = sum(g > GOAL_MS for g in gaps)
        return (f"max {gaps[-1]:6.1f} ms · p99 {p99:5.1f} ms · {len(gaps)} ticks,"
                f" {slow} over {GOAL_MS:.0f} ms · GUI thread's own work at most"
                f" {max(self.busy, default=0.0):.1f} ms CPU between two ticks")


def run_until(done: Callable[[], bool], timeout_s: float) -> None:
    """Run the GUI event loop until ``done()`` (checked every 50 ms) or the timeout."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline
                          else None)
    check.start(50)
    loop.exec()
    check.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=20_000)
    parser.add_argument("--poll-ms", type=int, default=200)
    parser.add_argument("--idle-s", type=float, default=3.0)
    parser.add_argument("--demo", action="store_true", help="the in-process demo gateway")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="juhe-stall-") as data_dir:
        if args.demo:
            window = make_main_window(["--demo", "--data-dir", data_dir, "--lang", "zh_CN"])
            assert isinstance(window, MainWindow)
            simulator = window.session.simulator
            assert simulator is not None and window.session.account is not None
            simulator.set_balance(window.session.account.id, 10**9)
            try:
                return measure(window, simulator.flush_reports, args)
            finally:
                window.close()
        password = secrets.token_urlsafe(12)
        backend = MemoryKeyring()
        backend.set_password("juhe-desk", DEMO_ACCOUNT, password)
        keyring.set_keyring(backend)
        with gateway_process(password) as (url, flush):
            window = make_main_window(["--gateway", url, "--account", DEMO_ACCOUNT, "--extno",
                                       DEMO_EXTNO, "--data-dir", data_dir, "--lang", "zh_CN"])
            assert isinstance(window, MainWindow)
            try:
                return measure(window, flush, args)
            finally:
                window.close()
    del app


def measure(window: MainWindow, flush_reports: Callable[[], None],
            args: argparse.Namespace) -> int:
    session = window.session
    account = session.account
    assert account is not None and session.ready
    window.resize(1280, 760)
    window.show()
    page = window.findChild(ReportsPage, "reportsPage")
    assert page is not None
    window.tabs.setCurrentWidget(page)
    meter = StallMeter()

    run_until(lambda: False, 0.5)  # let start-up work (first pull, balance) finish
    meter.start()
    run_until(lambda: False, args.idle_s)
    meter.stop()
    baseline = max(meter.gaps)
    print(f"idle window (baseline):        {meter.summary()}")

    mobiles = [f"1{'3578'[i % 4]}{i:09d}" for i in range(args.numbers)]
    text = "【聚合云信】您好，本周六会员日全场八折，回T退订"
    make_client = session.client_factory()
    store = session.store
    finished: list[SendReport] = []
    sending_done = threading.Event()

    def send() -> None:  # the bench's own thread, as the campaign runner's job would be
        try:
            with store.job_connection():
                campaign = create_campaign_from_messages(
                    store, account_id=account.id, name="压力测试", extno=DEMO_EXTNO,
                    messages=[(m, text) for m in mobiles], batch_size=account.batch_size)
                finished.append(CampaignSender(store, make_client, campaign.id).run())
        finally:
            sending_done.set()

    def release_reports() -> None:
        while not sending_done.wait(0.25):
            flush_reports()
        flush_reports()

    announced = False

    def all_shown() -> bool:
        nonlocal announced
        if finished and not announced:  # on the GUI thread, as the app's own send does
            announced = True
            session.sendFinished.emit(finished[0])
        return page.model.rowCount() >= args.numbers and not page.model.is_loading()

    profile = cProfile.Profile() if args.profile else None
    session.poll_timer.start(args.poll_ms)
    started = time.perf_counter()
    meter.start()
    if profile is not None:
        profile.enable()
    threads = [threading.Thread(target=send, name="bench-send"),
               threading.Thread(target=release_reports, name="bench-flush")]
    for thread in threads:
        thread.start()
    run_until(all_shown, 300)
    if profile is not None:
        profile.disable()
    meter.stop()
    elapsed = time.perf_counter() - started
    for thread in threads:
        thread.join()
    stall = max(meter.gaps)
    print(f"{args.numbers:,} reports streaming in: {meter.summary()}")
    print(f"  sent {len(mobiles):,} numbers ({finished[0].outcome if finished else 'failed'}),"
          f" {store.count_reports():,} reports stored, {page.model.rowCount():,} shown,"
          f" in {elapsed:.1f} s")
    print(f"longest stall {stall:.1f} ms = {stall / baseline:.1f}x the idle baseline"
          f" ({baseline:.1f} ms); goal <= {GOAL_MS:.0f} ms: "
          + ("ok" if stall <= GOAL_MS else "MISSED"))
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return 0 if stall <= GOAL_MS and page.model.rowCount() >= args.numbers else 1


if __name__ == "__main__":
    sys.exit(main())
