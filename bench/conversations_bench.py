"""How conversations hold up on a big history: 1,000,000 messages, 20,000 replies.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/conversations_bench.py [--messages N]
        [--replies N] [--db FILE]

Fills a store (a child process; ``--db`` keeps and reuses the file) at the schema version
before conversations: 40 campaigns of 25,000 messages to 100,000 customers over 90 days,
20,000 replies from 15,000 of them. Then measures, each figure with a ratio to a baseline
taken on the same file in the same run (a bare ``SELECT ... LIMIT 200`` of replies):

- the migration to conversations (links every stored reply, builds the conversation rows);
- storing replies as a pull does (500 a transaction), each linked to what it answers, half
  of them to campaigns' own extensions, against the same inserts without any linking;
- the store's reads: the list's count and first page, a deep page, the searches (number,
  name, reply text, unread only), one conversation, the unread total;
- the real Inbox tab: opening it (count, first page, first paint), searching (count and
  first page swapped in), opening a conversation (timeline in the model), and the longest
  stall of the GUI thread meanwhile (a 5 ms timer's longest gap, the bench's own forced
  repaints left out; Qt's own paints in the event loop are in).
"""

from __future__ import annotations

import argparse
import datetime as dt
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

CAMPAIGNS = 40
CUSTOMERS = 100_000
REPLYING = 15_000
DAYS = 90
EXTNO = "1069012345"
REPLIES = ("好的", "谢谢", "几点开门？", "地址在哪", "还有名额吗", "R", "收到", "能便宜点吗",
           "周末营业吗", "退订")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"


def mobile_of(customer: int) -> str:
    return f"1{'3589'[customer % 4]}{(customer * 7_919 + 13) % 10 ** 9:09d}"


# --- filling (child process) -----------------------------------------------------------------
def fill(path: Path, messages: int, replies: int) -> None:
    from juhe_desk.store.conversations_schema import CONVERSATIONS
    from juhe_desk.store.database import Database
    from juhe_desk.store.schema import MIGRATIONS

    started = time.perf_counter()
    Database.open(path, MIGRATIONS[:MIGRATIONS.index(CONVERSATIONS)]).close()
    rng = random.Random(7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # a benchmark's scratch file
    conn.execute("PRAGMA cache_size = -131072")
    conn.execute("BEGIN")
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=DAYS), dt.time(9))
    per_campaign = messages // CAMPAIGNS
    message_id = batch_id = 0
    sent_at: list[str] = []
    for campaign in range(1, CAMPAIGNS + 1):
        moment = start + dt.timedelta(days=campaign * DAYS / CAMPAIGNS)
        when = moment.strftime("%Y-%m-%d %H:%M:%S")
        sent_at.append(when)
        text = f"【聚合云信】第{campaign}期会员活动，凭短信到店享优惠。回复TD退订"
        conn.execute("INSERT INTO campaigns (id, account_id, name, mode, state, created_at,"
                     " content, extno) VALUES (?, '922011', ?, 'send', 'done', ?, ?, ?)",
                     (campaign, f"第{campaign}期会员活动", when, text, EXTNO))
        first = (campaign * 2_477) % CUSTOMERS
        rows = []
        for offset in range(per_campaign):
            if offset % 500 == 0:
                batch_id += 1
                conn.execute("INSERT INTO batches (id, campaign_id, seq, action, state,"
                             " request_started_at, finished_at) VALUES"
                             " (?, ?, ?, 'send', 'submitted', ?, ?)",
                             (batch_id, campaign, offset // 500 + 1, when, when))
            message_id += 1
            delivered = rng.random() < 0.9
            rows.append((message_id, campaign, batch_id, offset,
                         mobile_of((first + offset) % CUSTOMERS), text,
                         f"{message_id:016X}", "delivered" if delivered else "failed",
                         "DELIVRD" if delivered else "UNDELIV", when, when))
        conn.executemany(
            "INSERT INTO messages (id, campaign_id, batch_id, row_index, mobile, content, mid,"
            " result, status, stat, stat_time, updated_at) VALUES (?,?,?,?,?,?,?,0,?,?,?,?)",
            rows)
    replying = rng.sample(range(CUSTOMERS), REPLYING)
    items = []
    for number in range(replies):
        customer = replying[number % REPLYING]
        moment = start + dt.timedelta(seconds=rng.randrange(DAYS * 86_400))
        items.append((f"I{number:08d}", mobile_of(customer), rng.choice(REPLIES),
                      moment.strftime("%Y-%m-%d %H:%M:%S"), EXTNO,
                      moment.strftime("%Y-%m-%d %H:%M:%S"), "pull",
                      1 + (customer % CAMPAIGNS)))
    conn.executemany("INSERT INTO inbound (mid, mobile, content, time, access_code,"
                     " received_at, via, campaign_id) VALUES (?,?,?,?,?,?,?,?)", items)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"{time.perf_counter() - started:.1f}")


def filled(path: Path, messages: int, replies: int) -> None:
    if path.exists():
        with sqlite3.connect(path) as conn:
            have = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        conn.close()
        if have == messages:
            print(f"fill: reusing {path} ({messages:,} messages)")
            return
        path.unlink()
    result = subprocess.run([sys.executable, __file__, "--fill", str(path), "--messages",
                             str(messages), "--replies", str(replies)],
                            check=True, capture_output=True, text=True)
    print(f"fill: {messages:,} messages and {replies:,} replies in "
          f"{float(result.stdout.strip()):.1f} s ({path.stat().st_size / 1e6:.0f} MB file)")


# --- measuring -----------------------------------------------------------------------------
def baseline_ms(path: Path, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        conn = sqlite3.connect(path)
        conn.execute("SELECT id, mobile, content, time FROM inbound LIMIT 200").fetchall()
        conn.close()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def timed(results: dict[str, list[float]], name: str, work: Callable[[], object],
          runs: int = 5) -> None:
    for _ in range(runs):
        started = time.perf_counter()
        work()
        results.setdefault(name, []).append((time.perf_counter() - started) * 1000)


def store_figures(db: Path, results: dict[str, list[float]]) -> None:
    from juhe_desk.gateway.models import InboundMessage
    from juhe_desk.store import ConversationFilter, Store

    started = time.perf_counter()
    store = Store.open(db)  # migrates
    results["migrate: link 20,000 replies, build conversations (once)"] = [
        (time.perf_counter() - started) * 1000]
    with store._db.write() as conn:  # half the campaigns from their own extensions
        conn.execute("UPDATE campaigns SET reply_suffix = printf('%02d', id),"
                     " extno = extno || printf('%02d', id) WHERE id % 2 = 0")
        conn.execute("INSERT OR IGNORE INTO customer_names (mobile, name, updated_at)"
                     " SELECT DISTINCT mobile, '顾客', '' FROM messages WHERE campaign_id = 1")
        conn.execute("UPDATE customer_names SET name = substr(?, 1 + abs(random()) % 20, 1)"
                     " || '先生'", (SURNAMES,))
    now = dt.datetime.now()
    rng = random.Random(3)
    pulls = []
    for pull in range(4):
        items = []
        for number in range(500):
            customer = rng.randrange(CUSTOMERS)
            campaign = 1 + rng.randrange(CAMPAIGNS)
            code = EXTNO + f"{campaign:02d}" if campaign % 2 == 0 else EXTNO
            items.append(InboundMessage(
                f"N{pull}-{number}", mobile_of(customer), rng.choice(REPLIES),
                (now + dt.timedelta(seconds=pull * 500 + number)).strftime("%Y-%m-%d %H:%M:%S"),
                code))
        pulls.append(items)
    for items in pulls:
        timed(results, "store a pull of 500 replies, each linked", lambda i=items:
              store.add_inbound(i, "pull"), runs=1)
    conn = sqlite3.connect(db, isolation_level=None)
    for pull, items in enumerate(pulls):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO inbound (mid, mobile, content, time, access_code,"
                         " received_at, via) VALUES (?,?,?,?,?,?,'pull')",
                         [(f"B{pull}-{i.mid}", i.mobile, i.content, i.time, i.access_code,
                           i.time) for i in items])
        conn.execute("ROLLBACK")
        results.setdefault("  the same 500 inserts, nothing linked (rolled back)", []).append(
            (time.perf_counter() - started) * 1000)
    conn.close()
    exact = int(store._scalar("SELECT count(*) FROM inbound WHERE link_kind = 'exact'"))
    print(f"new replies linked exactly: {exact:,} of 2,000 (half came to an extension, of"
          " a campaign that messaged the number a quarter of the time; the rest: guesses)")

    everyone = ConversationFilter()
    timed(results, "list: count + first page of 200", lambda: (
        store.count_conversations(everyone), store.fetch_conversations(everyone, 0, 200)))
    last = store.count_conversations(everyone) - 200
    timed(results, "list: the last page (deep OFFSET)",
          lambda: store.fetch_conversations(everyone, last, 200))
    sample = store.fetch_conversations(everyone, 500, 1)[0].mobile
    for name, wanted in ((f"number {sample[:3]!r}", ConversationFilter(mobile_prefix=sample[:3])),
                         (f"number {sample[:5]!r}", ConversationFilter(mobile_prefix=sample[:5])),
                         ("name '王'", ConversationFilter(text="王")),
                         ("reply text '开门'", ConversationFilter(text="开门")),
                         ("unread only", ConversationFilter(unread_only=True))):
        timed(results, f"search {name}: count + first page", lambda f=wanted: (
            store.count_conversations(f), store.fetch_conversations(f, 0, 200)))
    busiest = str(store._scalar("SELECT mobile FROM messages GROUP BY mobile"
                                " ORDER BY count(*) DESC LIMIT 1"))
    some = store.fetch_conversations(everyone, 100, 1)[0].mobile
    timed(results, "one conversation (a customer who replied)",
          lambda: store.conversation(some))
    timed(results, f"one conversation (the most messaged number, {busiest})",
          lambda: store.conversation(busiest))
    timed(results, "unread total (the tab's title)", store.unread_replies)
    store.close()


def gui_figures(db: Path, scratch: Path, results: dict[str, list[float]]) -> dict[str, float]:
    """The real Inbox tab; returns the longest GUI stall (ms) of each phase."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from juhe_desk.credentials import CredentialStore
    from juhe_desk.store import Store
    from juhe_desk.ui.pages.inbox_page import InboxPage
    from juhe_desk.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(db)
    session = Session(store, scratch, CredentialStore())
    gaps: list[float] = []
    last_tick = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last_tick[0]) * 1000)
        last_tick[0] = now

    def forced_paint(widget: QWidget) -> None:
        """The bench's own full repaint (for "first paint"), left out of the stalls."""
        widget.grab()
        last_tick[0] = time.perf_counter()

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()

    def wait(done: Callable[[], bool], timeout_ms: int = 20_000) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(1)
        poll.timeout.connect(lambda: loop.quit() if done() else None)
        if not done():
            poll.start()
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        poll.stop()
        if not done():
            raise TimeoutError("the inbox did not get ready")

    stalls: dict[str, float] = {}

    def phase(name: str) -> None:
        stalls[name] = max(gaps[1:] or [0.0])
        gaps.clear()
        last_tick[0] = time.perf_counter()

    pages = []
    for attempt in range(4):
        started = time.perf_counter()
        page = InboxPage(session)
        page.resize(1280, 760)
        page.show()
        pane = page.conversations
        wait(lambda p=pane: not p.model.is_loading() and p.model.rowCount() > 0)
        forced_paint(page)
        results.setdefault("Inbox tab: open (count, first page, first paint)" if attempt else
                           "Inbox tab: open, first time in this process", []).append(
            (time.perf_counter() - started) * 1000)
        pages.append(page)
    page = pages.pop()
    for other in pages:
        other.close()
        other.deleteLater()
    pane = page.conversations
    phase("opening the tab (building the page on the GUI thread included)")
    for _ in range(3):
        for text in ("139", "王", "开门", ""):
            started = time.perf_counter()
            page.filter_edit.setText(text)
            page._apply_filter()
            wait(lambda: not pane.model.is_loading())
            results.setdefault(f"Inbox tab: search {text or '(cleared)'!r}", []).append(
                (time.perf_counter() - started) * 1000)
    phase("searching")
    wait(lambda: session.runner.busy() == 0)  # the carriers and cities, read once shown
    phase("reading the carriers and cities in a job (once)")
    for row in (0, 50, 150, 151, 152):
        mobile = pane.model.record(row)
        if mobile is None:
            continue
        started = time.perf_counter()
        pane.open_conversation(mobile.mobile)
        wait(lambda m=mobile.mobile: pane.panel.conversation is not None
             and pane.panel.conversation.mobile == m)
        results.setdefault("Inbox tab: open a conversation (timeline shown)", []).append(
            (time.perf_counter() - started) * 1000)
    phase("opening conversations")
    ticker.stop()
    page.close()
    session.shutdown()
    del app
    return stalls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--replies", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="keep the filled store here and reuse it")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill, args.messages, args.replies)
        return 0
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs (other work on the machine skews the figures)")
    with tempfile.TemporaryDirectory(prefix="juhe-bench-") as scratch:
        work = Path(scratch) / "juhe-desk.sqlite3"
        if args.db:
            filled(args.db, args.messages, args.replies)
            work.write_bytes(args.db.read_bytes())  # the migration runs on a copy
        else:
            filled(work, args.messages, args.replies)
        base = baseline_ms(work)
        print(f"baseline: bare SELECT ... LIMIT 200 of replies on a new connection: "
              f"{base:.2f} ms")
        results: dict[str, list[float]] = {}
        store_figures(work, results)
        stalls = gui_figures(work, Path(scratch), results)
    print(f"\n{'measure (ms)':62} {'best':>8} {'median':>8} {'worst':>8} {'x base':>7}")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:62} {min(times):8.1f} {median:8.1f} {max(times):8.1f}"
              f" {median / base:6.0f}x")
    print("longest GUI stall (a 5 ms timer's longest gap; the bench's own full repaints left"
          " out):")
    for name, stall in stalls.items():
        print(f"  {name:60} {stall:5.0f} ms")
    print(f"peak memory (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
