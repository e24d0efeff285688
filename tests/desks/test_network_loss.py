"""A pulling desk that loses its network (not a crash: the process runs on, its packets
just stop) lets go of the role within 30 s: the server's TCP keepalives, which every
connection asks for (store/pg_connect.py), end its session and so its advisory lock; and
the desk itself notices it no longer pulls.

The desk runs in a network namespace of its own, joined to this machine by a virtual
cable; "losing the network" is a blackhole route both ways, so that packets vanish
without any error coming back, as when a cable is pulled. Needs root and network
namespaces (skipped, by name, where they are not allowed).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_processes import wait_until
from pg_cluster import APP_PASSWORD, PgCluster, PgUnavailable
from sim_gateway import ACCOUNT

from juhe_desk.services.puller import TAKEOVER_CHECK_S
from juhe_desk.store import DeskIdentity, Store
from juhe_desk.store.shared_address import SharedAddress

TAKEOVER_LIMIT_S = 30.0
_SUFFIX = os.getpid() % 10_000
NAMESPACE = f"jdpull{_SUFFIX}"
HOST_SIDE, DESK_SIDE = f"jdh{_SUFFIX}", f"jdd{_SUFFIX}"
SUBNET = f"10.213.{_SUFFIX % 250 + 1}"
HOST_IP, DESK_IP = f"{SUBNET}.1", f"{SUBNET}.2"

_DESK = textwrap.dedent("""
    import sys, time
    from juhe_desk.store import DeskIdentity, Store
    store = Store.open_shared(sys.argv[1], sys.argv[2])
    store.set_desk(DeskIdentity.new("断网的电脑"))
    assert store.try_take_puller(sys.argv[3])
    print("holding", flush=True)
    while store.try_take_puller(sys.argv[3]):
        time.sleep(1)  # as the app asks at each turn
    print("lost", flush=True)
""")


def _ip(*args: str, namespace: str | None = None) -> None:
    command = ["ip", *args] if namespace is None else ["ip", "netns", "exec", namespace,
                                                        "ip", *args]
    subprocess.run(command, check=True, capture_output=True, timeout=20)


@contextlib.contextmanager
def desk_network() -> Iterator[None]:
    """A namespace for the desk, a virtual cable to this machine; all removed after."""
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")
    try:
        _ip("netns", "add", NAMESPACE)
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        pytest.skip(f"network namespaces are not allowed here: {exc}")
    try:
        _ip("link", "add", HOST_SIDE, "type", "veth", "peer", "name", DESK_SIDE)
        _ip("link", "set", DESK_SIDE, "netns", NAMESPACE)
        _ip("addr", "add", f"{HOST_IP}/24", "dev", HOST_SIDE)
        _ip("link", "set", HOST_SIDE, "up")
        _ip("addr", "add", f"{DESK_IP}/24", "dev", DESK_SIDE, namespace=NAMESPACE)
        _ip("link", "set", DESK_SIDE, "up", namespace=NAMESPACE)
        _ip("link", "set", "lo", "up", namespace=NAMESPACE)
        yield
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            _ip("route", "del", "blackhole", f"{DESK_IP}/32")
        with contextlib.suppress(subprocess.CalledProcessError):
            _ip("link", "del", HOST_SIDE)
        with contextlib.suppress(subprocess.CalledProcessError):
            _ip("netns", "del", NAMESPACE)


def pull_the_cable() -> None:
    _ip("route", "add", "blackhole", f"{DESK_IP}/32")
    _ip("route", "add", "blackhole", f"{HOST_IP}/32", namespace=NAMESPACE)


def test_a_desk_that_loses_its_network_lets_another_take_over_within_30_s(
        tmp_path: Path) -> None:
    errors = tmp_path / "desk-stderr.log"
    with desk_network(), errors.open("w") as desk_errors:
        try:
            cluster = PgCluster.start(also_listen=HOST_IP)
        except PgUnavailable as exc:
            if os.environ.get("JUHE_DESK_REQUIRE_POSTGRES") == "1":
                raise
            pytest.skip(str(exc))
        with cluster:
            local = cluster.new_database()
            on_lan = SharedAddress(local.user, HOST_IP, local.port, local.database)
            Store.open_shared(local, APP_PASSWORD).close()  # set up once
            with subprocess.Popen(
                    ["ip", "netns", "exec", NAMESPACE, sys.executable, "-c", _DESK,
                     on_lan.url, APP_PASSWORD, ACCOUNT],
                    stdout=subprocess.PIPE, stderr=desk_errors, text=True) as desk:
                try:
                    assert desk.stdout is not None
                    assert desk.stdout.readline() == "holding\n", errors.read_text()
                    with Store.open_shared(local, APP_PASSWORD) as other:
                        other.set_desk(DeskIdentity.new("前台"))
                        assert not other.try_take_puller(ACCOUNT)
                        cut = time.monotonic()
                        pull_the_cable()
                        wait_until(lambda: other.try_take_puller(ACCOUNT),
                                   TAKEOVER_LIMIT_S + 10, "the other desk takes over")
                        took = time.monotonic() - cut
                        # The cut-off desk learns it too, and stops pulling.
                        assert desk.stdout.readline() == "lost\n"
                        noticed = time.monotonic() - cut
                    print(f"takeover after the network went: {took:.1f} s;"
                          f" the cut-off desk noticed after {noticed:.1f} s")
                    # The app asks every TAKEOVER_CHECK_S: the server's part must leave room.
                    assert took + TAKEOVER_CHECK_S < TAKEOVER_LIMIT_S
                finally:
                    desk.kill()
