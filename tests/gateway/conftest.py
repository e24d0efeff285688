"""Fixtures of the gateway tests: the simulator, a recording server, client factories."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from gateway_support import ACCOUNT, PASSWORD, ClientFactory, Recorder, Sleeps, sim_account

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.retry_rules import RetryPolicy
from juhe_desk.gateway.simulator import GatewaySimulator


@pytest.fixture
def sim() -> Iterator[GatewaySimulator]:
    simulator = GatewaySimulator(host="127.0.0.1", port=0, seed=1, report_delay=(0.0, 0.0))
    simulator.add_account(sim_account())
    with simulator:
        yield simulator


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_client(sleeps: Sleeps) -> Iterator[ClientFactory]:
    """Clients with short timeouts and recorded (not slept) retry pauses, closed at the end."""
    made: list[GatewayClient] = []

    def make(base_url: str, *, password: str = PASSWORD, account: str = ACCOUNT,
             password_mode: str = "plain", attempts: int = 3, **kwargs: Any) -> GatewayClient:
        kwargs.setdefault("connect_timeout", 2.0)
        kwargs.setdefault("read_timeout", 5.0)
        kwargs.setdefault("pull_read_timeout", 5.0)
        client = GatewayClient(base_url, account, password, password_mode,  # type: ignore[arg-type]
                               retry=RetryPolicy(attempts=attempts, sleep=sleeps), **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port whose accept queue is full: a new connection attempt times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    yield port
    for filler in fillers:
        filler.close()
    listener.close()


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    server.start()
    yield server
    server.stop()

