"""The running application's state: store, active account, password, workers.

Lives on the GUI thread. Jobs get plain values from it (a fresh client, the store) and
report back through the task runner; the session turns their results into signals, the
ones the tabs connect to. A desk of a team adds ``team`` (ui/team_desk.py: whose turn it is
to pull, whether the shared database is there, the other desks live); ``--demo`` adds
``demo_gateway`` (ui/demo_gateway.py).

The window is painted before the session talks to anyone: ``begin_background_work`` (called
once the window is up) starts the demo gateway or reads the password in a job, and
``start_background_work`` (once the tabs are built) uses it and begins polling and the first
balance. The HTTP client and the simulator are imported by the jobs that first use them, off
the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from juhe_desk.cli import Options
from juhe_desk.credentials import CredentialStore
from juhe_desk.gateway.models import Balance
from juhe_desk.services.desk_start import AccountChoice, DeskStart, prepare_desk
from juhe_desk.services.puller import PullTurn, pull_turn
from juhe_desk.services.sending import SendReport
from juhe_desk.services.sync import SyncSummary
from juhe_desk.store import Account, PasswordMode, Store
from juhe_desk.store.desk_identity import load_or_create
from juhe_desk.ui.account_follow import password_still_wanted
from juhe_desk.ui.callback_owner import still_wanted
from juhe_desk.ui.demo_gateway import DemoGateway
from juhe_desk.ui.pull_pace import PullPace
from juhe_desk.ui.session_closing import close_session
from juhe_desk.ui.store_writes import StoreWrites
from juhe_desk.ui.tasks import TaskContext, TaskRunner
from juhe_desk.ui.window_start import HeldOutcome

if TYPE_CHECKING:
    from juhe_desk.gateway.client import GatewayClient
    from juhe_desk.gateway.simulator import GatewaySimulator
    from juhe_desk.ui.team_desk import TeamDesk

log = logging.getLogger(__name__)

DATABASE_NAME = "juhe-desk.sqlite3"
DEFAULT_READ_TIMEOUT_S = 30.0
# From the window's first paint until a while after its start is over, the jobs run one at a
# time beside the start's own (the password or the demo gateway): the tabs' first reads, the
# imports, the data file's check, the first pull and balance each hold Python's lock in turn,
# and three or four of them at once kept the GUI thread waiting for it, 20-80 ms at a time
# (bench/start_bench.py). A desk of a team is not held back: its listener never ends.
START_JOBS_AT_ONCE = 1
START_HELD_AT_MOST_MS = 3000  # whatever happens (a keyring that asks the user...)
HELD_AFTER_START_MS = 1000  # the first pull, the balance and the check, one at a time


class Session(QObject):
    accountChanged = Signal()  # noqa: N815 - Qt signal naming
    balanceChanged = Signal(Balance)  # noqa: N815 - Qt signal naming
    connectionChanged = Signal(bool, str)  # noqa: N815 - ok, explanation
    synced = Signal(SyncSummary)  # after new items were stored
    sendFinished = Signal(SendReport)  # noqa: N815 - for views that show campaigns
    optOutsChanged = Signal()  # noqa: N815 - numbers added to or removed from the opt-out list
    conversationRequested = Signal(str)  # noqa: N815 - "回复" on a number: open its conversation
    # Shared database: which desk pulls the account's reports and replies (None: none now).
    # object, not DeskInfo: naming that type here would import the store before the first paint.
    pullerChanged = Signal(object)  # noqa: N815 - DeskInfo | None
    # Shared database: why this desk cannot pull now (its spool), in words; "" once it can.
    pullProblemChanged = Signal(str)  # noqa: N815 - Qt signal naming
    # Shared database: reachable or not; the explanation in the user's words when not.
    sharedDatabaseChanged = Signal(bool, str)  # noqa: N815 - ok, explanation
    # Shared database: what other desks changed (frozenset[ChangeKind], ui/live_desks.py)
    # and the names of the other desks on line.
    changedElsewhere = Signal(frozenset)  # noqa: N815 - Qt signal naming
    desksOnlineChanged = Signal(list)  # noqa: N815 - Qt signal naming

    def __init__(self, store: Store, data_dir: Path, credentials: CredentialStore, *,
                 demo: bool = False) -> None:
        super().__init__()
        self.store = store
        self.data_dir = data_dir
        self.credentials = credentials
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
        self.pull_pace = PullPace(self)  # the account's interval, or sooner
        self._shutdown_hooks: list[Callable[[], None]] = []
        self.team: TeamDesk | None = None
        if store.shared_address is not None:  # its modules only on a desk of a team
            from juhe_desk.ui.team_desk import TeamDesk

            self.team = TeamDesk(self, data_dir)
        self.demo_gateway = DemoGateway(self) if demo else None
        self._begun: HeldOutcome | None = None  # the start's job (begin_background_work)
        self._begun_for: Account | None = None  # the account whose password it reads
        # Campaigns a runner of this desk sends now (the Send tab, the bulk tab, a reply):
        # the others must not offer to resume them (ui/campaign_runner.py keeps it).
        self.campaigns_sending_here: set[int] = set()

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
            session = cls(store, data_dir, CredentialStore(), demo=options.demo)
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

    def begin_background_work(self) -> None:
        """Once the window is up: start reading the password from the keyring, or the demo
        gateway, in a job now; ``start_background_work`` uses what it gives, when the
        window's start gets there (the tabs are built by then)."""
        if self._begun is not None:
            return
        self._begun = begun = HeldOutcome()
        self._begun_for = self.account
        if self.team is None:  # the start's own job, then one other at a time
            self.runner.narrow(START_JOBS_AT_ONCE + 1, START_HELD_AT_MOST_MS)
        on_result, on_error = self._then_narrower(begun.result), self._then_narrower(begun.error)
        if self.demo_gateway is not None:
            self.demo_gateway.start(on_result, on_error)
            return
        account, credentials = self.account, self.credentials

        def read_password(ctx: TaskContext) -> str | None:
            if account is None:  # a first run: the keyring is loaded for the account dialog
                credentials.keyring_available()
                return None
            return credentials.load_password(account.id)

        self.runner.submit(read_password, on_result=on_result, on_error=on_error)

    def _then_narrower(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, once the start's own job is over: then one job at a time."""
        def over(outcome: object) -> None:
            self.runner.narrow(START_JOBS_AT_ONCE)  # unless widened meanwhile
            callback(outcome)

        return over

    def start_background_work(self, started: Callable[[], None]) -> None:
        """Once the tabs are built: the password read from the keyring or the demo gateway
        started (``begin_background_work``, unless begun already), then poll and ask for
        the balance; ``started()`` once that has begun."""
        if self.team is not None:
            self.team.start()
        self.begin_background_work()
        assert self._begun is not None
        started = partial(_widen_then, self.runner, started)
        if self.demo_gateway is not None:
            self._begun.then(partial(self._demo_gateway_up, started),
                             partial(self._demo_gateway_failed, started))
            return
        account = self._begun_for

        def password_read(password: object) -> None:
            wanted = password_still_wanted(self.account, account, self._password)
            if wanted and isinstance(password, str) and password:
                self._password = password  # unless another account was chosen meanwhile
                self.accountChanged.emit()  # what shows whether the password is known
            self._start_polling_and_balance()
            started()

        def failed(error: BaseException) -> None:
            log.error("reading the password failed", exc_info=error)
            started()

        self._begun.then(password_read, failed)

    @property
    def demo(self) -> bool:
        """Started with ``--demo`` (its gateway may not run yet)."""
        return self.demo_gateway is not None

    @property
    def simulator(self) -> GatewaySimulator | None:
        """The demo gateway, once it runs."""
        return self.demo_gateway.simulator if self.demo_gateway is not None else None

    def _demo_gateway_up(self, started: Callable[[], None], account: object) -> None:
        from juhe_desk.gateway.simulator import DEMO_PASSWORD

        assert isinstance(account, Account)
        self._password = DEMO_PASSWORD  # demo only: never written to the keyring
        self.account = account
        self.balance = None
        self.accountChanged.emit()
        self._start_polling_and_balance()
        started()

    def _demo_gateway_failed(self, started: Callable[[], None], error: BaseException) -> None:
        log.error("the demo gateway did not start", exc_info=error)
        self._on_network_error(error)
        started()

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
        if previous is not None and previous.id != account.id and self.team is not None:
            self.team.let_go_of_pulling(previous.id)
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
            if self.team is not None:
                self.team.takeover_timer.stop()
            return
        self.poll_timer.start(max(1, self.account.poll_interval_s) * 1000)
        if self.team is not None:
            self.team.takeover_timer.start()
        self.poll_now()

    @property
    def pulling(self) -> bool:
        """A pull's job runs, or its answer waits to be handled here: poll_now() is skipped."""
        return self._polling

    def poll_now(self) -> None:
        """Pull reports and replies once; skipped while the previous pull still runs."""
        if self._polling or not self.ready:
            return
        self._polling = True
        make_client = self.client_factory()  # the client is made (and imported) in the job
        store, spool = self.store, self.team.spool if self.team is not None else None
        account_id = self.account.id if self.account else ""

        def pull(ctx: TaskContext) -> PullTurn:
            with make_client() as client:
                return pull_turn(client, store, account_id, spool)

        self.runner.submit(pull, on_result=self._on_pull_turn, on_error=self._on_poll_failed)

    def _on_pull_turn(self, turn: PullTurn) -> None:
        self._polling = False
        self.pull_pace.after_turn(turn)  # sooner while reports are awaited
        if self.team is not None:
            self.team.puller_is(turn.puller)
        summary = turn.summary
        if summary is None:  # another desk pulls
            return
        self.connectionChanged.emit(True, "")
        if summary.new_reports or summary.new_inbound or summary.resolved:
            self.synced.emit(summary)

    def _on_poll_failed(self, error: BaseException) -> None:
        self._polling = False
        if self.team is not None and self.team.pull_failed(error):
            return  # the gateway is not at fault: sharedDatabaseChanged says what is
        self._on_network_error(error)

    # --- the shared database's health (ui/team_desk.py) ------------------------------------
    @property
    def shared_database_problem(self) -> str:
        """Why the shared database cannot be reached now ("" while it can, or without one)."""
        return self.team.problem if self.team is not None else ""

    @property
    def shared_database_down(self) -> bool:
        """The shared database cannot be reached now: nothing is sent until it can."""
        return bool(self.shared_database_problem)

    def add_shutdown_hook(self, hook: Callable[[], None]) -> None:
        """``hook`` runs first in ``shutdown()``, while the store is still open (e.g. to stop
        a server thread that writes to it)."""
        self._shutdown_hooks.append(hook)

    def shutdown(self) -> None:
        """Stop timers, hooks (not a deleted widget's) and workers, then the demo gateway,
        then close the database (in that order: ``session_closing.close_session``)."""
        close_session(self, still_wanted(self._shutdown_hooks))


def account_choice(options: Options) -> AccountChoice:
    """The account the command line asks for, as ``prepare_desk`` takes it."""
    return AccountChoice(options.demo, options.account, options.gateway)


def _widen_then(runner: TaskRunner, started: Callable[[], None]) -> None:
    """The start is over: the jobs it held back run as usual a moment later."""
    runner.widen(HELD_AFTER_START_MS)
    started()


def _build_client(account: Account, password: str, read_timeout: float) -> GatewayClient:
    from juhe_desk.gateway.client import GatewayClient

    mode: PasswordMode = "md5" if account.password_mode == "md5" else "plain"
    return GatewayClient(account.gateway_url, account.id, password, mode,
                         read_timeout=read_timeout)


def _language() -> str:
    from juhe_desk.ui.i18n import current_language

    return current_language()
