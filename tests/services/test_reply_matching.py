"""Which campaign a reply answers, end to end against the simulator and a real store: a
campaign sent from its own extension of the 接入号 gets its replies exactly; without
extensions a reply is linked to the latest message as a guess; a paused campaign resumes
from its own extension."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.recovery import resume
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.services.sync import pull_once
from juhe_desk.store import Account, Campaign, Store

TEXT = SIGN + "春季新品到店，凭短信享9折。"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "db.sqlite3") as opened:
        yield opened


def client_for(gateway: GatewaySimulator) -> Callable[[], GatewayClient]:
    return lambda: GatewayClient(gateway.base_url, ACCOUNT, PASSWORD, read_timeout=5.0)


def send(store: Store, gateway: GatewaySimulator, name: str, mobiles: list[str]) -> Campaign:
    campaign = create_campaign_from_messages(store, account_id=ACCOUNT, name=name, extno=EXTNO,
                               messages=[(m, TEXT) for m in mobiles], batch_size=200)
    report = CampaignSender(store, client_for(gateway), campaign.id,
                            options=SendOptions(parallel=1)).run()
    assert report.progress.accepted == len(mobiles)
    return campaign


def test_replies_to_a_campaigns_extension_are_matched_exactly(
        store: Store, gateway: GatewaySimulator) -> None:
    store.save_account(Account(ACCOUNT, gateway.base_url, extno=EXTNO,
                               reply_extension_digits=3))
    spring = send(store, gateway, "春季上新", ["13800000001", "13800000002"])
    members = send(store, gateway, "会员日", ["13800000002"])
    assert (spring.extno, members.extno) == (EXTNO + "001", EXTNO + "002")
    # The gateway saw the extended numbers: the extno is kept in the journal as it was sent.
    assert {s.extno for s in gateway.submissions(ACCOUNT)} == {EXTNO + "001", EXTNO + "002"}

    gateway.inject_mo(ACCOUNT, "13800000001", "几点开门？")  # to 001, its latest message
    gateway.inject_mo(ACCOUNT, "13800000002", "春季那个还有吗", access_code=EXTNO + "001")
    gateway.inject_mo(ACCOUNT, "13800000002", "会员价多少")  # to 002
    gateway.inject_mo(ACCOUNT, "13800000002", "你好", access_code=EXTNO)  # plain: a guess
    with client_for(gateway)() as client:
        summary = pull_once(client, store)

    linked = {r.content: (r.access_code, r.campaign_id, r.link_kind)
              for r in summary.new_inbound}
    assert linked == {
        "几点开门？": (EXTNO + "001", spring.id, "exact"),
        "春季那个还有吗": (EXTNO + "001", spring.id, "exact"),
        "会员价多少": (EXTNO + "002", members.id, "exact"),
        "你好": (EXTNO, members.id, "guess")}


def test_without_extensions_replies_are_guessed_from_the_latest_message(
        store: Store, gateway: GatewaySimulator) -> None:
    store.save_account(Account(ACCOUNT, gateway.base_url, extno=EXTNO))
    send(store, gateway, "春季上新", ["13800000001"])
    members = send(store, gateway, "会员日", ["13800000001"])
    assert members.extno == EXTNO and members.reply_suffix is None
    gateway.inject_mo(ACCOUNT, "13800000001", "春季那个还有吗")
    with client_for(gateway)() as client:
        (reply,) = pull_once(client, store).new_inbound
    assert (reply.access_code, reply.campaign_id, reply.link_kind) == (
        EXTNO, members.id, "guess")


def test_a_paused_campaign_resumes_from_its_own_extension(
        store: Store, gateway: GatewaySimulator) -> None:
    account = store.save_account(Account(ACCOUNT, gateway.base_url, extno=EXTNO,
                                         reply_extension_digits=2))
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="春季上新", extno=EXTNO,
        messages=[(f"1380000000{i}", TEXT) for i in range(4)], batch_size=2)
    store.set_campaign_state(campaign.id, "paused")
    plan = resume(store, campaign.id, extno=account.extno, signatures=[SIGN])
    assert (plan.new_extno, plan.campaign.extno) == ("", EXTNO + "01")

    # The account's 接入号 changed meanwhile: the campaign keeps its extension on the new one.
    store.save_account(replace(account, extno="1069099"))
    store.set_campaign_state(campaign.id, "paused")
    plan = resume(store, campaign.id, extno="1069099", signatures=[SIGN])
    assert (plan.new_extno, plan.campaign.extno) == ("106909901", "106909901")
