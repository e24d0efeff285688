"""Helpers of the gateway tests: account constants, a recording HTTP server, leak checks."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.simulator import SimAccount

ACCOUNT = "922011"
# Characters that URL-encoding changes, so a leak in any encoding would show.
PASSWORD = "pw-S3cr3t #&=+%中"
EXTNO = "1069012345"
SIGNATURE = "【聚合云信】"


def sim_account(**changes: Any) -> SimAccount:
    values: dict[str, Any] = dict(
        account=ACCOUNT, password=PASSWORD, extno=EXTNO, signatures=(SIGNATURE,),
        balance=1_000_000, charge_type="PRECHARGE", price=50, max_connections=4)
    values.update(changes)
    return SimAccount(**values)


@dataclass
class Sleeps:
    """A RetryPolicy ``sleep`` that records the pauses instead of sleeping."""

    pauses: list[float] = field(default_factory=list)
    then: Callable[[], None] | None = None

    def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)
        if self.then is not None:
            self.then()


ClientFactory = Callable[..., GatewayClient]


# ----- a recording HTTP server for exact wire checks ----------------------------------------

@dataclass(frozen=True)
class Captured:
    method: str
    path: str
    query: str
    content_type: str
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        fields = parse_qs(self.body.decode("ascii"), keep_blank_values=True, encoding="utf-8",
                          errors="strict")
        assert all(len(values) == 1 for values in fields.values())
        return {name: values[0] for name, values in fields.items()}


class Recorder:
    """Records every request and answers from a script of (HTTP status, body) pairs."""

    def __init__(self) -> None:
        self.requests: list[Captured] = []
        self.script: deque[tuple[int, bytes]] = deque()
        self.default: tuple[int, bytes] = (200, b'{"status":0,"balance":1000}')
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                target = urlsplit(self.path)
                recorder.requests.append(Captured(
                    "POST", target.path, target.query, self.headers.get("Content-Type", ""),
                    self.rfile.read(length)))
                status, payload = recorder.script.popleft() if recorder.script else (
                    recorder.default)
                self.send_response(status)
                self.send_header("Content-Type", "application/json;charset=UTF-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def answer(self, *answers: tuple[int, Any]) -> None:
        """Queue answers; a body that is not bytes is sent as JSON."""
        for status, payload in answers:
            data = payload if isinstance(payload, bytes) else json.dumps(
                payload, ensure_ascii=False).encode()
            self.script.append((status, data))

    def actions(self) -> list[str]:
        return [request.form["action"] for request in self.requests]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def exception_texts(error: BaseException) -> Iterator[str]:
    """Every text an exception (and whatever it wraps) could show."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield from (repr(arg) for arg in current.args)
        yield from (repr(value) for value in vars(current).values())
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]


def assert_no_password(error: BaseException, password: str = PASSWORD) -> None:
    forms = {password, quote(password), quote_plus(password), quote(password, safe="")}
    for text in exception_texts(error):
        for form in forms:
            assert form not in text, f"the password leaks through {type(error).__name__}"


class Stored:
    """What a push receiver stored, from its connection threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[PulledItems] = []

    def __call__(self, items: PulledItems) -> None:
        with self.lock:
            self.items.append(items)
