"""The baseline of bench/push_server_bench.py: the push receiver's HTTP server as it was on
http.server (commit 12bcd15), kept only to be measured against.

Only the server is the old one: parsing and storing a body (``deliver``) is the receiver's
own (juhe_desk/gateway/push_receiver.py), which the bench replaces on both anyway, so the
two differ in nothing but how they take requests. As then: 404 for another path, 411
without a length, 413 for an oversized body (unread), 405 for another method, and ``OK``
once ``deliver`` said 200. What the bench never runs of the old receiver (its ``url``, its
use as a context manager) is left out.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from juhe_desk.gateway import push_receiver
from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.simulator.httpserver import TrackingHTTPServer

logger = logging.getLogger(__name__)

StoreItems = Callable[[PulledItems], None]


class PushReceiver:
    """A threaded HTTP server taking the gateway's pushes on ``path``."""

    def __init__(self, store_items: StoreItems, host: str = "127.0.0.1", port: int = 0,
                 path: str = "/push", max_body_bytes: int = 2_000_000) -> None:
        if not path.startswith("/"):
            raise ValueError("path must start with '/'")
        self.store_items = store_items
        self.host = host
        self.path = path
        self.max_body_bytes = max_body_bytes
        self._port = port
        self._store_lock = threading.Lock()
        self._server: _PushServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the push receiver is already running")
        self._server = _PushServer(self.host, self._port, self)
        self._port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="push-receiver", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        if self._thread is not None:
            self._thread.join(5.0)

    @property
    def port(self) -> int:
        return self._port

    # Parsing and storing a body: the receiver's own, word for word.
    deliver = push_receiver.PushReceiver.deliver


class _PushServer(TrackingHTTPServer):
    def __init__(self, host: str, port: int, receiver: PushReceiver) -> None:
        self.receiver = receiver
        super().__init__(host, port, _PushHandler)


class _PushHandler(BaseHTTPRequestHandler):
    server: _PushServer
    protocol_version = "HTTP/1.1"
    timeout = 30

    def do_POST(self) -> None:
        receiver = self.server.receiver
        if urlsplit(self.path).path != receiver.path:
            self._answer(404, b"Not Found", close=True)
            return
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._answer(411, b"Length Required", close=True)
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._answer(411, b"Length Required", close=True)
            return
        if length > receiver.max_body_bytes:
            self._answer(413, b"Payload Too Large", close=True)  # and never read it
            return
        body = self.rfile.read(length) if length > 0 else b""
        if length < 0 or len(body) < length:
            self._answer(400, b"Bad Request", close=True)
            return
        status = receiver.deliver(body)
        self._answer(status, b"OK" if status == 200 else b"Error")

    def _not_allowed(self) -> None:
        if urlsplit(self.path).path != self.server.receiver.path:
            self._answer(404, b"Not Found", close=True)
        else:
            self._answer(405, b"Method Not Allowed", close=True, allow="POST")

    do_GET = do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815

    def _answer(self, code: int, body: bytes, *, close: bool = False, allow: str = "") -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if allow:
                self.send_header("Allow", allow)
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            self.close_connection = True

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        logger.debug("%s %s -> %s", self.command, urlsplit(self.path).path, code)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("push receiver http: %s", format.split("%", 1)[0].strip() or "message")
