"""Push receiver servers compared: the standard library's http.server, waitress and cheroot,
and the receiver built on waitress (``receiver``: its own limits and hooks).

Each server runs in a child process of its own with the same handler (the right path only,
404 elsewhere without reading the body, a 2 MB body cap, ``parse_push_body`` and a count
standing in for the store) and the same limits where the server has them. Clients run in
this process on 127.0.0.1 only; every loop is bounded in count and time.

- throughput: 10,000 pushed items, as 100 POSTs of 100 items and as 10,000 POSTs of one
  item, from 8 concurrent keep-alive clients; the server's peak memory (VmHWM) and threads.
- slowloris: 50, 150 and 250 clients, each from an address of its own, that send half a
  request and then one byte a second for 12 s, connecting again whenever the server cuts
  them off (tests/gateway/slow_clients.py); meanwhile one honest push a second (from yet
  another address, a fresh connection each), and how long each took (or whether it failed
  within 8 s): the median and the slowest.
- stalled bodies: 150 senders, each from an address of its own, declare 1.9 MB, send
  500 kB and stop: how much the server's resident memory grew once it read them all, and
  how long an honest push then took.
- oversized: a POST declaring 1 GB to the right path, the client sending as fast as it can
  for 3 s: the answer, when it came, how much the server let in, its memory after.
- wrong path: a POST declaring 1 MB to a wrong path that never sends the body: the answer
  and when it came.

    .venv/bin/python bench/push_server_bench.py [--servers stdlib,waitress,cheroot,receiver]

Before and after a change to the receiver: run this script with the other tree's Python
(its .venv runs its own juhe_desk), ``--servers receiver``, the two in turns.

cheroot is not a dependency: ``.venv/bin/pip install cheroot`` to measure it too.

Figures taken while other work runs on the machine are noisy: ratios are to the standard
library's server measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import importlib.util
import json
import logging
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

PATH = "/push/bench-secret"
MAX_BODY = 2_000_000
TIMEOUT = 10  # seconds of silence a server allows a client, where it can be set
CONNECTIONS = 100  # open connections (waitress) or worker threads (cheroot), where set
READY = "READY "
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "gateway"))
SLOWLORIS_CLIENTS = (50, 150, 250)


# --- the servers (child process) -----------------------------------------------------------

def _deliver_factory() -> Callable[[bytes], int]:
    from juhe_desk.gateway.errors import PushBodyError
    from juhe_desk.gateway.parsing import parse_push_body

    lock = threading.Lock()
    stored = [0]

    def deliver(body: bytes) -> int:
        try:
            items = parse_push_body(body)
        except PushBodyError:
            return 400
        with lock:
            stored[0] += len(items.reports) + len(items.inbound)
        return 200
    return deliver


def _wsgi_app(deliver: Callable[[bytes], int]) -> Callable[..., list[bytes]]:
    def app(environ: dict[str, object], start_response: Callable[..., object]) -> list[bytes]:
        def answer(status: str, body: bytes) -> list[bytes]:
            start_response(status, [("Content-Type", "text/plain; charset=utf-8"),
                                    ("Content-Length", str(len(body)))])
            return [body]
        if environ["PATH_INFO"] != PATH:
            return answer("404 Not Found", b"Not Found")
        if environ["REQUEST_METHOD"] != "POST":
            return answer("405 Method Not Allowed", b"Method Not Allowed")
        length = int(str(environ.get("CONTENT_LENGTH") or 0))
        if length > MAX_BODY:
            return answer("413 Payload Too Large", b"Payload Too Large")
        body = environ["wsgi.input"].read(length)  # type: ignore[attr-defined]
        status = deliver(body)
        return answer("200 OK" if status == 200 else f"{status} Error",
                      b"OK" if status == 200 else b"Error")
    return app


def serve(kind: str) -> None:
    logging.disable(logging.WARNING)  # waitress warns of every queued task
    deliver = _deliver_factory()
    if kind in ("stdlib", "receiver"):
        # "stdlib" is the receiver as it was (bench/stdlib_push_receiver.py); "receiver" is
        # ours now, with its default limits.
        if kind == "stdlib":
            from stdlib_push_receiver import PushReceiver  # type: ignore[import-not-found]
        else:
            from juhe_desk.gateway.push_receiver import PushReceiver
        receiver = PushReceiver(lambda items: None, port=0, path=PATH, max_body_bytes=MAX_BODY)
        receiver.deliver = deliver  # type: ignore[method-assign]
        receiver.start()
        port = receiver.port
    elif kind == "waitress":
        import waitress

        server = waitress.create_server(
            _wsgi_app(deliver), host="127.0.0.1", port=0, threads=4,
            connection_limit=CONNECTIONS, channel_timeout=TIMEOUT, cleanup_interval=1,
            max_request_body_size=MAX_BODY, ident="")
        port = server.effective_port  # type: ignore[union-attr]
        threading.Thread(target=server.run, daemon=True).start()
    elif kind == "cheroot":
        from cheroot import wsgi

        server = wsgi.Server(("127.0.0.1", 0), _wsgi_app(deliver), numthreads=10,
                             timeout=TIMEOUT)
        server.max_request_body_size = MAX_BODY
        server.prepare()
        port = server.bind_addr[1]
        threading.Thread(target=server.serve, daemon=True).start()
    else:
        raise SystemExit(f"unknown server {kind}")
    print(READY + str(port), flush=True)
    sys.stdin.read()  # until the parent closes our stdin


# --- measuring (parent process) ------------------------------------------------------------

@dataclass
class Server:
    kind: str
    process: subprocess.Popen[str]
    port: int

    def status(self) -> dict[str, int]:
        """VmRSS, VmHWM (kB) and Threads of the server process."""
        found: dict[str, int] = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM", "Threads"):
                found[name] = int(value.split()[0])
        return found


@contextlib.contextmanager
def running(kind: str) -> Iterator[Server]:
    process = subprocess.Popen([sys.executable, __file__, "--serve", kind],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith(READY):
            raise RuntimeError(f"{kind} did not start: {line!r}")
        yield Server(kind, process, int(line.removeprefix(READY)))
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.terminate()
        process.wait(10)


def items_body(first: int, count: int) -> bytes:
    return json.dumps([{"flag": 1, "mid": f"{first + i:016X}", "mobile": "13800000001",
                        "stat": "DELIVRD", "time": "2026-11-01 09:00:00",
                        "accessCode": "1069012345"} for i in range(count)]).encode()


def post_all(port: int, bodies: list[bytes], clients: int = 8) -> tuple[float, int]:
    """Seconds to post every body with ``clients`` keep-alive connections; answers OK."""
    queue = list(reversed(bodies))
    lock = threading.Lock()

    def worker() -> int:
        ok = 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            while True:
                with lock:
                    if not queue:
                        return ok
                    body = queue.pop()
                connection.request("POST", PATH, body,
                                   {"Content-Type": "application/json;charset=UTF-8"})
                response = connection.getresponse()
                ok += response.read() == b"OK"
        finally:
            connection.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        ok = sum(pool.map(lambda _: worker(), range(clients)))
    return time.perf_counter() - started, ok


@dataclass
class Slowloris:
    honest: list[float | None] = field(default_factory=list)  # seconds, None = failed
    peak_threads: int = 0
    rss_kb: int = 0
    connects: int = 0  # the crowd's connections: more than its size once it was cut off


def honest_push(port: int) -> float | None:
    """Seconds until one push on a fresh connection was answered OK (None: it was not)."""
    started = time.perf_counter()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=8,
                                                source_address=("127.0.0.2", 0))
        connection.request("POST", PATH, items_body(10**9, 1))
        answer = connection.getresponse().read()
        connection.close()
    except OSError:
        return None
    return time.perf_counter() - started if answer == b"OK" else None


def slowloris(server: Server, attackers: int = 150, seconds: float = 12.0) -> Slowloris:
    from slow_clients import SlowCrowd

    result = Slowloris()
    stop = time.monotonic() + seconds
    with SlowCrowd(server.port, attackers, every=1.0) as crowd:
        while crowd.connects + crowd.refused < attackers and time.monotonic() < stop:
            time.sleep(0.05)
        time.sleep(1.0)
        while time.monotonic() < stop - 1:
            result.peak_threads = max(result.peak_threads, server.status()["Threads"])
            started = time.perf_counter()
            result.honest.append(honest_push(server.port))
            time.sleep(max(0.0, 1.0 - (time.perf_counter() - started)))
        result.rss_kb = server.status()["VmRSS"]
        result.connects = crowd.connects
    return result


def unread_bytes(port: int) -> int:
    """Bytes queued on loopback sockets to or from ``port`` that nobody has read yet."""
    total = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1].endswith(f":{port:04X}") or fields[2].endswith(f":{port:04X}"):
            tx, rx = fields[4].split(":")
            total += int(tx, 16) + int(rx, 16)
    return total


def stalled_bodies(server: Server, senders: int = 150) -> tuple[float, float | None]:
    """(MB the server grew by, seconds an honest push then took) for ``senders`` that each
    send 500 kB of a 1.9 MB body and stop."""
    before = server.status()["VmRSS"]
    head = (f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 1900000\r\n\r\n[").encode()
    sockets = []
    try:
        for index in range(senders):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=10,
                                            source_address=(f"127.0.9.{index + 1}", 0))
            sockets.append(sock)
            sock.sendall(head + b" " * 500_000)
        deadline = time.monotonic() + 30
        while unread_bytes(server.port) and time.monotonic() < deadline:
            time.sleep(0.05)
        grown = (server.status()["VmRSS"] - before) / 1024
        return grown, honest_push(server.port)
    finally:
        for sock in sockets:
            sock.close()


def read_answer(sock: socket.socket, wait: float) -> str:
    sock.settimeout(wait)
    try:
        data = sock.recv(200)
    except TimeoutError:
        return "no answer"
    except OSError as error:
        return type(error).__name__
    return data.split(b"\r\n", 1)[0].decode(errors="replace") or "closed, no answer"


def oversized(server: Server) -> tuple[str, float, int]:
    """(first answer line, seconds to it, bytes the client got in) for a 1 GB declaration."""
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    sock.sendall(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n"
                 "Content-Type: application/json\r\n\r\n".encode())
    started = time.perf_counter()
    sent = 0
    chunk = b"[" + b" " * 65535
    sock.setblocking(False)
    answer = ""
    while time.perf_counter() - started < 3.0:
        try:
            sent += sock.send(chunk)
        except BlockingIOError:
            time.sleep(0.001)
        except OSError:
            break
        with contextlib.suppress(BlockingIOError, OSError):
            data = sock.recv(200)
            answer = data.split(b"\r\n", 1)[0].decode(errors="replace") or "closed"
            break
    elapsed = time.perf_counter() - started
    if not answer:
        sock.setblocking(True)
        answer = read_answer(sock, 1.0)
    sock.close()
    return answer, elapsed, sent


def wrong_path(server: Server) -> tuple[str, float]:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    sock.sendall(b"POST /push/guess HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
    started = time.perf_counter()
    answer = read_answer(sock, 5.0)
    elapsed = time.perf_counter() - started
    sock.close()
    return answer, elapsed


def measure(kind: str) -> dict[str, object]:
    figures: dict[str, object] = {}
    with running(kind) as server:
        idle = server.status()
        figures["idle"] = idle
        batched = [items_body(i * 100, 100) for i in range(100)]
        single = [items_body(10**6 + i, 1) for i in range(10_000)]
        figures["batched"] = post_all(server.port, batched)
        figures["single"] = post_all(server.port, single)
        figures["after_throughput"] = server.status()
    for attackers in SLOWLORIS_CLIENTS:
        with running(kind) as server:
            figures[f"slowloris{attackers}"] = slowloris(server, attackers)
    with running(kind) as server:
        before = server.status()["VmRSS"]
        answer, seconds, sent = oversized(server)
        figures["oversized"] = (answer, seconds, sent, server.status()["VmRSS"] - before)
        figures["wrong_path"] = wrong_path(server)
    with running(kind) as server:
        figures["stalled"] = stalled_bodies(server)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--servers", default="stdlib,waitress,cheroot,receiver")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    results: dict[str, dict[str, object]] = {}
    for kind in args.servers.split(","):
        if kind in ("waitress", "cheroot") and importlib.util.find_spec(kind) is None:
            print(f"{kind}: not installed, skipped (pip install {kind})")
            continue
        results[kind] = measure(kind)
    base = results.get("stdlib")
    for kind, figures in results.items():
        print(f"\n== {kind}")
        idle = figures["idle"]
        after = figures["after_throughput"]
        assert isinstance(idle, dict) and isinstance(after, dict)
        print(f"idle: {idle['VmRSS'] / 1024:.1f} MB, {idle['Threads']} threads")
        for name, posts in (("batched", "100 POSTs x 100 items"),
                            ("single", "10,000 POSTs x 1 item")):
            seconds, ok = figures[name]  # type: ignore[misc]
            ratio = ""
            if base is not None:
                base_seconds = base[name][0]  # type: ignore[index]
                ratio = f", {base_seconds / seconds:.2f}x the standard library's speed"
            print(f"throughput, {posts}: {seconds:.2f} s, {10_000 / seconds:,.0f} items/s,"
                  f" {ok} OK{ratio}")
        print(f"after throughput: peak {after['VmHWM'] / 1024:.1f} MB,"
              f" {after['Threads']} threads")
        for attackers in SLOWLORIS_CLIENTS:
            slow = figures[f"slowloris{attackers}"]
            assert isinstance(slow, Slowloris)
            done = sorted(s for s in slow.honest if s is not None)
            times = (f"median {done[len(done) // 2] * 1000:.0f} ms, slowest"
                     f" {done[-1] * 1000:.0f} ms") if done else "-"
            print(f"slowloris ({attackers} clients, {slow.connects} connections): honest"
                  f" pushes {len(done)}/{len(slow.honest)} OK, {times}; peak"
                  f" {slow.peak_threads} threads, {slow.rss_kb / 1024:.1f} MB")
        answer, seconds, sent, grown = figures["oversized"]  # type: ignore[misc]
        print(f"1 GB declared: {answer!r} after {seconds:.2f} s; the client got"
              f" {sent / 1e6:.1f} MB in; memory {grown / 1024:+.1f} MB")
        answer, seconds = figures["wrong_path"]  # type: ignore[misc]
        print(f"wrong path, body never sent: {answer!r} after {seconds:.2f} s")
        grown, honest = figures["stalled"]  # type: ignore[misc]
        after = "failed" if honest is None else f"{honest * 1000:.0f} ms"
        print(f"150 stalled 500 kB bodies: memory {grown:+.1f} MB; an honest push then"
              f" {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
