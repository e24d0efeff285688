"""The real kill test: the sending process dies by SIGKILL, the app restarts and recovers.

The simulator runs here, in the test process, so its own record of what it accepted
survives the kill; the sender runs in a subprocess (``run_campaign.py``) on a store file.
After each kill: the journal and the gateway's record agree batch by batch, the recovery
report counts right, resuming sends the rest, and in the end every number was submitted
exactly once, except numbers of uncertain batches: at most once, and flagged.
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
from pg_cluster import APP_PASSWORD
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN, simulator_with_account
from store_backends import StorePlace
from time_support import wait_until

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.recovery import recovery_report, resume
from juhe_desk.services.sync import pull_once
from juhe_desk.store import Batch, Store

NUMBERS, BATCH_SIZE = 2000, 50
DRIVER = Path(__file__).with_name("run_campaign.py")
LINE_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class KillPoint:
    """When to kill the sender: after N batch lines, after a delay, or mid-request."""

    kind: Literal["lines", "delay", "in_flight"]
    value: float = 0.0


def random_delays(seed: int, count: int) -> list[float]:
    # Fixed seeds: "random" moments that a failing run can reproduce. A run with 4
    # parallel batches takes at least 10 rounds x 50 ms, so every kill lands mid-run.
    rng = random.Random(seed)
    return [round(rng.uniform(0.02, 0.4), 3) for _ in range(count)]


KILLS = [
    pytest.param(1, KillPoint("lines", 3), id="serial-after-3-batches"),
    pytest.param(4, KillPoint("lines", 17), id="parallel4-after-17-batches"),
    pytest.param(4, KillPoint("in_flight"), id="parallel4-while-gateway-processes"),
    *(pytest.param(parallel, KillPoint("delay", delay), id=f"parallel{parallel}-at-{delay}s")
      for parallel, delay in zip((2, 4, 3), random_delays(20240611, 3), strict=True)),
]


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with simulator_with_account(seed=11, balance=100_000_000, max_connections=8) as sim:
        sim.faults.latency = 0.05
        yield sim


class Driver:
    """``run_campaign.py`` in a subprocess, its output lines read as they come."""

    def __init__(self, db: str, gateway: GatewaySimulator, campaign_id: int,
                 parallel: int, log: Path) -> None:
        env = {**os.environ, "JUHE_TEST_PASSWORD": PASSWORD, "JUHE_TEST_DB_PASSWORD": APP_PASSWORD}
        self._log = log.open("a", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), "--db", db, "--gateway", gateway.base_url,
             "--account", ACCOUNT, "--campaign", str(campaign_id),
             "--parallel", str(parallel)],
            stdout=subprocess.PIPE, stderr=self._log, text=True, env=env)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.strip())
        self._queue.put(None)

    def wait_for(self, wanted: Callable[[str], bool]) -> str:
        """Read lines until one is ``wanted``; fails on end of output or time-out."""
        deadline = time.monotonic() + LINE_TIMEOUT_S
        while True:
            line = self._queue.get(timeout=max(0.01, deadline - time.monotonic()))
            assert line is not None, f"the driver ended early: {self.lines}"
            self.lines.append(line)
            if wanted(line):
                return line

    def batch_lines(self) -> int:
        return sum(line.startswith("batch ") for line in self.lines)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)

    def finish(self) -> int:
        """Wait for the end; returns the exit code (negative: killed by that signal)."""
        code = self.proc.wait(timeout=LINE_TIMEOUT_S)
        self._reader.join(LINE_TIMEOUT_S)
        while (line := self._queue.get_nowait()) is not None:
            self.lines.append(line)
        return code

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._reader.join(LINE_TIMEOUT_S)
        self._log.close()


@contextlib.contextmanager
def driver(place: StorePlace, gateway: GatewaySimulator, campaign_id: int,
           parallel: int) -> Iterator[Driver]:
    running = Driver(place.target, gateway, campaign_id, parallel,
                     place.tmp_path / "driver.log")
    try:
        yield running
    finally:
        running.close()


def kill_at(running: Driver, gateway: GatewaySimulator, point: KillPoint) -> None:
    running.wait_for(lambda line: line == "started")
    if point.kind == "lines":
        running.wait_for(lambda line: line.startswith("batch ")
                         and running.batch_lines() >= point.value)
    elif point.kind == "delay":
        # Counted from the first request: the run's start (claiming the campaign on a shared
        # database) takes longer on a busy machine, and the kill must land mid-run.
        wait_until(lambda: bool(gateway.request_log()), LINE_TIMEOUT_S,
                   what="a request at the gateway", interval=0.001)
        time.sleep(point.value)  # the kill point itself: so long into the run
    else:  # a request the gateway has processed but not yet answered
        wait_until(lambda: gateway.state(ACCOUNT).in_flight > 0, LINE_TIMEOUT_S,
                   what="a request at the gateway", interval=0.001)
    running.kill()


def gateway_record(gateway: GatewaySimulator) -> tuple[Counter[str], dict[str, str]]:
    submissions = gateway.submissions(ACCOUNT)
    return Counter(s.mobile for s in submissions), {s.mobile: s.mid for s in submissions}


def batch_mobiles(store: Store, batch: Batch) -> list[str]:
    return [m.mobile for m in store.batch_messages(batch.id)]


def new_campaign(place: StorePlace) -> tuple[int, list[str]]:
    mobiles = [str(13900000000 + 7 * i) for i in range(NUMBERS)]
    with place.open() as store:
        campaign = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="店庆通知", extno=EXTNO, batch_size=BATCH_SIZE,
            messages=[(m, f"{SIGN}尊敬的会员{i}号，周六店庆八折") for i, m in enumerate(mobiles)])
    return campaign.id, mobiles


def run_to_completion(place: StorePlace, gateway: GatewaySimulator, campaign_id: int) -> None:
    with driver(place, gateway, campaign_id, parallel=4) as running:
        code = running.finish()
        assert (code, running.lines[-1]) == (0, "finished done"), running.lines


@pytest.mark.parametrize(("parallel", "point"), KILLS)
def test_killed_sender_recovers_and_sends_each_number_at_most_once(
        store_place: StorePlace, gateway: GatewaySimulator, parallel: int,
        point: KillPoint) -> None:
    campaign_id, mobiles = new_campaign(store_place)
    with driver(store_place, gateway, campaign_id, parallel) as running:
        kill_at(running, gateway, point)
        assert running.finish() == -signal.SIGKILL, "the sender finished before the kill"
        lines_seen = running.batch_lines()
    # A killed process's last request may still arrive and be processed: the record is
    # final once every connection it made has closed and no request is being handled.
    assert gateway.settle(), "the gateway did not settle"
    sent, mids = gateway_record(gateway)
    assert max(sent.values(), default=1) == 1

    # --- the app starts again -------------------------------------------------------------
    with store_place.open() as store:
        marked = store.recover_interrupted_batches()
        batches = store.campaign_batches(campaign_id)
        by_state: dict[str, list[Batch]] = {}
        for batch in batches:
            by_state.setdefault(batch.state, []).append(batch)
        assert set(by_state) <= {"submitted", "planned", "uncertain"}
        assert [b.id for b in marked] == [b.id for b in by_state.get("uncertain", [])]
        assert len(marked) <= parallel  # only requests on their way at the kill
        assert len(by_state.get("submitted", [])) >= lines_seen
        went_uncertain: set[int] = set()
        for batch in batches:
            messages = store.batch_messages(batch.id)
            at_gateway = [m.mobile in sent for m in messages]
            if batch.state == "submitted":
                assert all(m.mid == mids[m.mobile] for m in messages)
            elif batch.state == "planned":
                assert not any(at_gateway), "a planned batch reached the gateway"
            else:  # the gateway takes a request whole or not at all
                assert all(at_gateway) or not any(at_gateway)
                assert {m.status for m in messages} == {"uncertain"}
                if all(at_gateway):
                    went_uncertain.add(batch.id)
        if point.kind == "in_flight":
            assert went_uncertain, "the request in flight at the kill was not flagged"

        report = recovery_report(store)
        entry = report.campaign(campaign_id)
        assert entry is not None and [c.campaign_id for c in report.campaigns] == [campaign_id]
        count = {state: BATCH_SIZE * len(found) for state, found in by_state.items()}
        assert (entry.went, entry.not_sent, entry.uncertain) == (
            count.get("submitted", 0), count.get("planned", 0), count.get("uncertain", 0))
        assert [b.batch_id for b in entry.uncertain_batches] == [b.id for b in marked]
        assert f"不确定是否已发出 {entry.uncertain} 条" in report.text("zh_CN")
        assert f"{entry.uncertain} uncertain" in report.text("en")

        plan = resume(store, campaign_id)
        assert plan.messages_to_send == entry.not_sent
        uncertain_ids = {b.id for b in marked}

    # --- resumed to completion --------------------------------------------------------------
    run_to_completion(store_place, gateway, campaign_id)
    sent, mids = gateway_record(gateway)
    with store_place.open() as store:
        batches = store.campaign_batches(campaign_id)
        assert {b.id for b in batches if b.state == "uncertain"} == uncertain_ids
        assert {b.state for b in batches if b.id not in uncertain_ids} == {"submitted"}
        flagged = {m for b in batches if b.id in uncertain_ids for m in batch_mobiles(store, b)}
        assert max(sent.values()) == 1  # nothing went twice
        assert set(mobiles) - flagged <= set(sent)  # everything certain went
        assert set(mobiles) == set(sent) | flagged  # nothing planned was forgotten
        # uncertain batches keep the campaign open until they are decided
        assert store.get_campaign(campaign_id).state == ("paused" if uncertain_ids else "done")
        assert recovery_report(store).needs_attention == bool(uncertain_ids)

        # --- delivery reports are the user's evidence; the user settles each batch -------
        gateway.flush_reports()
        with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
            summary = pull_once(client, store)
        assert summary.new_reports == len(sent)
        assert summary.resolved == ()  # no report settles an uncertain batch by itself
        for batch in store.campaign_batches(campaign_id):
            if batch.id not in uncertain_ids:
                continue
            assert batch.state == "uncertain"
            evidence = store.uncertain_evidence(batch.id)
            if batch.id in went_uncertain:  # every number reported after the request
                assert evidence.reported == evidence.numbers == BATCH_SIZE
                store.resolve_uncertain_batch(batch.id, "submitted")  # the user: it went
                store.match_reports_to_sent_messages()
                messages = store.batch_messages(batch.id)
                assert all(m.mid == mids[m.mobile] for m in messages)
                assert {m.status for m in messages} <= {"delivered", "failed"}
            else:  # never reached the gateway: no report for any of its numbers
                assert evidence.reported == 0
                store.resolve_uncertain_batch(batch.id, "planned")  # the user: send it again
        never_went = uncertain_ids - went_uncertain
        if never_went:
            assert resume(store, campaign_id).batches_to_send == len(never_went)

    if never_went:
        run_to_completion(store_place, gateway, campaign_id)
    sent, _ = gateway_record(gateway)
    assert sorted(sent) == sorted(mobiles) and max(sent.values()) == 1
    with store_place.open() as store:
        assert store.get_campaign(campaign_id).state == "done"
        assert not recovery_report(store).needs_attention

