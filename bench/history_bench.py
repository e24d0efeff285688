"""How fast the delivery reports tab opens and filters on a large history.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/history_bench.py [--rows N] [--db FILE]

Fills a store (a temporary file; ``--db`` keeps and reuses one) with N reports spread over
90 days, 40 campaigns, realistic codes; then measures, with the real ``ReportsPage``:
opening the tab (page and model built, count and first page read, first paint; goal
<= 300 ms), filtering by a number (goal <= 100 ms), a status, a campaign, a period, sorting,
jumping to the last row, and the peak memory (RSS, goal <= 300 MB). The fill runs in a
child process so that the peak is the app's own. Each figure is also given as a ratio to a
baseline measured on the same file in the same run: a bare ``SELECT ... LIMIT 200``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from juhe_desk.ui.pages.reports_page import ReportsPage

GOALS_MS = {"open": 300.0, "filter": 100.0}
GOAL_RSS_MB = 300.0
CAMPAIGNS = 40
DAYS = 90
CHUNK = 10_000
STATS = ["DELIVRD"] * 88 + ["UNDELIV"] * 4 + ["EXPIRED"] * 3 + ["REJECTED"] * 2 + [
    "MA:0001", "MO:0254", "DB:0101"]
COLUMNS = ("id, mid, mobile, stat, time, access_code, received_at, via, campaign_id,"
           " message_id, raw")


# --- filling (child process) -----------------------------------------------------------------
def fill(path: Path, rows: int, seed: int = 1) -> None:
    """N reports through executemany in chunks of 10,000; campaigns through the store."""
    from juhe_desk.services.campaigns import create_campaign_from_messages
    from juhe_desk.store import Store

    started = time.perf_counter()
    with Store.open(path) as store:
        campaigns = [create_campaign_from_messages(
            store, account_id="922011", name=f"第{i + 1}期会员活动", extno="1069012345",
            messages=[("13800138000", "【聚合云信】会员日优惠")], batch_size=200).id
            for i in range(CAMPAIGNS)]
    rng = random.Random(seed)
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=DAYS - 1), dt.time())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # a benchmark's scratch file
    conn.execute("PRAGMA cache_size = -65536")
    for base in range(0, rows, CHUNK):
        batch = []
        for i in range(base, min(rows, base + CHUNK)):
            moment = (start + dt.timedelta(seconds=i * DAYS * 86_400 // rows)).strftime(
                "%Y-%m-%d %H:%M:%S")
            mobile = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
            raw = f'{{"flag":1,"mobile":"{mobile}","time":"{moment}"}}'
            batch.append((f"{rng.getrandbits(64):016X}", mobile, rng.choice(STATS), moment,
                          "1069012345", raw, moment, "pull",
                          campaigns[i * CAMPAIGNS // rows]))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO reports (mid, mobile, stat, time, access_code, raw, received_at, via,"
            " campaign_id) VALUES (?,?,?,?,?,?,?,?,?)", batch)
        conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"{time.perf_counter() - started:.1f}")


def filled(path: Path, rows: int) -> None:
    if path.exists():
        with sqlite3.connect(path) as conn:
            have = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        conn.close()
        if have == rows:
            print(f"fill: reusing {path} ({rows:,} reports)")
            return
        path.unlink()
    result = subprocess.run([sys.executable, __file__, "--fill", str(path), "--rows", str(rows)],
                            check=True, capture_output=True, text=True)
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"fill: {rows:,} reports in {float(result.stdout.strip()):.1f} s"
          f" ({path.stat().st_size / 1e6:.0f} MB file, child peak RSS {child_mb:.0f} MB)")


# --- measuring -----------------------------------------------------------------------------
def baseline_ms(path: Path, runs: int = 7) -> float:
    """A bare page of 200 rows on a fresh connection: the floor of any table."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        conn = sqlite3.connect(path)
        conn.execute(f"SELECT {COLUMNS} FROM reports LIMIT 200").fetchall()
        conn.close()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def loaded(page: ReportsPage) -> bool:
    return not page.model.is_loading()


def loaded_row(page: ReportsPage, row: int) -> bool:
    return page.model.record(row) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="keep the filled store here and reuse it")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill, args.rows)
        return 0
    with tempfile.TemporaryDirectory(prefix="juhe-bench-") as scratch:
        data_dir = Path(scratch)
        db = args.db or data_dir / "juhe-desk.sqlite3"
        filled(db, args.rows)
        return measure(db, data_dir)


def measure(db: Path, scratch: Path) -> int:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from juhe_desk.credentials import CredentialStore
    from juhe_desk.store import Store
    from juhe_desk.ui.pages.reports_page import ReportsPage
    from juhe_desk.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs (other work on the machine skews the figures)")
    base = baseline_ms(db)
    print(f"baseline: bare SELECT ... LIMIT 200 on a new connection: {base:.2f} ms")
    store = Store.open(db)
    session = Session(store, scratch, CredentialStore())
    results: dict[str, list[float]] = {}

    def wait(done: Callable[[], bool], timeout_ms: int = 10_000) -> None:
        # An event loop (not qWait): it lets the workers have the GIL while it waits.
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(lambda: loop.quit() if done() else None)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        if not done():
            timer.start()
            deadline.start(timeout_ms)
            loop.exec()
        timer.stop()
        if not done():
            raise TimeoutError("the table did not get ready")

    def record(name: str, started: float) -> None:
        results.setdefault(name, []).append((time.perf_counter() - started) * 1000)

    pages: list[ReportsPage] = []
    for attempt in range(6):
        started = time.perf_counter()
        page = ReportsPage(session)
        page.resize(1280, 760)
        page.show()
        wait(functools.partial(loaded, page))
        page.grab()  # the first paint, with every visible row
        record("open the tab, first time in this process" if attempt == 0 else
               "open the tab (page, count, first page, first paint)", started)
        pages.append(page)
    page = pages.pop()
    for other in pages:
        other.close()
        other.deleteLater()

    def step(name: str, change: Callable[[], None]) -> None:
        started = time.perf_counter()
        change()
        wait(lambda: not page.model.is_loading())
        page.grab()
        record(name, started)

    edit = page.filter_bar.number_edit
    for _ in range(3):
        for prefix in ("1", "13", "138", "1381", "13812", "1381234"):
            step(f"filter by number {prefix!r}", functools.partial(edit.setText, prefix))
        step("filter by number: cleared", edit.clear)
    status, campaign = page.filter_bar.status_combo, page.filter_bar.campaign_combo
    period, view = page.filter_bar.period_combo, page.view
    for _ in range(3):
        step("status: failed", lambda: status.setCurrentIndex(status.findData(":failed")))
        step("status: one code (EXPIRED)",
             lambda: status.setCurrentIndex(status.findData("EXPIRED")))
        step("status: all", lambda: status.setCurrentIndex(0))
        step("campaign: one", lambda: campaign.setCurrentIndex(5))
        step("campaign: all", lambda: campaign.setCurrentIndex(0))
        step("period: last 7 days", lambda: period.setCurrentIndex(period.findData("7d")))
        step("period: all", lambda: period.setCurrentIndex(0))
        step("sort by number (header click)",
             lambda: view.sortByColumn(1, Qt.SortOrder.AscendingOrder))
        step("sort by time, newest first",
             lambda: view.sortByColumn(0, Qt.SortOrder.DescendingOrder))

    for _ in range(3):
        started = time.perf_counter()
        view.scrollToBottom()
        last = page.model.rowCount() - 1
        page.grab()
        wait(functools.partial(loaded_row, page, last))
        page.grab()
        record("jump to the last row (deep page)", started)
        view.scrollToTop()
        wait(lambda: page.model.record(0) is not None)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'measure (ms)':52} {'best':>7} {'median':>7} {'worst':>7} {'x base':>7}  goal"
          " (on the median)")
    missed = 0
    for name, times in results.items():
        goal = GOALS_MS["open"] if name.startswith("open") else \
            GOALS_MS["filter"] if name.startswith("filter") else None
        best, median = min(times), statistics.median(times)
        verdict = "" if goal is None else f"<= {goal:.0f} ms " + (
            "ok" if median <= goal else "MISSED")
        missed += goal is not None and median > goal
        print(f"{name:52} {best:7.1f} {median:7.1f} {max(times):7.1f} {median / base:6.0f}x"
              f"  {verdict}")
    print(f"peak memory (RSS): {peak_mb:.0f} MB  goal <= {GOAL_RSS_MB:.0f} MB "
          + ("ok" if peak_mb <= GOAL_RSS_MB else "MISSED"))
    page.close()
    session.shutdown()
    del app
    return 1 if missed or peak_mb > GOAL_RSS_MB else 0


if __name__ == "__main__":
    sys.exit(main())
