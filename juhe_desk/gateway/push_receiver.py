"""Our HTTP endpoint for the gateway's push of delivery reports and inbound messages.

The gateway POSTs a JSON array of report (flag 1) and MO (flag 0) objects and tries again
until it reads the plain text ``OK``. So ``OK`` is answered only after ``store_items``
returned; when it raises, the answer is 500 and the gateway keeps the items for a retry.
A body that is not a push body is refused with 400, an oversized one with 413 (unread),
and nothing is stored for either. ``store_items`` is called from one thread at a time.

Only the gateway may push: the path holds a random secret (``secret_push_path``), and a
request for any other path is answered 404 as soon as its headers are in, its body never
read. An optional allow-list of source networks refuses other senders at accept, before a
byte is read. The server is waitress (see ``push_server.py``): slow clients hold a socket,
never a thread, and the limits in ``PushLimits`` bound what any client can take.
"""

from __future__ import annotations

import dataclasses
import hmac
import ipaddress
import logging
import secrets
import threading
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from juhe_desk.gateway.errors import PushBodyError
from juhe_desk.gateway.log_redaction import remember_secrets
from juhe_desk.gateway.models import PulledItems
from juhe_desk.gateway.parsing import parse_push_body
from juhe_desk.gateway.push_server import PushServer

logger = logging.getLogger(__name__)

StoreItems = Callable[[PulledItems], None]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
PUSH_PREFIX = "/push/"
SECRET_BYTES = 24  # 192 bits


def new_push_secret() -> str:
    """A fresh secret for the push path: URL-safe text holding 192 random bits."""
    return secrets.token_urlsafe(SECRET_BYTES)


def secret_push_path(secret: str) -> str:
    return PUSH_PREFIX + secret


def parse_allowed(text: str) -> tuple[Network, ...]:
    """Networks from text such as ``47.96.1.2, 47.97.0.0/16 2001:db8::/32``.

    Raises ``ValueError`` naming the first entry that is not an address or a network.
    """
    networks: list[Network] = []
    for entry in text.replace("，", ",").replace(";", ",").replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(entry) from None
    return tuple(networks)


@dataclass(frozen=True, slots=True)
class PushLimits:
    """What one receiver allows. Slow clients cost a socket, are cut off on time, and make
    room for a newcomer when every place is taken."""

    max_body_bytes: int = 2_000_000
    connections: int = 200  # open at once, from everyone (select() allows 512 on Windows);
    # when full, a newcomer evicts the one stalled longest (behind pace, or silent)
    connections_per_client: int = 100  # open at once from one client (an IPv4 address or
    # an IPv6 /64): half, so one sender can never take every place from the gateway
    idle_seconds: int = 15  # a connection silent this long is closed
    request_seconds: float = 10.0  # how far behind a request may fall, counted from its
    # first byte: a request must arrive whole within this, plus a second for every
    bytes_per_second: int = 20_000  # it has sent (so a 2 MB push may take 110 s at
    # 20 kB/s, the slowest pace kept, while a byte now and then is cut off after 10 s)
    threads: int = 2  # requests handled at once (stores are one at a time anyway)


class PushReceiver:
    """Takes the gateway's pushes on ``path`` (a fresh secret path when none is given)."""

    def __init__(self, store_items: StoreItems, host: str = "127.0.0.1", port: int = 0,
                 path: str | None = None, *, allowed: Iterable[Network] = (),
                 limits: PushLimits | None = None,
                 max_body_bytes: int | None = None) -> None:
        path = secret_push_path(new_push_secret()) if path is None else path
        if not path.startswith("/"):
            raise ValueError("path must start with '/'")
        if path.startswith(PUSH_PREFIX):
            remember_secrets([path.removeprefix(PUSH_PREFIX)])  # never in a log line
        self.store_items = store_items
        self.host = host
        self.path = path
        self.allowed = tuple(allowed)
        limits = limits or PushLimits()
        if max_body_bytes is not None:
            limits = dataclasses.replace(limits, max_body_bytes=max_body_bytes)
        self.limits = limits
        self._port = port
        self._store_lock = threading.Lock()
        self._server: PushServer | None = None

    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the push receiver is already running")
        self._server = PushServer(self._app, self.host, self._port, limits=self.limits,
                                  wanted_path=self.is_push_path, admits=self.admits)
        self._port = self._server.port
        self._server.start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()

    def __enter__(self) -> PushReceiver:
        if self._server is None:
            self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: types.TracebackType | None) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def open_connections(self) -> int:
        """Connections open right now (0 when stopped)."""
        return 0 if self._server is None else self._server.open_connections

    @property
    def url(self) -> str:
        """The address to register with the gateway (valid once started)."""
        if self._server is None:
            raise RuntimeError("the push receiver is not running")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}{self.path}"

    def is_push_path(self, path: str) -> bool:
        # Compared in constant time: how long a refusal takes says nothing of the secret.
        return hmac.compare_digest(path.encode("utf-8", "surrogateescape"),
                                   self.path.encode("utf-8"))

    def admits(self, address: str) -> bool:
        """Whether a connection from ``address`` may send anything at all."""
        if not self.allowed:
            return True
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # a dual-stack listener sees IPv4 senders this way
        return any(ip in network for network in self.allowed)

    def deliver(self, body: bytes) -> int:
        """Parse and store one push body; the HTTP status to answer."""
        try:
            items = parse_push_body(body)
        except PushBodyError as error:
            logger.warning("refused a push body: %s", error.message_en)
            return 400
        if items.empty:
            return 200
        try:
            with self._store_lock:
                self.store_items(items)
        except Exception:
            logger.exception("storing %d pushed items failed; the gateway will retry",
                             len(items.reports) + len(items.inbound))
            return 500
        return 200

    def _app(self, environ: dict[str, Any],
             start_response: Callable[..., Any]) -> Iterator[bytes]:
        """The WSGI side: only requests for the push path get here (the server sees to it)."""
        if not self.is_push_path(str(environ.get("PATH_INFO", ""))):
            return _answer(start_response, 404, b"Not Found")
        if environ["REQUEST_METHOD"] != "POST":
            return _answer(start_response, 405, b"Method Not Allowed", [("Allow", "POST")])
        body = environ["wsgi.input"].read()  # whole and within the limit: the server saw to it
        status = self.deliver(body)
        return _answer(start_response, status, b"OK" if status == 200 else b"Error")


_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
            500: "Internal Server Error"}


def _answer(start_response: Callable[..., Any], code: int, body: bytes,
            extra: list[tuple[str, str]] | None = None) -> Iterator[bytes]:
    start_response(f"{code} {_REASONS[code]}",
                   [("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(body))), *(extra or [])])
    return iter([body])
