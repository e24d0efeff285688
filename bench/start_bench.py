"""From launch to a usable main window, against a bare QMainWindow started in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/start_bench.py [--runs N] [--history N]

Every run is a fresh process (``python -m juhe_desk``, as the installed script starts it),
started in turn with the other kinds, each round in an order one place further along, so the
machine's noise (and what one start leaves to the next) falls on all of them alike:

- ``bare``: a process that imports Qt and shows an empty ``QMainWindow`` (the baseline);
- ``demo``: ``juhe-desk --demo`` on the demo's data folder (made by one start before timing);
- ``normal``: ``juhe-desk`` signed in to a gateway (the simulator in its own process) with its
  password in the keyring, on an existing data folder holding a history (``--history``
  messages sent through that gateway, and their delivery reports);
- ``file``: the normal start with a workbook of ``--file-rows`` rows (100,000) as FILE, as
  "Open with…" starts it: timed until the file is read and every row checked, and its goal
  is the GUI thread's: no stall over one frame from the first paint on.

"Usable" is measured inside the started process, from its start (the parent's clock when it
launches it; Linux's monotonic clock is shared by all processes):
- **painted**: the main window has been shown and painted (its first paint pass ended);
- **ready**: the window's own start has finished (``MainWindow.ready``: the tabs with work
  from the start built, the demo gateway up, polling begun); a window without that notion is
  ready once painted;
- **usable**: from painted on, a 2 ms timer on the GUI thread watches until 300 ms after ready;
  usable is the end of the last gap longer than one frame (16 ms) in that time, or painted
  when there was none. From then on the window answers within a frame: work the window does
  on the GUI thread after its first paint counts, work in other threads only as far as it
  keeps the GUI thread from running. The start goes on after ready: a second later it
  builds the tabs it left out, a part per turn; ``--whole-start`` watches until that is done
  too, so that usable counts its stalls as well (the tabs are then built: none is chosen).
- **a tab first chosen**: after that watch, each tab whose page is not built yet is chosen,
  as a click would (the page is built then): the ms from the choice to the page's first
  paint, what a user waits for at that first click.
The best of N of each kind is reported with its ratio to the best bare start, and the
median of N with its ratio to the median bare start: the goal (usable ≤ 2x the bare window)
is the median's, a start as it usually goes, not the luckiest one. ``--verbose`` lists each
run's stalls with the steps, the jobs (other threads) and the jobs' callbacks in them. A
process that fails to come up is an error, not a figure. ``--trace`` lists the window's
start steps after the paint with their wall and GUI-thread CPU time
(``MainWindow.start_trace``); ``--compare TREE`` also starts the demo and normal kinds from
another checkout (``demo@``, ``normal@``), alternately with this one's, for before/after
figures taken in the same run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from simulator_process import gateway_process
from start_diagnosis import CALLBACKS, print_stalls, print_trace, trace_jobs

ROOT = Path(__file__).resolve().parents[1]
GOAL_RATIO = 2.0
PASSWORD = "bench-pw-5521"
RESULT_PREFIX = "start-bench: "
WINDOW_SIZE = (1100, 720)  # the main window's own size
HEARTBEAT_MS = 2
FRAME_MS = 16.0
WATCH_AFTER_READY_MS = 300
WATCH_AFTER_OPEN_MS = 100
WHOLE_START = "START_BENCH_WHOLE_START"  # set in the started process by --whole-start


# --- the started process --------------------------------------------------------------------
def child(kind: str, argv: list[str]) -> int:
    """Runs in the started process: time to paint and to idle, printed as one JSON line.
    The app starts as ``python -m juhe_desk`` does: what it does before Qt first, then the
    app's modules (the probe's Qt imports come after them, as the app's own)."""
    argv_flags = {flag for flag in (WHOLE_START,) if os.environ.get(flag)}
    if kind != "bare":
        from juhe_desk.__main__ import before_qt

        args = before_qt(argv)
        import juhe_desk.app as app_module
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks: dict[str, float] = {}
    jobs = trace_jobs() if kind != "bare" else []
    opened: dict[str, float] = {}  # tab not built at ready: ms from its choice to its paint

    class Probe(QObject):
        """Watches the main window's first paint, then the GUI thread until it is ready."""

        def __init__(self, window: QMainWindow) -> None:
            super().__init__(window)
            self.window = window
            self.ticks: list[tuple[float, float]] = []  # (wall clock, GUI thread's CPU time)
            self.heartbeat = QTimer(self)
            self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
            self.heartbeat.setInterval(HEARTBEAT_MS)
            self.heartbeat.timeout.connect(self._tick)
            self.clicked: float | None = None  # when a tab not built yet was chosen
            window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint:
                return False
            if watched is self.window and "paint" not in marks:
                marks["paint"] = time.perf_counter()
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, self._painted)  # runs once this paint pass is over
            elif watched is not self.window and self.clicked is not None:
                opened[watched.objectName()] = (time.perf_counter() - self.clicked) * 1000
                watched.removeEventFilter(self)
                self.clicked = None
                QTimer.singleShot(WATCH_AFTER_OPEN_MS, self._open_next_tab)
            return False

        def _tick(self) -> None:
            self.ticks.append((time.perf_counter(), time.thread_time()))

        def _painted(self) -> None:
            marks["painted"] = time.perf_counter()
            self.ticks.append((marks["painted"], time.thread_time()))
            self.heartbeat.start()
            if bool(getattr(self.window, "ready", True)):
                self._ready()
            else:
                self.window.startupFinished.connect(self._ready)

        def _ready(self) -> None:
            marks["ready"] = time.perf_counter()
            if kind != "file":
                QTimer.singleShot(WATCH_AFTER_READY_MS, self._watched)
                return
            self.poll = QTimer(self)  # until FILE is read and every row checked
            self.poll.timeout.connect(self._file_checked)
            self.poll.start(10)

        def _file_checked(self) -> None:
            page = self.window.pages.importer  # type: ignore[attr-defined]
            if (page.data is not None and page.checked_rows is not None and not page.checker.busy
                    and not page.file_panel.reading):
                self.poll.stop()
                marks["checked"] = time.perf_counter()
                QTimer.singleShot(WATCH_AFTER_READY_MS, self._watched)

        def _open_next_tab(self) -> None:
            """Choose the next tab whose page is not built yet, as a click on it would; once
            none is left, report."""
            pages = getattr(self.window, "pages", None)
            tabs = getattr(self.window, "tabs", None)
            built = set(pages.built_pages()) if pages is not None else set()
            left = [i for i in range(tabs.count()) if tabs.widget(i) not in built] if (
                tabs is not None and pages is not None) else []
            if not left:
                self._report()
                return
            self.clicked = time.perf_counter()
            tabs.setCurrentIndex(left[0])  # builds the page at once
            tabs.widget(left[0]).installEventFilter(self)

        def _watched(self) -> None:
            start = getattr(self.window, "_start", None)  # a tree without ``starting``
            if WHOLE_START in argv_flags and getattr(
                    self.window, "starting", start is not None and start.pending):
                QTimer.singleShot(WATCH_AFTER_READY_MS, self._watched)  # the later tabs too
                return
            self.heartbeat.stop()
            ticks = [*self.ticks, (time.perf_counter(), time.thread_time())]
            gaps = [(b - a, b, b_cpu - a_cpu)
                    for (a, a_cpu), (b, b_cpu) in itertools.pairwise(ticks)]
            marks["usable"] = max((end for gap, end, _cpu in gaps if gap * 1000 > FRAME_MS),
                                  default=marks["painted"])
            marks["stall_ms"] = max(gap for gap, _end, _cpu in gaps) * 1000
            # The GUI thread's own work in a gap, whatever the machine's load added to it.
            marks["busy_ms"] = max(cpu for _gap, _end, cpu in gaps) * 1000
            stalls = [[round((end - marks["painted"]) * 1000), round(gap * 1000),
                       round(cpu * 1000)]
                      for gap, end, cpu in gaps if gap * 1000 > FRAME_MS]
            # The window's start steps after the paint (MainWindow.start_trace): name, ms
            # after painted, wall and GUI-thread CPU ms.
            trace = [[name, round((began - marks["painted"]) * 1000, 1), round(wall, 1),
                      round(cpu, 1)]
                     for name, began, wall, cpu in getattr(self.window, "start_trace", [])]
            # The jobs' callbacks on the GUI thread, alike.
            callbacks = [[name, round((began - marks["painted"]) * 1000, 1), round(wall, 1),
                          round(cpu, 1)] for name, began, wall, cpu in CALLBACKS]
            # The session's jobs (other threads): name, ms after painted at their start and
            # end, and their own thread's CPU ms.
            job_rows = [[name, round((began - marks["painted"]) * 1000, 1),
                         round((ended - marks["painted"]) * 1000, 1), round(cpu, 1)]
                        for name, began, ended, cpu in jobs]
            self.result = {**marks, "stalls": stalls, "trace": trace, "jobs": job_rows,
                           "callbacks": callbacks}
            self._open_next_tab()

        def _report(self) -> None:
            print(RESULT_PREFIX + json.dumps({**self.result, "opened": opened}), flush=True)
            self.window.close()
            app = QApplication.instance()
            if app is not None:
                app.quit()

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(*WINDOW_SIZE)
        Probe(window)
        marks["built"] = time.perf_counter()
        window.show()
        return app.exec()

    make_main_window = app_module.make_main_window

    def watched_make_main_window(args: list[str]) -> QMainWindow:
        window = make_main_window(args)
        marks["built"] = time.perf_counter()
        Probe(window)
        return window

    app_module.make_main_window = watched_make_main_window  # type: ignore[assignment]
    return app_module.run(args)


# --- the bench ------------------------------------------------------------------------------


def fill_history(data_dir: Path, gateway: str, messages: int) -> None:
    """An existing data folder: the account, and ``messages`` sent through the gateway with
    their delivery reports pulled, as the app itself stores them."""
    from juhe_desk.gateway.client import GatewayClient
    from juhe_desk.gateway.simulator import DEMO_ACCOUNT, DEMO_EXTNO
    from juhe_desk.services.campaigns import create_campaign_from_messages
    from juhe_desk.services.sending import CampaignSender
    from juhe_desk.services.sync import pull_once
    from juhe_desk.store import Account, Store
    from juhe_desk.ui.session import DATABASE_NAME

    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / DATABASE_NAME) as store:
        store.save_account(Account(id=DEMO_ACCOUNT, gateway_url=gateway, extno=DEMO_EXTNO))
        store.set_active_account(DEMO_ACCOUNT)
        if messages <= 0:
            return
        campaign = create_campaign_from_messages(
            store, account_id=DEMO_ACCOUNT, name="历史群发", extno=DEMO_EXTNO, batch_size=200,
            messages=[(f"1380{i:07d}", f"【聚合云信】会员{i}，本周六八折")
                      for i in range(messages)])
        CampaignSender(store, lambda: GatewayClient(gateway, DEMO_ACCOUNT, PASSWORD),
                       campaign.id).run()
        with GatewayClient(gateway, DEMO_ACCOUNT, PASSWORD) as client:
            while store.count_reports() < messages:
                pull_once(client, store)


def workbook(folder: Path, rows: int) -> Path:
    """The workbook of bench/import_bench.py (name, mobile, order, amount), made once."""
    path = folder / f"customers-{rows}.xlsx"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from import_bench import make_workbook

        folder.mkdir(parents=True, exist_ok=True)
        print(f"writing a workbook of {rows:,} rows…", flush=True)
        make_workbook(path, rows)
    return path


def launch(kind: str, argv: list[str], env: dict[str, str], timeout_s: float = 60
           ) -> dict[str, Any]:
    """Start one process and return its marks, in seconds from its launch."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind.rstrip("@"),
               "--", *argv]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env,
                            timeout=timeout_s, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} start failed (exit {result.returncode}):\n"
                           f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    marks = json.loads(lines[-1][len(RESULT_PREFIX):])
    return {name: value if name in ("stall_ms", "busy_ms", "stalls", "trace", "opened", "jobs",
                                          "callbacks")
            else value - started for name, value in marks.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="starts of each kind (best of N)")
    parser.add_argument("--history", type=int, default=20_000,
                        help="messages in the normal start's data folder")
    parser.add_argument("--file-rows", type=int, default=100_000,
                        help="rows of the workbook the file start opens (0: no file start)")
    parser.add_argument("--folder", type=Path, help="keep the workbook here and reuse it")
    parser.add_argument("--verbose", action="store_true",
                        help="list each run's GUI stalls after the first paint")
    parser.add_argument("--trace", action="store_true",
                        help="list the window's start steps after the first paint and their"
                             " cost (median and most of the GUI thread's CPU ms over the runs)")
    parser.add_argument("--compare", type=Path, metavar="TREE",
                        help="also start the demo and normal kinds from another checkout of"
                             " juhe-desk (say, main's), alternately with this one's")
    parser.add_argument("--whole-start", action="store_true",
                        help="watch on until the start has built the tabs it left out too"
                             " (from 1 s after ready): their stalls count against usable")
    parser.add_argument("--save", type=Path, metavar="JSON",
                        help="also write every run's marks, stalls, steps and jobs there")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child:
        return child(args.child, rest[1:] if rest[:1] == ["--"] else rest)

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]),  # this tree
               PYTHON_KEYRING_BACKEND="keyring_backends.MemoryKeyring")
    if args.whole_start:
        env[WHOLE_START] = "1"
    # An installed app starts from compiled bytecode: let the first start write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs (other work on the machine skews the figures; the"
          f" ratios are to the bare window started alternately in the same run)")
    from juhe_desk.gateway.simulator import DEMO_ACCOUNT

    with tempfile.TemporaryDirectory(prefix="juhe-start-") as scratch, \
            gateway_process(PASSWORD) as gateway:
        demo_dir, normal_dir = Path(scratch) / "demo", Path(scratch) / "normal"
        fill_history(normal_dir, gateway, args.history)
        env["JUHE_DESK_TEST_KEYRING"] = json.dumps({"juhe-desk": {DEMO_ACCOUNT: PASSWORD}})
        kinds: dict[str, list[str]] = {
            "bare": [],
            "demo": ["--demo", "--data-dir", str(demo_dir)],
            "normal": ["--data-dir", str(normal_dir)],
        }
        if args.file_rows:
            folder = args.folder or Path(scratch)
            kinds["file"] = ["--data-dir", str(normal_dir),
                             str(workbook(folder, args.file_rows))]
        envs = dict.fromkeys(kinds, env)
        if args.compare:  # the other tree's app on the same folders, started in turn
            other = dict(env, PYTHONPATH=os.pathsep.join(
                [str(args.compare.resolve()), str(ROOT / "tests")]))
            for kind in ("demo", "normal"):
                kinds[f"{kind}@"] = kinds[kind]
                envs[f"{kind}@"] = other
        runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
        # Once before timing: folders made, caches warm (Python's bytecode, and the data
        # folder's compiled dataclass methods, juhe_desk/dataclass_code.py), as after an
        # installed app's first start.
        for kind, argv in kinds.items():
            launch(kind, argv, envs[kind])
        order = list(kinds)
        for round_number in range(args.runs):
            # Each round starts one place further along: no kind always follows the same one
            # (a normal start right after a demo start painted some 25 ms later, whichever
            # tree either came from).
            shift = round_number % len(order)
            for kind in order[shift:] + order[:shift]:
                runs[kind].append(launch(kind, kinds[kind], envs[kind]))
        if args.compare:
            print(f"demo@, normal@: {args.compare}")
    if args.save:
        args.save.write_text(json.dumps(runs), encoding="utf-8")
    return report(runs, args.verbose, args.trace)


def report(runs: dict[str, list[dict[str, Any]]], verbose: bool = False,
           trace: bool = False) -> int:
    def scale(mark: str) -> int:
        return 1 if mark in ("stall_ms", "busy_ms") else 1000

    def best(kind: str, mark: str) -> float:
        return min(run[mark] for run in runs[kind]) * scale(mark)

    def median(kind: str, mark: str) -> float:
        return statistics.median(run[mark] for run in runs[kind]) * scale(mark)

    base, median_base = best("bare", "usable"), median("bare", "usable")
    marks = ("built", "painted", "usable", "ready", "checked", "stall_ms", "busy_ms")
    print(f"{len(runs['bare'])} starts of each kind, alternating; ms from launch"
          f" (best of N, median in brackets)")
    print(f"{'':7}" + "".join(f"{name:>15}" for name in (*marks[:-2], "longest stall",
                                                          "its own CPU"))
          + "   usable/bare: best  median")
    ok = True
    for kind in runs:
        cells = "".join(f"{best(kind, mark):7.0f} ({median(kind, mark):5.0f})"
                        if mark in runs[kind][0] else f"{'—':>15}" for mark in marks)
        best_ratio = best(kind, "usable") / base
        ratio = median(kind, "usable") / median_base  # the goal's: a start as it usually is
        if kind == "bare":
            verdict = ""
        elif kind == "file":  # the goal: no stall over a frame while FILE is read and checked
            verdict = ("  ok" if best(kind, "stall_ms") <= FRAME_MS
                       else f"  MISSED (goal: longest stall <= {FRAME_MS:.0f} ms)")
        else:
            verdict = ("  ok" if ratio <= GOAL_RATIO
                       else f"  MISSED (goal: median <= {GOAL_RATIO:.1f}x)")
        ok = ok and not verdict.startswith("  MISSED")
        print(f"{kind:7}{cells}   {best_ratio:17.2f}x {ratio:6.2f}x{verdict}")
    for kind in runs:  # the tabs built when first chosen: what a click on them waits for
        names = sorted({name for run in runs[kind] for name in run.get("opened", {})})
        if names:
            cells = ", ".join(
                f"{name} {statistics.median(run['opened'][name] for run in runs[kind]):.0f}"
                f" ({max(run['opened'][name] for run in runs[kind]):.0f})" for name in names)
            print(f"{kind}: a tab first chosen after ready, ms to its page painted, median"
                  f" (most): {cells}")
    if verbose:  # where the stalls after the paint were, in each run
        print_stalls(runs)
    if trace:
        print_trace(runs)
    print("built: the window made (not shown); painted: shown and painted; usable: from then on"
          " no GUI stall over one frame; ready: the window's own start finished; checked: FILE"
          " read and every row checked; longest stall: the GUI thread's, from painted to 300 ms"
          " after ready (after checked); its own CPU: the most CPU time the GUI thread itself"
          " used between two heartbeats (a stall longer than that waited for a CPU or the GIL)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
