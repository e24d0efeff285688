"""The gateway's push: POST JSON arrays of reports and MOs to each account's push URL.

A batch counts as delivered only when the answer body is exactly ``OK``; anything else
(an error status, another body, a timeout, a refused connection) puts the batch back in
front of the queue, and the account waits with an exponential back-off before the next try.
"""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable

from .ledger import Ledger
from .reports import Item

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.02
# Loopback and LAN receivers must not go through a proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def post_items(url: str, items: list[Item], timeout: float) -> bool:
    """True when the receiver answered exactly ``OK``."""
    data = json.dumps(items, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url, data=data, method="POST",
        headers={"Content-Type": "application/json;charset=UTF-8"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return bool(response.read() == b"OK")
    except urllib.error.HTTPError as error:
        error.close()
        return False
    except (OSError, ValueError, http.client.HTTPException):
        return False


class Pusher:
    """One background thread pushing for every account that has a push URL."""

    def __init__(self, ledger: Ledger, stopping: threading.Event,
                 backoff: Callable[[], tuple[float, float]], batch_size: int = 100,
                 timeout: float = 2.0) -> None:
        self._ledger = ledger
        self._stopping = stopping
        self._backoff = backoff
        self._batch_size = batch_size
        self._timeout = timeout
        self._delays: dict[str, float] = {}
        self._next_try: dict[str, float] = {}
        self._thread = threading.Thread(target=self._run, name="simulator-push", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float = 5.0) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.wait(POLL_SECONDS):
            now = time.monotonic()
            waiting = {name for name, at in self._next_try.items() if at > now}
            for account, url, items in self._ledger.take_push(self._batch_size, waiting):
                delivered = post_items(url, items, self._timeout)
                self._ledger.settle_push(account, items, delivered)
                self._after_attempt(account, delivered)

    def _after_attempt(self, account: str, delivered: bool) -> None:
        if delivered:
            self._delays.pop(account, None)
            self._next_try.pop(account, None)
            return
        first, longest = self._backoff()
        delay = min(longest, self._delays[account] * 2) if account in self._delays else first
        self._delays[account] = delay
        self._next_try[account] = time.monotonic() + delay
        logger.debug("push for %s failed; next try in %.2f s", account, delay)
