"""The gateway's pushes go through while slow clients (slowloris) take every place.

Slow clients from many addresses on 127.0.0.0/8 (tests/gateway/slow_clients.py) keep the
receiver full, reconnecting whenever they are cut off; honest pushes from 127.0.0.1 must be
answered OK within a bound far below the receiver's deadlines, and the server must never
hold more connections than its limit.
"""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import requests
from gateway_support import Stored
from slow_clients import slow_crowd
from time_support import wait_until

from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.push_receiver import PushLimits, PushReceiver

ITEM = {"flag": 0, "mid": "4C36654382720005", "mobile": "15100000000", "content": "退订",
        "time": "2021-02-24 10:00:00"}
BODY = json.dumps([ITEM], ensure_ascii=False).encode()
HONEST_BOUND = 2.0  # seconds; the deadlines for slow clients are 10 s and more


def honest_push_seconds(receiver: PushReceiver) -> float | str:
    """Seconds until a fresh connection's push was answered OK, or what went wrong."""
    started = time.perf_counter()
    try:
        answer = requests.post(receiver.url, data=BODY, timeout=HONEST_BOUND + 3,
                               headers={"Connection": "close"})
    except requests.RequestException as error:
        return type(error).__name__
    return time.perf_counter() - started if answer.text == "OK" else answer.text


@pytest.mark.parametrize("places,crowd", [(30, 45), (200, 250)])
def test_honest_pushes_are_answered_at_once_while_slow_clients_take_every_place(
        places: int, crowd: int) -> None:
    stored = Stored()
    limits = PushLimits(connections=places)  # the default deadlines (10 s and more)
    with PushReceiver(stored, limits=limits) as receiver, \
            slow_crowd(receiver.port, crowd) as slow:
        # (- 2: waitress alone counts its listening socket and wake-up pipe as connections)
        wait_until(lambda: receiver.open_connections >= places - 2, 10, "the crowd fills it")
        # More clients than places: each one beyond cuts another off, which comes back.
        wait_until(lambda: slow.connects >= crowd, 10, "every slow client connected")
        pushes = []
        for _ in range(5):
            pushes.append(honest_push_seconds(receiver))
            assert receiver.open_connections <= places
        assert all(isinstance(s, float) and s < HONEST_BOUND for s in pushes), pushes
        assert slow.answered == 0  # nothing was ever answered to half a request
    assert len(stored.items) == 5


def test_a_request_being_answered_is_never_evicted() -> None:
    release = threading.Event()
    storing = threading.Event()

    def slow_store(items: PulledItems) -> None:
        storing.set()
        release.wait(10)

    with PushReceiver(slow_store, limits=PushLimits(connections=4)) as receiver:
        answers: list[str] = []
        pusher = threading.Thread(
            target=lambda: answers.append(requests.post(receiver.url, data=BODY,
                                                        timeout=10).text))
        pusher.start()
        assert storing.wait(5)
        with slow_crowd(receiver.port, 10) as slow:
            # The crowd churns through the three other places, again and again.
            wait_until(lambda: slow.connects >= 30, 10, "the crowd evicting itself")
            release.set()
            pusher.join(10)
        assert answers == ["OK"]


def test_when_every_place_is_answering_a_newcomer_waits_its_turn() -> None:
    release = threading.Event()
    stored = Stored()

    def slow_store(items: PulledItems) -> None:
        release.wait(10)
        stored(items)

    limits = PushLimits(connections=2, threads=2)
    with PushReceiver(slow_store, limits=limits) as receiver:
        pushers = [threading.Thread(target=requests.post, args=(receiver.url,),
                                    kwargs={"data": BODY, "timeout": 10}) for _ in range(2)]
        for pusher in pushers:
            pusher.start()
        wait_until(lambda: receiver.open_connections == 2)
        with socket.create_connection(("127.0.0.1", receiver.port), timeout=1.0,
                                      source_address=("127.0.0.2", 0)) as late:
            late.sendall(f"POST {receiver.path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                         f"Content-Length: {len(BODY)}\r\n\r\n".encode() + BODY)
            with pytest.raises(TimeoutError):
                late.recv(100)  # queued by the kernel: nobody was evicted for it
            release.set()
            late.settimeout(5)
            assert late.recv(100).startswith(b"HTTP/1.1 200 OK")
        for pusher in pushers:
            pusher.join(10)
    assert len(stored.items) == 3


def connect(receiver: PushReceiver, source: str) -> socket.socket:
    return socket.create_connection(("127.0.0.1", receiver.port), timeout=5,
                                    source_address=(source, 0))


def closed_unanswered(sock: socket.socket) -> bool:
    try:
        return sock.recv(100) == b""
    except ConnectionResetError:
        return True


def test_a_push_that_keeps_pace_may_take_longer_than_the_deadline() -> None:
    stored = Stored()
    limits = PushLimits(request_seconds=0.5, bytes_per_second=2_000)
    body = b"[" + b" " * 10_000 + BODY[1:]  # JSON allows the padding
    with PushReceiver(stored, limits=limits) as receiver, \
            connect(receiver, "127.0.0.1") as sock:
        sock.sendall(f"POST {receiver.path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode())
        started = time.monotonic()
        for start in range(0, len(body), 500):  # 500 bytes every 0.1 s: 5,000 B/s
            sock.sendall(body[start:start + 500])
            time.sleep(0.1)  # the client's pace is what is tested
        # Longer than the deadline and the clean-up round (1 s) that enforces it.
        assert time.monotonic() - started > limits.request_seconds + 1
        assert sock.recv(100).startswith(b"HTTP/1.1 200 OK")
    assert len(stored.items) == 1


def test_bytes_sent_at_once_do_not_buy_a_place_to_then_sit_in() -> None:
    limits = PushLimits(connections=3, bytes_per_second=1_000)
    with PushReceiver(Stored(), limits=limits) as receiver, \
            connect(receiver, "127.0.0.5") as prepaid:
        # 12 kB of headers at once (12 s of credit at 1,000 B/s), then silence. The
        # "100 Continue" says the server has read them all, before the crowd begins.
        prepaid.sendall(f"POST {receiver.path} HTTP/1.1\r\nHost: x\r\n".encode()
                        + b"X-Pad: " + b"p" * 12_000 + b"\r\nContent-Length: 10\r\n"
                        b"Expect: 100-continue\r\n\r\n")
        assert prepaid.recv(100).startswith(b"HTTP/1.1 100 Continue")
        with slow_crowd(receiver.port, 2) as slow:
            wait_until(lambda: receiver.open_connections == 3, 5, "the crowd is in")
            assert isinstance(honest_push_seconds(receiver), float)
            # The silent one went, not the trickling ones that began after its last byte.
            assert closed_unanswered(prepaid)
            assert slow.connects == 2
