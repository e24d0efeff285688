"""A campaign between desks of one team: one desk sends it, another sees which desk does,
may pause it (the sending desk stops before its next batch, and says so in words), and
may not send it at the same time; the start-up list of unfinished campaigns leaves out
what another desk is sending."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from desk_processes import wait_until
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN, simulator_with_account

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.recovery import recovery_report
from juhe_desk.services.sending import CampaignSender, SendOptions, SendReport
from juhe_desk.store import (
    CampaignBusyError,
    NewBatch,
    NewCampaign,
    NewMessage,
    Store,
)


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with simulator_with_account(seed=3) as sim:
        sim.faults.latency = 0.2  # one batch after another: a few seconds in all
        yield sim


def test_another_desk_sees_who_sends_pauses_it_and_cannot_send_it_meanwhile(
        two_desks: tuple[Store, Store], gateway: GatewaySimulator) -> None:
    a, b = two_desks
    numbers = [f"1380000{i:04d}" for i in range(30)]
    content = f"{SIGN}周六八折"
    campaign_id = a.create_campaign(
        NewCampaign(ACCOUNT, "店庆", "send", content=content, extno=EXTNO, signature=SIGN),
        [NewBatch("send", (NewMessage(n, content),)) for n in numbers]).id
    finished: list[SendReport] = []

    def client() -> GatewayClient:
        return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD)

    sender = threading.Thread(target=lambda: finished.append(CampaignSender(
        a, client, campaign_id, options=SendOptions(parallel=1)).run()))
    sender.start()
    try:
        wait_until(lambda: len(gateway.submissions(ACCOUNT)) >= 2, 20, "desk A sends")
        who = b.campaign_sender(campaign_id)
        assert who is not None and who.name == "前台" and not who.is_this_desk
        assert recovery_report(b).campaign(campaign_id) is None  # desk A's business
        with pytest.raises(CampaignBusyError):
            CampaignSender(b, client, campaign_id).run()
        b.set_campaign_state(campaign_id, "paused")  # "暂停" at desk B
    finally:
        sender.join(30)
    (report,) = finished
    assert report.outcome == "paused" and "另一台电脑" in report.text()
    assert "another desk" in report.text("en")
    sent = len(gateway.submissions(ACCOUNT))
    assert sent < len(numbers)  # stopped before its next batch
    assert {x.state for x in a.campaign_batches(campaign_id)} <= {"submitted", "planned"}
    assert b.campaign_sender(campaign_id) is None  # nobody sends it now
    resumed = CampaignSender(b, client, campaign_id).run()  # desk B sends the rest
    assert resumed.outcome == "done"
    assert sorted(s.mobile for s in gateway.submissions(ACCOUNT)) == numbers
    batches = b.campaign_batches(campaign_id)
    assert {b.desk_name(x.desk_id or "") for x in batches} == {"前台", "收银台"}
