"""GatewaySimulator: a 聚合云信 gateway on loopback, for tests, ``--demo`` and the CLI."""

from __future__ import annotations

import ssl
import threading
import types
from collections import deque
from collections.abc import Mapping
from typing import Any

from juhe_desk.gateway.china_time import now_in_china

from .accounts import AccountState, SimAccount, Submission
from .actions import ActionHandler, GatewaySettings
from .faults import PendingFaults
from .ledger import Clock, Ledger
from .push import Pusher
from .server import RequestRecord, SimServer


class GatewaySimulator:
    """A real HTTP server speaking the gateway protocol on ``{base_url}/sms`` (GET or POST).

    Behaviour follows the vendor documents and ``protocol-notes.md``: plain or MD5 passwords,
    STATUS 1/3/7/8/9/21/30/31/102, per-number RESULT 0/10/15/17, charging of
    ``parts * price`` per accepted number, one seeded delivery report per accepted number
    after a delay drawn from ``report_delay``, reports and MOs handed out once.

    Delivery: while an account has a ``push_url``, its reports and MOs go out by push only
    (pulls answer an empty list); without one, by pull. Faults: see ``faults.PendingFaults``:
    ``reset``, ``hang``, ``truncated`` and ``empty`` happen AFTER the request was processed
    (numbers sent and charged), ``reset_before``, ``hang_before``, ``http500``, ``html`` and
    ``status21`` before. ``stop()`` then ``start()`` serves again on the same port.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, seed: int | None = None,
                 report_delay: tuple[float, float] = (0.0, 0.0),
                 clock: Clock | None = None, tls: ssl.SSLContext | None = None) -> None:
        self._host = host
        self._tls = tls  # a server-side context makes it an https:// gateway
        self._port = port
        self.faults = PendingFaults()
        self._settings = GatewaySettings()
        self.push_backoff: tuple[float, float] = (0.05, 5.0)
        self._ledger = Ledger(seed=seed, report_delay=report_delay, clock=clock or now_in_china,
                              faults=self.faults)
        self._records: deque[RequestRecord] = deque(maxlen=10_000)
        self._stopping = threading.Event()
        self._server: SimServer | None = None
        self._serve_thread: threading.Thread | None = None
        self._pusher: Pusher | None = None

    # --- settings -------------------------------------------------------------------------
    @property
    def unsupported_actions(self) -> set[str]:
        """Actions this gateway does not know (STATUS 1), e.g. ``{"overage"}``."""
        return self._settings.unsupported_actions

    @unsupported_actions.setter
    def unsupported_actions(self, actions: set[str]) -> None:
        self._settings.unsupported_actions = set(actions)

    @property
    def statis_min_interval(self) -> float:
        """Seconds an account must wait between statis calls, else STATUS 31."""
        return self._settings.statis_min_interval

    @statis_min_interval.setter
    def statis_min_interval(self, seconds: float) -> None:
        self._settings.statis_min_interval = seconds

    # --- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Start serving; returns once the socket listens."""
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        self._stopping = threading.Event()
        stopping = self._stopping
        actions = ActionHandler(self._ledger, self._settings, stopping.wait)
        self._server = SimServer(self._host, self._port, actions, self.faults, stopping,
                                 self._records)
        self._port = self._server.port  # a restart serves on the same port
        if self._tls is not None:
            # The handshake happens in each connection's thread, not in the accept loop.
            self._server.socket = self._tls.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False)
        self._serve_thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name="simulator-http", daemon=True)
        self._serve_thread.start()
        self._pusher = Pusher(self._ledger, stopping, lambda: self.push_backoff)
        self._pusher.start()

    def stop(self) -> None:
        """Stop serving and pushing; every thread is joined and every socket closed."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.close()
        if self._serve_thread is not None:
            self._serve_thread.join(5.0)
        if self._pusher is not None:
            self._pusher.join(5.0)

    def __enter__(self) -> GatewaySimulator:
        if self._server is None:
            self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: types.TracebackType | None) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str:
        """``http(s)://host:port``; the gateway answers on ``base_url + "/sms"``."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        scheme = "https" if self._tls is not None else "http"
        return f"{scheme}://{host}:{self._port}"

    # --- accounts and the world around them -----------------------------------------------
    def add_account(self, account: SimAccount) -> None:
        self._ledger.add(account)

    def set_balance(self, account: str, balance: int) -> None:
        self._ledger.update(account, balance=balance)

    def set_enabled(self, account: str, enabled: bool) -> None:
        self._ledger.update(account, enabled=enabled)

    def set_push_url(self, account: str, url: str | None) -> None:
        self._ledger.update(account, push_url=url)

    def set_report_stat(self, mobile: str, stat: str | None) -> None:
        """Reports for numbers accepted from now on for ``mobile`` carry ``stat`` (None: random)."""
        self._ledger.force_stat(mobile, stat)

    def inject_mo(self, account: str, mobile: str, content: str,
                  access_code: str | None = None) -> str:
        """A phone replies (e.g. "R" or "退订"); returns the MO's mid. Its accessCode, unless
        given: the extno the latest message to that number was sent from (with the extension
        a campaign appended), else the account's 接入号."""
        return self._ledger.inject_inbound(account, mobile, content, access_code)

    def inject_report(self, account: str, mobile: str, stat: str = "DELIVRD",
                      extno: str | None = None) -> str:
        """A delivery report the gateway still owes for a message sent before it started
        (e.g. by another program on the account), handed out like any other; its mid."""
        return self._ledger.inject_report(account, mobile, stat, extno)

    def snapshot(self, account: str) -> dict[str, Any]:
        """The account's state at the gateway as JSON values (``saved_state.py``)."""
        return self._ledger.snapshot(account)

    def restore(self, account: str, saved: Mapping[str, Any]) -> None:
        """Put back a ``snapshot``: balance, accepted numbers, reports and replies to come."""
        self._ledger.restore(account, saved)

    def flush_reports(self) -> None:
        """Every pending delivery report becomes available now."""
        self._ledger.flush_reports()

    # --- what the gateway knows -----------------------------------------------------------
    def submissions(self, account: str) -> list[Submission]:
        """Every number the gateway accepted for ``account``, in order."""
        return self._ledger.submissions(account)

    def state(self, account: str) -> AccountState:
        return self._ledger.state(account)

    # --- what it is doing now (for tests: wait on these, never for a while) ----------------
    @property
    def requests_in_flight(self) -> int:
        """Requests received and not yet answered (or dropped); 0 while stopped."""
        server = self._server
        return 0 if server is None else server.requests_in_flight

    def wait_for_requests(self, at_least: int = 1, timeout: float = 5.0) -> bool:
        """Wait until at least ``at_least`` requests are in flight (one hanging, say)."""
        return self._running_server().wait_for(
            lambda: self.requests_in_flight >= at_least, timeout)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no request is in flight; False when ``timeout`` passed first."""
        return self._running_server().wait_for(lambda: self.requests_in_flight == 0, timeout)

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until every client connected before this call has gone and no request is in
        flight: after a client process is killed, everything it sent has been processed."""
        return self._running_server().settle(timeout)

    def _running_server(self) -> SimServer:
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        return self._server

    def request_log(self) -> list[RequestRecord]:
        """The last requests (up to 10,000), without any secret."""
        return list(self._records)
