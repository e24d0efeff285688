"""Typed values the gateway hands back.

Plain frozen dataclasses: they cross threads and go into the store as they are.
Numbers of money are integers of 厘 (0.001 CNY); a ``mid`` is text, never a number.
Times stay as the gateway wrote them (``yyyy-MM-dd HH:mm:ss``, China time);
``parsed_time`` turns them into an aware datetime when the text allows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from juhe_desk.gateway.china_time import CHINA_TZ

GATEWAY_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

ChargeType = Literal["PRECHARGE", "POSTCHARGE", ""]


def parse_gateway_time(text: str) -> dt.datetime | None:
    """An aware datetime for a gateway time text, or None when it is not one."""
    try:
        return dt.datetime.strptime(text.strip(), GATEWAY_TIME_FORMAT).replace(tzinfo=CHINA_TZ)
    except ValueError:
        return None


def format_gateway_time(moment: dt.datetime) -> str:
    """The gateway's own time text (China time) for a datetime (naive means China time)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(CHINA_TZ)
    return moment.strftime(GATEWAY_TIME_FORMAT)


class SubmitResult(NamedTuple):
    """The gateway's answer for one number of a send or p2p request.

    A tuple: an answer holds 500, made at once in C (parsing.plain_submit_results)."""

    mobile: str
    mid: str
    result: int

    @property
    def accepted(self) -> bool:
        return self.result == 0


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """The answer to a send or p2p request: one result per number, and the balance after it.

    Iterating, ``len()`` and indexing go over the per-number results, so scripts can treat
    it as the list the automation contract promises.
    """

    results: tuple[SubmitResult, ...]
    balance: int | None = None

    def __iter__(self) -> Iterator[SubmitResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, index: int) -> SubmitResult:
        return self.results[index]

    def by_mobile(self) -> dict[str, SubmitResult]:
        return {r.mobile: r for r in self.results}


@dataclass(frozen=True, slots=True)
class Balance:
    """Account balance in 厘; negative on a post-paid account that owes money."""

    balance: int
    charge_type: ChargeType = ""

    @property
    def is_prepaid(self) -> bool:
        return self.charge_type == "PRECHARGE"


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """A delivery report (flag 1), pulled or pushed. ``raw`` is the item's JSON as received."""

    mid: str
    mobile: str
    stat: str
    time: str
    access_code: str = ""
    spid: str = ""
    raw: str = field(default="", compare=False, repr=False)

    @property
    def delivered(self) -> bool:
        return self.stat == "DELIVRD"

    @property
    def parsed_time(self) -> dt.datetime | None:
        return parse_gateway_time(self.time)


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """An inbound message from a phone (MO, flag 0). ``raw`` is the item's JSON as received."""

    mid: str
    mobile: str
    content: str
    time: str
    access_code: str = ""
    spid: str = ""
    raw: str = field(default="", compare=False, repr=False)

    @property
    def parsed_time(self) -> dt.datetime | None:
        return parse_gateway_time(self.time)


@dataclass(frozen=True, slots=True)
class PulledItems:
    """Everything one pull (report or mo) or one push body carried, routed by ``flag``.

    Pulls are consumed at the gateway, so an item of the other kind is kept, not dropped.
    Iterating goes over the kind that was asked for (``primary``).
    """

    reports: tuple[DeliveryReport, ...] = ()
    inbound: tuple[InboundMessage, ...] = ()
    balance: int | None = None
    primary: Literal["reports", "inbound"] = "reports"

    def __iter__(self) -> Iterator[DeliveryReport | InboundMessage]:
        return iter(self.reports if self.primary == "reports" else self.inbound)

    def __len__(self) -> int:
        return len(self.reports if self.primary == "reports" else self.inbound)

    @property
    def empty(self) -> bool:
        return not self.reports and not self.inbound


@dataclass(frozen=True, slots=True)
class DailyStatistics:
    """One day of the ``statis`` action."""

    day: dt.date
    total: int
    success: int
    unknown: int
    fail: int
    success_rate: float
