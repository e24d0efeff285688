"""The push receiver's HTTP server: waitress, with the few hooks an internet endpoint needs.

Why waitress (bench/push_server_bench.py has the figures): it reads requests with one
asynchronous loop and hands a worker thread only a request that arrived whole, so a slow
client costs a socket and never a thread; it caps open connections, idle time, header and
body sizes by itself; it is pure Python with no dependencies and runs on Windows. The
standard library's ``http.server`` (which calls itself unfit for production) spends a
thread on every open connection and answered one-item pushes 20 times slower; cheroot
spends a worker thread on every request being read, so ten slow clients stopped all pushes.

What waitress lacks, added here through its documented extension points (``channel_class``,
``parser_class``, ``handle_accept``, ``maintenance``), each proven by tests/gateway:
- a request for a path other than the secret one is answered 404 as soon as its headers
  are in, its body never read and no ``100 Continue`` sent;
- a connection from an address outside the allow-list, or beyond the per-client cap (an
  IPv4 address, an IPv6 /64), is closed at accept, before a byte is read;
- a request must keep pace: it may fall at most ``request_seconds`` behind the slowest pace
  allowed (``bytes_per_second``), counted from its first byte (waitress only times silence,
  and a client sending a byte now and then is never silent);
- a full server makes room instead of refusing: a new connection evicts the one that has
  made too little progress for longest (furthest behind that pace, or silent longest,
  whichever is more), never one whose request is being answered. waitress would stop
  accepting, and a crowd of slow clients would hold every place until cut off, the
  gateway's pushes waiting in the kernel's queue meanwhile. Slow clients now evict each
  other; a push that arrives at any real pace is never the most stalled.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from waitress import wasyncore
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher
from waitress.utilities import Error

if TYPE_CHECKING:
    from juhe_desk.gateway.push_receiver import PushLimits

logger = logging.getLogger(__name__)

# waitress warns of every request that waits for a thread: a burst of pushes is no news.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Any]

# The part of a body being received that is kept in memory; beyond it waitress moves the
# body to a temporary file. Its default (512 kB) let every connection that stops just short
# of it hold half a megabyte: 100 MB for 200 of them. A push of 300 items fits in this.
BODY_IN_MEMORY_BYTES = 64 * 1024


class _NotFound(Error):  # type: ignore[misc]
    code = 404
    reason = "Not Found"

    def to_response(self, ident: str | None = None) -> tuple[str, list[tuple[str, str]], bytes]:
        return "404 Not Found", [("Content-Type", "text/plain; charset=utf-8")], b"Not Found"


class _PushRequestParser(HTTPRequestParser):  # type: ignore[misc]
    """Refuses a request for another path once its headers are parsed."""

    def __init__(self, adj: Adjustments, wanted_path: Callable[[str], bool]) -> None:
        super().__init__(adj)
        self._wanted_path = wanted_path

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        if not self._wanted_path(self.path):
            self.error = _NotFound("")
            self.body_rcv = None  # nothing more of this request is read
            self.content_length = 0
            self.chunked = False
            self.expect_continue = False  # never invite the body
            self.connection_close = True
            self.completed = True


def client_of(host: str) -> str:
    """Whom a connection from ``host`` counts against for the per-client cap: its IPv4
    address, or its IPv6 /64 (one subscriber's network: an IPv6 sender has billions of
    addresses to spread a crowd over)."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:  # a dual-stack listener sees IPv4 senders this way
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


class _PushChannel(HTTPChannel):  # type: ignore[misc]
    client = ""  # whom it counts against (client_of), set at accept
    request_began = 0.0  # when the request being received had its first byte (time.time)
    _timed_request: HTTPRequestParser | None = None

    @property
    def parser_class(self) -> Callable[[Adjustments], HTTPRequestParser]:
        return functools.partial(_PushRequestParser, wanted_path=self.server.wanted_path)

    def received(self, data: bytes) -> bool:
        accepted = bool(super().received(data))
        if self.request is not self._timed_request:  # a new request has begun (or none)
            self._timed_request = self.request
            self.request_began = time.time()
        return accepted

    def answering(self) -> bool:
        """Whether a request of this connection is being answered (or it is closing)."""
        return bool(self.requests or self.will_close or self.close_when_flushed
                    or self.total_outbufs_len)

    def pace_lag(self, now: float, bytes_per_second: int) -> float | None:
        """How far the request being received is behind the slowest pace allowed (None
        between requests)."""
        request = self.request
        if request is None:
            return None
        received = int(request.header_bytes_received) + int(request.body_bytes_received)
        return pace_lag(self.request_began, received, now, bytes_per_second)

    def stalled_seconds(self, now: float, bytes_per_second: int) -> float | None:
        """How long this connection has made too little progress: the longer of how far
        its request is behind pace and how long it has been silent (None while answering).
        Silence counts too, or a client could send most of a big body at once and then hold
        its place for as long as those bytes earned."""
        if self.answering():
            return None
        return stalled_seconds(now - float(self.last_activity),
                               self.pace_lag(now, bytes_per_second))


def pace_lag(began: float, received: int, now: float, bytes_per_second: int) -> float:
    """Seconds a request begun at ``began`` that has ``received`` bytes so far is behind
    a sender going at ``bytes_per_second`` (negative: ahead). A slow client's lag grows with
    the clock; a request arriving at any real pace stays far ahead."""
    return now - began - received / bytes_per_second


def stalled_seconds(silent: float, lag: float | None) -> float:
    return silent if lag is None else max(silent, lag)


class _PushWSGIServer(TcpWSGIServer):  # type: ignore[misc]
    channel_class = _PushChannel

    def __init__(self, app: WsgiApp, *, map: dict[int, Any], adj: Adjustments,
                 dispatcher: ThreadedTaskDispatcher, limits: PushLimits,
                 wanted_path: Callable[[str], bool], admits: Callable[[str], bool]) -> None:
        self.limits = limits
        self.wanted_path = wanted_path
        self.admits = admits
        super().__init__(app, map=map, dispatcher=dispatcher, adj=adj,
                         sockinfo=adj.listen[0])

    def readable(self) -> bool:
        # waitress's own readable() stops accepting at its connection limit; this one keeps
        # accepting while a place can be made (the limit it is given is never reached).
        now = time.time()
        if now >= float(self.next_channel_cleanup):
            self.next_channel_cleanup: float = now + self.adj.cleanup_interval
            self.maintenance(now)
        return bool(self.accepting) and (not self._full() or self._most_stalled() is not None)

    def _full(self) -> bool:
        return len(self.active_channels) >= self.limits.connections

    def _most_stalled(self) -> _PushChannel | None:
        now = time.time()
        pace = self.limits.bytes_per_second
        victim, worst = None, float("-inf")
        for channel in self.active_channels.values():
            stalled = channel.stalled_seconds(now, pace)
            if stalled is not None and stalled > worst:
                victim, worst = channel, stalled
        return victim

    def handle_accept(self) -> None:
        try:
            accepted = self.accept()
        except OSError:
            return
        if accepted is None:
            return
        conn, addr = accepted
        host = str(addr[0])
        client = client_of(host)
        if not self.admits(host) or self._open_from(client) >= self.limits.connections_per_client:
            logger.info("refused a connection from %s", host)
            with contextlib.suppress(OSError):
                conn.close()
            return
        if self._full():
            victim = self._most_stalled()
            if victim is None:  # cannot happen: readable() accepts only when one can go
                with contextlib.suppress(OSError):
                    conn.close()
                return
            # Closed at once, so the count never exceeds the limit: no worker thread holds
            # a connection that is not answering (this is the loop's own thread). Only after
            # the accept: were its descriptor reused by the newcomer, an event the loop
            # still holds for the victim this round would be handled as the newcomer's.
            victim.handle_close()
            logger.debug("full: closed the connection from %s to make room", victim.addr[0])
        try:
            self.set_socket_options(conn)
        except OSError:
            conn.close()
            return
        channel = self.channel_class(self, conn, addr, self.adj, map=self._map)
        channel.client = client

    def _open_from(self, client: str) -> int:
        return sum(1 for channel in self.active_channels.values() if channel.client == client)

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        allowed = self.limits.request_seconds
        pace = self.limits.bytes_per_second
        for channel in list(self.active_channels.values()):
            if channel.answering():
                continue
            lag = channel.pace_lag(now, pace)  # None between requests: waitress times those
            if lag is not None and lag > allowed:
                channel.will_close = True  # too slow to send one request: cut it off


class PushServer:
    """Serves ``app`` on (host, port) from a thread of its own until ``stop``."""

    def __init__(self, app: WsgiApp, host: str, port: int, *, limits: PushLimits,
                 wanted_path: Callable[[str], bool], admits: Callable[[str], bool]) -> None:
        adj = Adjustments(
            host=host, port=port, threads=limits.threads,
            connection_limit=limits.connections, channel_timeout=limits.idle_seconds,
            cleanup_interval=1, max_request_body_size=limits.max_body_bytes + 1,
            max_request_header_size=16 * 1024, inbuf_overflow=BODY_IN_MEMORY_BYTES,
            ident="juhe-desk",
            expose_tracebacks=False, log_socket_errors=False)
        self._map: dict[int, Any] = {}
        self._dispatcher = ThreadedTaskDispatcher()
        self._dispatcher.set_thread_count(limits.threads)
        try:
            self._server = _PushWSGIServer(app, map=self._map, adj=adj,
                                           dispatcher=self._dispatcher, limits=limits,
                                           wanted_path=wanted_path, admits=admits)
        except BaseException:
            wasyncore.close_all(self._map)
            self._dispatcher.shutdown(timeout=1)
            raise
        self.port = int(self._server.effective_port)
        self._thread = threading.Thread(target=self._server.run, name="push-receiver",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def open_connections(self) -> int:
        return len(self._server.active_channels)

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listening socket and every connection, then join every thread."""
        if self._thread.is_alive():
            try:
                # Closed from the loop's own thread: the loop ends once nothing is left.
                self._server.trigger.pull_trigger(lambda: wasyncore.close_all(self._map))
            except OSError:  # the loop has just gone
                wasyncore.close_all(self._map)
            self._thread.join(timeout)
        else:
            wasyncore.close_all(self._map)
        self._dispatcher.shutdown(cancel_pending=True, timeout=timeout)


__all__ = ["PushServer"]
