"""Whatever the bytes, every parser returns a valid model or raises a typed gateway error."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

import vendor_examples as ex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juhe_desk.gateway.errors import BadResponseError, GatewayRefusal, PushBodyError
from juhe_desk.gateway.models import (
    Balance,
    DailyStatistics,
    DeliveryReport,
    InboundMessage,
    PulledItems,
    SendOutcome,
    SubmitResult,
)
from juhe_desk.gateway.parsing import (
    body_excerpt,
    parse_balance_response,
    parse_pull_response,
    parse_push_body,
    parse_send_response,
    parse_statis_response,
    plain_submit_result,
    plain_submit_results,
    scrub,
    submit_result,
)

FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

Parser = Callable[[int, bytes], object]
RESPONSE_PARSERS: dict[str, tuple[Parser, type]] = {
    "send": (lambda s, b: parse_send_response(s, b, secrets=["pw"]), SendOutcome),
    "balance": (lambda s, b: parse_balance_response(s, b, secrets=["pw"]), Balance),
    "reports": (lambda s, b: parse_pull_response(s, b, primary="reports", secrets=["pw"]),
                PulledItems),
    "inbound": (lambda s, b: parse_pull_response(s, b, primary="inbound", secrets=["pw"]),
                PulledItems),
    "statis": (lambda s, b: parse_statis_response(s, b, secrets=["pw"]), list),
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30,
)
# Values that look like what a gateway sends, so the shapes get deep enough to matter.
plausible_scalars = st.sampled_from(
    [0, 1, "0", "1", "", " ", "DELIVRD", "4C2CA88382720003", "13800000001", -1, 2**64, 1.5,
     "20210222", "abc", None, True, [], {}])
field_names = st.sampled_from(
    ["status", "balance", "list", "mid", "mobile", "result", "flag", "stat", "content",
     "time", "accessCode", "spid", "chargeType", "statisTIme", "total", "success", "unknown",
     "fail", "successRate"])
statuses = st.sampled_from([200, 200, 200, 201, 204, 400, 404, 500, 502])


def assert_storable(value: object) -> None:
    """Every text inside a parsed model can be written as UTF-8 (SQLite needs that)."""
    if isinstance(value, str):
        value.encode("utf-8")
    elif isinstance(value, list | tuple):
        for element in value:
            assert_storable(element)
    elif is_dataclass(value):
        for f in fields(value):
            assert_storable(getattr(value, f.name))


def check_response(name: str, status: int, payload: bytes) -> None:
    parse, model = RESPONSE_PARSERS[name]
    try:
        result = parse(status, payload)
    except (BadResponseError, GatewayRefusal) as error:
        # "pw" stands for the password: no message may show it.
        assert "pw" not in str(error) and "pw" not in error.message_en
        error.text("en").encode("utf-8")
        return
    assert isinstance(result, model)
    if isinstance(result, list):
        assert all(isinstance(day, DailyStatistics) for day in result)
    if isinstance(result, PulledItems):
        assert all(isinstance(r, DeliveryReport) for r in result.reports)
        assert all(isinstance(m, InboundMessage) for m in result.inbound)
    assert_storable(result)


def check_push(payload: bytes) -> None:
    try:
        result = parse_push_body(payload)
    except PushBodyError:
        return
    assert isinstance(result, PulledItems)
    assert_storable(result)


def mutate(value: Any, data: st.DataObject) -> Any:
    """Replace, drop or retype one spot somewhere inside a JSON value."""
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        action = data.draw(st.sampled_from(["recurse", "drop", "replace", "add"]))
        copy = dict(value)
        if action == "recurse":
            copy[key] = mutate(value[key], data)
        elif action == "drop":
            del copy[key]
        elif action == "replace":
            copy[key] = data.draw(plausible_scalars | json_values)
        else:
            copy[data.draw(field_names)] = data.draw(plausible_scalars)
        return copy
    if isinstance(value, list) and value and data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(value) - 1))
        copy = list(value)
        copy[index] = mutate(value[index], data)
        return copy
    return data.draw(plausible_scalars | json_values)


EXAMPLES = {**ex.RESPONSE_EXAMPLES, **ex.PUSH_EXAMPLES}


@FUZZ
@given(payload=st.binary(max_size=400), status=statuses)
def test_arbitrary_bytes(payload: bytes, status: int) -> None:
    for name in RESPONSE_PARSERS:
        check_response(name, status, payload)
    check_push(payload)


@FUZZ
@given(value=json_values, status=statuses)
def test_arbitrary_json(value: Any, status: int) -> None:
    payload = json.dumps(value).encode()
    for name in RESPONSE_PARSERS:
        check_response(name, status, payload)
    check_push(payload)


OWN_EXAMPLES: dict[str, list[bytes]] = {
    "send": [ex.SEND_2017, ex.P2P_2017, ex.SEND_2021, ex.P2P_2021],
    "balance": [ex.OVERAGE_2017, ex.BALANCE_2021],
    "reports": [ex.REPORT_2017, ex.REPORT_2021, ex.MO_2017, ex.EMPTY_LIST_2021],
    "inbound": [ex.MO_2017, ex.MO_2021, ex.REPORT_2021],
    "statis": [ex.STATIS_2021],
    "push": [ex.PUSH_2017, ex.PUSH_2021],
}


@FUZZ
@given(example=st.sampled_from(sorted(EXAMPLES)), data=st.data())
def test_mutated_vendor_examples(example: str, data: st.DataObject) -> None:
    value = json.loads(EXAMPLES[example])
    for _ in range(data.draw(st.integers(1, 3))):
        value = mutate(value, data)
    payload = json.dumps(value, ensure_ascii=data.draw(st.booleans())).encode()
    for name in RESPONSE_PARSERS:
        check_response(name, 200, payload)
    check_push(payload)


@settings(FUZZ, max_examples=100)
@given(parser=st.sampled_from(sorted(OWN_EXAMPLES)), data=st.data())
def test_each_parser_on_its_own_examples_mutated_once(parser: str, data: st.DataObject) -> None:
    # One spot changed in a body of the right kind: deep enough to reach every field check.
    value = mutate(json.loads(data.draw(st.sampled_from(OWN_EXAMPLES[parser]))), data)
    payload = json.dumps(value, ensure_ascii=False).encode()
    if parser == "push":
        check_push(payload)
    else:
        check_response(parser, 200, payload)


@FUZZ
@given(example=st.sampled_from(sorted(EXAMPLES)), data=st.data())
def test_damaged_bytes_of_vendor_examples(example: str, data: st.DataObject) -> None:
    payload = bytearray(EXAMPLES[example])
    kind = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
    position = data.draw(st.integers(0, len(payload) - 1))
    if kind == "cut":
        del payload[position:]
    elif kind == "flip":
        payload[position] ^= data.draw(st.integers(1, 255))
    elif kind == "insert":
        payload[position:position] = data.draw(st.binary(min_size=1, max_size=8))
    else:
        del payload[position:position + data.draw(st.integers(1, 8))]
    for name in RESPONSE_PARSERS:
        check_response(name, 200, bytes(payload))
    check_push(bytes(payload))


@FUZZ
@given(before=st.text(max_size=250), after=st.text(max_size=250),
       secret=st.text(min_size=1, max_size=20), other=st.text(max_size=10))
def test_no_secret_survives_in_an_excerpt(before: str, after: str, secret: str,
                                          other: str) -> None:
    secrets = [secret, other]
    text = before + secret + after + secret
    assert secret not in scrub(text, secrets)
    excerpt = body_excerpt(text.encode("utf-8", "surrogatepass"), secrets)
    assert secret not in excerpt
    assert len(excerpt) <= 200


_RESULT_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
                           st.text(alphabet="0123456789 \t"), st.lists(st.integers()))


@given(st.one_of(
    st.fixed_dictionaries({}, optional={"mobile": _RESULT_VALUES, "mid": _RESULT_VALUES,
                                        "result": _RESULT_VALUES}),
    _RESULT_VALUES))
def test_the_quick_result_reader_agrees_with_the_lenient_one(item: object) -> None:
    quick = plain_submit_result(item)
    if quick is None:
        return
    assert quick == submit_result(item)


@given(st.lists(st.one_of(
    st.fixed_dictionaries({"mobile": st.text(alphabet="0123456789 "),
                           "mid": st.text(alphabet="0123456789ABCDEF "),
                           "result": st.integers()}),
    st.fixed_dictionaries({}, optional={"mobile": _RESULT_VALUES, "mid": _RESULT_VALUES,
                                        "result": _RESULT_VALUES}),
    _RESULT_VALUES), max_size=6))
def test_the_whole_answer_reader_agrees_with_one_item_at_a_time(items: list[object]) -> None:
    quick = plain_submit_results(items)
    if quick is None:
        return
    assert quick == tuple(map(plain_submit_result, items))
    assert all(type(result) is SubmitResult for result in quick)


def test_the_quick_result_reader_takes_the_usual_shape() -> None:
    item = {"mid": " 2020111610104958 ", "mobile": "13800000001", "result": 0}
    assert plain_submit_result(item) == submit_result(item) == \
        SubmitResult("13800000001", "2020111610104958", 0)
    assert plain_submit_result({"mobile": 13800000001, "result": 0}) is None  # lenient path
