"""Every crafted spreadsheet of tests/hostile_sheets.py opened in the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/hostile_bench.py [--only NAME ...]
                                                                      [--folder DIR]

Each file is measured in a fresh process (its own peak memory): the real app
(``make_main_window --demo --lang en``) shows the import tab, idles a second (the baseline;
the reader process starts meanwhile, as it does when a user opens the tab), then opens the
file as "Open…" and a drop do, until ``fileLabel`` holds the verdict. Measured: the time to
the verdict, the longest gap between two ticks of a 5 ms QTimer on the GUI thread (as
ui_stall.py does), the peak resident size of the app (VmHWM) and of its reader processes
(their VmHWM, polled every 10 ms by a thread: ru_maxrss would count the app's own size at
the fork), and whether the window still works (a small good file read right after).
Linux only (/proc). A 100,000-row workbook comes first, for reference.
Goals: a verdict in words for every file, app + reader peak < 1 GB, longest stall <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Light imports only up here: the reader processes (multiprocessing "spawn") import this
# script again as their main module.
ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 5
STALL_GOAL_MS = 100.0
MEMORY_GOAL_MB = 1024.0
REFERENCE = "reference_100k_rows.xlsx"


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def vmhwm_mb(pid: int | str) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class ReaderPeaks:
    """The largest VmHWM seen among this process's children (the reader processes)."""

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        tasks = Path("/proc/self/task")
        while not self._stop.wait(0.01):
            for task in tasks.iterdir():
                try:
                    children = (task / "children").read_text().split()
                except OSError:
                    continue
                for pid in children:
                    self.peak = max(self.peak, vmhwm_mb(pid))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def measure(path: Path) -> dict[str, object]:
    """Open ``path`` in the real window of this process; what it took."""
    from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

    from juhe_desk.app import make_main_window
    from juhe_desk.domain.sheets import stop_readers
    from juhe_desk.ui.main_window import MainWindow
    from juhe_desk.ui.pages.import_page import ImportPage

    sys.path.insert(0, str(ROOT / "bench"))
    from ui_stall import StallMeter, run_until

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    with tempfile.TemporaryDirectory(prefix="juhe-hostile-") as data_dir:
        window = make_main_window(["--demo", "--data-dir", data_dir, "--lang", "en"])
        assert isinstance(window, MainWindow)
        window.resize(1280, 760)
        window.show()
        run_until(lambda: window.ready, 30)  # every tab built, the demo gateway up
        page = window.findChild(ImportPage)
        label = window.findChild(QLabel, "fileLabel")
        tabs = window.findChild(QTabWidget, "mainTabs")
        assert page is not None and label is not None and tabs is not None
        tabs.setCurrentWidget(page)
        meter = StallMeter()
        meter.start()
        run_until(lambda: False, 1.0)
        meter.stop()
        baseline = max(meter.gaps, default=0.0)
        app_before = peak_mb()
        readers = ReaderPeaks()

        outcome: dict[str, object] = {}

        def done(kind: str, text: str) -> None:
            outcome.setdefault("seconds", time.perf_counter() - started)
            outcome.setdefault("kind", kind)
            outcome.setdefault("text", text)

        page.file_panel.loaded.connect(lambda data: done("rows", label.text()))
        page.file_panel.readFailed.connect(lambda text: done("refused", text))
        meter.start()
        started = time.perf_counter()
        page.open_file(path)
        run_until(lambda: bool(outcome), 600)
        meter.stop()
        stall = max(meter.gaps, default=0.0)
        # The window still works: a small good file right after.
        good = Path(data_dir) / "after.csv"
        good.write_text("手机号\n13800000001\n", encoding="utf-8")
        after: dict[str, object] = {}
        page.file_panel.loaded.connect(lambda data: after.setdefault("rows", len(data)))
        page.open_file(good)
        run_until(lambda: bool(after), 60)
        reader_mb = readers.stop()
        window.close()
        stop_readers()
    return {**outcome, "stall_ms": stall, "baseline_ms": baseline, "app_mb": peak_mb(),
            "app_before_mb": app_before, "reader_mb": reader_mb,
            "alive_after": after.get("rows") == 1}


def run_one(path: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, __file__, "--measure", str(path)],
                            capture_output=True, text=True, check=False, timeout=900)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        return {"kind": f"DIED ({result.returncode})", "text": result.stderr[-300:],
                "seconds": float("nan"), "stall_ms": float("nan"), "app_mb": float("nan"),
                "reader_mb": float("nan"), "alive_after": False}
    measured: dict[str, object] = json.loads(lines[-1])
    return measured


def make_files(folder: Path, only: list[str]) -> list[tuple[str, str, Path]]:
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile_sheets import HOSTILE, make

    files = []
    reference = folder / REFERENCE
    if not only or REFERENCE in only:
        if not reference.exists():
            sys.path.insert(0, str(ROOT / "bench"))
            from import_bench import make_workbook

            make_workbook(reference, 100_000)
        files.append((REFERENCE, "a normal workbook: 100,000 rows × 4 columns", reference))
    for hostile in HOSTILE:
        if not only or hostile.file_name in only:
            files.append((hostile.file_name, hostile.what, make(hostile, folder)))
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="these file names only")
    parser.add_argument("--folder", type=Path, help="keep the crafted files here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    with tempfile.TemporaryDirectory(prefix="hostile-bench-") as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        files = make_files(folder, args.only)
        header = (f"{'file':34} {'size':>8} {'verdict':>8} {'time':>7} {'stall':>7} "
                  f"{'app':>6} {'reader':>6} {'sum':>6}  after  words")
        print(header)
        print("-" * len(header))
        failures = 0
        for name, _what, path in files:
            run = run_one(path)
            app_mb, reader_mb = float(str(run["app_mb"])), float(str(run["reader_mb"]))
            total = app_mb + reader_mb
            stall = float(str(run["stall_ms"]))
            ok = (run["kind"] in ("rows", "refused") and stall <= STALL_GOAL_MS
                  and total < MEMORY_GOAL_MB and bool(run["alive_after"]))
            failures += not ok
            size = path.stat().st_size
            size_text = f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"
            words = " ".join(str(run.get("text", "")).split())[:90]
            print(f"{name:34} {size_text:>8} {run['kind']!s:>8} "
                  f"{float(str(run['seconds'])):6.2f}s {stall:5.0f}ms "
                  f"{app_mb:4.0f}MB {reader_mb:4.0f}MB {total:4.0f}MB  "
                  f"{'ok' if run['alive_after'] else 'NO':5}  {words}"
                  + ("" if ok else "   <-- MISSED"))
        print(f"\n{len(files) - failures} of {len(files)} met every goal (verdict in words, "
              f"stall <= {STALL_GOAL_MS:.0f} ms, app + reader < {MEMORY_GOAL_MB:.0f} MB, "
              "window alive after)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
