"""The gateway simulator with the test account on it, for the service and desk tests
(``tests/conftest.py``'s ``gateway``; the desks' processes sign in with ``PASSWORD``; the
window tests have their own account, ``tests/ui/sim_account.py``)."""

from __future__ import annotations

from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount

ACCOUNT, PASSWORD, EXTNO, SIGN = "922011", "pw-sim-5521", "1069012345", "【聚合云信】"


def simulator_with_account(*, seed: int = 5, balance: int = 10_000_000,
                           report_delay: tuple[float, float] = (0.0, 0.0),
                           max_connections: int = 4) -> GatewaySimulator:
    """The simulator (not started: use it in ``with``) with ``ACCOUNT`` on it, at 50 厘 a
    part, signing ``SIGN``; seed 5 and a balance no test runs out of unless told."""
    sim = GatewaySimulator(port=0, seed=seed, report_delay=report_delay)
    sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                               signatures=(SIGN,), balance=balance, price=50,
                               max_connections=max_connections))
    return sim
