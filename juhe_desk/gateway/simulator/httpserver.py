"""A threaded HTTP server whose ``close`` really ends every connection thread, and which
tells what it is doing: connections open, requests being handled (received, not yet
answered), and a wait until it is quiet (``settle``) instead of a guess how long to wait.

The simulator serves with it (loopback, tests and the demo only); the push receiver, which the
internet may reach, has a hardened server of its own (push_server.py).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

logger = logging.getLogger(__name__)


class TrackingHTTPServer(ThreadingHTTPServer):
    """Tracks connection threads so ``close`` can cut idle keep-alive connections and join."""

    daemon_threads = True
    block_on_close = False  # ``close`` joins, with a bound, instead

    def __init__(self, host: str, port: int, handler: type[BaseHTTPRequestHandler]) -> None:
        self._connections: dict[socket.socket, tuple[threading.Thread, Any]] = {}
        self._requests = 0
        # Guards both, and wakes whoever waits for them to change.
        self._changed = threading.Condition()
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks DNS for the host's FQDN, which can stall for seconds.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = host if isinstance(host, str) else host.decode()
        self.server_port = port

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def open_connections(self) -> int:
        with self._changed:
            return len(self._connections)

    @property
    def requests_in_flight(self) -> int:
        """Requests received and not yet answered (handlers count them: ``handling``)."""
        with self._changed:
            return self._requests

    @contextlib.contextmanager
    def handling(self) -> Iterator[None]:
        """A handler answers one request inside this block."""
        self._count_request(+1)
        try:
            yield
        finally:
            self._count_request(-1)

    def wait_for(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Wait until ``condition()`` (read under the server's lock) holds, woken by every
        change of connections or requests; False when ``timeout`` passed first."""
        with self._changed:
            return self._changed.wait_for(condition, timeout)

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until every connection made before this call has closed and no request is
        being handled; False on time-out. What a client sent before it went away (killed,
        say) has then been answered, or found nobody to answer.

        A probe connection is accepted after every connection made before it (the listen
        queue is first in, first out), so once it has been, none is left unseen.
        """
        deadline = time.monotonic() + timeout
        host, port = self.server_address[:2]
        with socket.create_connection((str(host), int(port)), timeout=timeout) as probe:
            mine = probe.getsockname()[:2]
            accepted = self.wait_for(lambda: any(
                address[:2] == mine for _, address in self._connections.values()), timeout)
        return accepted and self.wait_for(
            lambda: not self._connections and not self._requests,
            max(0.0, deadline - time.monotonic()))

    def process_request(self, request: socket.socket | tuple[bytes, socket.socket],
                        client_address: Any) -> None:
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address),
                                  name=f"{type(self).__name__}-connection", daemon=True)
        if isinstance(request, socket.socket):
            with self._changed:
                self._connections[request] = (thread, client_address)
                self._changed.notify_all()
        thread.start()

    def _serve_connection(self, request: socket.socket | tuple[bytes, socket.socket],
                          client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            if isinstance(request, socket.socket):
                with self._changed:
                    self._connections.pop(request, None)
                    self._changed.notify_all()

    def _count_request(self, change: int) -> None:
        with self._changed:
            self._requests += change
            self._changed.notify_all()

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket],
                     client_address: Any) -> None:
        # Clients hang up mid-answer on purpose (timeouts, fault tests): not worth a traceback.
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close(self, timeout: float = 5.0) -> None:
        """Stop serving, cut open connections, join their threads, close the socket."""
        self.shutdown()
        with self._changed:
            connections = list(self._connections.items())
        for sock, _ in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for _, (thread, _address) in connections:
            thread.join(timeout)
        self.server_close()
