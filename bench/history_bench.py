"""How fast the delivery reports tab opens and filters on a large history, and how fast a
campaign's totals show.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/history_bench.py [--rows N]
        [--campaigns N] [--db FILE]

Fills a store (a temporary file; ``--db`` keeps and reuses one) with a shop's 90 days as
the app would have written them: ``--campaigns`` campaigns (several thousand; most small, a
few large; some one text for all, some personal), their batches and N messages sent to a
customer base of N / 5 numbers (so each number got several), and one delivery report per
message, linked to its message and campaign, with realistic codes; each message has the
status its report gave it. Then measures, with the real ``ReportsPage``: opening the tab
(page and model built, campaign list, count and first page read, first paint; goal
<= 300 ms), filtering by a number (goal <= 100 ms), a status, a campaign (and its totals
shown: a typical one and the largest), a period, sorting, jumping to the last row, and the
peak memory (RSS, goal <= 300 MB). The fill runs in a child process so that the peak is the
app's own. Each figure is also given as a ratio to a baseline measured on the same file in
the same run: a bare ``SELECT ... LIMIT 200``.
"""

from __future__ import annotations

import argparse
import contextlib
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
CAMPAIGNS = 3_000
DAYS = 90
CHUNK = 10_000
BATCH = 200  # the default batch size
EXTNO, SIGN = "1069012345", "【聚合云信】"
STATS = ["DELIVRD"] * 88 + ["UNDELIV"] * 4 + ["EXPIRED"] * 3 + ["REJECTED"] * 2 + [
    "MA:0001", "MO:0254", "DB:0101"]
COLUMNS = ("id, mid, mobile, stat, time, access_code, received_at, via, campaign_id,"
           " message_id, raw")
TIME = "%Y-%m-%d %H:%M:%S"


# --- filling (child process) -----------------------------------------------------------------
def campaign_sizes(rows: int, campaigns: int, rng: random.Random) -> list[int]:
    """``campaigns`` sizes adding up to ``rows``: most a few hundred, a few tens of thousands
    (a log-normal spread, as the lists of a shop are)."""
    weights = [rng.lognormvariate(0.0, 1.3) for _ in range(campaigns)]
    total = sum(weights)
    sizes = [max(1, int(rows * w / total)) for w in weights]
    sizes[sizes.index(max(sizes))] += rows - sum(sizes)  # the rounding, on the largest
    return sizes


def fill(path: Path, rows: int, campaigns: int, seed: int = 1) -> None:
    """The schema through the store; campaigns, batches, messages and their reports as the
    app writes them, by executemany in chunks (a benchmark's scratch file: no fsync)."""
    from juhe_desk.gateway.china_time import today_in_china
    from juhe_desk.store import Store

    started = time.perf_counter()
    with Store.open(path):
        pass
    rng = random.Random(seed)
    customers = [f"1{rng.choice('35789')}{n:09d}" for n in rng.sample(range(10**9), rows // 5)]
    first_day = dt.datetime.combine(today_in_china() - dt.timedelta(days=DAYS - 1), dt.time(9))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("BEGIN")
    message_id = batch_id = 0
    messages: list[tuple[object, ...]] = []
    reports: list[tuple[object, ...]] = []
    for number, size in enumerate(campaign_sizes(rows, campaigns, rng), start=1):
        sent = first_day + dt.timedelta(seconds=(number - 1) * DAYS * 86_400 // campaigns
                                         + rng.randrange(3_600))
        personal = rng.random() < 0.4
        text = f"{SIGN}{sent.month}月{sent.day}日会员日，全场八折，回T退订"
        conn.execute(
            "INSERT INTO campaigns (id, account_id, name, mode, state, created_at,"
            " source_file, content, extno, signature) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (number, "922011", f"第{number}期 会员名单{sent:%m%d}.xlsx", "p2p" if personal
             else "send", "done", sent.strftime(TIME), f"会员名单{sent:%m%d}.xlsx",
             None if personal else text, EXTNO, SIGN))
        for index, mobile in enumerate(rng.sample(customers, size)):
            if index % BATCH == 0:
                batch_id += 1
                at = (sent + dt.timedelta(seconds=index // BATCH)).strftime(TIME)
                conn.execute(
                    "INSERT INTO batches (id, campaign_id, seq, action, state, attempts,"
                    " request_started_at, finished_at) VALUES (?,?,?,?,?,?,?,?)",
                    (batch_id, number, index // BATCH + 1, "p2p" if personal else "send",
                     "submitted", 1, at, at))
            message_id += 1
            mid = f"{rng.getrandbits(64):016X}"
            stat = rng.choice(STATS)
            moment = (sent + dt.timedelta(seconds=index // BATCH + rng.randrange(5, 600))
                      ).strftime(TIME)
            content = f"{SIGN}尊敬的会员{mobile[-4:]}，{text[len(SIGN):]}" if personal else text
            messages.append((message_id, number, batch_id, index, mobile, content, 1, mid, 0,
                             "delivered" if stat == "DELIVRD" else "failed", stat, moment,
                             moment))
            raw = (f'{{"flag":1,"mid":"{mid}","spid":"922011","accessCode":"{EXTNO}",'
                   f'"mobile":"{mobile}","stat":"{stat}","time":"{moment}"}}')
            reports.append((mid, mobile, stat, moment, EXTNO, raw, moment, "pull", number,
                            message_id))
            if len(reports) == CHUNK:
                _write(conn, messages, reports)
    _write(conn, messages, reports)
    conn.execute("COMMIT")  # no ANALYZE: the app never runs one, so no statistics
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"{time.perf_counter() - started:.1f}")


def _write(conn: sqlite3.Connection, messages: list[tuple[object, ...]],
           reports: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO messages (id, campaign_id, batch_id, row_index, mobile, content, parts,"
        " mid, result, status, stat, stat_time, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        messages)
    conn.executemany(
        "INSERT INTO reports (mid, mobile, stat, time, access_code, raw, received_at, via,"
        " campaign_id, message_id) VALUES (?,?,?,?,?,?,?,?,?,?)", reports)
    messages.clear()
    reports.clear()


def filled(path: Path, rows: int, campaigns: int) -> None:
    if path.exists():
        with contextlib.closing(sqlite3.connect(path)) as conn:
            linked = conn.execute("SELECT count(*) FROM reports WHERE message_id IS NOT NULL"
                                  ).fetchone()[0]
            have = conn.execute("SELECT count(*) FROM campaigns").fetchone()[0]
        if (linked, have) == (rows, campaigns):
            print(f"fill: reusing {path} ({rows:,} reports, {campaigns:,} campaigns)")
            return
        path.unlink()
    result = subprocess.run([sys.executable, __file__, "--fill", str(path), "--rows", str(rows),
                             "--campaigns", str(campaigns)],
                            check=True, capture_output=True, text=True)
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"fill: {rows:,} messages and their reports in {campaigns:,} campaigns in"
          f" {float(result.stdout.strip()):.1f} s ({path.stat().st_size / 1e6:.0f} MB file,"
          f" child peak RSS {child_mb:.0f} MB)")


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
    parser.add_argument("--rows", type=int, default=1_000_000,
                        help="messages sent, each with its delivery report")
    parser.add_argument("--campaigns", type=int, default=CAMPAIGNS)
    parser.add_argument("--db", type=Path, help="keep the filled store here and reuse it")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill, args.rows, args.campaigns)
        return 0
    with tempfile.TemporaryDirectory(prefix="juhe-bench-") as scratch:
        data_dir = Path(scratch)
        db = args.db or data_dir / "juhe-desk.sqlite3"
        filled(db, args.rows, args.campaigns)
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

    def step(name: str, change: Callable[[], None],
             shown: Callable[[], bool] = lambda: True) -> None:
        started = time.perf_counter()
        change()
        wait(lambda: not page.model.is_loading() and shown())
        page.grab()
        record(name, started)

    # A campaign of the usual size, and the largest: chosen, its reports and totals shown.
    with contextlib.closing(sqlite3.connect(db)) as conn:
        by_size = conn.execute("SELECT campaign_id, count(*) AS n FROM messages"
                               " GROUP BY campaign_id ORDER BY n, campaign_id").fetchall()
    (typical, typical_size), (largest, largest_size) = by_size[len(by_size) // 2], by_size[-1]

    def choose_campaign(campaign_id: int) -> Callable[[], None]:
        return lambda: campaign.setCurrentIndex(campaign.findData(campaign_id))

    def totals_shown(campaign_id: int) -> Callable[[], bool]:
        name = campaign.itemText(campaign.findData(campaign_id))  # as the totals title it
        return lambda: page.totals.title_label.text().startswith(f"{name}:")

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
        step(f"campaign: a usual one ({typical_size:,}), with totals", choose_campaign(typical),
             totals_shown(typical))
        step("campaign: all", lambda: campaign.setCurrentIndex(0))
        step(f"campaign: the largest ({largest_size:,}), with totals",
             choose_campaign(largest), totals_shown(largest))
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
