"""The simulator's test account (tests/ui/conftest.py's ``gateway``), named once for every
window test, and the simulator with it on."""

from __future__ import annotations

from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.gateway.simulator.ledger import Clock

ACCOUNT = "922011"
PASSWORD = "pw-for-tests-7731"
EXTNO = "1069012345"
SIGNATURE = "【聚合云信】"


def window_simulator(*, password: str = PASSWORD, seed: int = 7,
                     clock: Clock | None = None) -> GatewaySimulator:
    """The simulator (not started: use it in ``with``) with ``ACCOUNT`` on it: reports at
    once, 1,000 元 prepaid, 50 厘 a part."""
    sim = GatewaySimulator(port=0, seed=seed, report_delay=(0.0, 0.0), clock=clock)
    sim.add_account(SimAccount(account=ACCOUNT, password=password, extno=EXTNO,
                               signatures=(SIGNATURE,), balance=1_000_000,
                               charge_type="PRECHARGE", price=50))
    return sim
