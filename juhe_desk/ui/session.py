"""The running application's state: store, active account, password, demo gateway, workers.

Lives on the GUI thread. Jobs get plain values from it (a fresh client, the store) and
report back through the task runner; the session turns their results into signals.

The window is painted before the session talks to anyone: ``start_background_work`` (called
once the window is up) starts the demo gateway, then the polling and the first balance. The
HTTP client and the simulator are imported by the jobs that first use them, off the GUI thread.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from juhe_desk.cli import Options
from juhe_desk.credentials import CredentialStore
from juhe_desk.gateway.models import Balance
from juhe_desk.services.desk_start import AccountChoice, DeskStart, prepare_desk
from juhe_desk.services.puller import TAKEOVER_CHECK_S, PullTurn, pull_turn
from juhe_desk.services.sending import SendReport
from juhe_desk.services.sync import SyncSummary
from juhe_desk.store import Account, DeskInfo, PasswordMode, Store
from juhe_desk.store.desk_identity import load_or_create
from juhe_desk.store.spool import SPOOL_NAME, SpoolPlace, SpoolUnavailableError
from juhe_desk.ui.live_desks import LiveDesks
from juhe_desk.ui.store_writes import StoreWrites
from juhe_desk.ui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from juhe_desk.gateway.client import GatewayClient
    from juhe_desk.gateway.simulator import GatewaySimulator

log = logging.getLogger(__name__)

# The demo gateway's state in the demo's data folder (gateway/simulator/saved_state.py).
DEMO_STATE_FILE = "demo-gateway.json"
DATABASE_NAME = "juhe-desk.sqlite3"
DEFAULT_READ_TIMEOUT_S = 30.0
SHARED_CHECK_S = 5  # how often the shared database is asked whether it is there
DEMO_REPLIES = ("好的，收到", "谢谢", "R", "退订", "几点开门？", "TD", "别再发了", "不需要，谢谢")


class Session(QObject):
    accountChanged = Signal()  # noqa: N815 - Qt signal naming
    balanceChanged = Signal(Balance)  # noqa: N815 - Qt signal naming
    connectionChanged = Signal(bool, str)  # noqa: N815 - ok, explanation
    synced = Signal(SyncSummary)  # after new items were stored
    sendFinished = Signal(SendReport)  # noqa: N815 - for views that show campaigns
    optOutsChanged = Signal()  # noqa: N815 - numbers added to or removed from the opt-out list
    conversationRequested = Signal(str)  # noqa: N815 - "回复" on a number: open its conversation
    # Shared database: which desk pulls the account's reports and replies (None: none now).
    pullerChanged = Signal(object)  # noqa: N815 - DeskInfo | None
    # Shared database: reachable or not; the explanation in the user's words when not.
    sharedDatabaseChanged = Signal(bool, str)  # noqa: N815 - ok, explanation
    # Shared database: what other desks changed (frozenset[ChangeKind], ui/live_desks.py)
    # and the names of the other desks on line.
    changedElsewhere = Signal(object)  # noqa: N815 - Qt signal naming
    desksOnlineChanged = Signal(list)  # noqa: N815 - Qt signal naming
    # Shared database: why this desk cannot pull now (its spool), in words; "" once it can.
    pullProblemChanged = Signal(str)  # noqa: N815 - Qt signal naming

    # Seconds (min, max) the demo gateway takes to report a delivery (None: the simulator's
    # demo default); tests lengthen it.
    demo_report_delay: tuple[float, float] | None = None

    def __init__(self, store: Store, data_dir: Path, credentials: CredentialStore,
                 simulator: GatewaySimulator | None = None) -> None:
        super().__init__()
        self.store = store
        # A shared database: pulled items go through the desk's local spool (services/puller).
        # Opened by the first pull (a job): a folder that cannot take it stops the pulls
        # only, said in words (pullProblemChanged), never the start.
        self.spool = SpoolPlace(data_dir / SPOOL_NAME) if store.shared_address else None
        self.pull_problem = ""
        self.puller: DeskInfo | None = None
        self.data_dir = data_dir
        self.credentials = credentials
        self.simulator = simulator  # the demo gateway, once it runs
        self._demo = False
        # The demo gateway is started in a job: whatever happens there, shutdown stops it.
        self._simulators: list[GatewaySimulator] = [simulator] if simulator else []
        self.runner = TaskRunner(self, job_scope=store.job_connection)
        self.writes = StoreWrites(store, self.runner, self)  # what the user changes
        self.account: Account | None = None
        self.balance: Balance | None = None
        self._password: str | None = None
        # Seconds a request waits for the gateway's answer once sent; tests shorten it.
        self.read_timeout = DEFAULT_READ_TIMEOUT_S
        self._polling = False
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll_now)
        # Another desk pulls: ask now and then whether this one should take over.
        self.takeover_timer = QTimer(self)
        self.takeover_timer.setInterval(TAKEOVER_CHECK_S * 1000)
        self.takeover_timer.timeout.connect(self._check_takeover)
        self.demo_timer = QTimer(self)
        self.demo_timer.timeout.connect(self._demo_customer_replies)
        self._shutdown_hooks: list[Callable[[], None]] = []
        # Shared database: a cheap check now and then, and every job that meets the server
        # gone, tell whether it can be reached ("" while it can).
        self.shared_database_problem = ""
        self._checking_shared = False
        self.shared_check_timer = QTimer(self)
        self.shared_check_timer.setInterval(SHARED_CHECK_S * 1000)
        self.shared_check_timer.timeout.connect(self.check_shared_database)
        if store.shared_address is not None:
            self.runner.failure_watchers.append(self._watch_failure)
        self.live = LiveDesks(self) if store.shared_address else None

    # --- construction ---------------------------------------------------------------------
    @classmethod
    def start(cls, options: Options, data_dir: Path, store: Store | None = None,
              prepared: DeskStart | None = None) -> Session:
        """The session on ``store`` (else the data folder's file, opened here), from what
        ``prepare_desk`` read (``prepared``: in the start-up job, for a shared database;
        else here). On failure the store is closed again. Nothing runs in the background
        before ``start_background_work``."""
        store = store or Store.open(data_dir / DATABASE_NAME)
        try:
            if prepared is None:
                prepared = prepare_desk(store, load_or_create(data_dir),
                                        account_choice(options))
            session = cls(store, data_dir, CredentialStore())
            session._demo = options.demo
            if prepared.settings is not None:
                session.writes.know_settings(prepared.settings)
            session._use_start_account(options, prepared.account)
        except BaseException:
            store.close()
            raise
        return session

    def _use_start_account(self, options: Options, account: Account | None) -> None:
        if account is not None and not options.demo:
            if options.gateway:
                account = replace(account, gateway_url=options.gateway)
            if options.extno:
                account = replace(account, extno=options.extno)
        self.account = account  # its password comes from the keyring once the window is up

    def start_background_work(self, started: Callable[[], None]) -> None:
        """Once the window is up: read the password from the keyring or start the demo
        gateway (in the background), then poll and ask for the balance; ``started()`` once
        that has begun."""
        if self.store.shared_address is not None:
            self.shared_check_timer.start()
        if self.live is not None:
            self.live.start()
        if self._demo:
            self._start_demo_gateway(started)
            return
        account, credentials = self.account, self.credentials

        def read_password(ctx: TaskContext) -> str | None:
            if account is None:  # a first run: the keyring is loaded for the account dialog
                credentials.keyring_available()
                return None
            return credentials.load_password(account.id)

        def password_read(password: str | None) -> None:
            if self.account is account and password:  # unless another account was chosen
                self._password = password
                self.accountChanged.emit()  # what shows whether the password is known
            self._start_polling_and_balance()
            started()

        def failed(error: BaseException) -> None:
            log.error("reading the password failed", exc_info=error)
            started()

        self.runner.submit(read_password, on_result=password_read, on_error=failed)

    @property
    def demo(self) -> bool:
        """Started with ``--demo`` (its gateway may not run yet)."""
        return self._demo

    def _start_demo_gateway(self, started: Callable[[], None]) -> None:
        holder = self._simulators
        state, delay = self.data_dir / DEMO_STATE_FILE, self.demo_report_delay

        def start_demo_gateway(ctx: TaskContext) -> Account:
            from juhe_desk.gateway.simulator import (
                DEMO_REPORT_DELAY,
                DEMO_STATIS_MIN_INTERVAL,
                GatewaySimulator,
                demo_account,
            )
            from juhe_desk.gateway.simulator.saved_state import load_state

            simulator = GatewaySimulator(port=0, report_delay=delay or DEMO_REPORT_DELAY)
            simulator.statis_min_interval = DEMO_STATIS_MIN_INTERVAL
            simulator.add_account(demo_account())
            # The demo's balance and the reports still to come, as the last run left them.
            load_state(simulator, demo_account().account, state)
            holder.append(simulator)  # stopped at shutdown, whatever happens here
            simulator.start()
            return _save_demo_account(self.store, simulator)

        def demo_gateway_up(account: Account) -> None:
            from juhe_desk.gateway.simulator import DEMO_PASSWORD

            self.simulator = holder[-1]
            self._password = DEMO_PASSWORD  # demo only: never written to the keyring
            self.account = account
            self.balance = None
            self.accountChanged.emit()
            self.demo_timer.start(20_000)
            self._start_polling_and_balance()
            started()

        def failed(error: BaseException) -> None:
            log.error("the demo gateway did not start", exc_info=error)
            self._on_network_error(error)
            started()

        self.runner.submit(start_demo_gateway, on_result=demo_gateway_up, on_error=failed)

    def _start_polling_and_balance(self) -> None:
        if self.ready:
            self.start_polling()
            self.refresh_balance()

    # --- account --------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """An account with a password: the gateway can be used."""
        return self.account is not None and bool(self._password)

    def known_password(self) -> str | None:
        """The active account's password as this run knows it (to re-test an edited account)."""
        return self._password if self.account is not None else None

    def make_client(self, account: Account | None = None, password: str | None = None
                    ) -> GatewayClient:
        account = account or self.account
        password = password if password is not None else self._password
        if account is None or not password:
            raise RuntimeError("no account is set up")
        return _build_client(account, password, self.read_timeout)

    def client_factory(self) -> Callable[[], GatewayClient]:
        """Builds clients in worker threads from the account and password as they are now."""
        account, password, read_timeout = self.account, self._password, self.read_timeout
        if account is None or not password:
            raise RuntimeError("no account is set up")
        return lambda: _build_client(account, password, read_timeout)

    def use_account(self, account: Account, password: str | None) -> str:
        """Use ``account`` from now on and save it as the active one (written off the GUI
        thread); returns where the password went (a sentence)."""
        active = replace(account, is_active=True)  # the others stop being active with it
        message = ""
        if password:
            result = self.credentials.save_password(account.id, password)
            message = result.text(_language())
            self._password = password
        elif self.account is None or self.account.id != account.id:
            # Switching accounts: never keep the previous account's password.
            self._password = self._stored_password(account.id)
        previous = self.account
        if previous is not None and previous.id != account.id and self.spool is not None:
            self._let_go_of_pulling(previous.id)
        self.account = active
        self.balance = None
        self.accountChanged.emit()

        def saved(_stored: object) -> None:  # the gateway is asked once the account is kept
            if self.account is active:
                self.start_polling()
                self.refresh_balance()

        def failed(error: BaseException) -> None:
            saved(None)
            self._on_write_failed(error)

        self.writes.submit(lambda store: store.save_account(active), saved, failed)
        return message

    def _on_write_failed(self, error: BaseException) -> None:
        from juhe_desk.ui.errors import explain_error

        log.error("saving the account failed", exc_info=error)
        self.writes.failed.emit(explain_error(error))

    def _stored_password(self, account_id: str) -> str | None:
        if self.simulator is not None:
            from juhe_desk.gateway.simulator import DEMO_ACCOUNT, DEMO_PASSWORD

            if account_id == DEMO_ACCOUNT:
                return DEMO_PASSWORD  # the demo's password is never in the keyring
        return self.credentials.load_password(account_id)

    # --- background work ------------------------------------------------------------------
    def refresh_balance(self) -> None:
        if not self.ready:
            return
        make_client = self.client_factory()  # the client is made (and imported) in the job
        asked_for = self.account.id if self.account else ""

        def query(ctx: TaskContext) -> Balance:
            with make_client() as client:
                return client.balance()

        self.runner.submit(query, on_result=lambda b: self._on_balance(asked_for, b),
                           on_error=self._on_network_error)

    def _on_balance(self, account_id: str, balance: Balance) -> None:
        if self.account is None or self.account.id != account_id:
            return  # an answer for the account used before a switch
        self.balance = balance
        self.balanceChanged.emit(balance)
        self.connectionChanged.emit(True, "")

    def _on_network_error(self, error: BaseException) -> None:
        from juhe_desk.ui.errors import explain_error

        self.connectionChanged.emit(False, explain_error(error))

    def start_polling(self) -> None:
        if not self.ready or self.account is None:
            self.poll_timer.stop()
            self.takeover_timer.stop()
            return
        self.poll_timer.start(max(1, self.account.poll_interval_s) * 1000)
        if self.spool is not None:
            self.takeover_timer.start()
        self.poll_now()

    @property
    def pulls_here(self) -> bool:
        return self.puller is not None and self.puller.is_this_desk

    def _let_go_of_pulling(self, account_id: str) -> None:
        """This desk no longer pulls ``account_id``: another desk of the team may."""
        store = self.store
        self.puller = None
        self.runner.submit(lambda ctx: store.release_puller(account_id),
                           on_error=lambda error: log.warning("releasing the pulls: %s", error))

    def _check_takeover(self) -> None:
        if not self.pulls_here:
            self.poll_now()

    def poll_now(self) -> None:
        """Pull reports and replies once; skipped while the previous pull still runs."""
        if self._polling or not self.ready:
            return
        self._polling = True
        make_client = self.client_factory()  # the client is made (and imported) in the job
        store, spool = self.store, self.spool
        account_id = self.account.id if self.account else ""

        def pull(ctx: TaskContext) -> PullTurn:
            with make_client() as client:
                return pull_turn(client, store, account_id, spool)

        self.runner.submit(pull, on_result=self._on_pull_turn, on_error=self._on_poll_failed)

    def _on_pull_turn(self, turn: PullTurn) -> None:
        self._polling = False
        self._pull_problem_is("")
        if turn.puller != self.puller:
            self.puller = turn.puller
            self.pullerChanged.emit(turn.puller)
        summary = turn.summary
        if summary is None:  # another desk pulls
            return
        self.connectionChanged.emit(True, "")
        if summary.new_reports or summary.new_inbound or summary.resolved:
            self.synced.emit(summary)

    def _on_poll_failed(self, error: BaseException) -> None:
        from juhe_desk.store.shared_errors import SharedStoreError, SharedStoreUnavailableError

        self._polling = False
        if isinstance(error, SpoolUnavailableError):  # nothing was pulled, the role let go
            self.puller = None
            self.pullerChanged.emit(None)
            self._pull_problem_is(error.text(_language()))
            return
        if self.puller is not None and isinstance(error, SharedStoreError):
            self.puller = None  # not known while the shared database cannot be asked
            self.pullerChanged.emit(None)
        if isinstance(error, SharedStoreUnavailableError):
            return  # the gateway is not at fault: sharedDatabaseChanged says what is
        self._on_network_error(error)

    def _pull_problem_is(self, explanation: str) -> None:
        if explanation != self.pull_problem:
            self.pull_problem = explanation
            if explanation:
                log.warning("this desk does not pull: %s", explanation)
            self.pullProblemChanged.emit(explanation)

    # --- the shared database's health ------------------------------------------------------
    @property
    def shared_database_down(self) -> bool:
        """The shared database cannot be reached now: nothing is sent until it can."""
        return bool(self.shared_database_problem)

    def check_shared_database(self) -> None:
        """Ask the shared database's server once (in a job); skipped while asking."""
        if self._checking_shared or self.store.shared_address is None:
            return
        self._checking_shared = True
        store = self.store

        def ping(ctx: TaskContext) -> None:
            store.ping_shared()

        def answered(_none: object) -> None:
            self._checking_shared = False
            self._shared_database_is(True, "")

        def failed(_error: BaseException) -> None:  # the failure watcher has told it
            self._checking_shared = False

        self.runner.submit(ping, on_result=answered, on_error=failed)

    def _watch_failure(self, error: BaseException) -> None:
        from juhe_desk.services.interrupted import SendInterrupted
        from juhe_desk.store.shared_errors import SharedStoreUnavailableError
        from juhe_desk.ui.errors import explain_error

        if isinstance(error, SendInterrupted) and error.database_unreachable:
            error = error.__cause__ or error
        if isinstance(error, SharedStoreUnavailableError):
            self._shared_database_is(False, explain_error(error))

    def _shared_database_is(self, reachable: bool, explanation: str) -> None:
        was_down = self.shared_database_down
        self.shared_database_problem = "" if reachable else explanation
        if was_down == reachable:  # it changed
            self.store.renew_shared_connection()
            log.warning("the shared database can %sbe reached", "" if reachable else "not ")
            self.sharedDatabaseChanged.emit(reachable, self.shared_database_problem)

    def _demo_customer_replies(self) -> None:
        """In the demo, a customer who got a message now and then writes back; the demo
        gateway's state is saved too (a crash loses at most this long)."""
        if self.simulator is None or self.account is None:
            return
        self._save_demo_state_soon()
        submissions = self.simulator.submissions(self.account.id)
        if submissions:
            target = random.choice(submissions[-50:])
            self.simulator.inject_mo(self.account.id, target.mobile, random.choice(DEMO_REPLIES))

    def _save_demo_state_soon(self) -> None:
        simulator, path = self.simulator, self.data_dir / DEMO_STATE_FILE
        if simulator is not None:
            self.runner.submit(lambda ctx: _save_demo_state(simulator, path),
                               on_error=lambda error: log.warning(
                                   "the demo gateway's state was not saved: %s", error))

    def add_shutdown_hook(self, hook: Callable[[], None]) -> None:
        """``hook`` runs first in ``shutdown()``, while the store is still open (e.g. to stop
        a server thread that writes to it)."""
        self._shutdown_hooks.append(hook)

    def shutdown(self) -> None:
        """Stop timers, hooks and workers, then the demo gateway, then close the database."""
        self.poll_timer.stop()
        self.takeover_timer.stop()
        self.shared_check_timer.stop()
        self.demo_timer.stop()
        if self.live is not None:
            self.live.stop()
        for hook in self._shutdown_hooks:
            try:
                hook()
            except Exception:
                log.exception("a shutdown hook failed")
        self.runner.shutdown()
        self.writes.finish()  # what was asked for and not yet written, now
        for simulator in self._simulators:
            simulator.stop()
        if self.simulator is not None:  # it ran: what it holds is kept for the next demo
            try:
                _save_demo_state(self.simulator, self.data_dir / DEMO_STATE_FILE)
            except OSError:
                log.warning("the demo gateway's state was not saved", exc_info=True)
        if self.spool is not None:
            self.spool.close()
        self.store.close()


def account_choice(options: Options) -> AccountChoice:
    """The account the command line asks for, as ``prepare_desk`` takes it."""
    return AccountChoice(options.demo, options.account, options.gateway)


def _save_demo_state(simulator: GatewaySimulator, path: Path) -> None:
    from juhe_desk.gateway.simulator import DEMO_ACCOUNT
    from juhe_desk.gateway.simulator.saved_state import save_state

    save_state(simulator, DEMO_ACCOUNT, path)


def _build_client(account: Account, password: str, read_timeout: float) -> GatewayClient:
    from juhe_desk.gateway.client import GatewayClient

    mode: PasswordMode = "md5" if account.password_mode == "md5" else "plain"
    return GatewayClient(account.gateway_url, account.id, password, mode,
                         read_timeout=read_timeout)


def _save_demo_account(store: Store, simulator: GatewaySimulator) -> Account:
    """The demo account on the running simulator, saved as the active one (in a job)."""
    from juhe_desk.gateway.simulator import demo_account

    sim_account = demo_account()
    existing = store.find_account(sim_account.account)
    store.save_account(Account(
        id=sim_account.account, gateway_url=simulator.base_url, name="演示账户",
        extno=sim_account.extno, signatures=tuple(sim_account.signatures),
        price_li=sim_account.price, batch_size=200, poll_interval_s=5,
        low_balance_li=existing.low_balance_li if existing else 20_000,
        reply_extension_digits=existing.reply_extension_digits if existing else 0))
    store.set_active_account(sim_account.account)
    account = store.get_account(sim_account.account)
    assert account is not None
    return account


def _language() -> str:
    from juhe_desk.ui.i18n import current_language

    return current_language()
