"""The ``/sms`` actions: from request parameters to the answer object the vendor documents show.

``status`` is the string ``"0"`` for send, p2p, report and mo, the number ``0`` for overage,
balance and statis, exactly as in the documents' examples. A refused request answers
``{"status": S, "balance": B, "list": []}`` (``B`` is 0 before the account is known).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from .ledger import Ledger
from .reports import Item, parse_statis_day
from .rules import MAX_NUMBERS, split_lines

NUMERIC_STATUS_ACTIONS = frozenset({"overage", "balance", "statis"})
KNOWN_ACTIONS = frozenset({"send", "p2p", "overage", "balance", "report", "mo", "statis"})
PULL_SIZES: dict[str, tuple[int, int, int]] = {  # min, default, max
    "report": (10, 1000, 10_000),
    "mo": (10, 1000, 1000),
}
MAX_STATIS_SPAN_DAYS = 31


@dataclass(slots=True)
class GatewaySettings:
    """Knobs that make the simulator an older, newer or stricter gateway."""

    unsupported_actions: set[str] = field(default_factory=set)
    statis_min_interval: float = 0.0


def status_value(action: str, code: int) -> int | str:
    return code if action in NUMERIC_STATUS_ACTIONS else str(code)


def refusal(action: str, code: int, balance: int = 0) -> Item:
    return {"status": status_value(action, code), "balance": balance, "list": []}


def pull_size(kind: str, text: str | None) -> int:
    low, default, high = PULL_SIZES[kind]
    try:
        size = int(text) if text else default
    except ValueError:
        size = default
    return max(low, min(high, size))


class ActionHandler:
    """Answers one parameter set; ``delay`` is spent while the request counts as in flight."""

    def __init__(self, ledger: Ledger, settings: GatewaySettings,
                 wait: Callable[[float], object]) -> None:
        self._ledger = ledger
        self._settings = settings
        self._wait = wait

    def respond(self, params: Mapping[str, str], delay: float = 0.0) -> Item:
        admitted: str | None = None
        try:
            payload, admitted = self._admit_and_process(params)
            if delay > 0:
                self._wait(delay)
            return payload
        finally:
            if admitted is not None:
                self._ledger.leave(admitted)

    def _admit_and_process(self, params: Mapping[str, str]) -> tuple[Item, str | None]:
        action = params.get("action", "")
        if action not in KNOWN_ACTIONS or action in self._settings.unsupported_actions:
            return refusal("", 1), None  # an action it does not know: no idea of its shape
        account = params.get("account", "")
        code = self._ledger.login(account, params.get("password", ""), action, params)
        if code:
            return refusal(action, code), None
        if not self._ledger.enter(account):
            return refusal(action, 21, self._ledger.balance(account)[0]), None
        try:
            return self._process(action, account, params), account
        except BaseException:
            self._ledger.leave(account)
            raise

    def _process(self, action: str, account: str, params: Mapping[str, str]) -> Item:
        balance, charge_type = self._ledger.balance(account)
        if action in ("overage", "balance"):
            return {"status": 0, "balance": balance, "chargeType": charge_type}
        if action in ("report", "mo"):
            kind: Literal["report", "mo"] = "report" if action == "report" else "mo"
            items = self._ledger.pull(account, kind, pull_size(kind, params.get("size")))
            return {"status": "0", "balance": balance, "list": items}
        if action == "statis":
            return self._statis(account, params, balance)
        pairs_or_code = (self._send_pairs(params) if action == "send"
                         else self._p2p_pairs(params))
        if isinstance(pairs_or_code, int):
            return refusal(action, pairs_or_code, balance)
        send_action: Literal["send", "p2p"] = "send" if action == "send" else "p2p"
        results, balance = self._ledger.submit(account, send_action, params.get("extno", ""),
                                               pairs_or_code)
        return {"status": "0", "balance": balance, "list": results}

    @staticmethod
    def _send_pairs(params: Mapping[str, str]) -> list[tuple[str, str]] | int:
        mobiles = [m.strip() for m in params.get("mobile", "").split(",") if m.strip()]
        content = params.get("content", "")
        if not mobiles:
            return 8
        if not content:
            return 9
        if len(mobiles) > MAX_NUMBERS:
            return 102
        return [(mobile, content) for mobile in mobiles]

    @staticmethod
    def _p2p_pairs(params: Mapping[str, str]) -> list[tuple[str, str]] | int:
        """Lines ``mobile#content``, split at the first ``#``; one bad line refuses all."""
        pairs: list[tuple[str, str]] = []
        for line in split_lines(params.get("mobileContentList", "")):
            mobile, separator, content = line.partition("#")
            if not separator:
                return 1
            if not mobile.strip():
                return 8
            if not content:
                return 9
            pairs.append((mobile.strip(), content))
        if not pairs:
            return 8
        if len(pairs) > MAX_NUMBERS:
            return 102
        return pairs

    def _statis(self, account: str, params: Mapping[str, str], balance: int) -> Item:
        begin = parse_statis_day(params.get("beginTime", ""))
        end = parse_statis_day(params.get("endTime", ""))
        if begin is None or end is None:
            return refusal("statis", 1, balance)
        if end < begin or (end - begin).days > MAX_STATIS_SPAN_DAYS:
            return refusal("statis", 30, balance)
        if not self._ledger.statis_due(account, self._settings.statis_min_interval,
                                       time.monotonic()):
            return refusal("statis", 31, balance)
        return {"status": 0, "balance": balance,
                "list": self._ledger.statis(account, begin, end)}
