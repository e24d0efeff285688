"""The simulator's accounts, its record of accepted numbers, and the demo account."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

SimChargeType = Literal["PRECHARGE", "POSTCHARGE"]

DEMO_ACCOUNT = "922011"
DEMO_PASSWORD = "demo-922011"
DEMO_EXTNO = "1069012345"
DEMO_SIGNATURE = "【聚合云信】"
DEMO_BALANCE = 500_000
DEMO_PRICE = 50
# How the demo gateway behaves when nobody says otherwise (CLI and ``juhe-desk --demo``).
DEMO_REPORT_DELAY = (1.0, 8.0)
DEMO_STATIS_MIN_INTERVAL = 60.0


@dataclass(frozen=True, slots=True)
class SimAccount:
    """An account as the gateway's administrator set it up. Money is in 厘."""

    account: str
    password: str = field(repr=False)
    extno: str = ""
    signatures: tuple[str, ...] = ()
    balance: int = 1_000_000
    charge_type: SimChargeType = "PRECHARGE"
    price: int = 50
    max_connections: int = 4
    enabled: bool = True
    push_url: str | None = None


@dataclass(frozen=True, slots=True)
class Submission:
    """One number the gateway accepted (RESULT 0): its own record, charged and reported."""

    account: str
    mobile: str
    content: str
    mid: str
    action: Literal["send", "p2p"]
    extno: str
    time: dt.datetime
    parts: int
    cost: int


@dataclass(frozen=True, slots=True)
class AccountState:
    """A snapshot of one account's state at the gateway."""

    account: str
    balance: int
    charge_type: SimChargeType
    enabled: bool
    push_url: str | None
    submitted: int
    pending_reports: int
    queued_reports: int
    queued_inbound: int
    pushed: int
    in_flight: int


def demo_account() -> SimAccount:
    """The account ``juhe-desk --demo`` and the bare CLI use."""
    return SimAccount(
        account=DEMO_ACCOUNT,
        password=DEMO_PASSWORD,
        extno=DEMO_EXTNO,
        signatures=(DEMO_SIGNATURE,),
        balance=DEMO_BALANCE,
        charge_type="PRECHARGE",
        price=DEMO_PRICE,
    )
