"""Only the gateway may push: secret path, allow-list, caps and deadlines, over real sockets.

Every client here is a raw socket on 127.0.0.0/8, so the test controls exactly which bytes
leave it and can tell an answer from a closed connection. Waits are on the socket (an answer
or the server closing it), bounded by a socket timeout, never on a fixed sleep.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests
from gateway_support import Stored
from time_support import wait_until

from juhe_desk.gateway.push_receiver import PushLimits, PushReceiver, parse_allowed

ITEM = {"flag": 1, "mid": "4C36654382720006", "mobile": "15100000001", "stat": "DELIVRD",
        "time": "2021-02-24 10:00:00"}
BODY = json.dumps([ITEM]).encode()


def connect(receiver: PushReceiver, source: str = "127.0.0.1",
            timeout: float = 5.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", receiver.port), timeout=timeout,
                                    source_address=(source, 0))


def answer_or_close(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (b"" if nothing)."""
    chunks = []
    with contextlib.suppress(ConnectionResetError):
        while chunk := sock.recv(4096):
            chunks.append(chunk)
    return b"".join(chunks)


def honest_push(receiver: PushReceiver) -> requests.Response:
    return requests.post(receiver.url, data=BODY, timeout=5)


@pytest.fixture
def stored() -> Stored:
    return Stored()


def test_a_wrong_path_gets_404_without_its_body_being_read(stored: Stored) -> None:
    with PushReceiver(stored) as receiver:
        for path in ("/push", "/push/", receiver.path + "x", receiver.path[:-1], "/"):
            with connect(receiver) as sock:
                # Headers declaring a huge body, and then nothing: a server that read the
                # body first would wait here until a timeout instead of answering.
                sock.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                             "Content-Type: application/json\r\n"
                             "Content-Length: 1000000000\r\n\r\n".encode())
                started = time.monotonic()
                answer = answer_or_close(sock)
                assert time.monotonic() - started < 2
            assert answer.startswith(b"HTTP/1.1 404 Not Found\r\n"), path
            assert b"100 Continue" not in answer  # the body was never invited either
            assert b"Connection: close" in answer
        assert honest_push(receiver).text == "OK"
    assert len(stored.items) == 1


def test_the_right_path_stores_and_answers_ok_then_keeps_the_connection(
        stored: Stored) -> None:
    with PushReceiver(stored) as receiver, requests.Session() as http:
        for _ in range(3):
            answer = http.post(receiver.url, data=BODY, timeout=5)
            assert (answer.status_code, answer.text) == (200, "OK")
    assert [i.reports[0].mid for i in stored.items] == [ITEM["mid"]] * 3


def test_only_allowed_addresses_may_connect(stored: Stored) -> None:
    with PushReceiver(stored, allowed=parse_allowed("127.0.0.1, 10.0.0.0/8")) as receiver:
        with connect(receiver, source="127.0.0.2") as stranger:
            stranger.sendall(b"POST " + receiver.path.encode() + b" HTTP/1.1\r\nHost: x\r\n"
                             b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)
            assert answer_or_close(stranger) == b""  # closed without a word, nothing read
        assert stored.items == []
        assert honest_push(receiver).text == "OK"  # from 127.0.0.1
    assert len(stored.items) == 1


def test_the_allow_list_reads_addresses_and_networks() -> None:
    assert [str(n) for n in parse_allowed("47.96.1.2，47.97.0.0/16 ; 2001:db8::/32\n")] == [
        "47.96.1.2/32", "47.97.0.0/16", "2001:db8::/32"]
    assert parse_allowed("  ") == ()
    with pytest.raises(ValueError, match=r"47\.96\.1\.300"):
        parse_allowed("47.96.1.2, 47.96.1.300")
    receiver = PushReceiver(Stored(), allowed=parse_allowed("47.97.0.0/16"))
    assert receiver.admits("47.97.3.4") and receiver.admits("::ffff:47.97.3.4")
    assert not receiver.admits("47.98.0.1") and not receiver.admits("not an address")
    assert PushReceiver(Stored()).admits("203.0.113.9")  # no list: anyone


def test_open_connections_are_capped_per_address_and_in_all(stored: Stored) -> None:
    limits = PushLimits(connections=8, connections_per_client=3)
    with PushReceiver(stored, limits=limits) as receiver:
        idle = [connect(receiver) for _ in range(3)]
        with connect(receiver) as fourth:
            assert answer_or_close(fourth) == b""  # the fourth from one address: closed
        with connect(receiver, source="127.0.0.2") as other:  # another address may
            other.sendall(f"POST {receiver.path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                          f"Content-Length: {len(BODY)}\r\n\r\n".encode() + BODY)
            assert answer_or_close(other).endswith(b"\r\n\r\nOK")
        idle.pop().close()
        wait_until(lambda: receiver.open_connections == 2)  # the server saw it go
        answer = requests.post(receiver.url, data=BODY, timeout=5,
                               headers={"Connection": "close"})
        assert answer.text == "OK"  # a place was free again
        # In all: a newcomer beyond the cap takes the place of the connection idle longest.
        crowd = [connect(receiver, source=f"127.0.1.{i}") for i in range(6)]
        wait_until(lambda: receiver.open_connections == 8)  # 2 idle + 6: full
        with connect(receiver, source="127.0.2.1") as late:
            late.sendall(f"POST {receiver.path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                         f"Content-Length: {len(BODY)}\r\n\r\n".encode() + BODY)
            assert answer_or_close(late).endswith(b"\r\n\r\nOK")
        assert answer_or_close(idle[0]) == b""  # the first idle one made room
        wait_until(lambda: receiver.open_connections == 7)  # everyone else is still there
        for sock in [*crowd, *idle]:
            sock.close()
    assert len(stored.items) == 3


def trickle(sock: socket.socket, stop: threading.Event) -> None:
    """Half a request, then one byte every 0.1 s: never silent, never done."""
    with contextlib.suppress(OSError):
        sock.sendall(b"POST /push/slow HTTP/1.1\r\nHost: x\r\n")
        while not stop.wait(0.1):
            sock.sendall(b"X")


@contextlib.contextmanager
def slow_clients(receiver: PushReceiver, count: int) -> Iterator[list[socket.socket]]:
    stop = threading.Event()
    sockets = [connect(receiver, source=f"127.0.3.{i + 1}", timeout=10) for i in range(count)]
    threads = [threading.Thread(target=trickle, args=(s, stop)) for s in sockets]
    for thread in threads:
        thread.start()
    try:
        yield sockets
    finally:
        stop.set()
        for thread in threads:
            thread.join(5)
        for sock in sockets:
            sock.close()


def test_slow_clients_hold_no_thread_and_are_cut_off_on_time(stored: Stored) -> None:
    limits = PushLimits(connections=40, idle_seconds=1, request_seconds=1.0)
    with PushReceiver(stored, limits=limits) as receiver:
        with slow_clients(receiver, 20) as sockets:
            started = time.monotonic()
            # Meanwhile the gateway's pushes go through at once (2 threads serve 20 slowpokes).
            for _ in range(3):
                answer = honest_push(receiver)
                assert answer.text == "OK" and answer.elapsed.total_seconds() < 1
            for sock in sockets:
                assert answer_or_close(sock) == b""  # cut off, unanswered
            # The deadline (1 s) plus the clean-up round (1 s), with room for a busy machine.
            assert time.monotonic() - started < 5
        with connect(receiver) as silent:
            started = time.monotonic()
            assert answer_or_close(silent) == b""  # an idle connection is closed too
            assert time.monotonic() - started < 5
    assert len(stored.items) == 3


def test_stop_closes_everything(stored: Stored) -> None:
    receiver = PushReceiver(stored)
    receiver.start()
    lingering = connect(receiver)
    before = {t.name for t in threading.enumerate()}
    assert "push-receiver" in before
    receiver.stop()
    assert answer_or_close(lingering) == b""
    lingering.close()
    assert "push-receiver" not in {t.name for t in threading.enumerate()}
    with pytest.raises(ConnectionRefusedError):
        connect(receiver)
