"""One cost/shortfall/blocked rule for every send: the quick send and a campaign's check."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from store_backends import StorePlace

from juhe_desk.domain.carriers import Carrier
from juhe_desk.domain.sheet_check import RowCheckOptions, check_rows
from juhe_desk.gateway.china_time import CHINA_TZ
from juhe_desk.gateway.models import Balance
from juhe_desk.services.quick_send import QuickSend
from juhe_desk.services.send_check import SendCheck, in_quiet_hours
from juhe_desk.store import Account, MessageFilter

PREPAID, POSTPAID = "PRECHARGE", "POSTCHARGE"


@pytest.mark.parametrize(("price", "balance", "cost", "short", "blocked"), [
    (50, None, 5_000, 0, False),  # unknown balance: the gateway will tell
    (50, Balance(5_000, PREPAID), 5_000, 0, False),  # exactly enough
    (50, Balance(4_999, PREPAID), 5_000, 1, True),
    (50, Balance(-10_000, POSTPAID), 5_000, 0, False),  # billed later
    (0, Balance(100, PREPAID), None, 0, False),  # no price: only an empty balance blocks
    (0, Balance(0, PREPAID), None, 1, True),
])
def test_cost_against_the_balance(price: int, balance: Balance | None, cost: int | None,
                                  short: int, blocked: bool) -> None:
    check = SendCheck(messages=50, total_parts=100, price_li=price, balance=balance)
    assert (check.cost_li, check.shortfall_li, check.blocked) == (cost, short, blocked)


def test_nobody_to_send_to_blocks() -> None:
    assert SendCheck(messages=0, total_parts=0).blocked


def test_the_checked_rows_give_their_counts() -> None:
    rows = [["13800000001", "王"], ["13800000001", "王"], ["123", "李"],
            ["13800000003", "赵"], ["13800000004", ""]]
    checked = check_rows(["手机", "姓名"], rows,
                         RowCheckOptions(template="【店】{姓名}您好", phone_column=0),
                         opted_out=frozenset({"13800000003"}))
    check = SendCheck.of_checked_rows(checked, price_li=50, balance=None, signature="【店】",
                                       suffix="")
    assert (check.messages, check.invalid, check.duplicates, check.opted_out) == (1, 1, 1, 1)
    assert check.total_parts == 1 and check.cost_li == 50
    assert check.sample_text == "【店】王您好" and check.empty_text == 0
    assert check.empty_fields == (("姓名", 1),) and check.empty_field_rows == 1
    assert check.number_count == 1 and check.carriers == ((Carrier.MOBILE, 1),)


def test_a_number_with_several_texts_is_named_with_its_sheet_rows() -> None:
    rows = [["13800000001", "王", "A1"], ["18900000002", "李", "B2"],
            ["13800000001", "王", "A3"], ["13000000003", "", "C4"],
            ["18900000002", "李", "B2"]]  # the same text again: sent once
    checked = check_rows(["手机", "姓名", "单号"], rows,
                         RowCheckOptions(template="{姓名|顾客}，订单{单号}已发货", phone_column=0))
    check = SendCheck.of_checked_rows(checked, price_li=0, balance=None, signature="", suffix="",
                                       source_rows=[2, 3, 4, 5, 6])
    assert (check.messages, check.number_count, check.duplicates) == (4, 3, 1)
    assert check.several_texts == 1
    assert check.several_texts_examples == (("13800000001", (2, 4)),)
    assert check.carriers == ((Carrier.MOBILE, 1), (Carrier.UNICOM, 1), (Carrier.TELECOM, 1))
    assert check.empty_fields == () and check.empty_text == 0


def test_a_quick_send_is_checked_and_written_as_one_campaign(store_place: StorePlace) -> None:
    account = Account(id="922011", gateway_url="http://127.0.0.1:1", extno="106901",
                      price_li=50, batch_size=2)
    quick = QuickSend(account, ("13800000001", "13800000002", "13800000003"), "【店】您好",
                      parts=1, signature="【店】", invalid=2, balance=Balance(100, PREPAID))
    assert (quick.check.messages, quick.check.total_parts, quick.check.invalid) == (3, 3, 2)
    assert quick.check.shortfall_li == 50 and quick.check.blocked
    quick = replace(quick, carriers=((Carrier.MOBILE, 3),))
    assert quick.check.carriers == ((Carrier.MOBILE, 3),)
    fewer = quick.leaving_out({("13800000002", "【店】您好"), ("13800000003", "另一条")})
    assert fewer.mobiles == ("13800000001", "13800000003")
    assert fewer.check.carriers == ((Carrier.MOBILE, 2),)
    assert not fewer.check.blocked

    with store_place.open() as store:
        store.save_account(account)
        saving = fewer.write(store, "Quick send")
        saving.wait_until_ended()
        campaign = saving.campaign
        assert (campaign.mode, campaign.content, campaign.signature) == (
            "send", "【店】您好", "【店】")
        assert len(store.campaign_batches(campaign.id)) == 1
        assert store.count_messages(MessageFilter(campaign_id=campaign.id)) == 2


@pytest.mark.parametrize(("moment", "quiet"), [
    (dt.time(7, 59), True), (dt.time(8, 0), False), (dt.time(21, 59), False),
    (dt.time(22, 0), True), (dt.time(0, 0), True)])
def test_quiet_hours_are_the_night_in_china(moment: dt.time, quiet: bool) -> None:
    in_china = dt.datetime.combine(dt.date(2026, 12, 5), moment, CHINA_TZ)
    assert in_quiet_hours(in_china) is quiet
    assert in_quiet_hours(in_china.replace(tzinfo=None)) is quiet  # the store's naive times
    # The same moment given in another zone is the same night (or day) in China.
    assert in_quiet_hours(in_china.astimezone(dt.UTC)) is quiet
    assert in_quiet_hours(in_china.astimezone(dt.timezone(dt.timedelta(hours=9)))) is quiet
