"""Three desks on one account and one shared PostgreSQL database, under load (issue 13).

    .venv/bin/python bench/team_bench.py [--items 20000] [--messages 100000]
                                         [--reports 1000000]

Starts a throwaway PostgreSQL cluster (tests/pg_cluster.py, fsync on), the gateway simulator
in a process of its own (bench/team_gateway.py) and three desks, each the real app's window
in a process of its own (bench/team_desk.py, started by tests/desks/desk_processes.py). One
desk sends a campaign of ``--messages`` p2p messages while the gateway hands out ``--items``
delivery reports and replies (half each): the first half pushed to the desk chosen to
receive them (its push receiver), the second half by pull (the desk that pulls), in bursts
every 0.2 s. Then it prints:

1. every item stored once: the reports and replies in the database against those the
   gateway handed out (none twice, none missing) and the campaign's messages against the
   numbers the gateway accepted; any difference fails the run (exit status 1);
2. the time from the gateway handing an item out (taking it for a pull, or for the push its
   receiver answered) to its showing in the reports tab or the inbox of each of the other
   two desks (they hear of it by LISTEN/NOTIFY), median, 95th percentile and worst; the
   desk that stored it, for comparison. Each desk says when its table's row count changed
   (``time.monotonic()``, shared by the processes of one machine); an item shows once the
   count reaches its place in the table (rows are committed in id order: every write takes
   the same lock);
3. the reports tab over ``--reports`` reports (count and first page: the first run and
   the median of 5 more), on PostgreSQL beside SQLite in the same run (the goals: open
   <= 300 ms, a number filter <= 100 ms, the first run).
Timings on a shared machine are noisy: the load average is printed with them, and each
PostgreSQL figure as a ratio to SQLite's.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "tests"))
sys.path.insert(0, str(ROOT.parent / "tests" / "desks"))

from desk_processes import Desk, wait_until  # noqa: E402
from pg_bench import print_reads, time_reads  # noqa: E402
from pg_cluster import APP_PASSWORD, PgCluster, free_port  # noqa: E402
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN  # noqa: E402
from team_gateway import READY  # noqa: E402

from juhe_desk.services.campaigns import create_campaign_from_messages  # noqa: E402
from juhe_desk.services.push_settings import PushSettings  # noqa: E402
from juhe_desk.store import Account, Store  # noqa: E402
from juhe_desk.store.desk_identity import DESK_FILE  # noqa: E402

DESKS = ("前台", "收银台", "办公室")
SENDER, RECEIVER = DESKS[0], DESKS[2]  # the desk sending the campaign, the one pushed to
BURSTS_PER_HALF = 25
BURST_GAP_S = 0.2
ARRIVAL_TIMEOUT_S = 300.0


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


class Gateway:
    """bench/team_gateway.py in its own process."""

    def __init__(self, log: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "team_gateway.py"), str(log), "--account", ACCOUNT,
             "--password", PASSWORD, "--extno", EXTNO, "--signature", SIGN],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith(READY):
            raise RuntimeError(f"the gateway did not start: {line!r}")
        self.url = line[len(READY):].strip()

    def tell(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def state(self) -> dict[str, int]:
        self.tell("state")
        assert self.process.stdout is not None
        return dict(json.loads(self.process.stdout.readline()))

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(60)
        if self.process.stdout is not None:
            self.process.stdout.close()


def prepare(store: Store, gateway_url: str, messages: int, folder: Path) -> tuple[int, str]:
    """Each desk's folder and identity, the account (pulling every second), push set up
    for the receiving desk, and the campaign to send: its id and the push URL."""
    for i, name in enumerate(DESKS):
        (folder / f"desk{i}").mkdir()
        (folder / f"desk{i}" / DESK_FILE).write_text(
            json.dumps({"id": f"desk{i}-id", "name": name}), encoding="utf-8")
    store.save_account(Account(id=ACCOUNT, gateway_url=gateway_url, extno=EXTNO,
                               signatures=(SIGN,), price_li=50, batch_size=500,
                               poll_interval_s=1, is_active=True))
    push = PushSettings(enabled=True, host="127.0.0.1", port=free_port(),
                        allowed="127.0.0.1", desk_id=f"desk{DESKS.index(RECEIVER)}-id",
                        desk_name=RECEIVER).with_secret()
    push.save(store)
    rows = [(f"138{i:08d}", f"{SIGN}会员{i}号您好，本周六店庆八折") for i in range(messages)]
    campaign = create_campaign_from_messages(store, account_id=ACCOUNT, name="店庆",
                                             extno=EXTNO, messages=rows, batch_size=500)
    return campaign.id, push.url()


@dataclass
class Screens:
    """When each desk's reports tab and inbox showed how many rows."""

    seen: dict[tuple[str, str], tuple[list[float], list[int]]]

    @classmethod
    def read(cls, desks: list[Desk]) -> Screens:
        seen: dict[tuple[str, str], tuple[list[float], list[int]]] = {}
        for desk in desks:
            for kind in ("reports", "replies"):
                moments: list[float] = []
                highest: list[int] = []  # running maximum: when row N first showed
                for line in desk.drain():
                    word, *rest = line.split()
                    if word == kind:
                        moments.append(float(rest[0]))
                        highest.append(max(int(rest[1]), highest[-1] if highest else 0))
                seen[desk.name, kind] = moments, highest
        return cls(seen)

    def rows(self, desk: str, kind: str) -> int:
        highest = self.seen[desk, kind][1]
        return highest[-1] if highest else 0

    def shown_at(self, desk: str, kind: str, place: int) -> float | None:
        moments, highest = self.seen[desk, kind]
        at = bisect.bisect_left(highest, place)
        return moments[at] if at < len(moments) else None


def stored_once(store: Store, handed: dict[str, dict[str, float]], messages: int,
                accepted: int, campaign_id: int) -> tuple[dict[str, list[str]], list[str]]:
    """The mids of each kind in table order, and what is wrong (empty: nothing)."""
    problems: list[str] = []
    order: dict[str, list[str]] = {}
    for kind, table in (("report", "reports"), ("reply", "inbound")):
        mids = [str(r[0]) for r in store._tuples(f"SELECT mid FROM {table} ORDER BY id")]
        order[kind] = mids
        twice = len(mids) - len(set(mids))
        missing = set(handed[kind]) - set(mids)
        extra = set(mids) - set(handed[kind])
        print(f"  {table:8s} handed out {len(handed[kind]):7,}   stored {len(mids):7,}"
              f"   twice {twice}   missing {len(missing)}   never handed out {len(extra)}")
        if twice or missing or extra:
            problems.append(f"{table}: {twice} stored twice, {len(missing)} missing,"
                            f" {len(extra)} never handed out")
    sent = int(store._scalar("SELECT count(*) FROM messages WHERE campaign_id = ?"
                             " AND mid IS NOT NULL", (campaign_id,)))
    print(f"  campaign messages {messages:,}   with a mid {sent:,}   numbers the gateway"
          f" accepted {accepted:,}")
    if not sent == accepted == messages:
        problems.append(f"campaign: {messages} messages, {sent} with a mid, {accepted}"
                        " accepted by the gateway")
    return order, problems


def show_latencies(order: dict[str, list[str]], handed: dict[str, dict[str, float]],
                   vias: dict[str, str], screens: Screens, storing: dict[str, str]) -> None:
    for kind, screen in (("report", "reports"), ("reply", "replies")):
        by_group: dict[str, list[float]] = defaultdict(list)
        unseen: dict[str, int] = defaultdict(int)
        for place, mid in enumerate(order[kind], start=1):
            out = handed[kind].get(mid)
            if out is None:
                continue
            for desk in DESKS:
                via = vias[mid]
                group = f"{via}, {'the storing desk' if desk == storing[via] else 'other desks'}"
                shown = screens.shown_at(desk, screen, place)
                if shown is None:
                    unseen[group] += 1
                else:
                    by_group[group].append(shown - out)
        for group in sorted(set(by_group) | set(unseen)):
            times = sorted(by_group[group])
            if not times:
                print(f"  {kind:6s} {group:28s} never shown ({unseen[group]})")
                continue
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"  {kind:6s} {group:28s} median {statistics.median(times) * 1000:7.0f} ms"
                  f"   95% {p95 * 1000:7.0f} ms   worst {times[-1] * 1000:7.0f} ms"
                  f"   ({len(times):,} sightings"
                  + (f", {unseen[group]} never shown)" if unseen[group] else ")"))


def pulling_desks(desks: list[Desk]) -> list[str]:
    """The desks that pulled at some time in the run, by their own word: a desk prints
    ``puller NAME`` with its own name once it holds the account's pulling lock."""
    return [desk.name for desk in desks if f"puller {desk.name}" in desk.seen]


def _share(count: int, burst: int) -> int:
    """This burst's part of ``count`` items spread over the bursts."""
    return count // BURSTS_PER_HALF + (burst < count % BURSTS_PER_HALF)


def read_hand_outs(log: Path) -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    handed: dict[str, dict[str, float]] = {"report": {}, "reply": {}}
    vias: dict[str, str] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        kind, mid, via, moment = line.split()
        if mid in handed[kind]:
            raise AssertionError(f"the gateway handed {kind} {mid} out twice")
        handed[kind][mid] = float(moment)
        vias[mid] = via
    return handed, vias


def team_run(cluster: PgCluster, folder: Path, items: int, messages: int) -> int:
    address = cluster.new_database()
    log = folder / "handed-out.txt"
    gateway = Gateway(log)
    store = Store.open_shared(address, APP_PASSWORD)
    desks: list[Desk] = []
    try:
        campaign_id, push_url = prepare(store, gateway.url, messages, folder)
        print(f"... {len(DESKS)} desks starting ({load()})", flush=True)
        desks = [Desk(name, address.url, gateway.url, folder / f"desk{i}",
                      send=campaign_id if name == SENDER else None,
                      driver=ROOT / "team_desk.py")
                 for i, name in enumerate(DESKS)]
        for desk in desks:
            desk.wait_for(lambda line: line.startswith("started "), 120)
        started = next(float(line.split()[1]) for line in desks[0].seen
                       if line.startswith("started "))
        # Named by who holds the lock (desks.py), not by the role's row, which is written
        # after it and may lag: a run once printed "?" here.
        wait_until(lambda: store.puller_of(ACCOUNT) is not None, 60, "a desk pulls")
        puller = store.puller_of(ACCOUNT)
        assert puller is not None and puller.name in DESKS, puller
        print(f"... {puller.name} pulls, {RECEIVER} receives pushes; {SENDER} sends"
              f" {messages:,} messages;"
              f" {items:,} reports and replies: half pushed, half pulled", flush=True)
        reports_due, replies_due = items // 2, items - items // 2
        for via, half in (("push", 0), ("pull", 1)):
            gateway.tell(f"push {push_url}" if via == "push" else "pull")
            reports = reports_due // 2 + half * (reports_due % 2)
            replies = replies_due // 2 + half * (replies_due % 2)
            for burst in range(BURSTS_PER_HALF):
                gateway.tell(f"inject {_share(reports, burst)} {_share(replies, burst)}")
                time.sleep(BURST_GAP_S)  # the gateway's pace, not a wait for an event
            wait_until(lambda: not any(gateway.state()[k] for k in ("queued_reports",
                                                                   "queued_replies")),
                       ARRIVAL_TIMEOUT_S, f"every {via} item handed out")
        wait_until(lambda: store.count_reports() >= reports_due
                   and int(store._scalar("SELECT count(*) FROM inbound")) >= replies_due,
                   ARRIVAL_TIMEOUT_S, "every item stored")
        desks[0].wait_for(lambda line: line.startswith(("sent ", "failed ")), 3600)
        sent_line = next(line for line in desks[0].seen if line.startswith(("sent ", "failed ")))
        if sent_line.startswith("failed "):
            raise AssertionError(f"the campaign was not sent: {sent_line}")
        sending_s = float(sent_line.split()[2]) - started

        def screens_caught_up() -> bool:
            screens = Screens.read(desks)
            return all(screens.rows(d.name, "reports") >= reports_due
                       and screens.rows(d.name, "replies") >= replies_due for d in desks)

        wait_until(screens_caught_up, ARRIVAL_TIMEOUT_S, "every desk shows every item")
        screens = Screens.read(desks)
        accepted = gateway.state()["accepted"]
        pullers = pulling_desks(desks)
    finally:
        for desk in desks:
            desk.close()
        gateway.close()
    handed, vias = read_hand_outs(log)
    print(f"\n1. stored once ({load()})")
    order, problems = stored_once(store, handed, messages, accepted, campaign_id)
    print(f"  the campaign of {messages:,} sent in {sending_s:.1f} s (from its desk's start)")
    print(f"\n2. from the gateway to the screens (the pulled items stored by {puller.name},"
          f" the pushed ones by {RECEIVER})")
    if pullers != [puller.name]:  # a desk lost its turn (its connection) during the run
        print(f"  NOTE: the desks that pulled during the run: {', '.join(pullers) or 'none'};"
              f" the pulled items are counted as stored by {puller.name}")
    show_latencies(order, handed, vias, screens, {"pull": puller.name, "push": RECEIVER})
    store.close()
    for problem in problems:
        print(f"FAILED: {problem}")
    return 1 if problems else 0


def fill(store: Store, count: int) -> None:
    """``count`` reports as pg_bench.py's (40 campaigns, 90 days, 88% delivered), made by
    the database itself: seconds instead of minutes."""
    postgres = store.shared_address is not None
    with store.job_connection(), store._db.write() as conn:
        first = conn.execute(
            "INSERT INTO campaigns (account_id, name, mode, state, created_at)"
            " VALUES (?, '第0期', 'p2p', 'done', '2026-08-01 00:00:00') RETURNING id",
            (ACCOUNT,)).fetchall()[0][0]
        for i in range(1, 40):
            conn.execute("INSERT INTO campaigns (account_id, name, mode, state, created_at)"
                         " VALUES (?, ?, 'p2p', 'done', '2026-08-01 00:00:00')",
                         (ACCOUNT, f"第{i}期"))
        digits = "lpad(((i * 2654435761 + 12345) % 1000000007 % 1000000000)::text, 9, '0')" \
            if postgres else "printf('%09d', (i * 2654435761 + 12345) % 1000000007 % 1000000000)"
        moment = ("to_char(timestamp '2026-08-01' + (i * 104729 % 7776000) * interval '1 second',"
                  " 'YYYY-MM-DD HH24:MI:SS')" if postgres else
                  "datetime('2026-08-01', '+' || (i * 104729 % 7776000) || ' seconds')")
        mid = "lpad(to_hex(i), 16, '0')" if postgres else "printf('%016X', i)"
        rows = ("generate_series(0::bigint, ?::bigint - 1) AS g (i)" if postgres else
                "(WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                " WHERE i < ? - 1) SELECT i FROM n)")
        conn.execute(
            "INSERT INTO reports (mid, mobile, stat, time, received_at, via, campaign_id)"
            f" SELECT {mid}, '1' || substr('3456789', CAST(1 + i * 40503 % 7 AS INTEGER), 1)"
            f" || {digits},"
            " CASE WHEN i * 7919 % 100 < 88 THEN 'DELIVRD' WHEN i * 7919 % 100 < 92"
            " THEN 'UNDELIV' WHEN i * 7919 % 100 < 95 THEN 'EXPIRED' WHEN i * 7919 % 100 < 97"
            " THEN 'REJECTED' WHEN i * 7919 % 100 = 97 THEN 'MA:0001'"
            " WHEN i * 7919 % 100 = 98 THEN 'MO:0254' ELSE 'DB:0101' END,"
            f" {moment}, {moment}, 'pull', ? + i % 40 FROM {rows}", (first, count))
    if postgres:
        with store.shared_connection() as raw:
            raw.autocommit = True
            raw.execute("VACUUM ANALYZE")
    else:
        store._db.connection().execute("ANALYZE")


def reports_tab(cluster: PgCluster, folder: Path, count: int) -> None:
    sqlite = Store.open(folder / "reports.sqlite3")
    pg = Store.open_shared(cluster.new_database(), APP_PASSWORD)
    try:
        print(f"\n... filling {count:,} reports on each ({load()})", flush=True)
        for store in (sqlite, pg):
            fill(store, count)
        sq_reads, pg_reads = time_reads(sqlite), time_reads(pg)
    finally:
        sqlite.close()
        pg.close()
    print(f"\n3. the reports tab over {count:,} reports (count + first page: first run /"
          f" median of 5 more; {load()})")
    print_reads(sq_reads, pg_reads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="juhe-team-bench-"))
    print(f"{len(DESKS)} desks, {args.items:,} items, {args.messages:,} messages,"
          f" {args.reports:,} reports; {os.cpu_count()} CPUs, {load()}", flush=True)
    try:
        with PgCluster.start(durable=True) as cluster:
            status = team_run(cluster, folder, args.items, args.messages)
            reports_tab(cluster, folder, args.reports)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
