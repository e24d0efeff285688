"""What keeping the history safe costs on a large file: the check, a backup, a restore, and
the start of the window while the check and the day's backup run in the background.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/backup_bench.py [--rows N] [--db FILE]

The file is the one bench/history_bench.py builds (N reports, 1,000,000 by default;
``--db`` keeps and reuses it). Each figure is also given as a ratio to a baseline measured
on the same file in the same run: copying it with ``shutil.copyfile``. The file is in the
page cache after the first pass, so these are warm figures; a cold disk reads slower.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from history_bench import filled  # the same file, built the same way

REPEAT = 3


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def median_ms(fn: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
    runs = []
    for _ in range(REPEAT):
        before()
        runs.append(timed(fn))
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="keep the filled store here and reuse it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="juhe-backup-bench-") as scratch:
        folder = Path(scratch)
        source = args.db or folder / "source.sqlite3"
        filled(source, args.rows)
        return measure(source, folder / "data")


def measure(source: Path, data_dir: Path) -> int:
    import logging

    from juhe_desk.store import Store
    from juhe_desk.store.backups import backups_folder, make_backup, quick_check
    from juhe_desk.store.rescue import restore_latest
    from juhe_desk.ui.session import DATABASE_NAME

    logging.disable(logging.WARNING)  # the restores' "kept aside" lines are expected here
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs (other work on the machine skews the figures)")
    data_dir.mkdir(parents=True)
    database = data_dir / DATABASE_NAME
    shutil.copyfile(source, database)
    size_mb = database.stat().st_size / 1e6
    copy_target = data_dir / "plain-copy.sqlite3"
    base = median_ms(lambda: shutil.copyfile(database, copy_target))
    copy_target.unlink()
    print(f"file: {size_mb:.0f} MB; baseline: shutil.copyfile {base:.0f} ms")

    def row(name: str, ms: float) -> None:
        print(f"  {name:<58} {ms:8.0f} ms  {ms / base:5.2f}x")

    with Store.open(database) as store:
        conn = store._db.connection()
        row("PRAGMA quick_check (the check at start, before backups)",
            median_ms(lambda: quick_check(conn, database)))

        def clear_backups() -> None:
            shutil.rmtree(backups_folder(database), ignore_errors=True)

        row("automatic backup (check + online backup API copy)",
            median_ms(lambda: make_backup(conn, database, _now()), before=clear_backups))
    row("restore the latest backup (copy + check + hold + rename)",
        median_ms(lambda: restore_latest(database, _now()),
                  before=lambda: [p.unlink() for p in data_dir.glob("juhe-desk-damaged-*")]))
    start_up(data_dir)
    return 0


def _now():  # type: ignore[no-untyped-def]
    from juhe_desk.gateway.china_time import now_in_china

    return now_in_china()


def start_up(data_dir: Path) -> None:
    """The window on the large file: how long until it is built (the check then runs in
    the background, with the day's backup), and the longest GUI-thread stall meanwhile."""
    import keyring
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from juhe_desk.app import make_main_window
    from juhe_desk.store.backups import backups_folder
    from juhe_desk.ui.session import DATABASE_NAME

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from keyring_backends import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    shutil.rmtree(backups_folder(data_dir / DATABASE_NAME), ignore_errors=True)
    started = time.perf_counter()
    window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
    built_ms = (time.perf_counter() - started) * 1000
    window.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(5)
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if window.ready and window.session.runner.busy() == 0
                         else None)  # ready: the check and the backup have been started
    poll.start(20)
    job_started = time.perf_counter()
    loop.exec()
    job_ms = (time.perf_counter() - job_started) * 1000
    ticker.stop()
    poll.stop()
    made = list(backups_folder(data_dir / DATABASE_NAME).iterdir())
    print(f"  {'start: window built (check not yet run)':<58} {built_ms:8.0f} ms")
    print(f"  {'start: background check + daily backup, after the window':<58} {job_ms:8.0f} ms"
          f"  ({len(made)} backup made)")
    print(f"  {'start: longest GUI-thread stall meanwhile (5 ms timer)':<58}"
          f" {max(gaps) * 1000:8.0f} ms")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
