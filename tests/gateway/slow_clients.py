"""A crowd of slow clients (slowloris) for the push receiver's tests and bench.

Each client connects from an address of its own on 127.0.0.0/8 (Linux routes the whole
block to loopback, so the per-address cap sees many senders), sends half a request, then
one byte per round: never silent, never done. A client the server closes connects again
at once, as an attacker would, so the crowd keeps every place taken. One thread drives
them all with non-blocking sockets.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

HEAD = b"POST /push/slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"


def client_address(index: int) -> str:
    """The source address of client ``index``: 127.0.3.1, 127.0.3.2, ... (250 a block)."""
    return f"127.0.{3 + index // 250}.{index % 250 + 1}"


class SlowCrowd:
    """``count`` slow clients of the server on 127.0.0.1:``port`` while in a ``with``."""

    def __init__(self, port: int, count: int, *, every: float = 0.1) -> None:
        self.port = port
        self.count = count
        self.every = every
        self.connects = 0  # connections made: more than ``count`` once the server cut some
        self.answered = 0  # connections the server sent anything to (it should not)
        self.refused = 0  # connect() failures
        self._sockets: list[socket.socket | None] = [None] * count
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="slow-crowd")

    def __enter__(self) -> SlowCrowd:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)
        for sock in self._sockets:
            if sock is not None:
                sock.close()

    def _connect(self, index: int) -> socket.socket | None:
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=1,
                                            source_address=(client_address(index), 0))
        except OSError:
            self.refused += 1
            return None
        self.connects += 1
        sock.setblocking(False)
        with contextlib.suppress(OSError):
            sock.send(HEAD)
        return sock

    def _still_open(self, sock: socket.socket) -> bool:
        try:
            data = sock.recv(4096)
        except BlockingIOError:
            return True  # nothing from the server: still held open
        except OSError:
            return False
        if data:
            self.answered += 1
        return False  # closed, or answered (and then we drop it too)

    def _run(self) -> None:
        while not self._stop.is_set():
            for index, sock in enumerate(self._sockets):
                if self._stop.is_set():
                    return
                if sock is not None and not self._still_open(sock):
                    sock.close()
                    sock = None
                if sock is None:
                    sock = self._sockets[index] = self._connect(index)
                    continue
                with contextlib.suppress(OSError):
                    sock.send(b"X")  # a header line that never ends
            self._stop.wait(self.every)


@contextlib.contextmanager
def slow_crowd(port: int, count: int, *, every: float = 0.1) -> Iterator[SlowCrowd]:
    with SlowCrowd(port, count, every=every) as crowd:
        yield crowd
