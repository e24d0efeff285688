"""A threaded HTTP server whose ``close`` really ends every connection thread.

The simulator serves with it (loopback, tests and the demo only); the push receiver, which the
internet may reach, has a hardened server of its own (push_server.py).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

logger = logging.getLogger(__name__)


class TrackingHTTPServer(ThreadingHTTPServer):
    """Tracks connection threads so ``close`` can cut idle keep-alive connections and join."""

    daemon_threads = True
    block_on_close = False  # ``close`` joins, with a bound, instead

    def __init__(self, host: str, port: int, handler: type[BaseHTTPRequestHandler]) -> None:
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._connections_lock = threading.Lock()
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

    def process_request(self, request: socket.socket | tuple[bytes, socket.socket],
                        client_address: Any) -> None:
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address),
                                  name=f"{type(self).__name__}-connection", daemon=True)
        if isinstance(request, socket.socket):
            with self._connections_lock:
                self._connections[request] = thread
        thread.start()

    def _serve_connection(self, request: socket.socket | tuple[bytes, socket.socket],
                          client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            if isinstance(request, socket.socket):
                with self._connections_lock:
                    self._connections.pop(request, None)

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket],
                     client_address: Any) -> None:
        # Clients hang up mid-answer on purpose (timeouts, fault tests): not worth a traceback.
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close(self, timeout: float = 5.0) -> None:
        """Stop serving, cut open connections, join their threads, close the socket."""
        self.shutdown()
        with self._connections_lock:
            connections = list(self._connections.items())
        for sock, _ in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for _, thread in connections:
            thread.join(timeout)
        self.server_close()
