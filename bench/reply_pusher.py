"""Replies arriving by push, for ui_stall.py's inbox phase: a thread of its own hands batches
of replies to the window's push service exactly as the push receiver's connection threads
do (``PushService._store_items``: stored there, then announced on the GUI thread)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

REPLIES = ("好的，谢谢", "收到", "周六几点开门？", "退订", "可以预约吗", "已收到，谢谢提醒")


class ReplyPusher:
    """``total`` replies from ``numbers(i)``, ``per_push`` at a time every ``every_s``."""

    def __init__(self, store_items: Callable[[object], None], numbers: Callable[[int], str],
                 total: int, per_push: int = 20, every_s: float = 0.2) -> None:
        self.pushed = 0
        self._store_items = store_items
        self._numbers = numbers
        self._total, self._per_push, self._every_s = total, per_push, every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="push-receiver", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        from juhe_desk.gateway.models import InboundMessage, PulledItems

        while self.pushed < self._total and not self._stop.wait(self._every_s):
            now = time.strftime("%Y-%m-%d %H:%M:%S")
            batch = tuple(InboundMessage(
                mid=f"reply-{n}", mobile=self._numbers(n), content=REPLIES[n % len(REPLIES)],
                time=now) for n in range(self.pushed,
                                         min(self._total, self.pushed + self._per_push)))
            self._store_items(PulledItems(inbound=batch))
            self.pushed += len(batch)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
