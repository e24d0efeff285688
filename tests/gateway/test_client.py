"""GatewayClient against the simulator (and a recording server) over real HTTP on loopback."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from typing import Any

import pytest
from gateway_support import (
    ACCOUNT,
    EXTNO,
    PASSWORD,
    SIGNATURE,
    ClientFactory,
    Recorder,
    Sleeps,
    assert_no_password,
    sim_account,
)

from juhe_desk.gateway import client as client_module
from juhe_desk.gateway.china_time import today_in_china
from juhe_desk.gateway.codes import describe_result
from juhe_desk.gateway.errors import (
    AccountDisabledError,
    AuthenticationError,
    BadResponseError,
    ConnectionLostError,
    GatewayError,
    GatewayRefusal,
    GatewayTimeoutError,
    GatewayUnreachableError,
    StatisticsDateRangeError,
    StatisticsRateLimitError,
    TooManyConnectionsError,
    TooManyNumbersError,
)
from juhe_desk.gateway.simulator import GatewaySimulator

TEXT = f"{SIGNATURE}周末全场八折#欢迎光临"
MOBILES = ["13800000001", "13800000002", "13800000003"]


def md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def sent_actions(sim: GatewaySimulator) -> list[str]:
    return [record.action for record in sim.request_log()]


# ----- the actions --------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["plain", "md5"])
def test_send_returns_one_result_per_number(sim: GatewaySimulator, make_client: ClientFactory,
                                            mode: str) -> None:
    client = make_client(sim.base_url, password_mode=mode)
    outcome = client.send(MOBILES, TEXT, EXTNO)
    assert [r.mobile for r in outcome] == MOBILES
    assert all(r.accepted for r in outcome)
    submitted = sim.submissions(ACCOUNT)
    assert {(s.mobile, s.mid, s.content, s.action) for s in submitted} == {
        (r.mobile, r.mid, TEXT, "send") for r in outcome}
    assert outcome.balance == sim.state(ACCOUNT).balance == 1_000_000 - 3 * 50


@pytest.mark.parametrize("mode", ["plain", "md5"])
def test_p2p_sends_each_number_its_own_text(sim: GatewaySimulator, make_client: ClientFactory,
                                            mode: str) -> None:
    client = make_client(sim.base_url, password_mode=mode)
    items = [(m, f"{SIGNATURE}您好 #{i}，订单已发货") for i, m in enumerate(MOBILES)]
    outcome = client.p2p(items, EXTNO)
    assert [r.mobile for r in outcome] == MOBILES and all(r.accepted for r in outcome)
    submitted = {s.mobile: s for s in sim.submissions(ACCOUNT)}
    for (mobile, content), result in zip(items, outcome, strict=True):
        assert submitted[mobile].content == content
        assert submitted[mobile].mid == result.mid
        assert submitted[mobile].action == "p2p"


def test_per_number_results_10_15_17(sim: GatewaySimulator, make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    assert {r.result for r in client.send(MOBILES[:1], TEXT, "1069999999")} == {10}
    assert {r.result for r in client.send(MOBILES[:1], "no signature here", EXTNO)} == {17}
    sim.set_balance(ACCOUNT, 10)
    (result,) = client.send(MOBILES[:1], TEXT, EXTNO)
    assert result.result == 15 and not result.accepted and result.mid == ""
    assert "充值" in describe_result(result.result).fix_zh
    assert sim.submissions(ACCOUNT) == []


def test_balance_uses_overage_and_remembers(sim: GatewaySimulator,
                                            make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    first = client.balance()
    assert first.balance == 1_000_000 and first.charge_type == "PRECHARGE" and first.is_prepaid
    sim.set_balance(ACCOUNT, -250)
    assert client.balance().balance == -250
    assert sent_actions(sim) == ["overage", "overage"]


def test_balance_falls_back_when_overage_is_unknown(sim: GatewaySimulator,
                                                   make_client: ClientFactory) -> None:
    sim.unsupported_actions = {"overage"}
    client = make_client(sim.base_url, password_mode="md5")
    assert client.balance().balance == 1_000_000
    assert client.balance().balance == 1_000_000
    assert sent_actions(sim) == ["overage", "balance", "balance"]


def test_reports_are_pulled_once(sim: GatewaySimulator, make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    sim.set_report_stat(MOBILES[0], "DELIVRD")
    sim.set_report_stat(MOBILES[1], "DB:0101")
    outcome = client.send(MOBILES[:2], TEXT, EXTNO)
    sim.flush_reports()
    pulled = client.reports(size=10)
    assert pulled.primary == "reports" and pulled.inbound == ()
    by_mid = {r.mid: r for r in pulled}
    assert set(by_mid) == {r.mid for r in outcome}
    assert by_mid[outcome[0].mid].delivered and by_mid[outcome[0].mid].mobile == MOBILES[0]
    assert by_mid[outcome[1].mid].stat == "DB:0101"
    assert by_mid[outcome[1].mid].access_code == EXTNO
    assert by_mid[outcome[1].mid].parsed_time is not None
    assert pulled.balance == sim.state(ACCOUNT).balance
    assert client.reports().empty


def test_inbound_messages_are_pulled(sim: GatewaySimulator, make_client: ClientFactory) -> None:
    client = make_client(sim.base_url, password_mode="md5")
    mid = sim.inject_mo(ACCOUNT, MOBILES[0], "退订")
    pulled = client.inbound()
    (message,) = pulled
    assert (message.mid, message.mobile, message.content, message.access_code) == (
        mid, MOBILES[0], "退订", EXTNO)
    assert client.inbound(size=5).empty


def test_reports_arriving_through_mo_are_kept(sim: GatewaySimulator,
                                              make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    outcome = client.send(MOBILES[:2], TEXT, EXTNO)
    sim.flush_reports()
    sim.inject_mo(ACCOUNT, MOBILES[0], "好的")
    sim.faults.inject("misroute", count=2)
    pulled = client.inbound()
    assert [m.content for m in pulled] == ["好的"]
    assert {r.mid for r in pulled.reports} == {r.mid for r in outcome}


@pytest.mark.parametrize("mode", ["plain", "md5"])
def test_statis(sim: GatewaySimulator, make_client: ClientFactory, mode: str) -> None:
    client = make_client(sim.base_url, password_mode=mode)
    sim.set_report_stat(MOBILES[0], "DELIVRD")
    sim.set_report_stat(MOBILES[1], "MA:0029")
    client.send(MOBILES[:2], TEXT, EXTNO)
    sim.flush_reports()
    today = today_in_china()
    (row,) = client.statis(today - dt.timedelta(days=31), today)
    assert (row.day, row.total, row.success, row.fail) == (today, 2, 1, 1)
    assert row.success_rate == pytest.approx(50.0)


@pytest.mark.parametrize(("begin_back", "end_back"), [(0, 1), (32, 0), (40, 2)])
def test_statis_refuses_wrong_dates_before_sending(sim: GatewaySimulator,
                                                   make_client: ClientFactory,
                                                   begin_back: int, end_back: int) -> None:
    client = make_client(sim.base_url)
    today = today_in_china()
    with pytest.raises(StatisticsDateRangeError) as caught:
        client.statis(today - dt.timedelta(days=begin_back), today - dt.timedelta(days=end_back))
    assert caught.value.code == 30 and not caught.value.may_have_reached_gateway
    assert "31" in caught.value.text("zh_CN") and "31" in caught.value.text("en")
    assert sim.request_log() == []


def test_statis_asked_too_often(sim: GatewaySimulator, make_client: ClientFactory) -> None:
    sim.statis_min_interval = 3600
    client = make_client(sim.base_url)
    today = today_in_china()
    client.statis(today, today)
    with pytest.raises(StatisticsRateLimitError) as caught:
        client.statis(today, today)
    assert caught.value.code == 31
    assert sent_actions(sim) == ["statis", "statis"]  # 31 is not repeated


# ----- refusals -----------------------------------------------------------------------------

def test_wrong_password(sim: GatewaySimulator, make_client: ClientFactory) -> None:
    wrong = "not-the-password"
    for mode in ("plain", "md5"):
        client = make_client(sim.base_url, password=wrong, password_mode=mode)
        with pytest.raises(AuthenticationError) as caught:
            client.send(MOBILES, TEXT, EXTNO)
        assert caught.value.code == 3
        assert "账号或密码不正确" in caught.value.text("zh_CN")
        assert_no_password(caught.value, wrong)
        with pytest.raises(AuthenticationError):
            client.balance()
    assert sim.submissions(ACCOUNT) == []


def test_md5_password_of_another_action_is_refused(sim: GatewaySimulator,
                                                   make_client: ClientFactory) -> None:
    # The md5 client signs send with extno+content+mobile: the gateway checks exactly that.
    client = make_client(sim.base_url, password_mode="md5")
    client.send(["13800000009"], TEXT, EXTNO)
    assert sim.submissions(ACCOUNT)[0].mobile == "13800000009"


def test_disabled_account(sim: GatewaySimulator, make_client: ClientFactory) -> None:
    sim.set_enabled(ACCOUNT, False)
    client = make_client(sim.base_url)
    for call in (lambda: client.send(MOBILES, TEXT, EXTNO), client.balance, client.reports):
        with pytest.raises(AccountDisabledError) as caught:
            call()
        assert caught.value.code == 7
        assert_no_password(caught.value)


def test_too_many_numbers_from_the_gateway(sim: GatewaySimulator, make_client: ClientFactory,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Our own limit would stop this first; lift it to see the gateway's STATUS 102.
    monkeypatch.setattr(client_module, "MAX_NUMBERS_PER_REQUEST", 600)
    client = make_client(sim.base_url)
    numbers = [f"138{i:08d}" for i in range(501)]
    with pytest.raises(TooManyNumbersError) as caught:
        client.send(numbers, TEXT, EXTNO)
    assert caught.value.code == 102 and "200" in caught.value.text("zh_CN")
    assert sent_actions(sim) == ["send"] and sim.submissions(ACCOUNT) == []


def test_too_many_connections_is_repeated(sim: GatewaySimulator, make_client: ClientFactory,
                                          sleeps: Sleeps) -> None:
    client = make_client(sim.base_url)
    sim.faults.inject("status21", count=2)
    outcome = client.send(MOBILES, TEXT, EXTNO)
    assert all(r.accepted for r in outcome)
    assert sent_actions(sim) == ["send"] * 3
    assert [s.mobile for s in sim.submissions(ACCOUNT)] == MOBILES  # sent once
    assert sleeps.pauses == [0.5, 1.0]


def test_too_many_connections_gives_up_after_the_attempts(sim: GatewaySimulator,
                                                          make_client: ClientFactory) -> None:
    client = make_client(sim.base_url, attempts=2)
    sim.faults.inject("status21", count=5)
    with pytest.raises(TooManyConnectionsError) as caught:
        client.reports()
    assert caught.value.code == 21
    assert sent_actions(sim) == ["report", "report"]


def test_real_connection_limit(make_client: ClientFactory) -> None:
    simulator = GatewaySimulator(seed=1)
    simulator.add_account(sim_account(max_connections=0))
    with simulator:
        client = make_client(simulator.base_url, attempts=1)
        with pytest.raises(TooManyConnectionsError):
            client.send(MOBILES, TEXT, EXTNO)
        assert simulator.submissions(ACCOUNT) == []


# ----- faults: what is repeated and what is not ---------------------------------------------

@pytest.mark.parametrize(("fault", "error_type", "processed"), [
    ("http500", BadResponseError, False),
    ("html", BadResponseError, False),
    ("reset_before", ConnectionLostError, False),
    ("hang_before", GatewayTimeoutError, False),
    ("truncated", BadResponseError, True),
    ("empty", BadResponseError, True),
    ("reset", ConnectionLostError, True),
    ("hang", GatewayTimeoutError, True),
])
@pytest.mark.parametrize("action", ["send", "p2p"])
def test_uncertain_send_is_never_posted_again(sim: GatewaySimulator, make_client: ClientFactory,
                                              fault: str, error_type: type[GatewayError],
                                              processed: bool, action: str) -> None:
    sim.faults.hang_seconds = 1.0
    client = make_client(sim.base_url, read_timeout=0.3, password_mode="md5")
    sim.faults.inject(fault, actions=[action])
    with pytest.raises(error_type) as caught:
        if action == "send":
            client.send(MOBILES, TEXT, EXTNO)
        else:
            client.p2p([(m, TEXT) for m in MOBILES], EXTNO)
    error = caught.value
    assert error.may_have_reached_gateway
    assert_no_password(error)
    assert error.text("zh_CN") and error.text("en") != error.text("zh_CN")
    assert sent_actions(sim) == [action]
    assert len(sim.submissions(ACCOUNT)) == (3 if processed else 0)
    # The client is still usable afterwards.
    assert client.balance().balance == sim.state(ACCOUNT).balance


def test_bad_body_message_holds_status_and_excerpt(sim: GatewaySimulator,
                                                   make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    sim.faults.inject("html")
    with pytest.raises(BadResponseError) as caught:
        client.send(MOBILES, TEXT, EXTNO)
    assert caught.value.http_status == 200
    assert "网络认证" in caught.value.body_excerpt and "网络认证" in caught.value.message
    sim.faults.inject("http500")
    with pytest.raises(BadResponseError) as caught:
        client.send(MOBILES, TEXT, EXTNO)
    assert caught.value.http_status == 500 and "500" in caught.value.text("en")


@pytest.mark.parametrize("fault", ["http500", "html", "reset_before", "hang_before",
                                   "truncated", "empty", "reset", "hang", "status21"])
def test_balance_is_repeated_after_any_fault(sim: GatewaySimulator, make_client: ClientFactory,
                                             fault: str) -> None:
    sim.faults.hang_seconds = 1.0
    client = make_client(sim.base_url, read_timeout=0.3)
    sim.faults.inject(fault)
    assert client.balance().balance == 1_000_000
    assert sent_actions(sim) == ["overage", "overage"]


@pytest.mark.parametrize(("fault", "error_type"), [
    ("truncated", BadResponseError), ("empty", BadResponseError),
    ("reset", ConnectionLostError), ("hang", GatewayTimeoutError),
])
def test_a_lost_pull_is_not_repeated(sim: GatewaySimulator, make_client: ClientFactory,
                                     fault: str, error_type: type[GatewayError]) -> None:
    sim.faults.hang_seconds = 1.0
    client = make_client(sim.base_url, pull_read_timeout=0.3)
    client.send(MOBILES, TEXT, EXTNO)
    sim.flush_reports()
    sim.faults.inject(fault, actions=["report"])
    with pytest.raises(error_type):
        client.reports()
    assert sent_actions(sim) == ["send", "report"]


def test_refused_connection_is_repeated_and_then_sends_once(make_client: ClientFactory,
                                                            sleeps: Sleeps) -> None:
    simulator = GatewaySimulator(seed=1)
    simulator.add_account(sim_account())
    simulator.start()
    simulator.stop()  # the port is known and nobody listens on it
    sleeps.then = lambda: None if simulator.running else simulator.start()
    try:
        client = make_client(simulator.base_url, attempts=3)
        outcome = client.send(MOBILES, TEXT, EXTNO)
        assert all(r.accepted for r in outcome)
        assert sleeps.pauses == [0.5]
        assert [s.mobile for s in simulator.submissions(ACCOUNT)] == MOBILES
        assert sent_actions(simulator) == ["send"]
    finally:
        simulator.stop()


@pytest.mark.parametrize("call", ["send", "p2p", "balance", "reports", "inbound", "statis"])
def test_unreachable_gateway(make_client: ClientFactory, closed_port: int, sleeps: Sleeps,
                             call: str) -> None:
    client = make_client(f"http://127.0.0.1:{closed_port}", attempts=3)
    today = today_in_china()
    calls: dict[str, Any] = {
        "send": lambda: client.send(MOBILES, TEXT, EXTNO),
        "p2p": lambda: client.p2p([(MOBILES[0], TEXT)], EXTNO),
        "balance": client.balance, "reports": client.reports, "inbound": client.inbound,
        "statis": lambda: client.statis(today, today),
    }
    with pytest.raises(GatewayUnreachableError) as caught:
        calls[call]()
    error = caught.value
    assert not error.may_have_reached_gateway
    assert f"127.0.0.1:{closed_port}" in error.message
    assert "无法连接短信网关" in error.text("zh_CN")
    assert "Cannot connect" in error.text("en")
    assert sleeps.pauses == [0.5, 1.0]
    assert error.__context__ is None and error.__cause__ is None
    assert_no_password(error)


def test_connect_timeout_is_unreachable(make_client: ClientFactory, silent_port: int,
                                        sleeps: Sleeps) -> None:
    client = make_client(f"http://127.0.0.1:{silent_port}", connect_timeout=0.2, attempts=2)
    with pytest.raises(GatewayUnreachableError) as caught:
        client.send(MOBILES, TEXT, EXTNO)
    assert not caught.value.may_have_reached_gateway
    assert sleeps.pauses == [0.5]  # a connect timeout proves nothing was sent: repeated


# ----- the wire -----------------------------------------------------------------------------

def test_post_only_with_form_body_and_no_password_in_the_url(sim: GatewaySimulator,
                                                             make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    client.send(MOBILES, TEXT, EXTNO)
    client.balance()
    client.reports()
    for record in sim.request_log():
        assert record.method == "POST" and record.path == "/sms"
        assert record.query_keys == ()
        assert record.content_type == "application/x-www-form-urlencoded; charset=UTF-8"
        assert record.account == ACCOUNT


@pytest.mark.parametrize("form", ["{base}", "{base}/", "{base}/sms", "{base}/sms/",
                                  "  {base}/sms  ", "{host}"])
def test_base_url_forms(sim: GatewaySimulator, make_client: ClientFactory, form: str) -> None:
    url = form.format(base=sim.base_url, host=sim.base_url.removeprefix("http://"))
    client = make_client(url)
    assert client.balance().balance == 1_000_000
    assert client.base_url == sim.base_url + "/sms"


@pytest.mark.parametrize("url", ["ftp://example.com", "http://", "http://host:1/?a=b", ""])
def test_bad_base_urls(url: str) -> None:
    with pytest.raises(ValueError):
        client_module.GatewayClient(url, ACCOUNT, PASSWORD)


def test_wire_format_plain(recorder: Recorder, make_client: ClientFactory) -> None:
    client = make_client(recorder.base_url + "/gw/")
    ok = {"status": "0", "balance": 1, "list": []}
    recorder.answer((200, ok), (200, ok), (200, ok), (200, ok), (200, ok))
    client.send(MOBILES, TEXT, EXTNO)
    client.p2p([(MOBILES[0], "第一行 #1"), (MOBILES[1], "二")], EXTNO)
    client.reports(size=1)
    client.reports(size=50_000)
    client.inbound(size=5000)
    client.statis(dt.date(2021, 2, 1), dt.datetime(2021, 3, 4, 23, 59))
    send, p2p, report_low, report_high, mo, statis = recorder.requests
    assert {r.path for r in recorder.requests} == {"/gw/sms"}
    assert all(r.query == "" for r in recorder.requests)
    assert all(r.content_type == "application/x-www-form-urlencoded; charset=UTF-8"
               for r in recorder.requests)
    common = {"account": ACCOUNT, "password": PASSWORD, "rt": "json"}
    assert send.form == {**common, "action": "send", "mobile": ",".join(MOBILES),
                         "content": TEXT, "extno": EXTNO}
    assert p2p.form == {**common, "action": "p2p", "extno": EXTNO,
                        "mobileContentList": f"{MOBILES[0]}#第一行 #1\r{MOBILES[1]}#二"}
    assert report_low.form == {**common, "action": "report", "size": "10"}
    assert report_high.form["size"] == "10000"
    assert mo.form == {**common, "action": "mo", "size": "1000"}
    assert statis.form == {**common, "action": "statis", "beginTime": "20210201",
                           "endTime": "20210304"}
    assert b"%E4%B8%AD" in send.body  # UTF-8, percent-encoded


def test_wire_format_md5(recorder: Recorder, make_client: ClientFactory) -> None:
    client = make_client(recorder.base_url, password_mode="md5")
    ok = {"status": "0", "balance": 1, "list": []}
    recorder.answer((200, ok), (200, ok), (200, ok))
    client.send(MOBILES, TEXT, EXTNO)
    client.p2p([(MOBILES[0], "甲"), (MOBILES[1], "乙")], EXTNO)
    client.reports()
    client.balance()
    send, p2p, report, overage = recorder.requests
    assert send.form["password"] == md5(PASSWORD + EXTNO + TEXT + ",".join(MOBILES))
    assert p2p.form["password"] == md5(f"{PASSWORD}{EXTNO}{MOBILES[0]}#甲{MOBILES[1]}#乙")
    assert report.form["password"] == overage.form["password"] == md5(PASSWORD)
    assert all(PASSWORD not in r.body.decode("ascii") for r in recorder.requests)


def test_a_body_echoing_the_password_is_scrubbed(recorder: Recorder,
                                                 make_client: ClientFactory) -> None:
    from urllib.parse import quote_plus

    echo = f"<html>bad request: password={quote_plus(PASSWORD)} raw={PASSWORD} "
    echo += f"md5={md5(PASSWORD)} MD5={md5(PASSWORD).upper()}</html>"
    recorder.answer((200, echo.encode()))
    client = make_client(recorder.base_url)
    with pytest.raises(BadResponseError) as caught:
        client.reports()
    assert_no_password(caught.value)
    assert md5(PASSWORD) not in str(caught.value)
    assert md5(PASSWORD).upper() not in str(caught.value)
    assert "password=***" in caught.value.body_excerpt


# ----- arguments refused before anything is sent --------------------------------------------

@pytest.mark.parametrize(("mobiles", "content"), [
    ([], TEXT), (["13800000001"], ""), ("13800000001", TEXT),
    (["13800000001", "13800000001"], TEXT), ([f"138{i:08d}" for i in range(501)], TEXT),
    (["13800000001,13800000002"], TEXT), ([""], TEXT), (["1380000 0001"], TEXT),
    (["13800000001#"], TEXT),
])
def test_send_refuses_bad_arguments(sim: GatewaySimulator, make_client: ClientFactory,
                                    mobiles: Any, content: str) -> None:
    client = make_client(sim.base_url)
    with pytest.raises(ValueError):
        client.send(mobiles, content, EXTNO)
    assert sim.request_log() == []


@pytest.mark.parametrize("items", [
    [], [("13800000001", "")], [("13800000001", "两行\n文字")], [("13800000001", "回车\r")],
    [("13800000001", "a"), ("13800000001", "b")], [("13800000001#", "a")],
    [(f"138{i:08d}", "x") for i in range(501)],
])
def test_p2p_refuses_bad_arguments(sim: GatewaySimulator, make_client: ClientFactory,
                                   items: list[tuple[str, str]]) -> None:
    client = make_client(sim.base_url)
    with pytest.raises(ValueError):
        client.p2p(items, EXTNO)
    assert sim.request_log() == []


def test_exactly_500_numbers_go_in_one_request(sim: GatewaySimulator,
                                               make_client: ClientFactory) -> None:
    client = make_client(sim.base_url)
    numbers = [f"139{i:08d}" for i in range(500)]
    assert len(client.send(numbers, TEXT, EXTNO)) == 500
    assert sent_actions(sim) == ["send"]


# ----- the password stays hidden ------------------------------------------------------------

def test_repr_shows_address_and_account_only(make_client: ClientFactory) -> None:
    client = make_client("http://gw.example.com:7862")
    text = repr(client)
    assert "http://gw.example.com:7862/sms" in text and ACCOUNT in text
    assert PASSWORD not in text and "S3cr3t" not in text


def test_logs_hold_no_password_and_no_parameters(sim: GatewaySimulator,
                                                 make_client: ClientFactory,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    client = make_client(sim.base_url)
    with caplog.at_level(logging.DEBUG, logger="juhe_desk.gateway.client"):
        client.send(MOBILES, TEXT, EXTNO)
        sim.faults.inject("status21")
        client.balance()
    logged = "\n".join(r.getMessage() for r in caplog.records
                       if r.name == "juhe_desk.gateway.client")
    assert "send" in logged and "overage" in logged
    for secret in (PASSWORD, "S3cr3t", MOBILES[0], "八折"):
        assert secret not in logged


def test_context_manager_closes(sim: GatewaySimulator) -> None:
    with client_module.GatewayClient(sim.base_url, ACCOUNT, PASSWORD) as client:
        assert client.balance().balance == 1_000_000
    assert client.account == ACCOUNT


def test_every_refusal_is_a_gateway_error(sim: GatewaySimulator,
                                          make_client: ClientFactory) -> None:
    client = make_client(sim.base_url, password="wrong")
    with pytest.raises(GatewayError) as caught:
        client.statis(today_in_china(), today_in_china())
    assert isinstance(caught.value, GatewayRefusal) and caught.value.code == 3
