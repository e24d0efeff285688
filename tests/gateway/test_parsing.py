"""Parsing of response and push bodies: the vendor examples, the leniencies, the refusals."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import pytest
import vendor_examples as ex

from juhe_desk.gateway.errors import (
    AccountDisabledError,
    AuthenticationError,
    BadResponseError,
    GatewayRefusal,
    PushBodyError,
    StatisticsDateRangeError,
    StatisticsRateLimitError,
    TooManyConnectionsError,
    TooManyNumbersError,
)
from juhe_desk.gateway.models import (
    Balance,
    DailyStatistics,
    DeliveryReport,
    InboundMessage,
    SubmitResult,
)
from juhe_desk.gateway.parsing import (
    body_excerpt,
    parse_balance_response,
    parse_pull_response,
    parse_push_body,
    parse_send_response,
    parse_statis_response,
    refusal_for_status,
    scrub,
)


def body(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def raw(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


# ----- the vendor examples ------------------------------------------------------------------

def test_send_examples() -> None:
    outcome = parse_send_response(200, ex.SEND_2017)
    assert outcome.balance == -153278040
    assert outcome.results == (SubmitResult("18983437010", "4C2CA88382720003", 0),
                               SubmitResult("18983437011", "4C2CA88382720004", 0))
    outcome = parse_send_response(200, ex.SEND_2021)
    assert outcome.balance == -153278040
    assert [(r.mobile, r.mid, r.accepted) for r in outcome] == [
        ("15100000000", "4C2CA88382720003", True), ("15100000001", "4C2CA88382720004", True)]


def test_p2p_examples() -> None:
    outcome = parse_send_response(200, ex.P2P_2017)
    assert outcome.balance == -153278280
    assert [r.mid for r in outcome] == ["4C372C4382720007", "4C372C4382720008",
                                        "4C372C4382720009", "4C372C438272000A"]
    assert outcome.by_mobile()["13800000004"].mid == "4C372C438272000A"
    outcome = parse_send_response(200, ex.P2P_2021)
    assert outcome.balance == -153278280
    assert [(r.mobile, r.mid, r.result) for r in outcome] == [
        ("13800000001", "4C372C4382720007", 0), ("13800000002", "4C372C4382720008", 0)]


@pytest.mark.parametrize("example", [ex.OVERAGE_2017, ex.BALANCE_2021])
def test_balance_examples(example: bytes) -> None:
    balance = parse_balance_response(200, example)
    assert balance == Balance(balance=-153278040, charge_type="POSTCHARGE")
    assert not balance.is_prepaid


def test_report_examples() -> None:
    for example, first_mobile in ((ex.REPORT_2017, "18983437010"),
                                  (ex.REPORT_2021, "15100000000")):
        pulled = parse_pull_response(200, example, primary="reports")
        assert pulled.balance == -153278040
        assert pulled.inbound == ()
        first, second = pulled.reports
        assert first == DeliveryReport(mid="4C36654382720005", mobile=first_mobile,
                                       stat="MA:0029", time="2017-04-12 01:38:21",
                                       access_code="106901234", spid="922011")
        assert second.mid == "4C36654382720006" and second.stat == "MA:0029"
        assert not first.delivered
        assert first.parsed_time == dt.datetime(2017, 4, 12, 1, 38, 21,
                                                tzinfo=dt.timezone(dt.timedelta(hours=8)))
        assert json.loads(first.raw)["mid"] == "4C36654382720005"
        assert list(pulled) == list(pulled.reports)


def test_mo_2017_example_keeps_the_report_it_carries() -> None:
    pulled = parse_pull_response(200, ex.MO_2017, primary="inbound")
    assert pulled.inbound == (InboundMessage(mid="4C36654382720005", mobile="18983437010",
                                             content="上行内容", time="2017-04-12 01:38:21",
                                             spid="922011"),)
    assert pulled.reports == (DeliveryReport(mid="4C36654382720006", mobile="18983437011",
                                             stat="测试内容", time="2017-04-12 01:38:21",
                                             spid="922011"),)
    assert len(pulled) == 1 and list(pulled) == list(pulled.inbound)


def test_mo_2021_example() -> None:
    pulled = parse_pull_response(200, ex.MO_2021, primary="inbound")
    assert [(m.mid, m.mobile, m.content, m.access_code) for m in pulled.inbound] == [
        ("4C36654382720005", "15100000000", "上行内容1", "10690"),
        ("4C36654382720006", "15100000001", "上行内容2", "10690"),
    ]
    assert pulled.reports == ()


@pytest.mark.parametrize("primary", ["reports", "inbound"])
def test_empty_pull_example(primary: Any) -> None:
    pulled = parse_pull_response(200, ex.EMPTY_LIST_2021, primary=primary)
    assert pulled.empty and len(pulled) == 0 and pulled.balance == -153278040


@pytest.mark.parametrize("example", [ex.PUSH_2017, ex.PUSH_2021])
def test_push_examples(example: bytes) -> None:
    pushed = parse_push_body(example)
    (message,) = pushed.inbound
    (report,) = pushed.reports
    assert message.mid == "4C36654382720005" and message.content == "上行内容"
    assert report.mid == "4C36654382720006" and report.stat == "DELIVRD" and report.delivered
    assert report.time == message.time == "2017-04-12 01:38:21"
    items = json.loads(example)
    assert message.raw == raw(items[0]) and report.raw == raw(items[1])


def test_statis_example() -> None:
    assert parse_statis_response(200, ex.STATIS_2021) == [
        DailyStatistics(day=dt.date(2021, 2, 22), total=10, success=0, unknown=0, fail=10,
                        success_rate=0.0),
        DailyStatistics(day=dt.date(2021, 2, 24), total=9, success=1, unknown=0, fail=8,
                        success_rate=11.11),
    ]


# ----- leniencies ---------------------------------------------------------------------------

@pytest.mark.parametrize("status", ["0", 0, " 0 ", 0.0])
def test_status_zero_as_text_or_number(status: Any) -> None:
    assert parse_balance_response(200, body({"status": status, "balance": 5})).balance == 5


@pytest.mark.parametrize(("value", "expected"), [
    (-153278040, -153278040), ("-153278040", -153278040), (1000.0, 1000), ("1000.00", 1000),
    ("+7", 7), (2**63 - 1, 2**63 - 1),
])
def test_integral_balances_are_accepted(value: Any, expected: int) -> None:
    assert parse_balance_response(200, body({"status": 0, "balance": value})).balance == expected


@pytest.mark.parametrize("value", ["abc", 12.5, "12.5", True, None, [], {}, "", "1e3", 2**63,
                                   "١٢"])
def test_non_integral_balances_are_bad(value: Any) -> None:
    with pytest.raises(BadResponseError):
        parse_balance_response(200, body({"status": 0, "balance": value}))


def test_missing_balance_is_bad() -> None:
    with pytest.raises(BadResponseError):
        parse_balance_response(200, body({"status": 0, "chargeType": "PRECHARGE"}))


@pytest.mark.parametrize(("charge", "expected"), [
    ("PRECHARGE", "PRECHARGE"), (" precharge ", "PRECHARGE"), ("POSTCHARGE", "POSTCHARGE"),
    ("SOMETHING", ""), (None, ""), (3, ""),
])
def test_charge_type(charge: Any, expected: str) -> None:
    answer = parse_balance_response(200, body({"status": 0, "balance": 1, "chargeType": charge}))
    assert answer.charge_type == expected


def test_numeric_mid_and_mobile_become_text_with_every_digit() -> None:
    answer = body({"status": "0", "list": [
        {"mid": 12345678901234567890123, "mobile": 13800000001, "result": "10"}]})
    (result,) = parse_send_response(200, answer)
    assert result == SubmitResult("13800000001", "12345678901234567890123", 10)
    assert parse_send_response(200, answer).balance is None


def test_send_balance_is_best_effort() -> None:
    answer = body({"status": "0", "balance": "n/a", "list": [
        {"mid": "A", "mobile": "13800000001", "result": 0}]})
    assert parse_send_response(200, answer).balance is None


@pytest.mark.parametrize("item", [
    {"mobile": "13800000001"},                      # no result
    {"mid": "A", "result": 0},                      # no mobile
    {"mid": "A", "mobile": "", "result": 0},
    {"mid": "A", "mobile": "13800000001", "result": "ok"},
    {"mid": "A", "mobile": 1.5, "result": 0},
    "13800000001",
])
def test_malformed_send_result_makes_the_answer_bad(item: Any) -> None:
    with pytest.raises(BadResponseError):
        parse_send_response(200, body({"status": "0", "list": [item]}))


def test_send_without_list_is_bad() -> None:
    with pytest.raises(BadResponseError):
        parse_send_response(200, body({"status": "0", "balance": 1}))


@pytest.mark.parametrize("flag", [1, "1", " 1 "])
def test_report_flag_as_number_or_text(flag: Any) -> None:
    item = {"flag": flag, "mid": "M1", "mobile": "13800000001", "stat": "DELIVRD"}
    pulled = parse_pull_response(200, body({"status": "0", "list": [item]}), primary="inbound")
    assert pulled.reports[0].mid == "M1" and pulled.reports[0].time == ""
    assert pulled.reports[0].raw == raw(item)
    assert len(pulled) == 0  # asked for inbound: the report is kept, not iterated


def test_pull_without_list_or_with_null_list_is_empty() -> None:
    assert parse_pull_response(200, body({"status": "0"}), primary="reports").empty
    assert parse_pull_response(200, body({"status": "0", "list": None}), primary="reports").empty


def test_pull_with_a_list_of_the_wrong_type_is_bad() -> None:
    with pytest.raises(BadResponseError):
        parse_pull_response(200, body({"status": "0", "list": {"a": 1}}), primary="reports")


def test_pull_keeps_every_typeable_item_and_logs_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    items: list[Any] = [
        {"flag": 1, "mid": "R1", "mobile": "13800000001", "stat": "DELIVRD"},
        {"flag": 1, "mobile": "13800000002", "stat": "DELIVRD"},          # no mid: skipped
        {"flag": 7, "mid": "R3", "mobile": "13800000003", "stat": "UNDELIV"},  # kind by stat
        {"mid": "I1", "mobile": "13800000004", "content": "好的"},          # kind by content
        {"flag": 9, "mid": "X"},                                            # untypeable
        "junk",
        {"flag": 0, "mobile": "13800000005", "content": ""},               # empty reply is kept
        {"flag": True, "mid": "B", "mobile": "13800000006", "stat": "DELIVRD"},
    ]
    with caplog.at_level(logging.WARNING, logger="juhe_desk.gateway.parsing"):
        pulled = parse_pull_response(200, body({"status": "0", "list": items}),
                                     primary="reports")
    assert [r.mid for r in pulled.reports] == ["R1", "R3", "B"]
    assert [(m.mid, m.mobile, m.content) for m in pulled.inbound] == [
        ("I1", "13800000004", "好的"), ("", "13800000005", "")]
    skipped = [r for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 3
    assert any("13800000002" in r.getMessage() for r in skipped)


def test_lone_surrogates_become_storable_text() -> None:
    item = '{"flag":0,"mid":"M","mobile":"13800000001","content":"a\\ud800b"}'
    pulled = parse_pull_response(200, b'{"status":"0","list":[' + item.encode() + b"]}",
                                 primary="inbound")
    (message,) = pulled.inbound
    message.content.encode("utf-8")
    message.raw.encode("utf-8")
    assert message.content == "a?b"


def test_statis_accepts_both_spellings_and_text_numbers() -> None:
    rows = [{"statisTime": "20210301", "total": "4", "success": 3, "unknown": 0, "fail": 1,
             "successRate": "75.00%"},
            {"statistime": 20210302, "total": 2, "success": 1, "fail": 1},
            {"statisTIme": "2021-03-03", "total": 0, "success": 0, "unknown": 0, "fail": 0}]
    days = parse_statis_response(200, body({"status": 0, "list": rows}))
    assert [(d.day.day, d.total, d.success_rate) for d in days] == [
        (1, 4, 75.0), (2, 2, 50.0), (3, 0, 0.0)]
    assert parse_statis_response(200, body({"status": 0, "list": []})) == []


@pytest.mark.parametrize("row", [
    {"total": 1, "success": 1, "fail": 0},
    {"statisTIme": "yesterday", "total": 1, "success": 1, "fail": 0},
    {"statisTIme": "20210230", "total": 1, "success": 1, "fail": 0},
    {"statisTIme": "20210222", "total": "x", "success": 1, "fail": 0},
    {"statisTIme": "20210222", "total": 1, "success": 1, "fail": 0, "successRate": "NaN"},
    [],
])
def test_malformed_statis_row_is_bad(row: Any) -> None:
    with pytest.raises(BadResponseError):
        parse_statis_response(200, body({"status": 0, "list": [row]}))


# ----- refusals -----------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "cls"), [
    (3, AuthenticationError), (7, AccountDisabledError), (21, TooManyConnectionsError),
    (30, StatisticsDateRangeError), (31, StatisticsRateLimitError), (102, TooManyNumbersError),
    (1, GatewayRefusal), (2, GatewayRefusal), (100, GatewayRefusal), (555, GatewayRefusal),
])
@pytest.mark.parametrize("as_text", [True, False])
def test_non_zero_status_raises_the_right_refusal(code: int, cls: type[GatewayRefusal],
                                                  as_text: bool) -> None:
    answer = body({"status": str(code) if as_text else code, "balance": 0})
    for parse in (parse_send_response, parse_balance_response, parse_statis_response):
        with pytest.raises(cls) as caught:
            parse(200, answer)
        assert type(caught.value) is cls
        assert caught.value.code == code
    with pytest.raises(cls):
        parse_pull_response(200, answer, primary="reports")


def test_refusal_explains_code_meaning_and_fix() -> None:
    error = refusal_for_status(3)
    assert "3" in error.message and "账号或密码不正确" in error.message
    assert "Wrong account or password" in error.message_en
    assert error.fix and error.fix_en
    assert error.fix in error.text("zh_CN") and error.fix_en in error.text("en")
    assert error.may_have_reached_gateway
    unknown = refusal_for_status(4242)
    assert "未知状态码 4242" in unknown.message and unknown.code == 4242


# ----- bodies that are not the expected JSON ------------------------------------------------

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@pytest.mark.parametrize(("status", "payload"), [
    (200, HTML), (200, b""), (200, b"   \r\n"), (200, b'{"status":"0","list":[{"mid"'),
    (200, b"[1, 2]"), (200, b'"0"'), (200, b"null"), (200, b'{"balance": 1}'),
    (200, b'{"status": "ok"}'), (200, b'{"status": null}'), (200, b"\xff\xfe\x00"),
    (200, b'{"status": NaN}'), (500, b'{"status": "0", "balance": 1, "list": []}'),
    (404, HTML), (302, b""),
])
def test_unexpected_bodies_are_bad_responses(status: int, payload: bytes) -> None:
    parsers = [
        lambda: parse_send_response(status, payload),
        lambda: parse_balance_response(status, payload),
        lambda: parse_pull_response(status, payload, primary="reports"),
        lambda: parse_statis_response(status, payload),
    ]
    for parse in parsers:
        with pytest.raises(BadResponseError) as caught:
            parse()
        error = caught.value
        assert error.http_status == status
        assert f"HTTP 状态 {status}" in error.message
        assert f"HTTP status {status}" in error.message_en
        assert error.body_excerpt == payload.decode("utf-8", "replace")[:200]


def test_bad_response_shows_the_first_200_characters() -> None:
    payload = ("<html>" + "错" * 300 + "</html>").encode()
    with pytest.raises(BadResponseError) as caught:
        parse_balance_response(200, payload)
    assert caught.value.body_excerpt == ("<html>" + "错" * 194)
    assert caught.value.body_excerpt in caught.value.message
    assert "（空）" in _bad(b"").message and "(empty)" in _bad(b"").message_en


def _bad(payload: bytes) -> BadResponseError:
    with pytest.raises(BadResponseError) as caught:
        parse_send_response(200, payload)
    return caught.value


def test_secrets_are_scrubbed_from_the_excerpt() -> None:
    secret = "pw-123"
    payload = f"<html>error for account 922011 password={secret}&x={secret}</html>".encode()
    with pytest.raises(BadResponseError) as caught:
        parse_send_response(500, payload, secrets=[secret, ""])
    error = caught.value
    for text in (str(error), repr(error), error.message, error.message_en, error.body_excerpt,
                 *map(str, error.args)):
        assert secret not in text
    assert "password=***&x=***" in error.body_excerpt


def test_a_secret_across_the_200th_character_is_scrubbed() -> None:
    secret = "S3CRET-PASSWORD"
    payload = ("x" * 195 + secret + "y" * 50).encode()
    excerpt = body_excerpt(payload, [secret])
    assert excerpt == "x" * 195 + "***" + "y" * 2
    assert "S3C" not in _bad_with(payload, secret).body_excerpt


def _bad_with(payload: bytes, secret: str) -> BadResponseError:
    with pytest.raises(BadResponseError) as caught:
        parse_balance_response(200, payload, secrets=[secret])
    return caught.value


@pytest.mark.parametrize(("text", "secrets", "expected"), [
    ("abcabc", ["abc"], "***"),
    ("xabcabcx", ["abc"], "x***x"),
    ("aaaa", ["aa"], "***"),
    ("pw-pw-**", ["pw-*"], "pw-###*"),      # a "*" mask would spell the secret again
    ("x-y", ["x", "y"], "***-***"),
    ("nothing", ["secret"], "nothing"),
    ("secret", [""], "secret"),
])
def test_scrub(text: str, secrets: list[str], expected: str) -> None:
    result = scrub(text, secrets)
    assert result == expected
    assert not any(s and s in result for s in secrets)


# ----- push bodies --------------------------------------------------------------------------

def test_push_body_accepts_a_wrapped_list_and_an_empty_one() -> None:
    item = {"flag": "1", "mid": 4611686018427387904, "mobile": "13800000001", "stat": "DELIVRD"}
    pushed = parse_push_body(body({"list": [item]}))
    assert pushed.reports[0].mid == "4611686018427387904"
    assert parse_push_body(b"[]").empty
    assert parse_push_body(b"\xef\xbb\xbf[]").empty  # a BOM is tolerated


@pytest.mark.parametrize("payload", [
    b"", b"\xff\xfe", b"OK", b"{", b'{"flag": 1}', b'{"list": "x"}', b"[1]", b'["x"]',
    b'[{"flag": 2, "mid": "M", "mobile": "1", "stat": "DELIVRD"}]',
    b'[{"mid": "M", "mobile": "1", "stat": "DELIVRD"}]',
    b'[{"flag": true, "mid": "M", "mobile": "1", "stat": "DELIVRD"}]',
    b'[{"flag": 1, "mobile": "1", "stat": "DELIVRD"}]',
    b'[{"flag": 1, "mid": "M", "stat": "DELIVRD"}]',
    b'[{"flag": 1, "mid": "M", "mobile": "1"}]',
    b'[{"flag": 1, "mid": 1.5, "mobile": "1", "stat": "DELIVRD"}]',
    b'[{"flag": 0, "mid": "M", "mobile": "1"}]',
    b'[{"flag": 0, "mid": "M", "content": "hi"}]',
    b'[{"flag": 0, "mid": "M", "mobile": "1", "content": 5}]',
    b"[" * 100000,
])
def test_malformed_push_bodies(payload: bytes) -> None:
    with pytest.raises(PushBodyError) as caught:
        parse_push_body(payload)
    assert caught.value.message.startswith("推送内容无法识别")
    assert caught.value.message_en.startswith("The pushed data could not be read")
    assert not caught.value.may_have_reached_gateway


def test_a_bad_body_does_not_ride_along_in_the_exception_chain() -> None:
    secret = "pw-hidden"
    payload = f'{{"status":"0","password":"{secret}","list":[{{"mid'.encode()
    with pytest.raises(BadResponseError) as caught:
        parse_send_response(200, payload, secrets=[secret])
    # json's JSONDecodeError keeps the whole document in .doc: it must not be reachable.
    assert caught.value.__context__ is None and caught.value.__cause__ is None
    assert secret not in caught.value.body_excerpt


def test_an_untypeable_deeply_nested_item_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    deep = "[" * 900 + "]" * 900
    payload = ('{"status":"0","list":[{"flag":1,"x":' + deep + '},'
               '{"flag":1,"mid":"M","mobile":"1","stat":"DELIVRD"}]}').encode()
    with caplog.at_level(logging.WARNING, logger="juhe_desk.gateway.parsing"):
        pulled = parse_pull_response(200, payload, primary="reports")
    assert [r.mid for r in pulled] == ["M"]
