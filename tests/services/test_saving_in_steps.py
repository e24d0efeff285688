"""A campaign saved in steps (services/campaign_saving.py) is sent as its batches are
committed: every number once, an opt-out arriving meanwhile honoured in a later batch, and
a kill in the middle of the save leaves a journal that knows which batches exist, which
went, which did not and which are uncertain, and how much was never saved (never sent)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import APP_PASSWORD
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN, simulator_with_account
from store_backends import StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaign_saving import start_saving
from juhe_desk.services.recovery import recovery_report
from juhe_desk.services.sending import CampaignSender, SendOptions, SendProgress
from juhe_desk.store import IllegalTransitionError, NewBatch, NewCampaign, NewMessage, PartlySaved

HERE = Path(__file__).parent
TIMEOUT_S = 60.0


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with simulator_with_account(seed=3, balance=100_000_000, max_connections=8) as sim:
        sim.faults.latency = 0.02
        yield sim


def messages(count: int) -> list[tuple[str, str]]:
    return [(str(13900000000 + 7 * i), f"{SIGN}尊敬的会员{i}号，周六店庆八折")
            for i in range(count)]


def sent_counts(gateway: GatewaySimulator) -> Counter[str]:
    return Counter(s.mobile for s in gateway.submissions(ACCOUNT))


def test_saved_in_steps_every_number_goes_once_and_a_late_opt_out_stays_out(
        store_place: StorePlace, gateway: GatewaySimulator) -> None:
    wanted = messages(2000)  # 40 batches of 50: saved a batch a step
    late = wanted[-3][0]  # in the last batch, saved in the last step
    with store_place.open() as store:
        saving = start_saving(store, account_id=ACCOUNT, name="分步", extno=EXTNO,
                              messages=wanted, batch_size=50)
        # The first batch is saved once it returns (the rest may be under way already).
        assert saving.saved >= 1 and saving.batches_total == 40

        def progress(step: SendProgress) -> None:
            if step.batches_done == 1:  # a reply "R" pulled while the campaign sends
                store.add_opt_outs([late], "mo")

        def make_client() -> GatewayClient:
            return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD)

        report = CampaignSender(store, make_client, saving.campaign.id, progress=progress,
                                options=SendOptions(parallel=4), saving=saving).run()
        assert report.outcome == "done", report.text("en")
        assert report.progress.batches_done == report.progress.batches_total == 40
        assert report.opted_out_total == 1
        assert store.partly_saved() == []
        assert store.get_campaign(saving.campaign.id).state == "done"
    sent = sent_counts(gateway)
    assert max(sent.values()) == 1
    assert set(sent) == {mobile for mobile, _ in wanted} - {late}


def _batch(first: int, count: int) -> NewBatch:
    return NewBatch("p2p", tuple(NewMessage(str(13800000000 + i), f"{SIGN}第{i}条", 1, i)
                                 for i in range(first, first + count)))


def test_a_campaign_not_all_saved_is_never_done_and_its_steps_go_in_order(
        store_place: StorePlace) -> None:
    campaign = NewCampaign(account_id=ACCOUNT, name="分步", mode="p2p", extno=EXTNO)
    with store_place.open() as store:
        first = store.begin_campaign(campaign, [_batch(0, 2)], batches_total=3,
                                     messages_total=6)
        assert store.partly_saved() == [PartlySaved(first.id, 1, 3, 2, 6)]
        [batch] = store.campaign_batches(first.id)
        store.start_batch(batch.id)
        store.batch_submitted(batch.id, [])  # its only batch so far is answered
        assert store.get_campaign(first.id).state == "sending"  # two batches still to save
        with pytest.raises(IllegalTransitionError):  # a step after a gap
            store.save_more_batches(campaign, first.id, [_batch(4, 2)], first_seq=3)
        store.save_more_batches(campaign, first.id, [_batch(2, 2)], first_seq=2)
        assert store.partly_saved(first.id) == [PartlySaved(first.id, 2, 3, 4, 6)]
        store.save_more_batches(campaign, first.id, [_batch(4, 2)], first_seq=3)
        assert store.partly_saved() == []
        with pytest.raises(IllegalTransitionError):  # nothing more to save
            store.save_more_batches(campaign, first.id, [_batch(6, 2)], first_seq=4)
        assert [b.seq for b in store.campaign_batches(first.id)] == [1, 2, 3]
        assert [b.seq for b in store.campaign_batches(first.id, after_seq=1)] == [2, 3]


def test_a_middle_step_does_not_wait_for_the_disk_and_leaves_the_connection_as_it_was(
        store_place: StorePlace) -> None:
    """Its batches reach the disk with the step that marks one of them 'sending'; the
    connection goes back to waiting for the disk (SQLite: synchronous FULL = 2)."""
    if store_place.backend != "sqlite":
        pytest.skip("PostgreSQL sets it per transaction (SET LOCAL)")
    campaign = NewCampaign(account_id=ACCOUNT, name="分步", mode="p2p", extno=EXTNO)
    with store_place.open() as store:
        first = store.begin_campaign(campaign, [_batch(0, 2)], batches_total=3,
                                     messages_total=6)
        statements: list[str] = []
        connection = store._db.connection()  # type: ignore[attr-defined]
        connection.set_trace_callback(statements.append)
        store.save_more_batches(campaign, first.id, [_batch(2, 2)], first_seq=2)
        assert "PRAGMA synchronous = NORMAL" in statements
        statements.clear()
        store.save_more_batches(campaign, first.id, [_batch(4, 2)], first_seq=3)
        assert "PRAGMA synchronous = NORMAL" not in statements  # the last step waits
        connection.set_trace_callback(None)
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2


def _driver(place: StorePlace, gateway: GatewaySimulator, script: str,
            *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "JUHE_TEST_PASSWORD": PASSWORD, "JUHE_TEST_DB_PASSWORD": APP_PASSWORD}
    return subprocess.Popen(
        [sys.executable, str(HERE / script), "--db", place.target, "--gateway",
         gateway.base_url, "--account", ACCOUNT, *args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)


def test_killed_in_the_middle_of_the_save_nothing_goes_twice_and_nothing_is_lost_silently(
        store_place: StorePlace, gateway: GatewaySimulator) -> None:
    wanted = [mobile for mobile, _ in messages(2000)]
    saver = _driver(store_place, gateway, "save_and_send.py", "--extno", EXTNO, "--sign",
                    SIGN, "--numbers", "2000", "--batch", "50", "--hold", "30")
    try:
        assert saver.stdout is not None
        lines = []
        for line in saver.stdout:  # the saving holds after its second step (one batch)
            lines.append(line.strip())
            # ("saved 2" may come before "campaign ID": the saving's thread prints it)
            if "saved 2" in lines and any(x.startswith("campaign ") for x in lines):
                break
        campaign_id = int(next(x for x in lines if x.startswith("campaign ")).split()[1])
        saver.send_signal(signal.SIGKILL)
        assert saver.wait(TIMEOUT_S) == -signal.SIGKILL
    finally:
        if saver.poll() is None:
            saver.kill()
        saver.wait()
        if saver.stdout is not None:
            saver.stdout.close()
    assert gateway.settle(), "the gateway did not settle"
    sent = sent_counts(gateway)
    assert max(sent.values(), default=1) == 1
    assert set(sent) <= set(wanted[:100]), "a number never saved reached the gateway"

    with store_place.open() as store:  # the app starts again
        store.recover_interrupted_batches()
        assert store.partly_saved() == [PartlySaved(campaign_id, 2, 40, 100, 2000)]
        batches = store.campaign_batches(campaign_id)
        assert [b.seq for b in batches] == [1, 2]
        uncertain: set[str] = set()
        for batch in batches:
            numbers = [m.mobile for m in store.batch_messages(batch.id)]
            at_gateway = [mobile in sent for mobile in numbers]
            if batch.state == "submitted":
                assert all(at_gateway)
            elif batch.state == "planned":
                assert not any(at_gateway)
            else:
                assert batch.state == "uncertain"
                uncertain.update(numbers)
        assert store.get_campaign(campaign_id).state != "done"
        entry = recovery_report(store).campaign(campaign_id)
        assert entry is not None and entry.unsaved == 1900
        assert entry.went + entry.not_sent + entry.uncertain == 100
        assert "另有 1900 条在保存时程序退出，没有保存、也没有发送" in entry.text("zh_CN")
        assert "1900 more were never saved" in entry.text("en")

    resumed = _driver(store_place, gateway, "run_campaign.py", "--campaign",
                      str(campaign_id), "--parallel", "2")
    out, _ = resumed.communicate(timeout=TIMEOUT_S)
    assert resumed.returncode == 2 and out.strip().endswith("finished stopped"), out
    assert gateway.settle()
    sent = sent_counts(gateway)
    assert max(sent.values()) == 1  # nothing went twice
    assert set(wanted[:100]) - uncertain <= set(sent)  # every saved, certain number went
    assert set(sent) <= set(wanted[:100])  # and none that was never saved
    with store_place.open() as store:
        assert store.partly_saved()[0].messages_unsaved == 1900  # still said, never lost
        assert recovery_report(store).campaign(campaign_id) is not None
        assert store.get_campaign(campaign_id).state == "paused"
