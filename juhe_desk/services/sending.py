"""Sending a stored campaign, batch by batch, exactly once as far as a client can.

The rules (protocol-notes.md, "What is safe to repeat"):
- a batch is moved to ``sending`` in the journal before its request leaves;
- an answer moves it to ``submitted`` with every number's mid and RESULT;
- a request that provably never arrived (refused connection) or that the gateway refused
  whole (any STATUS) goes back to ``planned``: nothing was sent, it may go again;
- a read timeout, a lost connection or a broken answer makes it ``uncertain``: it is never
  sent again by this code; the user decides, helped by the reports that arrive later.
STATUS 21 backs off and retries; RESULT 15 pauses the campaign (balance); STATUS 3/7 and
RESULT 10/17 stop it with the vendor's fix in plain words.

Opt-outs are checked at the last moment: the step that marks a batch ``sending`` also looks
at the opt-out list as it is then (``Store.start_batch``), so a reply "R" pulled or pushed
mid-campaign keeps its number out of every batch not yet on its way. The numbers left out are
journalled as 'opted_out' in that same step, before the request leaves; the request is then
built again without them (it was prepared ahead), and a batch left with nobody is skipped.

Speed without giving any of that up (send_pipeline.py): while requests are on the wire,
one thread prepares the next batches' requests and another records the answers number by
number. An answer is first stored whole, in the transaction that marks the worker's next
batch ``sending`` (one commit, so one wait for the disk, per batch), or alone when the run
stops; the worker decides on it at once (pause, stop), and hands it to the writer once it
is stored. After a crash the stored answers are recorded at start; an answer not stored
yet leaves its batch uncertain, as a lost answer does.
bench/send_bench.py measures the effect.

Several desks on one shared database: a run first claims the campaign (``claim_campaign``:
one desk sends it at a time; another raises ``CampaignBusyError`` naming that desk), then
settles what a desk that sent it before and is gone left in flight (uncertain, never sent
again). Any desk may pause it (the campaign's state): this run stops before its next batch.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, Literal, NamedTuple

from juhe_desk.gateway.codes import (
    RESULT_BALANCE_TOO_LOW,
    RESULT_SIGNATURE_NOT_REGISTERED,
    RESULT_WRONG_EXTNO,
    describe_result,
)
from juhe_desk.gateway.errors import (
    GatewayError,
    GatewayRefusal,
    GatewayUnreachableError,
    TooManyConnectionsError,
    TooManyNumbersError,
)
from juhe_desk.gateway.models import SendOutcome
from juhe_desk.services.interrupted import interrupted
from juhe_desk.services.send_pipeline import HeldAnswer, JournalWriter, RequestPreparer
from juhe_desk.store import Batch, IllegalTransitionError, MessageFilter, Store

if TYPE_CHECKING:  # the client (and requests) is imported by whoever makes clients
    from juhe_desk.gateway.client import GatewayClient, SendRequest

log = logging.getLogger(__name__)

ClientFactory = Callable[[], "GatewayClient"]
Outcome = Literal["done", "cancelled", "paused", "stopped"]

# Every further batch would fail too: stop.
BLOCKING_RESULTS = (RESULT_WRONG_EXTNO, RESULT_SIGNATURE_NOT_REGISTERED)
DEFAULT_PARALLEL = 2  # requests at a time, unless the user chose otherwise (send_settings.py)
_result_code = attrgetter("result")


@dataclass(frozen=True, slots=True)
class SendProgress:
    campaign_id: int
    batches_done: int
    batches_total: int
    accepted: int
    refused: int
    uncertain: int
    balance: int | None = None
    opted_out: int = 0  # left out because they opted out after they were chosen


@dataclass(frozen=True, slots=True)
class SendReport:
    """How a run ended. ``reason``/``reason_en`` explain a pause or stop in the user's words."""

    campaign_id: int
    outcome: Outcome
    progress: SendProgress
    reason: str = ""
    reason_en: str = ""
    error_code: int | None = None
    # Messages of the campaign not sent because their number opted out after it was chosen
    # (while the send was confirmed, in this run or in an earlier one).
    opted_out_total: int = 0
    # Set when the user cancelled the rest (``campaigns.give_up_unsent``): the messages
    # that will now never be sent.
    given_up: int | None = None

    def text(self, lang: str = "zh_CN") -> str:
        return self.reason_en if lang.startswith("en") else self.reason


@dataclass
class SendOptions:
    parallel: int = DEFAULT_PARALLEL
    pacing_s: float = 0.0  # least time between the starts of two requests
    busy_retries: int = 5  # STATUS 21 after the client's own retries
    busy_backoff_s: float = 2.0


class _Prepared(NamedTuple):
    batch: Batch
    request: SendRequest | None  # None: nothing left to send (the batch will be skipped)
    mobiles: frozenset[str]


@dataclass
class _RunProgress:
    """What the run's threads share, under ``lock``: the counts so far, the last balance the
    gateway told, and the report that stops the run (pause or stop), once there is one."""

    done: int = 0
    accepted: int = 0
    refused: int = 0
    uncertain: int = 0
    opted_out: int = 0
    balance: int | None = None
    stop: SendReport | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class CampaignSender:
    """Sends the planned batches of one campaign. ``run()`` blocks: call it in a worker."""

    def __init__(self, store: Store, make_client: ClientFactory, campaign_id: int, *,
                 options: SendOptions | None = None,
                 cancelled: Callable[[], bool] = lambda: False,
                 sleep: Callable[[float], bool] | None = None,
                 progress: Callable[[SendProgress], None] = lambda p: None) -> None:
        self._store = store
        self._make_client = make_client
        self._campaign_id = campaign_id
        self._options = options or SendOptions()
        self._cancelled = cancelled
        self._sleep = sleep or _plain_sleep
        self._progress = progress
        self._run_progress = _RunProgress()
        self._local = threading.local()
        self._clients: list[GatewayClient] = []
        self._pace_lock = threading.Lock()
        self._next_start = 0.0
        self._broken = False

    def run(self) -> SendReport:
        """Send; a failure that stops the run (a full disk while the answers are written,
        say) is raised as ``SendInterrupted``, which counts the numbers it left uncertain.

        Like every thread of the run, the calling one uses the store inside a
        ``job_connection`` block (a no-op inside the task runner's own)."""
        with self._store.job_connection():
            self._store.claim_campaign(self._campaign_id)
            try:
                # A desk that sent it before and is gone: its batches in flight are settled
                # (uncertain), this desk's own never mid-run.
                self._store.recover_interrupted_batches(own_too=False,
                                                        campaign_id=self._campaign_id)
                return self._run()
            except Exception as exc:
                raise interrupted(self._store, self._campaign_id, exc) from exc
            finally:
                self._store.release_campaign(self._campaign_id)

    def _run(self) -> SendReport:
        campaign = self._store.get_campaign(self._campaign_id)
        if campaign.state in ("paused", "draft"):
            self._store.set_campaign_state(self._campaign_id, "sending")
        batches = self._store.campaign_batches(self._campaign_id)
        planned = deque(b for b in batches if b.state == "planned")
        self._total = len(batches)
        self._run_progress.done = len(batches) - len(planned)
        workers = max(1, self._options.parallel)
        self._prepare_batch = partial(self._prepare, campaign.extno, campaign.content)
        preparer = RequestPreparer(self._store, planned, self._prepare_batch, ahead=workers)
        journal = JournalWriter(self._store, self._record, max_pending=workers,
                                on_failure=self._break)
        try:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="send") as pool:
                loops = [pool.submit(self._work, preparer, journal) for _ in range(workers)]
                for loop in loops:
                    loop.result()  # a bug in a worker must surface, not vanish
        finally:
            preparer.close()
            journal.close()  # every answer received is recorded before the report
            for client in self._clients:
                client.close()
        return self._finish()

    def _halted(self) -> bool:
        return self._run_progress.stop is not None or self._broken or self._cancelled()

    def _break(self) -> None:
        """A worker or the journal writer failed: the others stop before their next batch."""
        self._broken = True

    # --- the preparing thread -------------------------------------------------------------
    def _prepare(self, extno: str, content: str | None, batch: Batch) -> _Prepared:
        """The request of a batch's messages still to send (also on a worker thread, when
        the last look at the opt-out list leaves numbers out)."""
        pairs = self._store.batch_recipients(batch.id)
        if not pairs:
            return _Prepared(batch, None, frozenset())
        client = self._client()
        if batch.action == "send":
            text = content if content is not None else pairs[0][1]
            request = client.prepare_send([mobile for mobile, _ in pairs], text, extno)
        else:
            request = client.prepare_p2p(pairs, extno)
        return _Prepared(batch, request, frozenset(mobile for mobile, _ in pairs))

    # --- worker threads -------------------------------------------------------------------
    def _work(self, preparer: RequestPreparer[_Prepared], journal: JournalWriter) -> None:
        """One request at a time, taking the next prepared batch until none is left."""
        answered = HeldAnswer(self._store, journal)
        try:
            with self._store.job_connection():
                try:
                    while not self._halted():
                        prepared = preparer.take()
                        if prepared is None:
                            return
                        self._send_batch(prepared, answered, preparer)
                finally:
                    answered.pass_to_journal()  # the last answer is stored alone
        except BaseException:
            self._break()
            raise

    def _send_batch(self, prepared: _Prepared, answered: HeldAnswer,
                    preparer: RequestPreparer[_Prepared]) -> None:
        batch = prepared.batch
        client = self._client()
        for attempt in range(self._options.busy_retries + 1):
            if self._halted():
                return
            delay = self._pace()
            if delay:
                answered.pass_to_journal()  # no answer waits unrecorded through a pause
                if self._sleep(delay):
                    return
            try:
                # The last look at the opt-outs; the previous answer is stored with it.
                started = self._store.start_batch(batch.id, answered.to_store_with_next())
            except IllegalTransitionError as exc:
                if exc.kind != "campaign":
                    raise
                self._halt_paused_elsewhere()  # paused (or cancelled) at another desk
                return  # (the answer, not stored with the step, is stored alone)
            answered.stored()
            if started.left_out:
                self._count_left_out(len(started.left_out))
            if started.skipped:
                self._count()
                return
            if started.left_out or prepared.request is None:
                prepared = self._prepare_batch(batch)  # without them: rare, so done here
            request, numbers = prepared.request, len(prepared.mobiles)
            assert request is not None  # start_batch skips a batch with nobody left
            answered.pass_to_journal()  # written while this request is on the wire,
            preparer.keep_ahead()  # and the next requests prepared
            try:
                outcome = client.submit(request)
            except TooManyConnectionsError as exc:
                self._store.batch_back_to_planned(batch.id, exc.text())
                if attempt == self._options.busy_retries:
                    self._halt("paused", exc)
                    return
                if self._sleep(self._options.busy_backoff_s * (2 ** attempt)):
                    return
                continue
            except GatewayUnreachableError as exc:
                self._store.batch_back_to_planned(batch.id, exc.text())
                self._halt("paused", exc)
                return
            except TooManyNumbersError as exc:
                self._store.batch_refused(batch.id, exc.code, exc.text())
                self._count(refused=numbers)
                return
            except GatewayRefusal as exc:
                # The whole request was refused: nothing went out. It may go again once
                # the user has fixed the cause (password, disabled account...).
                self._store.batch_back_to_planned(batch.id, exc.text())
                self._halt("stopped", exc)
                return
            except GatewayError as exc:
                self._store.batch_uncertain(batch.id, exc.text())
                log.warning("batch %s uncertain: %s", batch.id, type(exc).__name__)
                self._count(uncertain=numbers)
                return
            # Stored with the next batch's step to "sending" (or alone, if the run stops
            # first); recorded number by number during the next request.
            answered.answer(batch, outcome.results)
            self._decide(outcome, prepared.mobiles)
            return

    def _decide(self, outcome: SendOutcome, mobiles: frozenset[str]) -> None:
        """Pause on RESULT 15; stop on 10/17 when no number of the batch was accepted."""
        with self._run_progress.lock:
            if outcome.balance is not None:
                self._run_progress.balance = outcome.balance
        if set(map(_result_code, outcome.results)) <= {0}:
            return  # all accepted (the usual answer), seen in C
        ours = [r for r in outcome.results if r.mobile in mobiles]
        codes = {r.result for r in ours if not r.accepted}
        if RESULT_BALANCE_TOO_LOW in codes:
            self._halt_result("paused", RESULT_BALANCE_TOO_LOW)
        elif codes & set(BLOCKING_RESULTS) and not any(r.accepted for r in ours):
            self._halt_result("stopped", min(codes & set(BLOCKING_RESULTS)))

    # --- the journal-writer thread --------------------------------------------------------
    def _record(self, batch: Batch) -> None:
        summary = self._store.apply_answer(batch.id)
        self._count(accepted=summary.accepted, refused=summary.refused,
                    uncertain=len(summary.missing))

    # --- shared state ---------------------------------------------------------------------
    def _client(self) -> GatewayClient:
        client: GatewayClient | None = getattr(self._local, "client", None)
        if client is None:
            client = self._make_client()
            self._local.client = client
            with self._run_progress.lock:
                self._clients.append(client)
        return client

    def _pace(self) -> float:
        """How long to wait before the next request starts (``pacing_s`` apart)."""
        if self._options.pacing_s <= 0:
            return 0.0
        with self._pace_lock:
            now = time.monotonic()
            delay = max(0.0, self._next_start - now)
            self._next_start = max(now, self._next_start) + self._options.pacing_s
        return delay

    def _count_left_out(self, numbers: int) -> None:
        with self._run_progress.lock:
            self._run_progress.opted_out += numbers

    def _count(self, accepted: int = 0, refused: int = 0, uncertain: int = 0) -> None:
        with self._run_progress.lock:
            self._run_progress.done += 1
            self._run_progress.accepted += accepted
            self._run_progress.refused += refused
            self._run_progress.uncertain += uncertain
            snapshot = self._snapshot()
        self._progress(snapshot)

    def _snapshot(self) -> SendProgress:
        t = self._run_progress
        return SendProgress(self._campaign_id, t.done, self._total, t.accepted, t.refused,
                            t.uncertain, t.balance, t.opted_out)

    def _halt(self, outcome: Outcome, error: GatewayError) -> None:
        with self._run_progress.lock:
            if self._run_progress.stop is None:
                self._run_progress.stop = SendReport(self._campaign_id, outcome, self._snapshot(),
                                              error.text("zh_CN"), error.text("en"),
                                              error.code)

    def _halt_paused_elsewhere(self) -> None:
        with self._run_progress.lock:
            if self._run_progress.stop is None:
                self._run_progress.stop = SendReport(
                    self._campaign_id, "paused", self._snapshot(),
                    "这个群发任务在另一台电脑上被暂停了，剩下的没有发送。",
                    "This campaign was paused at another desk; the rest was not sent.")

    def _halt_result(self, outcome: Outcome, code: int) -> None:
        info = describe_result(code)
        with self._run_progress.lock:
            if self._run_progress.stop is None:
                self._run_progress.stop = SendReport(
                    self._campaign_id, outcome, self._snapshot(),
                    f"{info.meaning('zh_CN')} {info.fix('zh_CN')}".strip(),
                    f"{info.meaning('en')} {info.fix('en')}".strip(), code)

    def _finish(self) -> SendReport:
        with self._run_progress.lock:
            stop = self._run_progress.stop
            snapshot = self._snapshot()
        campaign = self._store.get_campaign(self._campaign_id)
        opted_out = self._store.count_messages(MessageFilter(
            campaign_id=self._campaign_id, statuses=("opted_out",)))
        if stop is not None:
            if campaign.state in ("sending", "scheduled"):
                self._store.set_campaign_state(self._campaign_id, "paused")
            return SendReport(stop.campaign_id, stop.outcome, snapshot, stop.reason,
                              stop.reason_en, stop.error_code, opted_out)
        if self._cancelled():
            if campaign.state in ("sending", "scheduled"):
                self._store.set_campaign_state(self._campaign_id, "paused")
            return SendReport(self._campaign_id, "cancelled", snapshot,
                              opted_out_total=opted_out)
        if campaign.state == "sending":  # uncertain batches keep it open: it needs a look
            self._store.set_campaign_state(self._campaign_id, "paused")
        return SendReport(self._campaign_id, "done", snapshot, opted_out_total=opted_out)


def _plain_sleep(seconds: float) -> bool:
    time.sleep(seconds)
    return False

