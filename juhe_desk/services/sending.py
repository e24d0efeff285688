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
is stored, with the messages its request carried: the writer reads nothing back. After a
crash the stored answers are recorded at start; an answer not stored yet leaves its batch
uncertain, as a lost answer does. Workers whose steps to ``sending`` come at once commit
them together, and the writes beside them give way to those steps (grouped_starts.py).
A campaign still being saved (campaign_saving.py) is sent as its batches are committed:
a worker never sees a batch before its row and its numbers are in the journal.
bench/send_bench.py measures the effect. What the run tells its caller (progress, the
report, the options) is send_outcome.py.

Several desks on one shared database: a run first claims the campaign (``claim_campaign``:
one desk sends it at a time; another raises ``CampaignBusyError`` naming that desk), then
settles what a desk that sent it before and is gone left in flight (uncertain, never sent
again). Any desk may pause it (the campaign's state): this run stops before its next batch.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, NamedTuple

from juhe_desk.gateway.codes import (
    RESULT_BALANCE_TOO_LOW,
    RESULT_SIGNATURE_NOT_REGISTERED,
    RESULT_WRONG_EXTNO,
)
from juhe_desk.gateway.errors import (
    GatewayError,
    GatewayRefusal,
    GatewayUnreachableError,
    TooManyConnectionsError,
    TooManyNumbersError,
)
from juhe_desk.gateway.models import SendOutcome
from juhe_desk.services.grouped_starts import GroupedStarts
from juhe_desk.services.interrupted import interrupted
from juhe_desk.services.send_outcome import (
    DEFAULT_PARALLEL,
    Outcome,
    RunTally,
    SendOptions,
    SendProgress,
    SendReport,
)
from juhe_desk.services.send_pipeline import (
    AnsweredBatch,
    BatchFeed,
    HeldAnswer,
    JournalWriter,
    RequestPreparer,
)
from juhe_desk.store import Batch, IllegalTransitionError, MessageFilter, Store
from juhe_desk.store.journal_answers import Carried

if TYPE_CHECKING:  # the client (and requests) is imported by whoever makes clients
    from juhe_desk.gateway.client import GatewayClient, SendRequest
    from juhe_desk.services.campaign_saving import SavingInSteps

# Where they always were: imported from here by many.
__all__ = ["DEFAULT_PARALLEL", "CampaignSender", "ClientFactory", "Outcome", "SendOptions",
           "SendProgress", "SendReport"]

log = logging.getLogger(__name__)

ClientFactory = Callable[[], "GatewayClient"]

# Every further batch would fail too: stop.
BLOCKING_RESULTS = (RESULT_WRONG_EXTNO, RESULT_SIGNATURE_NOT_REGISTERED)
_result_code = attrgetter("result")
# Of a message still to send, (id, mobile, text): taken apart in C, 500 a batch.
_mobile, _mobile_and_text, _id_and_mobile = itemgetter(1), itemgetter(1, 2), itemgetter(0, 1)


class _Prepared(NamedTuple):
    batch: Batch
    request: SendRequest | None  # None: nothing left to send (the batch will be skipped)
    carried: Carried  # (message id, mobile) of each message in the request


class CampaignSender:
    """Sends the planned batches of one campaign. ``run()`` blocks: call it in a worker."""

    def __init__(self, store: Store, make_client: ClientFactory, campaign_id: int, *,
                 options: SendOptions | None = None,
                 cancelled: Callable[[], bool] = lambda: False,
                 sleep: Callable[[float], bool] | None = None,
                 progress: Callable[[SendProgress], None] = lambda p: None,
                 saving: SavingInSteps | None = None) -> None:
        self._store = store
        self._make_client = make_client
        self._campaign_id = campaign_id
        self._options = options or SendOptions()
        self._cancelled = cancelled
        self._sleep = sleep or _plain_sleep
        self._saving = saving  # the campaign is still being saved: campaign_saving.py
        self._tally = RunTally(campaign_id, progress)
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
        planned = BatchFeed(self._store, self._campaign_id, batches, self._saving,
                            not_planned=self._count_not_planned)
        saving = self._saving
        self._tally.total = max(len(batches), saving.batches_total if saving else 0)
        self._tally.done = sum(b.state != "planned" for b in batches)
        workers = max(1, self._options.parallel)
        self._prepare_batch = partial(self._prepare, campaign.extno, campaign.content)
        preparer = RequestPreparer(self._store, planned, self._prepare_batch, ahead=workers)
        self._starts = GroupedStarts(self._store)
        journal = JournalWriter(self._store, self._record, max_pending=workers,
                                on_failure=self._break, give_way=self._starts.give_way)
        if saving is not None:
            saving.give_way = self._starts.give_way
        try:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="send") as pool:
                loops = [pool.submit(self._work, preparer, journal) for _ in range(workers)]
                for loop in loops:
                    loop.result()  # a bug in a worker must surface, not vanish
        finally:
            try:
                preparer.close()
                journal.close()  # every answer received is recorded before the report
            finally:  # (also when recording failed: nothing is left writing)
                for client in self._clients:
                    client.close()
                if self._saving is not None:  # what it saved is known before the report
                    self._saving.give_way = None
                    self._saving.wait_until_ended()
        return self._finish()

    def _halted(self) -> bool:
        return self._tally.stop is not None or self._broken or self._cancelled()

    def _break(self) -> None:
        """A worker or the journal writer failed: the others stop before their next batch."""
        self._broken = True

    # --- the preparing thread -------------------------------------------------------------
    def _prepare(self, extno: str, content: str | None, batch: Batch) -> _Prepared:
        """The request of a batch's messages still to send (also on a worker thread, when
        the last look at the opt-out list leaves numbers out)."""
        unsent = self._store.unsent_messages(batch.id)
        if not unsent:
            return _Prepared(batch, None, ())
        client = self._client()
        if batch.action == "send":
            text = content if content is not None else unsent[0][2]
            request = client.prepare_send(list(map(_mobile, unsent)), text, extno)
        else:
            request = client.prepare_p2p(list(map(_mobile_and_text, unsent)), extno)
        return _Prepared(batch, request, list(map(_id_and_mobile, unsent)))

    # --- worker threads -------------------------------------------------------------------
    def _work(self, preparer: RequestPreparer[_Prepared], journal: JournalWriter) -> None:
        """One request at a time, taking the next prepared batch until none is left."""
        answered = HeldAnswer(self._store, journal)
        try:
            with self._store.job_connection(), self._store.checkpoints_held_off():
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
                started = self._starts.start(batch.id, answered.to_store_with_next())
            except IllegalTransitionError as exc:
                if exc.kind != "campaign":
                    raise
                self._tally.halt_paused_elsewhere()  # paused (or cancelled) at another desk
                return  # (the answer, not stored with the step, is stored alone)
            answered.stored()
            if started.left_out:
                self._tally.count_left_out(len(started.left_out))
            if started.skipped:
                self._tally.count()
                return
            if started.left_out or prepared.request is None:
                prepared = self._prepare_batch(batch)  # without them: rare, so done here
            request, numbers = prepared.request, len(prepared.carried)
            assert request is not None  # start_batch skips a batch with nobody left
            answered.pass_to_journal()  # written while this request is on the wire,
            preparer.keep_ahead()  # and the next requests prepared
            try:
                outcome = client.submit(request)
            except TooManyConnectionsError as exc:
                self._store.batch_back_to_planned(batch.id, exc.text())
                if attempt == self._options.busy_retries:
                    self._tally.halt("paused", exc)
                    return
                if self._sleep(self._options.busy_backoff_s * (2 ** attempt)):
                    return
                continue
            except GatewayUnreachableError as exc:
                self._store.batch_back_to_planned(batch.id, exc.text())
                self._tally.halt("paused", exc)
                return
            except TooManyNumbersError as exc:
                self._store.batch_refused(batch.id, exc.code, exc.text())
                self._tally.count(refused=numbers)
                return
            except GatewayRefusal as exc:
                # The whole request was refused: nothing went out. It may go again once
                # the user has fixed the cause (password, disabled account...).
                self._store.batch_back_to_planned(batch.id, exc.text())
                self._tally.halt("stopped", exc)
                return
            except GatewayError as exc:
                self._store.batch_uncertain(batch.id, exc.text())
                log.warning("batch %s uncertain: %s", batch.id, type(exc).__name__)
                self._tally.count(uncertain=numbers)
                return
            # Stored with the next batch's step to "sending" (or alone, if the run stops
            # first); recorded number by number during the next request.
            answered.answer(batch, outcome.results, prepared.carried)
            self._decide(outcome, prepared.carried)
            return

    def _decide(self, outcome: SendOutcome, carried: Carried) -> None:
        """Pause on RESULT 15; stop on 10/17 when no number of the batch was accepted."""
        self._tally.tell_balance(outcome.balance)
        if set(map(_result_code, outcome.results)) <= {0}:
            return  # all accepted (the usual answer), seen in C
        mobiles = {mobile for _, mobile in carried}
        ours = [r for r in outcome.results if r.mobile in mobiles]
        codes = {r.result for r in ours if not r.accepted}
        if RESULT_BALANCE_TOO_LOW in codes:
            self._tally.halt_result("paused", RESULT_BALANCE_TOO_LOW)
        elif codes & set(BLOCKING_RESULTS) and not any(r.accepted for r in ours):
            self._tally.halt_result("stopped", min(codes & set(BLOCKING_RESULTS)))

    # --- the journal-writer thread --------------------------------------------------------
    def _record(self, answered: AnsweredBatch) -> None:
        summary = self._store.apply_answer(answered.batch.id, answered.results, answered.carried)
        self._tally.count(accepted=summary.accepted, refused=summary.refused,
                          uncertain=len(summary.missing))

    # --- shared state ---------------------------------------------------------------------
    def _client(self) -> GatewayClient:
        client: GatewayClient | None = getattr(self._local, "client", None)
        if client is None:
            client = self._make_client()
            self._local.client = client
            with self._tally.lock:
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

    def _count_not_planned(self, batches: int) -> None:
        """Batches saved while the campaign sent, with nobody left to send: done."""
        with self._tally.lock:
            self._tally.done += batches

    def _finish(self) -> SendReport:
        unsaved = self._store.partly_saved(self._campaign_id)
        if unsaved:  # its saving failed, now or in an earlier run: the rest cannot go
            self._tally.halt_part_unsaved(unsaved[0].messages_saved, unsaved[0].messages_total)
        with self._tally.lock:
            stop = self._tally.stop
            snapshot = self._tally.snapshot()
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

