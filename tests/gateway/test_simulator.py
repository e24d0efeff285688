"""The gateway simulator, spoken to with raw HTTP the way the vendor documents show it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlencode

import pytest
import requests
from time_support import FakeClock, wait_until

from juhe_desk.gateway.china_time import CHINA_TZ, now_in_china
from juhe_desk.gateway.models import parse_gateway_time
from juhe_desk.gateway.simulator import (
    DEMO_PASSWORD,
    GatewaySimulator,
    SimAccount,
    demo_account,
)
from juhe_desk.gateway.simulator.httpserver import TrackingHTTPServer

ACCOUNT = "922011"
PASSWORD = "pw-123"
EXTNO = "1069012345"
SIGNATURE = "【聚合云信】"
TEXT = SIGNATURE + "您的验证码是1234"
MID = re.compile(r"[0-9A-F]{16}")


def make_account(**changes: Any) -> SimAccount:
    fields: dict[str, Any] = {
        "account": ACCOUNT, "password": PASSWORD, "extno": EXTNO, "signatures": (SIGNATURE,),
        "balance": 1_000_000, "charge_type": "PRECHARGE", "price": 50, "max_connections": 4,
    }
    fields.update(changes)
    return SimAccount(**fields)


@pytest.fixture
def sim() -> Iterator[GatewaySimulator]:
    with GatewaySimulator(seed=1, report_delay=(0.0, 0.0)) as simulator:
        simulator.add_account(make_account())
        yield simulator


def post(sim: GatewaySimulator, timeout: float = 5.0, **params: str) -> requests.Response:
    fields = {"account": ACCOUNT, "password": PASSWORD, "rt": "json", **params}
    return requests.post(sim.base_url + "/sms", data=fields, timeout=timeout)


def call(sim: GatewaySimulator, **params: str) -> dict[str, Any]:
    response = post(sim, 5.0, **params)
    assert response.status_code == 200
    answer: dict[str, Any] = response.json()
    return answer


def send(sim: GatewaySimulator, mobiles: list[str], content: str = TEXT,
         extno: str = EXTNO, **params: str) -> dict[str, Any]:
    return call(sim, action="send", mobile=",".join(mobiles), content=content, extno=extno,
                **params)


def numbers(count: int, start: int = 13800000000) -> list[str]:
    return [str(start + i) for i in range(count)]


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


# --- send, p2p and balance -----------------------------------------------------------------

def test_send_answers_like_the_vendor_example(sim: GatewaySimulator) -> None:
    answer = send(sim, ["18983437010", "18983437011"])
    assert answer["status"] == "0"
    assert answer["balance"] == 1_000_000 - 2 * 50
    assert [item["mobile"] for item in answer["list"]] == ["18983437010", "18983437011"]
    assert all(MID.fullmatch(item["mid"]) and item["result"] == 0 for item in answer["list"])
    assert list(answer["list"][0]) == ["mid", "mobile", "result"]
    recorded = sim.submissions(ACCOUNT)
    assert [(s.mobile, s.mid, s.content, s.action, s.extno) for s in recorded] == [
        (item["mobile"], item["mid"], TEXT, "send", EXTNO) for item in answer["list"]]


def test_overage_and_balance_answer_numbers_exactly_as_documented(sim: GatewaySimulator) -> None:
    for action in ("overage", "balance"):
        response = post(sim, action=action)
        assert response.text == '{"status":0,"balance":1000000,"chargeType":"PRECHARGE"}'


def test_get_with_the_vendor_p2p_url_works(sim: GatewaySimulator) -> None:
    url = (sim.base_url + "/sms?action=p2p&rt=json&account=922011&password=pw-123"
           "&mobileContentList=13800000001%23%e4%b8%8b%e5%8f%91%e5%86%85%e5%ae%b91%0d"
           "13800000002%23%e4%b8%8b%e5%8f%91%e5%86%85%e5%ae%b92%0d&extno=1069012345")
    sim.add_account(make_account(account="922012", signatures=()))
    answer = requests.get(url.replace("922011", "922012"), timeout=5).json()
    assert answer["status"] == "0"
    assert [item["result"] for item in answer["list"]] == [0, 0]
    assert [(s.mobile, s.content) for s in sim.submissions("922012")] == [
        ("13800000001", "下发内容1"), ("13800000002", "下发内容2")]


def test_p2p_splits_lines_at_any_break_and_each_line_at_its_first_hash(
        sim: GatewaySimulator) -> None:
    listing = f"13800000001#{TEXT} #1\r13800000002#{TEXT}\n13800000003#{TEXT}#x\r\n"
    answer = call(sim, action="p2p", mobileContentList=listing, extno=EXTNO)
    assert [item["result"] for item in answer["list"]] == [0, 0, 0]
    assert [(s.mobile, s.content, s.action) for s in sim.submissions(ACCOUNT)] == [
        ("13800000001", f"{TEXT} #1", "p2p"), ("13800000002", TEXT, "p2p"),
        ("13800000003", f"{TEXT}#x", "p2p")]


def test_p2p_line_without_hash_refuses_the_whole_request(sim: GatewaySimulator) -> None:
    answer = call(sim, action="p2p", mobileContentList=f"13800000001#{TEXT}\r13800000002",
                  extno=EXTNO)
    assert answer["status"] == "1"
    assert sim.submissions(ACCOUNT) == []


def test_md5_passwords_as_the_2021_document_defines_them(sim: GatewaySimulator) -> None:
    mobiles = "13800000001,13800000002"
    signed = md5(PASSWORD + EXTNO + TEXT + mobiles)
    answer = call(sim, action="send", password=signed, mobile=mobiles, content=TEXT,
                  extno=EXTNO)
    assert answer["status"] == "0"
    listing = f"13800000003#{TEXT}\r13800000004#{TEXT}"
    signed = md5(PASSWORD + EXTNO + listing.replace("\r", ""))
    answer = call(sim, action="p2p", password=signed, mobileContentList=listing, extno=EXTNO)
    assert answer["status"] == "0"
    assert call(sim, action="balance", password=md5(PASSWORD))["status"] == 0
    # Upper-case hex, or MD5 of the wrong fields, is a wrong password.
    assert call(sim, action="balance", password=md5(PASSWORD).upper())["status"] == 3
    wrong = md5(PASSWORD + EXTNO + mobiles + TEXT)
    assert call(sim, action="send", password=wrong, mobile=mobiles, content=TEXT,
                extno=EXTNO)["status"] == "3"
    assert len(sim.submissions(ACCOUNT)) == 4


def test_wrong_credentials_disabled_account_and_unknown_actions(sim: GatewaySimulator) -> None:
    assert call(sim, action="send", password="nope", mobile="13800000001", content=TEXT,
                extno=EXTNO)["status"] == "3"
    assert call(sim, action="overage", account="000000")["status"] == 3
    assert call(sim, action="overage", password="")["status"] == 3
    assert call(sim, action="fly")["status"] == "1"
    assert call(sim, rt="json")["status"] == "1"
    sim.set_enabled(ACCOUNT, False)
    assert call(sim, action="overage")["status"] == 7
    assert send(sim, ["13800000001"])["status"] == "7"
    assert sim.submissions(ACCOUNT) == []


def test_an_older_gateway_without_overage(sim: GatewaySimulator) -> None:
    sim.unsupported_actions = {"overage"}
    assert call(sim, action="overage")["status"] == "1"
    assert call(sim, action="balance")["balance"] == 1_000_000


def test_whole_request_refusals_send_nothing(sim: GatewaySimulator) -> None:
    assert send(sim, [])["status"] == "8"
    assert send(sim, [" ", ""])["status"] == "8"
    assert send(sim, ["13800000001"], content="")["status"] == "9"
    assert call(sim, action="p2p", mobileContentList="", extno=EXTNO)["status"] == "8"
    assert call(sim, action="p2p", mobileContentList="13800000001#",
                extno=EXTNO)["status"] == "9"
    answer = send(sim, numbers(501))
    assert answer["status"] == "102"
    assert answer["balance"] == 1_000_000
    assert sim.submissions(ACCOUNT) == []
    assert sim.state(ACCOUNT).balance == 1_000_000
    assert send(sim, numbers(500))["status"] == "0"


def test_per_number_results_for_extno_and_signature(sim: GatewaySimulator) -> None:
    def results(**kwargs: Any) -> list[int]:
        return [item["result"] for item in send(sim, ["13800000001"], **kwargs)["list"]]

    assert results(extno="1069099999") == [10]
    assert results(extno="") == [10]
    assert results(extno=EXTNO + "123456") == [0]
    assert results(extno=EXTNO + "1234567") == [10]
    assert results(extno=EXTNO + "12a") == [10]
    assert results(content="没有签名的内容") == [17]
    assert results(content="内容" + SIGNATURE) == [0]
    rejected = send(sim, ["13800000002"], content="没有签名")["list"][0]
    assert rejected == {"mid": "", "mobile": "13800000002", "result": 17}
    assert len(sim.submissions(ACCOUNT)) == 2


def test_prepaid_balance_runs_out_number_by_number(sim: GatewaySimulator) -> None:
    sim.set_balance(ACCOUNT, 120)
    answer = send(sim, numbers(4))
    assert [item["result"] for item in answer["list"]] == [0, 0, 15, 15]
    assert answer["balance"] == 20
    assert [item["mid"] for item in answer["list"][2:]] == ["", ""]


def test_postpaid_balance_goes_negative() -> None:
    with GatewaySimulator(seed=1) as sim:
        sim.add_account(make_account(balance=0, charge_type="POSTCHARGE"))
        answer = send(sim, numbers(3))
        assert [item["result"] for item in answer["list"]] == [0, 0, 0]
        assert answer["balance"] == -150
        assert call(sim, action="overage") == {
            "status": 0, "balance": -150, "chargeType": "POSTCHARGE"}


@pytest.mark.parametrize(("length", "parts"), [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3)])
def test_charge_is_parts_times_price(sim: GatewaySimulator, length: int, parts: int) -> None:
    content = "好" * length
    sim.add_account(make_account(account="922013", signatures=(), price=40))
    answer = send(sim, ["13800000001"], content=content, account="922013")
    assert answer["balance"] == 1_000_000 - parts * 40
    (submission,) = sim.submissions("922013")
    assert (submission.parts, submission.cost) == (parts, parts * 40)


def test_too_many_connections_answers_21_and_frees_its_slots() -> None:
    with GatewaySimulator(seed=1) as sim:
        sim.add_account(make_account(max_connections=2))
        sim.faults.latency = 0.4
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda _: call(sim, action="overage"), range(6)))
        statuses = sorted(answer["status"] for answer in answers)
        assert statuses.count(0) >= 2
        assert statuses.count(21) >= 1
        assert set(statuses) == {0, 21}
        assert sim.state(ACCOUNT).in_flight == 0
        sim.faults.latency = 0.0
        assert call(sim, action="overage")["status"] == 0


def test_concurrent_sends_are_all_recorded_with_unique_mids() -> None:
    with GatewaySimulator(seed=2) as sim:
        sim.add_account(make_account(max_connections=16))

        def batch(index: int) -> list[str]:
            answer = send(sim, numbers(20, start=13900000000 + index * 100))
            return [item["mid"] for item in answer["list"] if item["result"] == 0]

        with ThreadPoolExecutor(8) as pool:
            mids = [mid for part in pool.map(batch, range(40)) for mid in part]
        assert len(mids) == len(set(mids)) == 800
        assert sorted(s.mid for s in sim.submissions(ACCOUNT)) == sorted(mids)
        assert sim.state(ACCOUNT).balance == 1_000_000 - 800 * 50


# --- reports and MOs ------------------------------------------------------------------------

def test_reports_are_handed_out_once_oldest_first(sim: GatewaySimulator) -> None:
    accepted = send(sim, numbers(25), extno=EXTNO + "7")["list"]
    sim.flush_reports()
    first = call(sim, action="report", size="1")
    assert first["status"] == "0" and first["balance"] == 1_000_000 - 25 * 50
    rest = call(sim, action="report")["list"]
    assert len(first["list"]) == 10 and len(rest) == 15
    items = first["list"] + rest
    assert [item["mid"] for item in items] == [item["mid"] for item in accepted]
    for item in items:
        assert list(item) == ["flag", "mid", "spid", "accessCode", "mobile", "stat", "time"]
        assert (item["flag"], item["spid"], item["accessCode"]) == (1, ACCOUNT, EXTNO + "7")
        assert parse_gateway_time(item["time"]) is not None
    assert call(sim, action="report")["list"] == []


def test_report_size_is_clamped_to_10000(sim: GatewaySimulator) -> None:
    for index in range(21):
        assert send(sim, numbers(500, start=13000000000 + index * 1000))["status"] == "0"
    sim.flush_reports()
    assert len(call(sim, action="report", size="20000")["list"]) == 10_000
    assert len(call(sim, action="report", size="oops")["list"]) == 500


def test_a_report_comes_after_its_delay_stamped_in_china_time() -> None:
    clock = FakeClock()
    with GatewaySimulator(seed=1, report_delay=(30.0, 30.0), clock=clock) as sim:
        sim.add_account(make_account())
        send(sim, ["13800000001"])
        clock.advance(29.9)
        assert call(sim, action="report")["list"] == []
        assert sim.state(ACCOUNT).pending_reports == 1
        clock.advance(0.1)
        (item,) = call(sim, action="report")["list"]
        assert parse_gateway_time(item["time"]) == clock.now
        assert item["time"] == "2026-11-01 09:00:30"  # what a clock in China shows


def test_flush_makes_delayed_reports_available_now() -> None:
    with GatewaySimulator(seed=1, report_delay=(60.0, 120.0)) as sim:
        sim.add_account(make_account())
        send(sim, numbers(3))
        assert call(sim, action="report")["list"] == []
        sim.flush_reports()
        assert len(call(sim, action="report")["list"]) == 3


def test_report_mix_is_realistic_and_seeded() -> None:
    def stats(seed: int) -> list[str]:
        with GatewaySimulator(seed=seed) as sim:
            sim.add_account(make_account())
            for index in range(2):
                send(sim, numbers(500, start=13100000000 + index * 1000))
            sim.flush_reports()
            return [item["stat"] for item in call(sim, action="report", size="5000")["list"]]

    first = stats(7)
    assert first == stats(7)
    delivered = first.count("DELIVRD") / len(first)
    assert 0.78 < delivered < 0.92
    assert {"UNDELIV", "EXPIRED", "REJECTED", "MA:0029"} <= set(first)
    assert set(first) & {"DB:0101", "MA:0044"}


def test_forced_stat_and_bad_numbers(sim: GatewaySimulator) -> None:
    sim.set_report_stat("13800000001", "MA:0022")
    send(sim, ["13800000001", "12345"])
    sim.flush_reports()
    stats = {item["mobile"]: item["stat"] for item in call(sim, action="report")["list"]}
    assert stats == {"13800000001": "MA:0022", "12345": "MA:0021"}


def test_inbound_messages_are_handed_out_once(sim: GatewaySimulator) -> None:
    mid = sim.inject_mo(ACCOUNT, "13800000001", "退订")
    sim.inject_mo(ACCOUNT, "13800000002", "R", access_code=EXTNO + "01")
    answer = call(sim, action="mo")
    assert answer["status"] == "0"
    first, second = answer["list"]
    assert list(first) == ["flag", "mid", "spid", "accessCode", "mobile", "content", "time"]
    assert (first["flag"], first["mid"], first["mobile"], first["content"]) == (
        0, mid, "13800000001", "退订")
    assert (first["accessCode"], second["accessCode"]) == (EXTNO, EXTNO + "01")
    assert MID.fullmatch(second["mid"]) and second["mid"] != mid
    assert call(sim, action="mo")["list"] == []


def test_a_reply_goes_to_the_number_its_latest_message_came_from(
        sim: GatewaySimulator) -> None:
    """A phone answers the sender it saw: a campaign's extended 接入号, or the plain one."""
    assert call(sim, action="send", mobile="13800000001", content=TEXT,
                extno=EXTNO + "07")["list"][0]["result"] == 0
    send(sim, ["13800000002"])
    sim.inject_mo(ACCOUNT, "13800000001", "几点开门")
    sim.inject_mo(ACCOUNT, "13800000002", "好的")
    sim.inject_mo(ACCOUNT, "13800000003", "你好")  # never messaged: the plain 接入号
    sim.inject_mo(ACCOUNT, "13800000001", "R", access_code=EXTNO)  # as the test says
    codes = [(item["mobile"], item["accessCode"]) for item in call(sim, action="mo")["list"]]
    assert codes == [("13800000001", EXTNO + "07"), ("13800000002", EXTNO),
                     ("13800000003", EXTNO), ("13800000001", EXTNO)]


def test_mo_size_is_clamped_to_1000(sim: GatewaySimulator) -> None:
    for index in range(1005):
        sim.inject_mo(ACCOUNT, str(13800000000 + index), "R")
    assert len(call(sim, action="mo", size="5000")["list"]) == 1000
    assert len(call(sim, action="mo", size="3")["list"]) == 5


def test_misroute_delivers_a_report_through_mo(sim: GatewaySimulator) -> None:
    sim.faults.inject("misroute")
    send(sim, ["13800000001", "13800000002"])
    sim.flush_reports()
    sim.inject_mo(ACCOUNT, "13800000003", "R")
    flags = [item["flag"] for item in call(sim, action="mo")["list"]]
    assert flags == [1, 0]
    assert len(call(sim, action="report")["list"]) == 1


# --- statis ---------------------------------------------------------------------------------

def test_statis_counts_by_day_from_its_own_records() -> None:
    clock = FakeClock(dt.datetime(2021, 2, 22, 10, 0, tzinfo=CHINA_TZ))
    with GatewaySimulator(seed=3, report_delay=(60.0, 60.0), clock=clock) as sim:
        sim.add_account(make_account())
        sim.set_report_stat("13800000001", "DELIVRD")
        sim.set_report_stat("13800000002", "UNDELIV")
        send(sim, ["13800000001", "13800000002"])
        sim.flush_reports()
        clock.now = dt.datetime(2021, 2, 24, 23, 59, tzinfo=CHINA_TZ)
        send(sim, ["13800000001", "13800000001", "13800000001"])
        sim.flush_reports()
        send(sim, ["13800000003"])  # no report yet: unknown
        answer = call(sim, action="statis", beginTime="20210201", endTime="20210228")
    assert answer["status"] == 0 and answer["balance"] == 1_000_000 - 6 * 50
    assert answer["list"] == [
        {"statisTIme": "20210222", "total": 2, "success": 1, "unknown": 0, "fail": 1,
         "successRate": 50.0},
        {"statisTIme": "20210224", "total": 4, "success": 3, "unknown": 1, "fail": 0,
         "successRate": 75.0},
    ]


def test_statis_rates_have_two_decimals(sim: GatewaySimulator) -> None:
    sim.set_report_stat("13800000001", "DELIVRD")
    sim.set_report_stat("13800000002", "EXPIRED")
    send(sim, ["13800000001", "13800000002", "13800000002"])
    sim.flush_reports()
    today = now_in_china().strftime("%Y%m%d")
    (row,) = call(sim, action="statis", beginTime=today, endTime=today)["list"]
    assert row["successRate"] == 33.33


def test_statis_refusals(sim: GatewaySimulator) -> None:
    def status(begin: str, end: str) -> Any:
        return call(sim, action="statis", beginTime=begin, endTime=end)["status"]

    assert status("20210224", "20210223") == 30
    assert status("20210101", "20210202") == 30
    assert status("2021-01-01", "20210102") == 1
    assert status("20210101", "20210201") == 0
    sim.statis_min_interval = 60
    assert status("20210101", "20210101") == 31
    assert call(sim, action="statis", beginTime="20210101", endTime="20210101") == {
        "status": 31, "balance": 1_000_000, "list": []}


# --- faults ---------------------------------------------------------------------------------

def test_http500_and_html_are_not_processed(sim: GatewaySimulator) -> None:
    sim.faults.inject("http500")
    sim.faults.inject("html")
    failed = post(sim, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert failed.status_code == 500 and "<html>" in failed.text
    portal = post(sim, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert portal.status_code == 200 and portal.headers["Content-Type"].startswith("text/html")
    assert sim.submissions(ACCOUNT) == []
    assert sim.faults.pending == 0


def test_status21_fault_refuses_without_sending(sim: GatewaySimulator) -> None:
    sim.faults.inject("status21", actions={"send"})
    assert call(sim, action="overage")["status"] == 0
    assert send(sim, ["13800000001"])["status"] == "21"
    assert sim.submissions(ACCOUNT) == []
    assert send(sim, ["13800000001"])["status"] == "0"


def test_truncated_and_empty_answers_come_after_sending(sim: GatewaySimulator) -> None:
    sim.faults.inject("truncated")
    cut = post(sim, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert cut.status_code == 200 and cut.text.startswith('{"status":"0"')
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.text)
    sim.faults.inject("empty")
    empty = post(sim, action="send", mobile="13800000002", content=TEXT, extno=EXTNO)
    assert empty.status_code == 200 and empty.content == b""
    assert [s.mobile for s in sim.submissions(ACCOUNT)] == ["13800000001", "13800000002"]


def test_reset_after_processing_means_the_numbers_were_sent(sim: GatewaySimulator) -> None:
    sim.faults.inject("reset", actions={"send"})
    with pytest.raises(requests.ConnectionError):
        post(sim, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert [s.mobile for s in sim.submissions(ACCOUNT)] == ["13800000001"]
    assert sim.state(ACCOUNT).balance == 1_000_000 - 50


def test_reset_before_processing_sends_nothing(sim: GatewaySimulator) -> None:
    sim.faults.inject("reset_before", count=2)
    for _ in range(2):
        with pytest.raises(requests.ConnectionError):
            post(sim, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert sim.submissions(ACCOUNT) == []
    assert send(sim, ["13800000001"])["status"] == "0"


def test_hang_sends_then_answers_too_late(sim: GatewaySimulator) -> None:
    sim.faults.hang_seconds = 1.0
    sim.faults.inject("hang")
    with pytest.raises(requests.ReadTimeout):
        post(sim, timeout=0.3, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert [s.mobile for s in sim.submissions(ACCOUNT)] == ["13800000001"]


def test_hang_before_closes_without_sending(sim: GatewaySimulator) -> None:
    sim.faults.hang_seconds = 0.2
    sim.faults.inject("hang_before")
    with pytest.raises(requests.ConnectionError):
        post(sim, action="send", mobile="13800000001", content=TEXT, extno=EXTNO)
    assert sim.submissions(ACCOUNT) == []


def test_latency_delays_every_answer(sim: GatewaySimulator) -> None:
    sim.faults.latency = 0.25
    started = time.monotonic()
    assert call(sim, action="overage")["status"] == 0
    assert time.monotonic() - started >= 0.25


def test_unknown_fault_kind_is_refused(sim: GatewaySimulator) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        sim.faults.inject("explode")
    with pytest.raises(ValueError):
        sim.faults.inject("reset", count=0)


# --- HTTP details ---------------------------------------------------------------------------

def test_other_paths_are_404_and_missing_rt_gets_xml(sim: GatewaySimulator) -> None:
    assert requests.post(sim.base_url + "/other", data={}, timeout=5).status_code == 404
    assert requests.get(sim.base_url + "/", timeout=5).status_code == 404
    xml = post(sim, action="overage", rt="")
    assert xml.status_code == 200 and xml.text.startswith("<?xml")


def test_a_json_body_is_not_a_form(sim: GatewaySimulator) -> None:
    body = {"action": "overage", "account": ACCOUNT, "password": PASSWORD, "rt": "json"}
    response = requests.post(sim.base_url + "/sms?rt=json", json=body, timeout=5)
    assert response.json()["status"] == "1"


def test_request_log_shows_where_the_password_travelled(sim: GatewaySimulator) -> None:
    call(sim, action="overage")
    requests.get(sim.base_url + "/sms", params={"action": "overage", "account": ACCOUNT,
                                               "password": PASSWORD, "rt": "json"}, timeout=5)
    posted, got = sim.request_log()
    assert (posted.method, posted.action, posted.account) == ("POST", "overage", ACCOUNT)
    assert "password" not in posted.query_keys
    assert posted.content_type.startswith("application/x-www-form-urlencoded")
    assert got.method == "GET" and "password" in got.query_keys
    assert PASSWORD not in repr(sim.request_log())


def test_password_stays_out_of_repr() -> None:
    assert DEMO_PASSWORD not in repr(demo_account())
    assert demo_account().account == "922011" and demo_account().balance == 500_000


def test_restart_serves_on_the_same_port_with_the_same_books(sim: GatewaySimulator) -> None:
    send(sim, ["13800000001"])
    url = sim.base_url
    sim.stop()
    assert not sim.running
    with pytest.raises(requests.ConnectionError):
        requests.post(url + "/sms", data={}, timeout=2)
    sim.start()
    assert sim.base_url == url
    assert call(sim, action="overage")["balance"] == 1_000_000 - 50
    sim.stop()
    sim.stop()  # idempotent


def test_stop_does_not_wait_for_idle_keep_alive_connections() -> None:
    sim = GatewaySimulator(seed=1)
    sim.add_account(make_account())
    sim.start()
    with requests.Session() as session:
        answer = session.post(sim.base_url + "/sms", data={
            "action": "overage", "account": ACCOUNT, "password": PASSWORD, "rt": "json"},
            timeout=5)
        assert answer.json()["status"] == 0
        started = time.monotonic()
        sim.stop()
        assert time.monotonic() - started < 2.0
    assert not any(t.name.startswith(("simulator-", "SimServer")) and t.is_alive()
                   for t in threading.enumerate())


def hanging_request(sim: GatewaySimulator, fault: str
                    ) -> tuple[threading.Thread, list[BaseException]]:
    """A balance request the simulator holds for 30 s (``fault``: "hang" once it is
    processed, "hang_before" before), from a thread of its own, once it has arrived; and
    the list the caller's error goes to."""
    sim.faults.hang_seconds = 30
    sim.faults.inject(fault)
    errors: list[BaseException] = []

    def hang() -> None:
        try:
            post(sim, action="overage")
        except requests.RequestException as error:
            errors.append(error)

    caller = threading.Thread(target=hang)
    caller.start()
    assert sim.wait_for_requests(1)  # it arrived, and hangs
    return caller, errors


def test_stop_cuts_a_hanging_request_short() -> None:
    sim = GatewaySimulator(seed=1)
    sim.add_account(make_account())
    sim.start()
    caller, _errors = hanging_request(sim, "hang")
    started = time.monotonic()
    sim.stop()
    caller.join(5)
    assert time.monotonic() - started < 3.0
    assert not caller.is_alive()


def test_requests_in_flight_are_counted_until_answered() -> None:
    with GatewaySimulator(seed=1) as sim:
        sim.add_account(make_account())
        assert sim.requests_in_flight == 0 and sim.wait_idle(0)
        caller, errors = hanging_request(sim, "hang_before")
        assert sim.requests_in_flight == 1 and not sim.wait_idle(0)
        sim.stop()  # cuts the hang short: the connection is dropped, nothing answered
        caller.join(5)
    assert sim.requests_in_flight == 0 and len(errors) == 1


def test_settle_waits_for_what_a_vanished_client_sent() -> None:
    # A client that sends a request and disappears without reading the answer (as a
    # killed sender does): once the simulator has settled, the request was processed.
    with GatewaySimulator(seed=1) as sim:
        sim.add_account(make_account())
        sim.faults.latency = 0.2
        body = urlencode({"action": "send", "account": ACCOUNT, "password": PASSWORD,
                          "rt": "json", "extno": EXTNO, "mobile": "13800000001",
                          "content": f"{SIGNATURE}您好"}).encode()
        host, port = sim.base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as gone:
            gone.sendall(b"POST /sms HTTP/1.1\r\nHost: x\r\nContent-Type:"
                         b" application/x-www-form-urlencoded\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
        assert sim.settle()
        assert [s.mobile for s in sim.submissions(ACCOUNT)] == ["13800000001"]
        assert sim.requests_in_flight == 0


# --- push -----------------------------------------------------------------------------------

class ScriptedReceiver(BaseHTTPRequestHandler):
    """Answers pushes from a script of bodies, then ``OK``; keeps every body it got."""

    protocol_version = "HTTP/1.1"
    script: list[tuple[int, bytes]]
    bodies: list[list[dict[str, Any]]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).bodies.append(json.loads(body))
        code, answer = type(self).script.pop(0) if type(self).script else (200, b"OK")
        self.send_response(code)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[ScriptedReceiver]]]:
    handler = type("Handler", (ScriptedReceiver,), {"script": [], "bodies": []})
    server = TrackingHTTPServer("127.0.0.1", 0, handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}/push", handler
    finally:
        server.close()
        thread.join(5)


def test_push_retries_until_ok_and_replaces_pull(
        sim: GatewaySimulator, receiver: tuple[str, type[ScriptedReceiver]]) -> None:
    url, handler = receiver
    handler.script = [(200, b"ok"), (500, b"OK"), (200, b"OK ")]
    sim.push_backoff = (0.01, 0.05)
    sim.set_push_url(ACCOUNT, url)
    mids = {item["mid"] for item in send(sim, numbers(150))["list"]}
    mo_mid = sim.inject_mo(ACCOUNT, "13800000009", "退订")
    sim.flush_reports()
    assert call(sim, action="report")["list"] == []
    wait_until(lambda: sim.state(ACCOUNT).pushed == 151)
    first_try = handler.bodies[0]
    assert len(first_try) == 100 and all(item["flag"] == 1 for item in first_try)
    assert handler.bodies[1:4] == [first_try] * 3  # the same batch until it was taken
    delivered = [item for body in handler.bodies[3:] for item in body]
    assert {item["mid"] for item in delivered if item["flag"] == 1} == mids
    (mo,) = [item for item in delivered if item["flag"] == 0]
    assert (mo["mid"], mo["content"], mo["accessCode"]) == (mo_mid, "退订", EXTNO)
    assert call(sim, action="mo")["list"] == []


def test_without_push_url_items_stay_for_pull(
        sim: GatewaySimulator, receiver: tuple[str, type[ScriptedReceiver]]) -> None:
    url, handler = receiver
    handler.script = [(500, b"")] * 1000
    sim.push_backoff = (0.01, 0.02)
    sim.set_push_url(ACCOUNT, url)
    send(sim, numbers(3))
    sim.flush_reports()
    wait_until(lambda: len(handler.bodies) >= 2)
    sim.set_push_url(ACCOUNT, None)
    wait_until(lambda: sim.state(ACCOUNT).queued_reports == 3)  # an attempt in transit settles
    assert len(call(sim, action="report")["list"]) == 3
    assert sim.state(ACCOUNT).pushed == 0
