"""A reply "R" arriving mid-campaign keeps its number out of every batch not yet sent, even
one whose request was already prepared, against the simulator and a real store."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN
from store_backends import StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import InboundMessage, PulledItems
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.recovery import recovery_report
from juhe_desk.services.sending import CampaignSender, SendOptions, SendReport
from juhe_desk.services.sync import pull_once, store_items
from juhe_desk.store import Account, Store

MOBILES = [str(13800000000 + i) for i in range(50)]  # 5 batches of 10


class _RecordingStore(Store):
    """Remembers which numbers each read of a batch's recipients returned."""

    reads: list[tuple[int, tuple[str, ...]]]

    def unsent_messages(self, batch_id: int) -> list[tuple[int, str, str]]:
        unsent = super().unsent_messages(batch_id)
        self.reads.append((batch_id, tuple(mobile for _, mobile, _ in unsent)))
        return unsent


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[_RecordingStore]:
    with _RecordingStore(store_place.open()._db) as store:
        store.reads = []
        store.save_account(Account(id=ACCOUNT, gateway_url="http://127.0.0.1:1", extno=EXTNO))
        yield store


def client_for(gateway: GatewaySimulator) -> Callable[[], GatewayClient]:
    return lambda: GatewayClient(gateway.base_url, ACCOUNT, PASSWORD, read_timeout=5.0)


def run_with_replies(store: Store, gateway: GatewaySimulator, campaign_id: int,
                     before_batch: int, reply: Callable[[], None],
                     parallel: int = 1) -> SendReport:
    """Send the campaign; ``reply()`` runs just before batch ``before_batch`` (1-based) is
    started (with several workers: before any batch after the first ``before_batch - 1``),
    while the requests after it are already prepared.

    Pacing makes the sender call its sleep before every batch but the first; this sleep
    does not wait, it only counts (one worker at a time), so the moment is exact and the
    test takes no longer.
    """
    calls = 0
    one_at_a_time = threading.Lock()

    def sleep(seconds: float) -> bool:
        nonlocal calls
        with one_at_a_time:
            calls += 1
            if calls == before_batch - 1:
                reply()
        return False

    options = SendOptions(parallel=parallel, pacing_s=3600.0)
    return CampaignSender(store, client_for(gateway), campaign_id, options=options,
                          sleep=sleep).run()


def sent(gateway: GatewaySimulator) -> dict[str, str]:
    submissions = gateway.submissions(ACCOUNT)
    by_mobile = {s.mobile: s.content for s in submissions}
    assert len(by_mobile) == len(submissions)  # nobody twice
    return by_mobile


def test_an_r_pulled_mid_campaign_is_left_out_of_the_prepared_next_batch(
        store: _RecordingStore, gateway: GatewaySimulator) -> None:
    texts = [(m, f"{SIGN}{i}号会员您好") for i, m in enumerate(MOBILES)]  # p2p
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="店庆", extno=EXTNO, messages=texts, batch_size=10)
    batches = store.campaign_batches(campaign.id)
    in_third, in_last = MOBILES[25], MOBILES[47]

    def customers_reply() -> None:
        gateway.inject_mo(ACCOUNT, in_third, "R")
        gateway.inject_mo(ACCOUNT, in_last, "退订")
        with client_for(gateway)() as client:
            assert pull_once(client, store).new_opt_outs == (in_third, in_last)

    report = run_with_replies(store, gateway, campaign.id, before_batch=3,
                              reply=customers_reply)

    # The third batch was read and its request built with the number before the reply...
    third_reads = [mobiles for batch_id, mobiles in store.reads if batch_id == batches[2].id]
    assert in_third in third_reads[0]
    # ...and went without it; so did the last one.
    assert sent(gateway) == {m: t for m, t in texts if m not in (in_third, in_last)}
    assert report.outcome == "done"
    assert (report.progress.accepted, report.progress.opted_out) == (48, 2)
    assert report.opted_out_total == 2
    assert store.campaign_totals(campaign.id).opted_out == 2
    statuses = {m.mobile: m.status for b in batches for m in store.batch_messages(b.id)}
    assert statuses[in_third] == statuses[in_last] == "opted_out"
    assert [b.state for b in store.campaign_batches(campaign.id)] == ["submitted"] * 5


def test_a_pushed_opt_out_empties_a_batch_which_is_skipped(
        store: _RecordingStore, gateway: GatewaySimulator) -> None:
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="店庆", extno=EXTNO,
        messages=[(m, f"{SIGN}您好") for m in MOBILES], batch_size=10)

    def pushed() -> None:  # the push receiver hands what it got to store_items
        replies = tuple(InboundMessage(f"MO{i}", m, "TD", "2026-11-25 10:00:00", EXTNO)
                        for i, m in enumerate(MOBILES[20:30]))
        assert len(store_items(store, PulledItems(inbound=replies), "push").new_opt_outs) == 10

    report = run_with_replies(store, gateway, campaign.id, before_batch=2, reply=pushed,
                              parallel=2)

    assert set(sent(gateway)) == set(MOBILES[:20] + MOBILES[30:])
    assert [b.state for b in store.campaign_batches(campaign.id)] == \
        ["submitted", "submitted", "skipped", "submitted", "submitted"]
    assert report.outcome == "done" and store.get_campaign(campaign.id).state == "done"
    progress = report.progress
    assert (progress.batches_done, progress.batches_total) == (5, 5)
    assert (progress.accepted, progress.opted_out, progress.refused) == (40, 10, 0)


def test_an_uncertain_batch_counts_only_the_numbers_its_request_carried(
        store: _RecordingStore, gateway: GatewaySimulator) -> None:
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="店庆", extno=EXTNO,
        messages=[(m, f"{SIGN}您好") for m in MOBILES], batch_size=10)

    def reply_then_lose_the_answer() -> None:
        store.add_opt_outs([MOBILES[12]], "mo", note="reply")
        gateway.faults.inject("reset", count=1, actions={"send"})  # processed, answer lost

    report = run_with_replies(store, gateway, campaign.id, before_batch=2,
                              reply=reply_then_lose_the_answer)

    assert report.progress.uncertain == 9 and report.opted_out_total == 1
    assert MOBILES[12] not in sent(gateway) and len(sent(gateway)) == 49
    (unfinished,) = recovery_report(store).campaigns
    (uncertain,) = unfinished.uncertain_batches
    assert (uncertain.seq, uncertain.messages) == (2, 9)
    assert unfinished.uncertain == 9
