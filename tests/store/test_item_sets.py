"""A pull's or a push's items stored as a set (one transaction, a few statements) end exactly
as they would stored one at a time: each once, in the order they came, reports applied by
the same rule, replies linked and counted the same, opt-outs asked for taken at once."""

from __future__ import annotations

from time_support import FakeClock

from juhe_desk.gateway.models import DeliveryReport, InboundMessage, PulledItems, SubmitResult
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Account, Store

ACCOUNT, EXTNO = "922011", "1069012345"
TEXT = "【聚合云信】春季新品到店"


def sent(store: Store, clock: FakeClock, name: str, *mobiles: str) -> int:
    campaign = create_campaign_from_messages(store, account_id=ACCOUNT, name=name, extno=EXTNO,
                                             messages=[(m, TEXT) for m in mobiles],
                                             batch_size=200)
    for batch in store.campaign_batches(campaign.id):
        store.start_batch(batch.id)
        store.batch_submitted(batch.id, [SubmitResult(m, f"{name}-{m}", 0) for m in mobiles])
    clock.advance(60)
    return campaign.id


def report(mid: str, mobile: str, stat: str, time: str) -> DeliveryReport:
    return DeliveryReport(mid, mobile, stat, time, EXTNO, raw=f'{{"mid":"{mid}"}}')


def reply(mobile: str, content: str, time: str, access_code: str = EXTNO) -> InboundMessage:
    return InboundMessage(f"{mobile}-{time}", mobile, content, time, access_code,
                          raw=f'{{"content":"{content}"}}')


def test_a_set_of_reports_is_stored_once_in_order_and_applied_as_one_by_one(
        store: Store, clock: FakeClock) -> None:
    store.save_account(Account(ACCOUNT, "http://127.0.0.1:1", extno=EXTNO))
    campaign = sent(store, clock, "c", "13800000001", "13800000002", "13800000003")
    tie, later = "2026-11-01 09:05:00", "2026-11-01 09:06:00"
    items = [
        report("c-13800000001", "13800000001", "UNDELIV", tie),
        report("c-13800000001", "13800000001", "DELIVRD", tie),  # a tie: the failure wins
        report("c-13800000002", "13800000002", "DELIVRD", tie),
        report("c-13800000002", "13800000002", "UNDELIV", tie),
        report("c-13800000002", "13800000002", "DELIVRD", "2026-11-01 09:01:00"),  # older
        report("c-13800000003", "13800000003", "UNDELIV", tie),
        report("c-13800000003", "13800000003", "DELIVRD", later),  # later: it wins
        report("c-13800000001", "13800000001", "UNDELIV", tie),  # the same again: once
        report("nobody", "13900000000", "DELIVRD", tie),  # no message of ours
    ]
    stored = store.add_items(PulledItems(tuple(items), ()), "pull")
    assert stored.new_reports == 8
    assert store.add_items(PulledItems(tuple(items), ()), "push").new_reports == 0

    rows = sorted(store.fetch_reports(limit=20), key=lambda r: r.id)
    assert [(r.mid, r.stat, r.time) for r in rows] == [
        (i.mid, i.stat, i.time) for i in items[:-2] + items[-1:]]
    assert [r.campaign_id for r in rows] == [campaign] * 7 + [None]
    messages = store.batch_messages(store.campaign_batches(campaign)[0].id)
    assert [(m.status, m.stat, m.stat_time) for m in messages] == [
        ("failed", "UNDELIV", tie), ("failed", "UNDELIV", tie), ("delivered", "DELIVRD", later)]
    assert all(r.message_id == m.id for r in rows[:2] for m in messages[:1])


def test_a_set_of_replies_is_linked_and_counted_as_one_by_one(
        store: Store, clock: FakeClock) -> None:
    store.save_account(Account(ACCOUNT, "http://127.0.0.1:1", extno=EXTNO,
                               reply_extension_digits=2))
    first = sent(store, clock, "春季上新", "13800000001", "13800000002")
    second = sent(store, clock, "会员日", "13800000001")
    items = (
        reply("13800000001", "春季的还有吗", "2026-11-01 09:30:00", EXTNO + "01"),  # exact
        reply("13800000001", "在吗", "2026-11-01 10:05:00", EXTNO),  # a guess: the latest
        reply("13800000002", "R", "2026-11-01 10:01:00", EXTNO + "77"),  # an opt-out
        reply("13800000001", "早上发的", "2026-11-01 08:00:00", EXTNO),  # older, late
        reply("13800000001", "在吗", "2026-11-01 10:05:00", EXTNO),  # the same again: once
        reply("13900000000", "你好", "2026-11-01 10:06:00", ""),  # nobody we sent to
    )
    stored = store.add_items(PulledItems((), items), "pull")
    assert [r.content for r in stored.new_inbound] == ["春季的还有吗", "在吗", "R", "早上发的",
                                                       "你好"]
    assert [(r.campaign_id, r.link_kind) for r in stored.new_inbound] == [
        (first, "exact"), (second, "guess"), (first, "guess"), (None, None), (None, None)]
    assert stored.new_opt_outs == ("13800000002",) and store.is_opted_out("13800000002")
    listed = {c.mobile: c for c in store.fetch_conversations()}
    assert {m: (c.last_text, c.replies, c.unread) for m, c in listed.items()} == {
        "13800000001": ("在吗", 3, 3), "13800000002": ("R", 1, 0),
        "13900000000": ("你好", 1, 1)}
    assert store.add_items(PulledItems((), items), "push").new_inbound == ()


def test_likely_opt_outs_wait_for_a_person_unless_the_number_is_listed(
        store: Store, clock: FakeClock) -> None:
    store.add_opt_outs(["13800000003"], "manual")
    items = (reply("13800000001", "退订", "2026-11-01 10:00:00"),
             reply("13800000002", "别再发了", "2026-11-01 10:01:00"),
             reply("13800000003", "别再发了", "2026-11-01 10:02:00"),
             reply("13800000001", "别再发了", "2026-11-01 10:03:00"))
    stored = store.add_items(PulledItems((), items), "pull")
    assert stored.new_opt_outs == ("13800000001",)
    by_mobile = {r.mobile: r.id for r in stored.new_inbound if r.content == "别再发了"}
    assert stored.to_review == (by_mobile["13800000002"],)
    reviews = {r.mobile: r.review for r in store.fetch_inbound()}
    assert reviews == {"13800000001": None, "13800000002": "open", "13800000003": None}
