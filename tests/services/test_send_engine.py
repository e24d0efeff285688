"""The send engine against the simulator and a real store: every number exactly once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN
from store_backends import StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import SubmitResult
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.recovery import resume
from juhe_desk.services.sending import CampaignSender, SendOptions, SendProgress
from juhe_desk.services.sync import pull_once
from juhe_desk.store import Account, Store, StoreError, SubmitSummary
from juhe_desk.store.journal_answers import Carried


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[Store]:
    store = store_place.open()
    store.save_account(Account(id=ACCOUNT, gateway_url="http://127.0.0.1:1", extno=EXTNO))
    yield store
    store.close()


def numbers(count: int, start: int = 13800000000) -> list[str]:
    return [str(start + i) for i in range(count)]


def new_campaign(store: Store, mobiles: list[str], text: str = f"{SIGN}您好", size: int = 50,
                 per_number_text: bool = False) -> int:
    messages = [(m, f"{text}{i}" if per_number_text else text) for i, m in enumerate(mobiles)]
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="test", extno=EXTNO, messages=messages, batch_size=size)
    return campaign.id


def sender(store: Store, gateway: GatewaySimulator, campaign_id: int,
           **kwargs: object) -> CampaignSender:
    def make_client() -> GatewayClient:
        return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD, read_timeout=1.0)
    return CampaignSender(store, make_client, campaign_id,
                          sleep=lambda s: False, **kwargs)  # type: ignore[arg-type]


def submitted_mobiles(gateway: GatewaySimulator) -> list[str]:
    return [s.mobile for s in gateway.submissions(ACCOUNT)]


def test_send_campaign_submits_each_number_once(store: Store,
                                                gateway: GatewaySimulator) -> None:
    mobiles = numbers(230)
    campaign_id = new_campaign(store, mobiles)
    seen: list[SendProgress] = []
    report = sender(store, gateway, campaign_id, progress=seen.append).run()
    assert report.outcome == "done"
    assert sorted(submitted_mobiles(gateway)) == sorted(mobiles)
    assert report.progress.accepted == 230
    assert seen[-1].batches_done == seen[-1].batches_total == 5
    assert store.get_campaign(campaign_id).state == "done"
    assert store.campaign_totals(campaign_id).submitted == 230


def test_p2p_campaign_with_parallel_batches(store: Store, gateway: GatewaySimulator) -> None:
    mobiles = numbers(120)
    campaign_id = new_campaign(store, mobiles, size=20, per_number_text=True)
    report = sender(store, gateway, campaign_id, options=SendOptions(parallel=4)).run()
    assert report.outcome == "done"
    contents = {s.mobile: s.content for s in gateway.submissions(ACCOUNT)}
    assert contents == {m: f"{SIGN}您好{i}" for i, m in enumerate(mobiles)}


def test_read_timeout_makes_the_batch_uncertain_and_it_is_never_resent(
        store: Store, gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(100), size=50)
    gateway.faults.hang_seconds = 2.0
    gateway.faults.inject("hang", count=1, actions={"send"})
    report = sender(store, gateway, campaign_id, options=SendOptions(parallel=1)).run()
    states = [b.state for b in store.campaign_batches(campaign_id)]
    assert states == ["uncertain", "submitted"]
    assert report.progress.uncertain == 50
    # the hung request was processed by the gateway: every number went exactly once
    assert sorted(submitted_mobiles(gateway)) == numbers(100)
    # running the campaign again sends nothing more
    sender(store, gateway, campaign_id).run()
    assert len(submitted_mobiles(gateway)) == 100


def test_delivery_reports_are_evidence_for_an_uncertain_batch_not_a_verdict(
        store: Store, gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(10), size=10)
    gateway.faults.inject("reset", count=1, actions={"send"})
    sender(store, gateway, campaign_id).run()
    (batch,) = store.campaign_batches(campaign_id)
    assert batch.state == "uncertain"
    gateway.flush_reports()
    with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
        summary = pull_once(client, store)
    assert summary.new_reports == 10 and summary.resolved == ()
    assert store.get_batch(batch.id).state == "uncertain"  # the user decides
    assert store.uncertain_evidence(batch.id).reported == 10


def test_status_21_backs_off_and_retries(store: Store, gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(20), size=20)
    gateway.faults.inject("status21", count=4, actions={"send"})
    report = sender(store, gateway, campaign_id).run()
    assert report.outcome == "done"
    assert sorted(submitted_mobiles(gateway)) == numbers(20)


def test_wrong_password_stops_and_nothing_is_lost(store: Store,
                                                  gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(60), size=20)

    def bad_client() -> GatewayClient:
        return GatewayClient(gateway.base_url, ACCOUNT, "wrong")
    report = CampaignSender(store, bad_client, campaign_id).run()
    assert report.outcome == "stopped"
    assert report.error_code == 3
    assert "密码" in report.text("zh_CN")
    assert submitted_mobiles(gateway) == []
    assert [b.state for b in store.campaign_batches(campaign_id)] == ["planned"] * 3
    assert store.get_campaign(campaign_id).state == "paused"
    # with the right password, resuming sends everything once
    assert sender(store, gateway, campaign_id).run().outcome == "done"
    assert sorted(submitted_mobiles(gateway)) == numbers(60)


def test_low_balance_pauses_the_campaign(store: Store, gateway: GatewaySimulator) -> None:
    gateway.set_balance(ACCOUNT, 50 * 30)  # enough for 30 one-part messages
    campaign_id = new_campaign(store, numbers(100), size=20)
    report = sender(store, gateway, campaign_id, options=SendOptions(parallel=1)).run()
    assert report.outcome == "paused"
    assert report.error_code == 15
    assert len(submitted_mobiles(gateway)) == 30
    planned = [b for b in store.campaign_batches(campaign_id) if b.state == "planned"]
    assert len(planned) == 3  # the rows after the short batch wait for the user


def test_wrong_signature_stops_with_the_vendor_fix(store: Store,
                                                   gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(40), text="【别的签名】您好", size=20)
    report = sender(store, gateway, campaign_id, options=SendOptions(parallel=1)).run()
    assert report.outcome == "stopped"
    assert report.error_code == 17
    assert "签名" in report.text("zh_CN")
    assert [b.state for b in store.campaign_batches(campaign_id)] == ["submitted", "planned"]


def test_after_a_refused_signature_resume_sends_the_rest_with_the_fixed_one(
        store: Store, gateway: GatewaySimulator) -> None:
    old = "【别的签名】"
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="test", extno=EXTNO, batch_size=20, signature=old,
        messages=[(m, f"{old}您好{i}号") for i, m in enumerate(numbers(60))])
    report = sender(store, gateway, campaign.id, options=SendOptions(parallel=1)).run()
    assert (report.outcome, report.error_code) == ("stopped", 17)

    # The user sets the registered signature in the account settings, then resumes.
    plan = resume(store, campaign.id, extno=EXTNO, signatures=(SIGN,))
    assert (plan.batches_to_send, plan.new_signature, plan.new_extno) == (2, SIGN, "")
    assert SIGN in plan.text("zh_CN") and SIGN in plan.text("en")
    assert sender(store, gateway, campaign.id).run().outcome == "done"

    sent = {s.mobile: s.content for s in gateway.submissions(ACCOUNT)}
    assert sent == {m: f"{SIGN}您好{i}号" for i, m in enumerate(numbers(60)) if i >= 20}
    refused = store.batch_messages(store.campaign_batches(campaign.id)[0].id)
    assert {m.content.startswith(old) for m in refused} == {True}  # what went stays as it was
    assert store.get_campaign(campaign.id).signature == SIGN


def test_only_unsent_messages_can_be_rewritten(store: Store, gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(40), size=20)
    sender(store, gateway, campaign_id, options=SendOptions(parallel=1),
           cancelled=lambda: len(submitted_mobiles(gateway)) >= 20).run()
    sent = store.batch_messages(store.campaign_batches(campaign_id)[0].id)[0]
    with pytest.raises(ValueError, match="planned"):
        store.rewrite_unsent(campaign_id, {sent.id: "x"}, {sent.id: 1}, extno=EXTNO,
                             signature=SIGN, content=None)


def test_unreachable_gateway_pauses_without_marking_anything_sent(store: Store) -> None:
    campaign_id = new_campaign(store, numbers(5), size=5)

    def closed_port() -> GatewayClient:
        return GatewayClient("http://127.0.0.1:9", ACCOUNT, PASSWORD, connect_timeout=0.5)
    report = CampaignSender(store, closed_port, campaign_id, sleep=lambda s: False).run()
    assert report.outcome == "paused"
    assert [b.state for b in store.campaign_batches(campaign_id)] == ["planned"]


def test_cancel_stops_between_batches(store: Store, gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, numbers(100), size=10)
    report = sender(store, gateway, campaign_id, options=SendOptions(parallel=1),
                    cancelled=lambda: len(submitted_mobiles(gateway)) >= 20).run()
    assert report.outcome == "cancelled"
    assert len(submitted_mobiles(gateway)) == 20
    assert [b.state for b in store.campaign_batches(campaign_id)] == \
        ["submitted"] * 2 + ["planned"] * 8
    assert store.get_campaign(campaign_id).state == "paused"


class _DiskFullAfter(Store):
    """A store whose disk fills up after ``good`` answers have been recorded."""

    good = 1

    def apply_answer(self, batch_id: int, results: Sequence[SubmitResult] | None = None,
                     carried: Carried | None = None) -> SubmitSummary:
        if self.good == 0:
            raise StoreError("磁盘已满", message_en="The disk is full")
        self.good -= 1
        return super().apply_answer(batch_id, results, carried)


def test_a_failed_journal_write_stops_the_campaign_and_is_raised(
        store_place: StorePlace, gateway: GatewaySimulator) -> None:
    with _DiskFullAfter(store_place.open()._db) as store:
        store.save_account(Account(id=ACCOUNT, gateway_url="http://127.0.0.1:1", extno=EXTNO))
        campaign_id = new_campaign(store, numbers(100), size=10)
        with pytest.raises(StoreError):
            sender(store, gateway, campaign_id, options=SendOptions(parallel=1)).run()
        # The second answer could not be recorded number by number, and the third request
        # was on the wire meanwhile: both answers are stored whole, nothing went after them.
        assert [b.state for b in store.campaign_batches(campaign_id)] == \
            ["submitted"] * 3 + ["planned"] * 7
        assert store.answers_to_apply() == [b.id for b in store.campaign_batches(campaign_id)[1:3]]
        assert len(submitted_mobiles(gateway)) == 30
    with store_place.open() as store:  # the app starts again
        assert store.recover_interrupted_batches() == []
        assert store.answers_to_apply() == []
        assert store.campaign_totals(campaign_id).submitted == 30
        assert all(m.mid for b in store.campaign_batches(campaign_id)[:3]
                   for m in store.batch_messages(b.id))
