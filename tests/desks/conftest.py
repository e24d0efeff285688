"""The team's gateway account for the desks' tests: the simulator, in the test process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from desk_processes import ACCOUNT, EXTNO, PASSWORD, SIGN

from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with GatewaySimulator(port=0, seed=5) as sim:
        sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                                   signatures=(SIGN,), balance=10_000_000, price=50))
        yield sim
