"""How fast the check "did these numbers get this text in the last 24 hours?" is.

    .venv/bin/python bench/repeat_bench.py [--history N] [--campaign N] [--db FILE]

Fills a store (a temporary file; ``--db`` keeps and reuses one) with a history of N messages
(default 1,000,000) in batches of 200 over 30 days: the last 24 hours hold one p2p campaign
of ``--campaign`` personal texts (default 100,000), the rest are older campaigns to the same
customers (so each number has about ten messages in its history). Then it times
``store.recent_repeats`` for a campaign of the same size (every text a repeat, and no text a
repeat), for a quick send of 3 numbers, both ways of reading the journal at 5,000 numbers
(the limit between them), and the whole history inside the 24 hours (the worst case); and
``rows_digest`` of a 100,000-row sheet. Each figure is also given as a ratio to a baseline
measured on the same file in the same run: a bare read of the campaign's 100,000 (number,
text) pairs by its index.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from juhe_desk.domain.fingerprint import rows_digest
from juhe_desk.gateway.china_time import CHINA_TZ
from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.store import Store
from juhe_desk.store import repeats as repeats_module

BATCH = 200
DAYS = 30
NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=CHINA_TZ)


def mobile(i: int) -> str:
    return f"139{i:08d}"


def text(campaign: int, i: int) -> str:
    return f"【聚合云信】第{campaign}期：尊敬的客户{i}，您的积分{i % 997}即将到期"


def fill(path: Path, history: int, recent: int) -> None:
    """The campaigns straight into the tables, as the journal leaves them once sent."""
    with Store.open(path):
        pass  # the schema
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # a benchmark's scratch file
    conn.execute("BEGIN")
    campaign_sizes = [recent] + [recent] * ((history - recent) // recent)
    campaign_sizes[-1] += history - sum(campaign_sizes)
    batch_id = message_id = 0
    for number, size in enumerate(campaign_sizes):
        # Campaign 0 went out an hour ago; the others, one a few days before the next.
        sent = NOW - dt.timedelta(hours=1) if number == 0 else \
            NOW - dt.timedelta(days=1 + number * (DAYS - 1) / len(campaign_sizes))
        moment = format_gateway_time(sent)
        conn.execute("INSERT INTO campaigns (id, account_id, name, mode, state, created_at,"
                     " source_file) VALUES (?,?,?,?,?,?,?)",
                     (number + 1, "922011", f"第{number}期积分提醒", "p2p", "done", moment,
                      f"第{number}期.xlsx"))
        for start in range(0, size, BATCH):
            batch_id += 1
            conn.execute("INSERT INTO batches (id, campaign_id, seq, action, state, attempts,"
                         " request_started_at, finished_at) VALUES (?,?,?,?,?,?,?,?)",
                         (batch_id, number + 1, start // BATCH + 1, "p2p", "submitted", 1,
                          moment, moment))
            rows = []
            for i in range(start, min(size, start + BATCH)):
                message_id += 1
                rows.append((message_id, number + 1, batch_id, i, mobile(i), text(number, i),
                             f"{message_id:016X}", 0, "delivered", moment))
            conn.executemany("INSERT INTO messages (id, campaign_id, batch_id, row_index, mobile,"
                             " content, mid, result, status, updated_at)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def timed(fn: Callable[[], object], runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--history", type=int, default=1_000_000)
    parser.add_argument("--campaign", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        fill(path, args.history, args.campaign)
        print(f"fill: {args.history:,} messages in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
    store = Store.open(path, clock=lambda: NOW)
    conn = store._db.connection()
    size = args.campaign

    def bare() -> object:
        return conn.execute("SELECT mobile, content FROM messages WHERE campaign_id = 1"
                            ).fetchall()

    base, _ = timed(bare)
    print(f"baseline: a bare read of the {size:,} pairs of one campaign: {base:.0f} ms")

    def report(label: str, fn: Callable[[], object], runs: int = 5) -> object:
        ms, result = timed(fn, runs)
        print(f"{label}: {ms:.0f} ms ({ms / base:.1f}x baseline)")
        return result

    same = [(mobile(i), text(0, i)) for i in range(size)]
    fresh = [(mobile(i), text(999, i)) for i in range(size)]
    found = report(f"{size:,} personal texts, all sent an hour ago",
                   lambda: store.recent_repeats(same))
    assert getattr(found, "numbers", None) == size, found
    found = report(f"{size:,} personal texts, none sent before",
                   lambda: store.recent_repeats(fresh))
    assert getattr(found, "numbers", None) == 0
    found = report("quick send to 3 numbers", lambda: store.recent_repeats(same[:3]), runs=21)
    assert getattr(found, "numbers", None) == 3
    limit = repeats_module.BY_NUMBER_LIMIT
    report(f"{limit:,} numbers, each number's messages",
           lambda: store.recent_repeats(same[:limit]))
    repeats_module.BY_NUMBER_LIMIT = 0
    report(f"{limit:,} numbers, the window's messages", lambda: store.recent_repeats(same[:limit]))
    repeats_module.BY_NUMBER_LIMIT = 10**9
    report(f"{size:,} numbers, each number's messages (not used: slower)",
           lambda: store.recent_repeats(same), runs=3)
    repeats_module.BY_NUMBER_LIMIT = limit

    sheet = [("张伟", float(13900000000 + i), f"SO{i:08d}", round(50 + i * 7.5, 2))
             for i in range(size)]
    report(f"rows_digest of a {size:,}-row sheet",
           lambda: rows_digest(["姓名", "手机号", "单号", "金额"], sheet))

    with store._db.write() as writing:  # the worst case: the whole history in the window
        writing.execute("UPDATE batches SET request_started_at = ?",
                        (format_gateway_time(NOW - dt.timedelta(hours=2)),))
    found = report(f"{size:,} personal texts, the whole history ({args.history:,}) within "
                   "the 24 hours", lambda: store.recent_repeats(same), runs=3)
    assert getattr(found, "numbers", None) == size
    with store._db.write() as writing:  # back as filled, for a file kept with --db
        writing.execute("UPDATE batches SET request_started_at ="
                        " (SELECT created_at FROM campaigns WHERE id = batches.campaign_id)")
    store.close()
    if args.db is None:
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
