"""The demo's gateway in this run (``--demo``): a simulator on 127.0.0.1 started in a job
once the window is up, a customer who now and then writes back, and its state (balance,
reports still to come) kept in the demo's data folder across restarts.

The simulator is imported by the job that starts it, off the GUI thread.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from juhe_desk.store import Account, Store
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:
    from juhe_desk.gateway.simulator import GatewaySimulator
    from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)

# The demo gateway's state in the demo's data folder (gateway/simulator/saved_state.py).
DEMO_STATE_FILE = "demo-gateway.json"
DEMO_REPLIES = ("好的，收到", "谢谢", "R", "退订", "几点开门？", "TD", "别再发了", "不需要，谢谢")
CUSTOMER_REPLY_MS = 20_000


class DemoGateway(QObject):
    # Seconds (min, max) the demo gateway takes to report a delivery (None: the simulator's
    # demo default); tests lengthen it.
    report_delay: tuple[float, float] | None = None

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.state_file = session.data_dir / DEMO_STATE_FILE
        self.simulator: GatewaySimulator | None = None  # once it runs
        # Started in a job: whatever happens there, ``stop`` stops it.
        self._simulators: list[GatewaySimulator] = []
        self.replies_timer = QTimer(self)
        self.replies_timer.timeout.connect(self._customer_replies)

    def start(self, up: Callable[[Account], None],
              failed: Callable[[BaseException], None]) -> None:
        """Start the simulator in a job; ``up(the demo account)`` once it runs."""
        holder, store = self._simulators, self.session.store
        state, delay = self.state_file, self.report_delay

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
            return _save_demo_account(store, simulator)

        def demo_gateway_up(account: Account) -> None:
            self.simulator = holder[-1]
            self.replies_timer.start(CUSTOMER_REPLY_MS)
            up(account)

        self.session.runner.submit(start_demo_gateway, on_result=demo_gateway_up,
                                   on_error=failed)

    def _customer_replies(self) -> None:
        """A customer who got a message now and then writes back; the demo gateway's state
        is saved too (a crash loses at most this long)."""
        account = self.session.account
        if self.simulator is None or account is None:
            return
        self._save_state_soon()
        submissions = self.simulator.submissions(account.id)
        if submissions:
            target = random.choice(submissions[-50:])
            self.simulator.inject_mo(account.id, target.mobile, random.choice(DEMO_REPLIES))

    def _save_state_soon(self) -> None:
        simulator, path = self.simulator, self.state_file
        if simulator is not None:
            self.session.runner.submit(lambda ctx: _save_demo_state(simulator, path),
                                       on_error=lambda error: log.warning(
                                           "the demo gateway's state was not saved: %s", error))

    def stop_timer(self) -> None:
        """At shutdown, before the runner stops."""
        self.replies_timer.stop()

    def stop(self) -> None:
        """At shutdown, once no job runs any more: stop the simulator and keep its state."""
        for simulator in self._simulators:
            simulator.stop()
        if self.simulator is not None:  # it ran: what it holds is kept for the next demo
            try:
                _save_demo_state(self.simulator, self.state_file)
            except OSError:
                log.warning("the demo gateway's state was not saved", exc_info=True)


def _save_demo_state(simulator: GatewaySimulator, path: Path) -> None:
    from juhe_desk.gateway.simulator import DEMO_ACCOUNT
    from juhe_desk.gateway.simulator.saved_state import save_state

    save_state(simulator, DEMO_ACCOUNT, path)


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
