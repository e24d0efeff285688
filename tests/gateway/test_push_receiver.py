"""PushReceiver: our endpoint for the gateway's pushes, over real HTTP on loopback."""

from __future__ import annotations

import base64
import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from time_support import wait_until

from juhe_desk.gateway.models import DeliveryReport, InboundMessage, PulledItems
from juhe_desk.gateway.push_receiver import PUSH_PREFIX, PushReceiver
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount


class Store:
    """A thread-safe record of every item handed to ``store_items``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.mids: set[str] = set()
        self.duplicates: list[str] = []
        self.items: list[DeliveryReport | InboundMessage] = []
        self.fail_next = 0

    def __call__(self, pulled: PulledItems) -> None:
        with self.lock:
            self.calls += 1
            if self.fail_next:
                self.fail_next -= 1
                raise RuntimeError("database is locked")
            items: list[DeliveryReport | InboundMessage] = [*pulled.reports, *pulled.inbound]
            for item in items:
                if item.mid in self.mids:
                    self.duplicates.append(item.mid)
                self.mids.add(item.mid)
                self.items.append(item)


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def receiver(store: Store) -> Iterator[PushReceiver]:
    with PushReceiver(store) as started:
        yield started


def report(mid: str, stat: str = "DELIVRD") -> dict[str, Any]:
    return {"flag": 1, "mid": mid, "spid": "922011", "accessCode": "1069012345",
            "mobile": "15100000001", "stat": stat, "time": "2021-02-24 10:00:00"}


def inbound(mid: str, content: str = "退订") -> dict[str, Any]:
    return {"flag": 0, "mid": mid, "spid": "922011", "accessCode": "1069012345",
            "mobile": "15100000000", "content": content, "time": "2021-02-24 10:00:00"}


def push(url: str, body: bytes | list[Any] | dict[str, Any]) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    return requests.post(url, data=data, timeout=10,
                         headers={"Content-Type": "application/json;charset=UTF-8"})


def test_vendor_example_is_stored_and_answered_ok(receiver: PushReceiver, store: Store) -> None:
    response = push(receiver.url, [inbound("4C36654382720005"), report("4C36654382720006")])
    assert (response.status_code, response.text) == (200, "OK")
    assert response.headers["Content-Type"].startswith("text/plain")
    (stored_report,) = [i for i in store.items if isinstance(i, DeliveryReport)]
    (stored_inbound,) = [i for i in store.items if isinstance(i, InboundMessage)]
    assert (stored_report.mid, stored_report.stat) == ("4C36654382720006", "DELIVRD")
    assert (stored_inbound.mid, stored_inbound.content) == ("4C36654382720005", "退订")


def test_ten_thousand_items_in_concurrent_posts_arrive_exactly_once(
        receiver: PushReceiver, store: Store) -> None:
    def post_batch(batch: int) -> tuple[int, str]:
        items = [report(f"{batch:08X}{i:08X}") if i % 3 else inbound(f"{batch:08X}{i:08X}")
                 for i in range(100)]
        with requests.Session() as session:
            answer = session.post(receiver.url, data=json.dumps(items).encode(), timeout=10)
            return answer.status_code, answer.text

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(post_batch, range(100)))
    assert set(answers) == {(200, "OK")}
    assert len(store.mids) == 10_000
    assert store.duplicates == []
    assert store.calls == 100


@pytest.mark.parametrize("body", [
    b"{not json",
    b"",
    b"OK",
    b'{"flag": 1}',
    b"[1, 2, 3]",
    b'[{"flag": 2, "mid": "A"}]',
    b'[{"flag": 1, "mobile": "151"}]',
    b'[{"flag": 0, "mid": "A", "mobile": "151"}]',
    "[{\"flag\": 1, \"mid\": \"\u00e9\"}]".encode("latin-1"),
])
def test_bodies_that_are_not_push_bodies_are_refused(
        receiver: PushReceiver, store: Store, body: bytes) -> None:
    response = push(receiver.url, body)
    assert response.status_code == 400
    assert response.text != "OK"
    assert store.calls == 0


def test_one_bad_item_refuses_the_whole_body(receiver: PushReceiver, store: Store) -> None:
    response = push(receiver.url, [report("A1"), {"flag": 1, "mid": "A2"}])
    assert response.status_code == 400
    assert store.mids == set()


def test_an_oversized_body_is_refused_unread(store: Store) -> None:
    with PushReceiver(store, max_body_bytes=1000) as small:
        too_big = [report(f"{i:016X}") for i in range(20)]
        assert push(small.url, too_big).status_code == 413
        assert push(small.url, too_big[:3]).status_code == 200
        with socket.create_connection(("127.0.0.1", small.port), timeout=5) as raw:
            raw.sendall(f"POST {small.path} HTTP/1.1\r\nHost: x\r\n"
                        "Content-Type: application/json\r\n"
                        "Content-Length: 1000000000\r\n\r\n[".encode())
            started = time.monotonic()
            status_line = raw.makefile("rb").readline()
            assert status_line.split()[1] == b"413"
            assert time.monotonic() - started < 2
    assert len(store.mids) == 3


def test_missing_length_paths_and_methods(receiver: PushReceiver, store: Store) -> None:
    base = receiver.url.removesuffix(receiver.path)
    assert requests.post(base + "/other", data=b"[]", timeout=5).status_code == 404
    assert requests.post(base + "/push", data=b"[]", timeout=5).status_code == 404
    assert requests.post(receiver.url + "x", data=b"[]", timeout=5).status_code == 404
    got = requests.get(receiver.url, timeout=5)
    assert got.status_code == 405 and got.headers["Allow"] == "POST"
    assert requests.put(receiver.url, data=b"[]", timeout=5).status_code == 405
    assert requests.get(base + "/other", timeout=5).status_code == 404
    # A gateway may send its body chunked: it is read whole, within the same limit.
    chunked = requests.post(receiver.url, data=iter([b"[", json.dumps(report("K")).encode(),
                                                     b"]"]), timeout=5)
    assert (chunked.status_code, chunked.text) == (200, "OK")
    assert push(receiver.url, b"[]").text == "OK"
    assert store.mids == {"K"}


def test_a_failing_store_answers_500_so_the_gateway_retries(
        receiver: PushReceiver, store: Store) -> None:
    store.fail_next = 1
    body = [report("B1"), inbound("B2")]
    failed = push(receiver.url, body)
    assert failed.status_code == 500 and failed.text != "OK"
    assert store.mids == set()
    assert push(receiver.url, body).text == "OK"
    assert store.mids == {"B1", "B2"}


def test_ok_is_answered_only_after_store_items_returned() -> None:
    release = threading.Event()
    entered = threading.Event()

    def slow_store(pulled: PulledItems) -> None:
        entered.set()
        release.wait(5)

    body = json.dumps([report("C")]).encode()
    with PushReceiver(slow_store) as slow, \
            socket.create_connection(("127.0.0.1", slow.port), timeout=5) as gateway:
        gateway.sendall(f"POST {slow.path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        assert entered.wait(5)
        # The store has the items and has not returned: nothing may be on its way back. (An
        # answer written before the store was called would be here already: on loopback the
        # bytes are in our socket as soon as the receiver's write returns.)
        assert select.select([gateway], [], [], 0)[0] == []
        release.set()
        answer = gateway.makefile("rb").read()
    assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"\r\n\r\nOK")


def test_the_default_path_is_a_fresh_secret(store: Store) -> None:
    paths = {PushReceiver(store).path for _ in range(3)}
    assert len(paths) == 3
    for path in paths:
        secret = path.removeprefix(PUSH_PREFIX)
        assert path.startswith(PUSH_PREFIX) and len(base64.urlsafe_b64decode(secret)) >= 16


def test_url_needs_a_started_receiver(store: Store) -> None:
    receiver = PushReceiver(store, path="/gateway/push")
    with pytest.raises(RuntimeError):
        _ = receiver.url
    receiver.start()
    try:
        assert receiver.url == f"http://127.0.0.1:{receiver.port}/gateway/push"
        assert push(receiver.url, [report("D")]).text == "OK"
    finally:
        receiver.stop()
    receiver.stop()
    with pytest.raises(requests.ConnectionError):
        push(f"http://127.0.0.1:{receiver.port}/gateway/push", [report("E")])


def test_simulator_pushes_end_to_end_with_a_retry(receiver: PushReceiver, store: Store) -> None:
    store.fail_next = 1
    with GatewaySimulator(seed=5, report_delay=(60.0, 60.0)) as sim:
        sim.push_backoff = (0.01, 0.1)
        sim.add_account(SimAccount(account="922011", password="pw-123", extno="1069012345",
                                   signatures=("【聚合云信】",), push_url=receiver.url))
        mobiles = ",".join(str(13800000000 + i) for i in range(250))
        sent = requests.post(sim.base_url + "/sms", data={
            "action": "send", "account": "922011", "password": "pw-123", "rt": "json",
            "mobile": mobiles, "content": "【聚合云信】活动通知", "extno": "1069012345",
        }, timeout=5).json()
        sim.flush_reports()
        wait_until(lambda: sim.state("922011").pushed == 250, timeout=10)
        mo_mid = sim.inject_mo("922011", "13800000007", "退订")
        wait_until(lambda: sim.state("922011").pushed == 251, timeout=10)
    assert store.calls == 5  # 100 refused, then 100, 100, 50, and the reply
    assert store.duplicates == []
    assert store.mids == {item["mid"] for item in sent["list"]} | {mo_mid}
    (reply,) = [item for item in store.items if isinstance(item, InboundMessage)]
    assert (reply.mobile, reply.content, reply.access_code) == (
        "13800000007", "退订", "1069012345")
