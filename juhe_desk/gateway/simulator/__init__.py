"""A 聚合云信 gateway simulator: a real HTTP server on loopback, written from the vendor docs.

It shares no code with the client on purpose: it is the other side of the protocol.
"""

from .accounts import (
    DEMO_ACCOUNT,
    DEMO_EXTNO,
    DEMO_PASSWORD,
    DEMO_REPORT_DELAY,
    DEMO_SIGNATURE,
    DEMO_STATIS_MIN_INTERVAL,
    AccountState,
    SimAccount,
    Submission,
    demo_account,
)
from .faults import FAULT_KINDS, FaultKind, PendingFaults
from .gateway import GatewaySimulator
from .server import RequestRecord

__all__ = [
    "DEMO_ACCOUNT",
    "DEMO_EXTNO",
    "DEMO_PASSWORD",
    "DEMO_REPORT_DELAY",
    "DEMO_SIGNATURE",
    "DEMO_STATIS_MIN_INTERVAL",
    "FAULT_KINDS",
    "AccountState",
    "FaultKind",
    "GatewaySimulator",
    "PendingFaults",
    "RequestRecord",
    "SimAccount",
    "Submission",
    "demo_account",
]
