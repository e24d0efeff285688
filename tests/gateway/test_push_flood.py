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
from slow_clients import slow_crowd
from time_support import wait_until

from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.push_receiver import PushLimits, PushReceiver

ITEM = {"flag": 0, "mid": "4C36654382720005", "mobile": "15100000000", "content": "退订",
        "time": "2021-02-24 10:00:00"}
BODY = json.dumps([ITEM], ensure_ascii=False).encode()
HONEST_BOUND = 2.0  # seconds; the deadlines for slow clients are 10 s and more


class Stored:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[PulledItems] = []

    def __call__(self, items: PulledItems) -> None:
        with self.lock:
            self.items.append(items)


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
