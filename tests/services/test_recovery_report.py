"""recovery.py: the report shown at start after a crash, and resuming a campaign."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN
from store_backends import StorePlace

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import DeliveryReport, SubmitResult
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.recovery import ResumeError, recovery_report, resume
from juhe_desk.services.sending import CampaignSender
from juhe_desk.store import Batch, Store

TEXT = f"{SIGN}周末特价"


@pytest.fixture
def store(store_place: StorePlace) -> Iterator[Store]:
    with store_place.open() as opened:
        yield opened


def numbers(count: int, start: int = 13800000000) -> list[str]:
    return [str(start + i) for i in range(count)]


def new_campaign(store: Store, count: int, size: int, name: str = "周末",
                 start: int = 13800000000, scheduled_at: str | None = None) -> int:
    return create_campaign_from_messages(
        store, account_id=ACCOUNT, name=name, extno=EXTNO,
        messages=[(m, TEXT) for m in numbers(count, start)], batch_size=size,
        scheduled_at=scheduled_at).id


def submit(store: Store, batch: Batch, refused: int = 0) -> list[str]:
    """Start and answer a batch: every number accepted but the last ``refused``; the mids."""
    store.batch_start(batch.id)
    mobiles = [m.mobile for m in store.batch_messages(batch.id)]
    mids = [f"{batch.id:08X}{i:08X}" for i in range(len(mobiles))]
    cut = len(mobiles) - refused
    store.batch_submitted(batch.id, [
        SubmitResult(mobile, mid if i < cut else "", 0 if i < cut else 15)
        for i, (mobile, mid) in enumerate(zip(mobiles, mids, strict=True))])
    return mids


def report(mid: str, mobile: str, stat: str) -> DeliveryReport:
    return DeliveryReport(mid=mid, mobile=mobile, stat=stat, time="2030-01-01 10:00:00",
                          access_code=EXTNO)


def test_nothing_unfinished_says_so(store: Store) -> None:
    done = new_campaign(store, 3, 3)
    submit(store, store.campaign_batches(done)[0])
    assert store.get_campaign(done).state == "done"
    result = recovery_report(store)
    assert not result.needs_attention
    assert result.campaigns == ()
    assert result.text("zh_CN") == "没有未完成的群发任务。"
    assert result.text("en") == "No campaign was left unfinished."


def test_counts_what_went_what_did_not_and_what_is_uncertain(store: Store) -> None:
    campaign_id = new_campaign(store, 20, 5)
    first, second, third, fourth = store.campaign_batches(campaign_id)
    submit(store, first, refused=2)  # 3 accepted, 2 refused (balance)
    mids = submit(store, second)
    mobiles = [m.mobile for m in store.batch_messages(second.id)]
    store.add_reports([report(mids[0], mobiles[0], "DELIVRD"),
                       report(mids[1], mobiles[1], "UNDELIV")], "pull")
    store.batch_start(third.id)
    # ... the process dies mid-request; the app starts again:
    marked = store.recover_interrupted_batches()
    assert [b.id for b in marked] == [third.id]

    entry = recovery_report(store).campaign(campaign_id)
    assert entry is not None
    assert (entry.submitted, entry.delivered, entry.failed, entry.refused) == (6, 1, 1, 2)
    assert (entry.went, entry.not_sent, entry.uncertain, entry.total) == (10, 5, 5, 20)
    assert entry.state == "sending"
    assert [(b.batch_id, b.seq, b.messages) for b in entry.uncertain_batches] == [
        (third.id, 3, 5)]
    assert "退出" in entry.uncertain_batches[0].reason
    assert store.get_batch(fourth.id).state == "planned"
    zh, en = entry.text("zh_CN"), entry.text("en")
    assert "已发出 10 条（其中 2 条被网关拒收）" in zh
    assert "未发出 5 条" in zh and "不确定是否已发出 5 条" in zh
    assert "不会自动重发" in zh and "其余 5 条" in zh
    assert "10 sent (2 of them refused by the gateway), 5 not sent, 5 uncertain" in en
    assert "never sent again by themselves" in en
    assert en.endswith('Choose "Resume sending" to send the other 5.')


def test_a_batch_still_marked_sending_counts_as_uncertain(store: Store) -> None:
    campaign_id = new_campaign(store, 6, 3)
    first, _ = store.campaign_batches(campaign_id)
    store.batch_start(first.id)  # not yet marked: it may have gone
    entry = recovery_report(store).campaign(campaign_id)
    assert entry is not None
    assert (entry.went, entry.not_sent, entry.uncertain) == (0, 3, 3)
    assert [b.batch_id for b in entry.uncertain_batches] == [first.id]


def test_lists_only_unfinished_campaigns_oldest_first(store: Store) -> None:
    done = new_campaign(store, 2, 2, name="完成", start=13700000000)
    submit(store, store.campaign_batches(done)[0])
    cancelled = new_campaign(store, 2, 2, name="取消", start=13600000000)
    store.set_campaign_state(cancelled, "cancelled")
    draft = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="草稿", extno=EXTNO, messages=[("13500000000", TEXT)],
        batch_size=1)
    store.set_campaign_state(draft.id, "draft")
    paused = new_campaign(store, 4, 2, name="暂停", start=13400000000)
    first, _ = store.campaign_batches(paused)
    store.batch_start(first.id)
    store.batch_uncertain(first.id, "read timeout")
    submit(store, store.campaign_batches(paused)[1])
    store.set_campaign_state(paused, "paused")
    later = new_campaign(store, 3, 3, name="预约", scheduled_at="2030-05-01 09:00:00")

    result = recovery_report(store)
    assert [c.campaign_id for c in result.campaigns] == [paused, later]
    assert result.needs_attention
    waiting = result.campaign(later)
    assert waiting is not None and not waiting.started
    assert waiting.text("zh_CN") == "群发任务“预约”定于 2030-05-01 09:00:00 尚未开始发送，共 3 条。"
    assert "scheduled for 2030-05-01 09:00:00" in waiting.text("en")
    only_uncertain = result.campaign(paused)
    assert only_uncertain is not None
    assert (only_uncertain.went, only_uncertain.not_sent, only_uncertain.uncertain) == (2, 0, 2)
    assert "继续发送" not in only_uncertain.text("zh_CN")
    assert result.text("zh_CN").splitlines() == [only_uncertain.text("zh_CN"),
                                                 waiting.text("zh_CN")]


def test_resume_makes_the_campaign_sendable_and_leaves_uncertain_batches(store: Store) -> None:
    campaign_id = new_campaign(store, 9, 3)
    first, second, third = store.campaign_batches(campaign_id)
    submit(store, first)
    store.batch_start(second.id)
    store.recover_interrupted_batches()
    store.set_campaign_state(campaign_id, "paused")
    uncertain_before = store.get_batch(second.id)

    plan = resume(store, campaign_id)
    assert plan.campaign.state == "sending"
    assert (plan.batches_to_send, plan.messages_to_send) == (1, 3)
    assert [b.batch_id for b in plan.uncertain_batches] == [second.id]
    assert store.get_batch(second.id) == uncertain_before  # untouched
    assert [m.status for m in store.batch_messages(second.id)] == ["uncertain"] * 3
    assert store.get_batch(third.id).state == "planned"
    assert plan.text("zh_CN") == ("将发送 3 条（1 个批次）。"
                                  "1 个不确定的批次等待您确认，不会自动重发。")
    assert plan.text("en") == ("3 messages in 1 batch(es) will be sent."
                               " 1 uncertain batch(es) wait for your decision.")


def test_resume_with_nothing_to_send_waits_paused(store: Store) -> None:
    campaign_id = new_campaign(store, 3, 3)
    store.batch_start(store.campaign_batches(campaign_id)[0].id)
    store.recover_interrupted_batches()
    assert store.get_campaign(campaign_id).state == "sending"
    plan = resume(store, campaign_id)
    assert plan.campaign.state == "paused"
    assert (plan.batches_to_send, plan.messages_to_send) == (0, 0)
    assert len(plan.uncertain_batches) == 1


def test_send_it_again_is_the_users_decision_then_resume_sends_it(store: Store) -> None:
    campaign_id = new_campaign(store, 3, 3)
    batch = store.campaign_batches(campaign_id)[0]
    store.batch_start(batch.id)
    store.recover_interrupted_batches()
    assert resume(store, campaign_id).batches_to_send == 0
    store.resolve_uncertain_batch(batch.id, "planned")
    plan = resume(store, campaign_id)
    assert (plan.campaign.state, plan.batches_to_send, plan.uncertain_batches) == (
        "sending", 1, ())


@pytest.mark.parametrize("state", ["done", "cancelled", "draft"])
def test_resume_refuses_a_campaign_that_is_not_unfinished(store: Store, state: str) -> None:
    campaign_id = new_campaign(store, 2, 2)
    if state == "done":
        submit(store, store.campaign_batches(campaign_id)[0])
    else:
        store.set_campaign_state(campaign_id, state)  # type: ignore[arg-type]
    with pytest.raises(ResumeError) as caught:
        resume(store, campaign_id)
    assert "不能继续发送" in caught.value.text("zh_CN")
    assert f"is {state}; it cannot resume" in caught.value.text("en")
    assert store.get_campaign(campaign_id).state == state


def test_resume_refuses_while_a_batch_is_being_sent(store: Store) -> None:
    campaign_id = new_campaign(store, 4, 2)
    store.batch_start(store.campaign_batches(campaign_id)[0].id)
    with pytest.raises(ResumeError) as caught:
        resume(store, campaign_id)
    assert "正在发送" in caught.value.text("zh_CN")
    assert store.campaign_batches(campaign_id)[0].state == "sending"


def test_a_resumed_campaign_never_resends_its_uncertain_batch(
        store: Store, gateway: GatewaySimulator) -> None:
    campaign_id = new_campaign(store, 6, 3)
    first, second = store.campaign_batches(campaign_id)
    store.batch_start(first.id)
    store.recover_interrupted_batches()
    resume(store, campaign_id)

    def make_client() -> GatewayClient:
        return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD)
    outcome = CampaignSender(store, make_client, campaign_id).run()
    sent = sorted(s.mobile for s in gateway.submissions(ACCOUNT))
    assert outcome.outcome == "done"
    assert sent == [m.mobile for m in store.batch_messages(second.id)]
    assert store.get_batch(first.id).state == "uncertain"
    assert store.get_campaign(campaign_id).state == "paused"
    entry = recovery_report(store).campaign(campaign_id)
    assert entry is not None and (entry.went, entry.not_sent, entry.uncertain) == (3, 0, 3)
