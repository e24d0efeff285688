"""What is safe to repeat (protocol-notes.md), decided in one place and seen on the wire."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from gateway_support import EXTNO, ClientFactory, Recorder, Sleeps

from juhe_desk.gateway.errors import (
    AuthenticationError,
    BadResponseError,
    ConnectionLostError,
    GatewayError,
    GatewayRefusal,
    GatewayTimeoutError,
    GatewayUnreachableError,
    TooManyConnectionsError,
    TooManyNumbersError,
)
from juhe_desk.gateway.parsing import refusal_for_status
from juhe_desk.gateway.retry_rules import RetryPolicy, may_repeat

ERRORS: dict[str, GatewayError] = {
    "unreachable": GatewayUnreachableError("x"),
    "timeout": GatewayTimeoutError("x"),
    "lost": ConnectionLostError("x"),
    "bad-200": BadResponseError("x", http_status=200),
    "bad-500": BadResponseError("x", http_status=500),
    "bad-404": BadResponseError("x", http_status=404),
    "status-21": refusal_for_status(21),
    "status-100": refusal_for_status(100),
    "status-102": refusal_for_status(102),
    "status-3": refusal_for_status(3),
    "status-5": refusal_for_status(5),
}
REPEATED: dict[str, set[str]] = {
    "send": {"unreachable", "status-21"},
    "p2p": {"unreachable", "status-21"},
    "report": {"unreachable", "status-21"},
    "mo": {"unreachable", "status-21"},
    "overage": {"unreachable", "timeout", "lost", "bad-200", "bad-500", "status-21",
                "status-100"},
}
REPEATED["balance"] = REPEATED["statis"] = REPEATED["overage"]


@pytest.mark.parametrize("action", sorted(REPEATED))
@pytest.mark.parametrize("error", sorted(ERRORS))
def test_the_rule(action: str, error: str) -> None:
    assert may_repeat(action, ERRORS[error]) == (error in REPEATED[action])


def test_backoff_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy()
    assert [policy.delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [RetryPolicy(backoff=3, max_backoff=5).delay(n) for n in (1, 2, 3)] == [3, 5, 5]
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)


OK_LIST = {"status": "0", "balance": 1, "list": []}
OK_BALANCE = {"status": 0, "balance": 7, "chargeType": "PRECHARGE"}


def status(code: int, *, numeric: bool = False) -> tuple[int, Any]:
    return 200, {"status": code if numeric else str(code), "balance": 0, "list": []}


def call(client: Any, action: str) -> Any:
    today = dt.date(2021, 2, 24)
    return {
        "send": lambda: client.send(["13800000001"], "【签名】内容", EXTNO),
        "p2p": lambda: client.p2p([("13800000001", "【签名】内容")], EXTNO),
        "report": client.reports, "mo": client.inbound, "overage": client.balance,
        "statis": lambda: client.statis(today, today),
    }[action]()


@pytest.mark.parametrize("action", ["send", "p2p", "report", "mo"])
@pytest.mark.parametrize(("answer", "error_type"), [
    (status(100), GatewayRefusal), (status(102), TooManyNumbersError),
    ((500, b"<html>500</html>"), BadResponseError), ((200, b'{"status":"0","li'),
                                                     BadResponseError),
])
def test_unsafe_actions_are_not_repeated(recorder: Recorder, make_client: ClientFactory,
                                         sleeps: Sleeps, action: str, answer: tuple[int, Any],
                                         error_type: type[GatewayError]) -> None:
    recorder.answer(answer, (200, OK_LIST))
    client = make_client(recorder.base_url)
    with pytest.raises(error_type):
        call(client, action)
    assert len(recorder.requests) == 1 and sleeps.pauses == []


@pytest.mark.parametrize("action", ["send", "p2p", "report", "mo"])
def test_status_21_is_repeated_for_every_action(recorder: Recorder, make_client: ClientFactory,
                                                sleeps: Sleeps, action: str) -> None:
    recorder.answer(status(21), status(21), (200, OK_LIST))
    client = make_client(recorder.base_url)
    call(client, action)
    assert recorder.actions() == [action] * 3 and sleeps.pauses == [0.5, 1.0]


@pytest.mark.parametrize("first", [status(100, numeric=True), status(21, numeric=True),
                                   (500, b"oops"), (502, b""), (200, b"<html>")])
@pytest.mark.parametrize("action", ["overage", "statis"])
def test_safe_actions_are_repeated(recorder: Recorder, make_client: ClientFactory,
                                   sleeps: Sleeps, first: tuple[int, Any], action: str) -> None:
    success = OK_BALANCE if action == "overage" else {"status": 0, "balance": 1, "list": []}
    recorder.answer(first, first, (200, success))
    client = make_client(recorder.base_url)
    call(client, action)
    assert recorder.actions() == [action] * 3 and sleeps.pauses == [0.5, 1.0]


def test_repeating_stops_after_the_attempts(recorder: Recorder, make_client: ClientFactory,
                                            sleeps: Sleeps) -> None:
    recorder.answer(*[status(21)] * 5)
    client = make_client(recorder.base_url, attempts=4)
    with pytest.raises(TooManyConnectionsError):
        client.reports()
    assert len(recorder.requests) == 4 and sleeps.pauses == [0.5, 1.0, 2.0]


def test_one_attempt_means_no_repeat(recorder: Recorder, make_client: ClientFactory) -> None:
    recorder.answer(status(21))
    client = make_client(recorder.base_url, attempts=1)
    with pytest.raises(TooManyConnectionsError):
        client.send(["13800000001"], "x", EXTNO)
    assert len(recorder.requests) == 1


# ----- overage, or balance --------------------------------------------------------------------

@pytest.mark.parametrize("unknown", [
    status(1, numeric=True), status(4, numeric=True), status(5, numeric=True),
    (404, b"Not Found"), (400, b"Bad Request"), (405, b""),
])
def test_balance_falls_back_and_remembers(recorder: Recorder, make_client: ClientFactory,
                                          unknown: tuple[int, Any]) -> None:
    recorder.answer(unknown, (200, OK_BALANCE), (200, OK_BALANCE))
    client = make_client(recorder.base_url)
    assert client.balance().balance == 7
    assert client.balance().balance == 7
    assert recorder.actions() == ["overage", "balance", "balance"]


@pytest.mark.parametrize(("answer", "error_type"), [
    (status(3, numeric=True), AuthenticationError), (status(2, numeric=True), GatewayRefusal),
    ((403, b"Forbidden"), BadResponseError),
])
def test_balance_does_not_fall_back_for_other_failures(recorder: Recorder,
                                                       make_client: ClientFactory,
                                                       answer: tuple[int, Any],
                                                       error_type: type[GatewayError]) -> None:
    recorder.answer(answer)
    client = make_client(recorder.base_url)
    with pytest.raises(error_type):
        client.balance()
    assert recorder.actions() == ["overage"]


def test_failed_fallback_is_not_remembered(recorder: Recorder,
                                           make_client: ClientFactory) -> None:
    recorder.answer(status(1, numeric=True), status(1, numeric=True), (200, OK_BALANCE))
    client = make_client(recorder.base_url)
    with pytest.raises(GatewayRefusal) as caught:
        client.balance()
    assert caught.value.code == 1
    assert client.balance().balance == 7
    assert recorder.actions() == ["overage", "balance", "overage"]
