"""The longest GUI-thread stall while a campaign sends from the Send tab, its delivery reports
stream in, and a 100,000-row workbook is opened and checked in the bulk tab.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_stall.py [--numbers N] [--rows N]
                                  [--replies N] [--folder DIR] [--poll-ms MS] [--trace]
                                  [--events] [--stalls-in PHASES] [--demo]

Everything goes through the real window (``make_main_window``, signed in to the gateway
simulator in its own process, as a real gateway is), the way a user does it:
1. idle: the window shown, nothing happening (the baseline);
2. paste: N numbers (20,000) pasted into the Send tab and a text typed; Qt lays out the
   pasted text on the GUI thread, a one-off the goal leaves out (reported on its own);
3. send: 发送 clicked and the confirmation confirmed: the tab's campaign runner sends, its
   results refreshed per batch, while the poller (every ``--poll-ms``, 200 ms here) pulls the
   reports;
4. file: meanwhile the bulk tab is brought forward and the workbook of ``--rows`` rows
   (100,000) opened, as "Open…" does: read in the reader process, every row checked, the
   preview filled; then a message with two fields typed, and every row checked again;
5. reports: the delivery reports tab, until it shows all N reports;
6. inbox: the Inbox tab while ``--replies`` replies (600) arrive by push, 20 every 200 ms
   (``reply_pusher.py``, as the push receiver stores them), its conversations first, then
   all replies, until it shows them all;
7. results: back to the Send tab, its results showing each number's report.
A 2 ms QTimer on the GUI thread records every gap between two of its ticks. Goal: the longest
gap <= 16 ms (one frame at 60 Hz) in every phase. ``--trace`` names what the GUI thread was
doing in each gap over 16 ms (its Python stack, sampled every millisecond by another thread)
and when (the monotonic clock, as ``perf record -k CLOCK_MONOTONIC`` stamps its samples: what
another thread holding the GIL was doing meanwhile is only seen there), and every pass of the
garbage collector over 1 ms in the gap (a pass holds the GIL, whichever thread runs it), what
the app's other threads ran meanwhile (sampled as the GIL let the sampler run), and each
phase's collector passes. ``--events`` (with ``--trace``) adds the events the GUI thread
handled in each stall and where its CPU went in each phase (``stall_events.py``);
``--stalls-in reports,inbox`` lists only those phases' stalls.
``--demo`` uses the app's built-in demo gateway instead, whose server threads then share the
app's GIL.

``StallMeter`` and ``run_until`` are shared with hostile_bench.py.
"""

from __future__ import annotations

import argparse
import itertools
import os
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from simulator_process import gateway_process
from stall_events import EventLog
from stall_trace import CollectorWatch, StackSampler

ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 5  # hostile_bench's; this bench ticks every 2 ms
FRAME_MS = 16.0
GOAL_MS = FRAME_MS
TEXT = "【聚合云信】您好，本周六会员日全场八折，回T退订"
TEMPLATE = "{姓名}您好，您的订单{单号}已发货，回T退订"




class StallMeter:
    """Ticks on the GUI thread; remembers every gap between ticks (ms) and when it ended.

    Also the GUI thread's own CPU time between two ticks: the part of a gap that is the
    GUI thread's work, rather than waiting for the GIL or for a CPU that others use.
    """

    def __init__(self, tick_ms: int = TICK_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self.ends: list[float] = []
        self.busy: list[float] = []
        self.app_busy: list[float] = []  # the whole app process's CPU time in each gap
        self._last = 0.0
        self._last_cpu = 0.0
        self._last_app_cpu = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps, self.ends, self.busy, self.app_busy = [], [], [], []
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._last_app_cpu = time.process_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu, app_cpu = time.perf_counter(), time.thread_time(), time.process_time()
        self.gaps.append((now - self._last) * 1000)
        self.ends.append(now)
        self.busy.append((cpu - self._last_cpu) * 1000)
        self.app_busy.append((app_cpu - self._last_app_cpu) * 1000)
        self._last, self._last_cpu, self._last_app_cpu = now, cpu, app_cpu

    def summary(self, start: float = 0.0, end: float = float("inf")) -> str:
        chosen = [(g, b) for g, b, e in zip(self.gaps, self.busy, self.ends, strict=True)
                  if start < e <= end]
        gaps = sorted(g for g, _b in chosen) or [0.0]
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        slow = sum(g > GOAL_MS for g in gaps)
        return (f"max {gaps[-1]:6.1f} ms · p99 {p99:5.1f} ms · {len(gaps)} ticks,"
                f" {slow} over {GOAL_MS:.0f} ms · GUI thread's own work at most"
                f" {max((b for _g, b in chosen), default=0.0):.1f} ms CPU between two ticks,"
                f" {sum(b for _g, b in chosen):.0f} ms in all")

    def longest(self, start: float = 0.0, end: float = float("inf")) -> float:
        return max((g for g, e in zip(self.gaps, self.ends, strict=True) if start < e <= end),
                   default=0.0)


def run_until(done: Callable[[], bool], timeout_s: float) -> None:
    """Run the GUI event loop until ``done()`` (checked every 50 ms) or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline
                          else None)
    check.start(50)
    loop.exec()
    check.stop()


def make_workbook(path: Path, rows: int) -> Path:
    if not path.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from import_bench import make_workbook as write

        print(f"writing a workbook of {rows:,} rows to {path}…", flush=True)
        write(path, rows)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--replies", type=int, default=600)
    parser.add_argument("--folder", type=Path, help="keep the workbook here and reuse it")
    parser.add_argument("--poll-ms", type=int, default=200)
    parser.add_argument("--idle-s", type=float, default=2.0)
    parser.add_argument("--demo", action="store_true", help="the in-process demo gateway")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--events", action="store_true",
                        help="with --trace: the events the GUI thread handled in each stall")
    parser.add_argument("--stalls-in", default="",
                        help="with --trace: list only the stalls of these phases (comma-separated:"
                             " send,file,reports,inbox,results)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs (other work on the machine lengthens the gaps)")
    with tempfile.TemporaryDirectory(prefix="juhe-stall-") as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        workbook = make_workbook(folder / f"customers-{args.rows}.xlsx", args.rows)
        data_dir = Path(scratch) / "data"
        if args.demo:
            return run(["--demo"], data_dir, workbook, args)
        import keyring

        from juhe_desk.gateway.simulator import DEMO_ACCOUNT, DEMO_EXTNO

        sys.path.insert(0, str(ROOT / "tests"))
        from keyring_backends import MemoryKeyring

        password = secrets.token_urlsafe(12)
        keyring.set_keyring(MemoryKeyring())
        keyring.set_password("juhe-desk", DEMO_ACCOUNT, password)
        with gateway_process(password) as url:
            return run(["--gateway", url, "--account", DEMO_ACCOUNT, "--extno", DEMO_EXTNO],
                       data_dir, workbook, args)
    del app


def run(argv: list[str], data_dir: Path, workbook: Path, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QPushButton

    from juhe_desk.app import make_main_window
    from juhe_desk.startup_gc import collect_as_usual, collect_less
    from juhe_desk.ui.main_window import MainWindow

    collect_less()  # the collector as the app runs it (juhe_desk.__main__, app.run)
    window = make_main_window([*argv, "--data-dir", str(data_dir), "--lang", "zh_CN"])
    assert isinstance(window, MainWindow)
    window.startupFinished.connect(collect_as_usual)
    window.resize(1280, 760)
    window.show()
    run_until(lambda: bool(getattr(window, "ready", True)), 30)  # the window's start is done
    session = window.session
    if args.demo:
        assert session.simulator is not None and session.account is not None
        session.simulator.set_balance(session.account.id, 10**9)
    compose, importer, reports = window.pages.compose, window.pages.importer, window.pages.reports
    stored = ReportWatcher(Path(session.store.path), args.numbers)
    meter = StallMeter(tick_ms=2)
    trace = StackSampler() if args.trace else None
    collector = CollectorWatch() if args.trace else None
    events = EventLog() if args.trace and args.events else None
    marks: dict[str, float] = {}
    try:
        run_until(lambda: False, 0.5)  # the start's own work (first pull, balance) settles
        meter.start()
        marks["idle"] = time.perf_counter()
        run_until(lambda: False, args.idle_s)

        marks["paste"] = time.perf_counter()
        compose.recipients.set_numbers("\n".join(number(i) for i in range(args.numbers)))
        compose.content.set_text(TEXT)
        run_until(lambda: compose.recipients.up_to_date, 60)

        marks["send"] = time.perf_counter()
        session.poll_timer.start(args.poll_ms)
        compose.send_button.click()
        run_until(lambda: compose.confirm_dialog is not None
                  and compose.confirm_dialog.isVisible(), 60)
        dialog = compose.confirm_dialog
        assert dialog is not None
        confirm = dialog.findChild(QPushButton, "confirmSendButton")
        assert confirm is not None
        confirm.click()

        marks["file"] = time.perf_counter()
        window.tabs.setCurrentWidget(importer)
        importer.open_file(workbook)
        run_until(lambda: importer.checked_rows is not None and not importer.checker.busy
                  and not importer.file_panel.reading, 300)
        checked_s = time.perf_counter() - marks["file"]
        before = importer.details_label.text()
        importer.message_panel.template_edit.setPlainText(TEMPLATE)  # checked again, as typed
        run_until(lambda: importer.checked_rows is not None and importer.checked_rows.personalised
                  and not importer.checker.busy and importer.details_label.text() != before,
                  300)

        marks["reports"] = time.perf_counter()
        window.tabs.setCurrentWidget(reports)
        run_until(lambda: stored.all_in.is_set() and not compose.campaign_runner.busy
                  and reports.model.rowCount() >= args.numbers
                  and not reports.model.is_loading(), 300)
        marks["inbox"] = time.perf_counter()
        watch_replies(window, args.replies, lambda i: number(i * 7 % args.numbers))
        marks["results"] = time.perf_counter()
        window.tabs.setCurrentWidget(compose)
        run_until(lambda: False, 1.5)
        marks["end"] = time.perf_counter()
    finally:
        meter.stop()
        stored.stop()
        if trace is not None:
            trace.stop()
        if collector is not None:
            collector.stop()
        if events is not None:
            events.stop()
        window.close()
    return report(meter, marks, trace, collector, events, args, checked_s,
                  f"{stored.count:,} reports stored, {reports.model.rowCount():,} shown,"
                  f" {len(importer.data or ()):,} rows read and checked")


def number(i: int) -> str:
    """The i-th number the campaign is sent to."""
    return f"1{'3578'[i % 4]}{i:09d}"


def watch_replies(window: object, total: int, numbers: Callable[[int], str]) -> None:
    """The Inbox tab while ``total`` replies arrive by push: its conversations, then (from
    half way) all replies, until the table shows every one."""
    from reply_pusher import ReplyPusher

    inbox = window.pages.inbox  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(inbox)  # type: ignore[attr-defined]
    pusher = ReplyPusher(inbox.push_service._store_items, numbers, total)
    pusher.start()
    try:
        run_until(lambda: pusher.pushed >= total // 2, 120)
        inbox.modes.setCurrentIndex(1)  # all replies
        run_until(lambda: pusher.pushed >= total and inbox.model.rowCount() >= total
                  and not inbox.model.is_loading(), 120)
    finally:
        pusher.stop()


class ReportWatcher:
    """A thread of its own counts the stored reports (its own connection): the GUI thread
    is not asked."""

    def __init__(self, database: Path, expected: int) -> None:
        self.count = 0
        self.all_in = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(database, expected),
                                        daemon=True)
        self._thread.start()

    def _watch(self, database: Path, expected: int) -> None:
        import sqlite3

        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
            while not self._stop.wait(0.25):
                self.count = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
                if self.count >= expected:
                    self.all_in.set()
        conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def report(meter: StallMeter, marks: dict[str, float], trace: StackSampler | None,
           collector: CollectorWatch | None, events: EventLog | None,
           args: argparse.Namespace, checked_s: float,
           counts: str) -> int:
    phases = ["idle", "paste", "send", "file", "reports", "inbox", "results", "end"]
    names = {"idle": "idle window (baseline)",
             "paste": f"(paste {args.numbers:,} numbers: not in the goal)",
             "send": f"Send tab: {args.numbers:,} numbers sent",
             "file": f"bulk tab: {args.rows:,} rows read, checked",
             "reports": "reports tab, reports streaming in",
             "inbox": f"Inbox tab, {args.replies:,} replies pushed", "results": "Send tab, results"}
    print(f"{args.numbers:,} numbers sent, {counts}; the workbook read and checked in"
          f" {checked_s:.1f} s; {marks['end'] - marks['send']:.1f} s in all")
    worst = 0.0
    for phase, following in itertools.pairwise(phases):
        if phase not in marks or following not in marks:
            continue
        start, end = marks[phase], marks[following]
        print(f"  {names[phase]:<38} {meter.summary(start, end)}")
        if collector is not None:
            print(f"  {'':<38} {collector.summary(start, end)}")
        if events is not None and phase not in ("idle", "paste"):
            print(f"  {'':<38} GUI thread's CPU went to: {events.busiest(start, end)}")
        if phase not in ("idle", "paste"):
            worst = max(worst, meter.longest(start, end))
    baseline = meter.longest(marks["idle"], marks["paste"])
    print(f"longest stall {worst:.1f} ms = {worst / max(baseline, 0.1):.1f}x the idle baseline"
          f" ({baseline:.1f} ms); goal <= {GOAL_MS:.0f} ms: "
          + ("ok" if worst <= GOAL_MS else "MISSED"))
    over = [(g, a) for g, a, e in zip(meter.gaps, meter.app_busy, meter.ends, strict=True)
            if g > GOAL_MS and e > marks["send"]]
    if over:
        waited = sum(g for g, _a in over)
        ran = sum(min(a, g) for g, a in over)
        print(f"{len(over)} stalls over {GOAL_MS:.0f} ms from the send on, {waited:.0f} ms in all:"
              f" the app's threads ran {ran:.0f} ms of it ({100 * ran / waited:.0f}%), the rest"
              " the app waited for a CPU that other processes used")
    if trace is not None and collector is not None:
        print("stalls over one frame and what ran in them:")
        print("  (in brackets the CPU time in the gap of the GUI thread, and of the whole app"
              " process: what the app's other threads used beside the GUI thread's held the"
              " GIL or a CPU; a gap the app hardly used waited for a CPU others used)")

        def phase_of(end: float) -> str:
            return max((p for p in phases[:-1] if marks.get(p, 0) <= end),
                       key=lambda p: marks[p])

        wanted = set(args.stalls_in.split(",")) if args.stalls_in else set(phases)
        stalls = sorted((s for s in zip(meter.gaps, meter.ends, meter.busy, meter.app_busy,
                                        strict=True)
                         if s[0] > FRAME_MS and s[1] > marks["send"]
                         and phase_of(s[1]) in wanted), reverse=True)
        for gap, end, busy, app_busy in stalls[:25]:
            print(f"  {gap:5.1f} ms ({busy:4.1f} ms GUI, {app_busy:5.1f} ms app CPU) in"
                  f" {phase_of(end)}:"
                  f" {trace.during(end, gap)}{collector.during(end, gap)}"
                  f"  [{end - gap / 1000:.6f}..{end:.6f}]")
            if events is not None:
                print(f"      events: {events.during(end, gap)}")
            others = trace.others_during(end, gap)
            if others:
                print(f"      other threads: {others}")
    return 0 if worst <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
