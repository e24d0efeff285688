"""Sending benchmark: what a user waits for, from "开始群发" to the last answer, against a bare
``requests`` loop, on the simulator.

The headline is end to end, as the app does it after the click (the user's time reading the
confirmation is left out): the look before sending (texts sent to these numbers in the last
24 hours), saving the campaign's first batch (written durably before the first request may
leave, with row numbers, source file, fingerprint; the rest is written in steps while it
sends, services/campaign_saving.py, timed apart), counting the numbers left out, then
sending it to the last answer recorded. The customers' names from
the sheet's 姓名 column are kept by a job beside the sending, as the import tab does it:
timed, and in the end to end figure only through what they take from the sending. The
bare loop posts batches it already holds. Beside the headline, each part; and, not in it,
opening the store and saving the account, which happen once when the app starts.

(a) No latency: ours with parallel=1 against a bare serial loop posting the same p2p
    batches. Goal: end to end <= 1.10x the bare loop.
(b) 50 ms latency per request: ours with 4 parallel batches against the bare serial loop.
    Goal: end to end at least 3.5x faster. For reference, a bare loop with 4 threads shows
    what the simulator itself allows.
Saving the campaign: goal <= 0.3 s for 100,000 messages until the first request may leave.

Opt-outs are looked at as the campaign is saved and as each batch leaves: the store holds
``--opt-outs`` numbers on its opt-out list (none of them in the campaign, so every message
is still sent and the figures compare), as a shop's list would after a while.

The simulator runs in its own process (as a real gateway would be elsewhere), fresh for
every measured run, with ``--max-connections`` high enough never to answer STATUS 21.
The simulator sets TCP_NODELAY, as real servers do; ``--simulator-nagle`` turns that off
(every answer then waits ~40 ms for a delayed ACK, the same for both sides). The runs take
turns, and each figure is the best of ``--repeat`` runs (the median is shown beside it): on a
shared machine other load only ever adds. ``--profile`` then runs ours once more telling
each thread's CPU time (no profiler), and once more under cProfile, one profile per
thread: the look and the saving (the calling thread), the request workers, the thread
preparing requests, the one recording answers, and the two beside the sending: saving
the rest of the campaign and keeping the names.

    .venv/bin/python bench/send_bench.py [--messages N] [--batch 500] [--repeat 3]
                                         [--opt-outs 10000] [--simulator-nagle] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services import campaign_saving
from juhe_desk.services.campaign_saving import SavingInSteps
from juhe_desk.services.replies import remember_sheet_names
from juhe_desk.services.send_pipeline import AnsweredBatch, JournalWriter, RequestPreparer
from juhe_desk.services.sending import CampaignSender, SendOptions, _Prepared
from juhe_desk.store import Account, Batch, MessageFilter, Store

ACCOUNT, PASSWORD, EXTNO, SIGN = "922011", "bench-pw-1", "1069012345", "【聚合云信】"
READY_PREFIX = "juhe-desk simulator ready at "
HEADERS = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
           "Accept": "application/json"}
OVERHEAD_GOAL = 1.10
SPEEDUP_GOAL = 3.5
SAVE_GOAL_S = 0.3
SAVE_GOAL_MESSAGES = 100_000

Message = tuple[str, str]


def make_messages(count: int) -> list[Message]:
    return [(str(13000000000 + i), f"{SIGN}尊敬的会员{i}，本周六店庆全场八折，欢迎光临")
            for i in range(count)]


SHEET_COLUMNS = ("手机号", "姓名", "积分")


def make_sheet(messages: list[Message]) -> list[tuple[object, ...]]:
    """The rows the messages were made from, one each, in order: number, name, points."""
    surnames = "王李张刘陈杨赵黄周吴"
    return [(mobile, f"{surnames[i % 10]}{i}", float(i % 1000))
            for i, (mobile, _) in enumerate(messages)]


# Runs the simulator's own command line, optionally with Nagle's algorithm off.
_SERVE = """
import sys
from juhe_desk.gateway.simulator import server
from juhe_desk.gateway.simulator.__main__ import main
server.SmsRequestHandler.disable_nagle_algorithm = sys.argv[1] == "nodelay"
sys.exit(main(sys.argv[2:]))
"""


@contextlib.contextmanager
def simulator(latency: float, nodelay: bool) -> Iterator[str]:
    """A fresh simulator process; yields its base URL."""
    command = [sys.executable, "-c", _SERVE, "nodelay" if nodelay else "default",
               "--port", "0", "--account", ACCOUNT, "--password", PASSWORD, "--extno", EXTNO,
               "--signature", SIGN, "--balance", str(10**13), "--max-connections", "64",
               "--latency", str(latency), "--report-delay", "0", "0", "--seed", "1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline().strip()
            if not line.startswith(READY_PREFIX):
                raise RuntimeError(f"the simulator did not start: {line!r}")
            yield line.removeprefix(READY_PREFIX)
        finally:
            process.terminate()
            process.wait(10)


def bare_post(session: requests.Session, base_url: str, chunk: list[Message]) -> int:
    """The least a client can do: encode one p2p batch, post it, parse the answer."""
    listing = "\r".join(f"{mobile}#{content}" for mobile, content in chunk)
    form = {"action": "p2p", "account": ACCOUNT, "password": PASSWORD,
            "mobileContentList": listing, "extno": EXTNO, "rt": "json"}
    data = urlencode(form, encoding="utf-8").encode("ascii")
    response = session.post(f"{base_url}/sms", data=data, headers=HEADERS,
                            timeout=(5.0, 30.0), allow_redirects=False)
    answer = response.json()
    if answer["status"] != "0":
        raise RuntimeError(f"the gateway refused a batch: {answer['status']}")
    return sum(item["result"] == 0 for item in answer["list"])


# The parts of our path, in the order they run; the first is not in the headline.
AT_START = "open the store, save the account"
LOOK, SEND = "look before sending", "send to the last answer"
SAVE = "save the campaign's first batch (the rest beside)"
SAVED = "save the rest of it (beside the sending: not in the sum)"
LEFT_OUT = "count those left out"
NAMES = "keep the names (beside the sending: not in the sum)"


@dataclass(frozen=True)
class Timing:
    """One measured run: wall seconds from the click (or the first request) to the last
    answer, this process's CPU seconds meanwhile, what was accepted, and our path's parts
    (wall and CPU seconds each)."""

    wall: float
    cpu: float
    accepted: int
    parts: dict[str, tuple[float, float]] = field(default_factory=dict)

    def part(self, name: str) -> float:
        return self.parts[name][0]


class Clock:
    """Wall and process CPU time (every thread of this process) since it was made."""

    def __init__(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self._wall, time.process_time() - self._cpu


class Laps:
    """Wall and CPU time of each step, one after the other."""

    def __init__(self) -> None:
        self.parts: dict[str, tuple[float, float]] = {}
        self._clock = Clock()
        self._last = (0.0, 0.0)

    def lap(self, name: str) -> None:
        now = self._clock.read()
        self.parts[name] = (now[0] - self._last[0], now[1] - self._last[1])
        self._last = now


def bare_loop(base_url: str, messages: list[Message], batch: int, threads: int = 1) -> Timing:
    """Every batch by ``bare_post``, serially or from ``threads`` threads (a session each)."""
    chunks = [messages[first:first + batch] for first in range(0, len(messages), batch)]
    sessions: list[requests.Session] = []
    local = threading.local()

    def post(chunk: list[Message]) -> int:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
            sessions.append(session)
        return bare_post(session, base_url, chunk)

    clock = Clock()
    if threads == 1:
        accepted = sum(post(chunk) for chunk in chunks)
    else:
        with ThreadPoolExecutor(threads) as pool:
            accepted = sum(pool.map(post, chunks))
    wall, cpu = clock.read()
    for session in sessions:
        session.close()
    return Timing(wall, cpu, accepted)


class ThreadProfiles:
    """One cProfile per thread (a profile follows only the thread that enabled it), each
    filed under its thread's role."""

    def __init__(self) -> None:
        self.by_role: dict[str, list[cProfile.Profile]] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def profiling(self, role: str) -> Iterator[None]:
        profile = cProfile.Profile()
        with self._lock:
            self.by_role.setdefault(role, []).append(profile)
        profile.enable()
        try:
            yield
        finally:
            profile.disable()

    def print(self, lines: int = 18) -> None:
        for role, profiles in self.by_role.items():
            print(f"\n--- profile: {role} ({len(profiles)} profiled call(s) merged) ---")
            stats = pstats.Stats(profiles[0])
            for more in profiles[1:]:
                stats.add(more)
            stats.sort_stats("tottime").print_stats(lines)


class ThreadCpu(ThreadProfiles):
    """Like ``ThreadProfiles`` but without a profiler: each role's thread CPU seconds
    (``time.thread_time``), what the profiler's own cost would distort."""

    def __init__(self) -> None:
        super().__init__()
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def profiling(self, role: str) -> Iterator[None]:
        started = time.thread_time()
        try:
            yield
        finally:
            spent = time.thread_time() - started
            with self._lock:
                self.seconds[role] = self.seconds.get(role, 0.0) + spent

    def print(self, lines: int = 0, requests_count: int = 1) -> None:
        for role, seconds in self.seconds.items():
            print(f"    {role:<58}{seconds:6.2f} s CPU"
                  f"  ({1000 * seconds / requests_count:5.2f} ms a request)")


class _ProfiledSender(CampaignSender):
    """``CampaignSender`` with each of its threads under a profile: the request workers,
    the preparer (``_prepare``) and the recorder (``_record``, the journal writer)."""

    profiles: ThreadProfiles

    def _work(self, preparer: RequestPreparer[_Prepared], journal: JournalWriter) -> None:
        with self.profiles.profiling("request workers"):
            super()._work(preparer, journal)

    def _prepare(self, extno: str, content: str | None, batch: Batch) -> _Prepared:
        # Also called by a worker when the last look at the opt-outs left numbers out:
        # counted under the preparer (a worker's own profile is running then).
        if threading.current_thread().name.startswith("prepare"):
            with self.profiles.profiling("preparing requests"):
                return super()._prepare(extno, content, batch)
        return super()._prepare(extno, content, batch)

    def _record(self, answered: AnsweredBatch) -> None:
        with self.profiles.profiling("recording answers"):
            super()._record(answered)


@contextlib.contextmanager
def profiled_saving(profiles: ThreadProfiles | None) -> Iterator[None]:
    """The thread saving the rest of the campaign (``SavingInSteps._save_rest``, started by
    ``start_saving``) under a profile of its own."""
    if profiles is None:
        yield
        return
    save_rest = SavingInSteps._save_rest

    def profiled(saving: SavingInSteps, *args: Any) -> None:
        with profiles.profiling("saving the rest (beside)"):
            save_rest(saving, *args)
    SavingInSteps._save_rest = profiled  # type: ignore[method-assign]
    try:
        yield
    finally:
        SavingInSteps._save_rest = save_rest  # type: ignore[method-assign]


def opt_out_list(count: int) -> list[str]:
    """Numbers for the opt-out list, none of them among ``make_messages``'."""
    return [str(15000000000 + i) for i in range(count)]


def full_path(base_url: str, messages: list[Message], batch: int, parallel: int,
              opt_outs: int = 0, profiles: ThreadProfiles | None = None) -> Timing:
    """A new store as the app opens it; then, timed from the click: the look before sending,
    saving the campaign, and sending it."""
    sender_class: type[CampaignSender] = CampaignSender
    if profiles is not None:
        _ProfiledSender.profiles = profiles
        sender_class = _ProfiledSender
    caller = profiles.profiling("the click: look and save (calling thread)") \
        if profiles is not None else contextlib.nullcontext()
    with tempfile.TemporaryDirectory(prefix="juhe-bench-") as folder:
        opening = Laps()
        with Store.open(Path(folder) / "bench.sqlite3") as store:
            store.save_account(Account(id=ACCOUNT, gateway_url=base_url, extno=EXTNO,
                                       batch_size=batch))
            opening.lap(AT_START)
            store.add_opt_outs(opt_out_list(opt_outs), "import")  # the list as it stands
            laps, clock = Laps(), Clock()
            rows, row_indexes = make_sheet(messages), list(range(len(messages)))
            with caller, profiled_saving(profiles):
                store.recent_repeats(messages)
                laps.lap(LOOK)
                saving = campaign_saving.start_saving(
                    store, account_id=ACCOUNT, name="bench", extno=EXTNO, messages=messages,
                    batch_size=batch, row_indexes=row_indexes, signature=SIGN,
                    source_file="会员名单.xlsx", source_fingerprint="bench-sheet")
                campaign = saving.campaign
                laps.lap(SAVE)
                saved = Laps()
                saved_whole = threading.Thread(
                    target=lambda: (saving.wait_until_ended(), saved.lap(SAVED)), name="saved")
                saved_whole.start()
                store.count_messages(MessageFilter(campaign_id=campaign.id,
                                                   statuses=("opted_out",)))
                laps.lap(LEFT_OUT)
            # As the import tab does it: the names are kept by a job beside the sending.
            names = Laps()

            def keep_names() -> None:
                with store.job_connection(), (
                        profiles.profiling("keeping the names (beside)")
                        if profiles is not None else contextlib.nullcontext()):
                    remember_sheet_names(store, campaign.id, SHEET_COLUMNS, rows, messages,
                                         row_indexes)
                names.lap(NAMES)
            beside = threading.Thread(target=keep_names, name="names")
            beside.start()

            def make_client() -> GatewayClient:
                return GatewayClient(base_url, ACCOUNT, PASSWORD)
            report = sender_class(store, make_client, campaign.id,
                                  options=SendOptions(parallel=parallel), saving=saving).run()
            beside.join()
            saved_whole.join()
            laps.lap(SEND)
            wall, cpu = clock.read()
    if report.outcome != "done":
        raise RuntimeError(f"the campaign ended {report.outcome}: {report.text('en')}")
    return Timing(wall, cpu, report.progress.accepted,
                  {**opening.parts, **laps.parts, **names.parts, **saved.parts})


@dataclass(frozen=True)
class Measured:
    """A run's best and median (by wall time) of ``--repeat`` runs."""

    best: Timing
    median: float


def best_of_each(args: argparse.Namespace, latency: float, expected: int,
                 runs: dict[str, Callable[[str], Timing]]) -> dict[str, Measured]:
    """For each run, the fastest of ``--repeat`` (each on a fresh simulator: other load only
    adds). The runs take turns, so that a slow spell of a shared machine hits all alike."""
    timings: dict[str, list[Timing]] = {label: [] for label in runs}
    for _ in range(args.repeat):
        for label, run in runs.items():
            with simulator(latency, args.simulator_nodelay) as url:
                timings[label].append(run(url))
    measured: dict[str, Measured] = {}
    for label, found in timings.items():
        for timing in found:
            if timing.accepted != expected:
                raise RuntimeError(f"{label}: {timing.accepted} of {expected} accepted")
        measured[label] = Measured(min(found, key=lambda timing: timing.wall),
                                   statistics.median(timing.wall for timing in found))
    return measured


def show(label: str, measured: Measured, count: int) -> None:
    timing = measured.best
    print(f"  {label:<50}{timing.wall:7.2f} s  ({count / timing.wall:6,.0f} msg/s;"
          f" median {measured.median:.2f} s)")


def show_parts(timing: Timing, count: int) -> None:
    for name in (LOOK, SAVE, LEFT_OUT, SEND, NAMES, SAVED):
        wall, cpu = timing.parts[name]
        goal = ""
        if name == SAVE and count == SAVE_GOAL_MESSAGES:
            goal = f"  goal <= {SAVE_GOAL_S} s: {'met' if wall <= SAVE_GOAL_S else 'MISSED'}"
        print(f"    {name:<48}{wall:7.2f} s  (CPU {cpu:.2f} s){goal}")
    wall, _ = timing.parts[AT_START]
    print(f"    not in it, once when the app starts: {AT_START} {wall:.2f} s")


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3, help="keep the best of N runs")
    parser.add_argument("--opt-outs", type=int, default=10_000,
                        help="numbers on the store's opt-out list (none in the campaign)")
    parser.add_argument("--simulator-nagle", dest="simulator_nodelay", action="store_false",
                        help="Nagle's algorithm on the simulator's sockets, as it was before"
                             " it set TCP_NODELAY: every answer then waits ~40 ms")
    parser.add_argument("--profile", action="store_true",
                        help="after (a), run ours once more under cProfile, every thread")
    args = parser.parse_args(argv)
    messages = make_messages(args.messages)
    count, batch, parallel = len(messages), args.batch, args.parallel
    requests_count = -(-count // batch)
    print(f"{count:,} p2p messages in {requests_count} requests of {batch};"
          f" {args.opt_outs:,} numbers on the opt-out list;"
          f" simulator {'with' if args.simulator_nodelay else 'without'} TCP_NODELAY;"
          f" best of {args.repeat}")
    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" on {os.cpu_count()} CPUs (other work on the machine only adds)")

    print("(a) no latency")
    no_latency = best_of_each(args, 0.0, count, {
        "bare": lambda url: bare_loop(url, messages, batch),
        "ours": lambda url: full_path(url, messages, batch, 1, args.opt_outs)})
    bare, ours = no_latency["bare"].best, no_latency["ours"].best
    show("bare requests loop (serial)", no_latency["bare"], count)
    show('ours, "开始群发" to the last answer (parallel=1)', no_latency["ours"], count)
    show_parts(ours, count)
    overhead = ours.wall / bare.wall
    sending = ours.part(SEND) / bare.wall
    print(f"  end to end: ours/bare = {overhead:.3f} (goal <= {OVERHEAD_GOAL:.2f}):"
          f" {verdict(overhead <= OVERHEAD_GOAL)}; sending alone {sending:.3f};"
          f" medians {no_latency['ours'].median / no_latency['bare'].median:.3f}")
    send_cpu = ours.parts[SEND][1]
    print(f"  client CPU: bare {bare.cpu:.2f} s, ours {ours.cpu:.2f} s; per request of {batch}:"
          f" bare {1000 * bare.cpu / requests_count:.1f} ms,"
          f" ours sending {1000 * send_cpu / requests_count:.1f} ms")
    if args.profile:
        thread_cpu = ThreadCpu()
        with simulator(0.0, args.simulator_nodelay) as url:
            full_path(url, messages, batch, 1, args.opt_outs, thread_cpu)
        print("\nCPU of each of our threads in one more run (no profiler):")
        thread_cpu.print(requests_count=requests_count)
        profiles = ThreadProfiles()
        with simulator(0.0, args.simulator_nodelay) as url:
            profiled = full_path(url, messages, batch, 1, args.opt_outs, profiles)
        print(f"\nprofiled run of ours (slower under the profiler): {profiled.wall:.2f} s")
        profiles.print()

    print(f"(b) {1000 * args.latency:g} ms latency")
    latency = best_of_each(args, args.latency, count, {
        "serial": lambda url: bare_loop(url, messages, batch),
        "threaded": lambda url: bare_loop(url, messages, batch, parallel),
        "ours": lambda url: full_path(url, messages, batch, parallel, args.opt_outs)})
    serial, threaded, fast = latency["serial"].best, latency["threaded"].best, latency["ours"].best
    show("bare requests loop (serial)", latency["serial"], count)
    show(f"bare loop, {parallel} threads (reference)", latency["threaded"], count)
    show(f'ours, "开始群发" to the last answer (parallel={parallel})', latency["ours"], count)
    show_parts(fast, count)
    speedup = serial.wall / fast.wall
    print(f"  end to end: speed-up serial/ours = {speedup:.2f}x (goal >= {SPEEDUP_GOAL}x):"
          f" {verdict(speedup >= SPEEDUP_GOAL)}; sending alone"
          f" {serial.wall / fast.part(SEND):.2f}x;"
          f" medians {latency['serial'].median / latency['ours'].median:.2f}x")
    print(f"  reference: the simulator allows a bare {parallel}-thread loop"
          f" {serial.wall / threaded.wall:.2f}x; our sending / that loop ="
          f" {fast.part(SEND) / threaded.wall:.3f}")
    saved = max(ours.part(SAVE), fast.part(SAVE)) if count == SAVE_GOAL_MESSAGES else 0.0
    return 0 if (overhead <= OVERHEAD_GOAL and speedup >= SPEEDUP_GOAL
                 and saved <= SAVE_GOAL_S) else 1


if __name__ == "__main__":
    sys.exit(main())
