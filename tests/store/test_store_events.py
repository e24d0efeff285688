"""Reports, inbound messages and opt-outs: idempotent, applied to messages, and readable
through filtered pages."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from time_support import FakeClock

from juhe_desk.gateway.china_time import CHINA_TZ
from juhe_desk.gateway.models import DeliveryReport, InboundMessage, SubmitResult
from juhe_desk.store import (
    Batch,
    InboundFilter,
    MessageFilter,
    NewBatch,
    NewCampaign,
    NewMessage,
    ReportFilter,
    ReportOrder,
    ReportRecord,
    Store,
    UncertainEvidence,
    paging,
)

TEXT = "【聚合】您好"


def started_batch(store: Store, *mobiles: str) -> Batch:
    campaign = store.create_campaign(
        NewCampaign("922011", "c", "send", content=TEXT),
        [NewBatch("send", tuple(NewMessage(m, TEXT) for m in mobiles))])
    return store.batch_start(store.campaign_batches(campaign.id)[0].id)


def report(mid: str, mobile: str, stat: str = "DELIVRD",
           time: str = "2026-11-01 09:00:30") -> DeliveryReport:
    raw = f'{{"flag":1,"mid":"{mid}","mobile":"{mobile}","stat":"{stat}","time":"{time}"}}'
    return DeliveryReport(mid, mobile, stat, time, "106901234", raw=raw)


def test_the_same_report_by_push_and_by_pull_is_one_row(store: Store) -> None:
    batch = started_batch(store, "13800000001")
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "MID1", 0)])
    item = report("MID1", "13800000001")
    assert store.add_reports([item], "push") == 1
    assert store.add_reports([item, item], "pull") == 0
    assert store.count_reports() == 1
    stored = store.fetch_reports()[0]
    assert (stored.via, stored.raw, stored.campaign_id) == ("push", item.raw, batch.campaign_id)
    message = store.batch_messages(batch.id)[0]
    assert stored.message_id == message.id
    assert (message.status, message.stat, message.stat_time) == (
        "delivered", "DELIVRD", "2026-11-01 09:00:30")
    assert store.campaign_totals(batch.campaign_id).delivered == 1


def test_the_latest_report_wins_and_a_tie_goes_to_the_failure(store: Store) -> None:
    batch = started_batch(store, "13800000001", "13800000002")
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "A", 0),
                                     SubmitResult("13800000002", "B", 0)])
    same_time = "2026-11-01 09:05:00"
    # Number 1: failure then delivery at the same time; number 2 the other order.
    store.add_reports([report("A", "13800000001", "UNDELIV", same_time)], "pull")
    store.add_reports([report("A", "13800000001", "DELIVRD", same_time)], "pull")
    store.add_reports([report("B", "13800000002", "DELIVRD", same_time)], "pull")
    store.add_reports([report("B", "13800000002", "UNDELIV", same_time)], "pull")
    # An older report arriving late changes nothing.
    store.add_reports([report("B", "13800000002", "DELIVRD", "2026-11-01 09:01:00")], "pull")
    messages = store.batch_messages(batch.id)
    assert [(m.status, m.stat) for m in messages] == [("failed", "UNDELIV")] * 2
    store.add_reports([report("A", "13800000001", "DELIVRD", "2026-11-01 09:06:00")], "pull")
    assert store.batch_messages(batch.id)[0].status == "delivered"
    assert store.count_reports() == 6


def test_an_unknown_stat_code_is_kept_as_it_came(store: Store) -> None:
    batch = started_batch(store, "13800000001")
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "A", 0)])
    store.add_reports([report("A", "13800000001", "DB:0101")], "pull")
    message = store.batch_messages(batch.id)[0]
    assert (message.status, message.stat) == ("failed", "DB:0101")
    assert store.fetch_reports(ReportFilter(stat="DB:0101"))[0].stat == "DB:0101"


def test_a_report_that_beats_the_send_answer_is_applied_later(store: Store) -> None:
    batch = started_batch(store, "13800000001")
    assert store.add_reports([report("EARLY", "13800000001")], "push") == 1
    assert store.fetch_reports()[0].message_id is None
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "EARLY", 0)])
    assert store.batch_messages(batch.id)[0].status == "delivered"
    assert store.fetch_reports()[0].campaign_id == batch.campaign_id


def test_a_bad_via_is_refused_before_anything_is_written(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_reports([report("A", "13800000001")], "email")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.add_inbound([InboundMessage("I", "13800000001", "hi", "2026-11-01 09:00:00")],
                          "fax")  # type: ignore[arg-type]
    assert store.count_reports() == 0 and store.count_inbound() == 0


def test_reports_are_evidence_for_an_uncertain_batch_never_a_verdict(
        store: Store, clock: FakeClock) -> None:
    clock.advance(3600)  # the request starts at 10:00:00
    batch = started_batch(store, "13800000001", "13800000002", "13800000003")
    store.batch_uncertain(batch.id, "read timeout")
    assert store.uncertain_evidence(batch.id) == UncertainEvidence(batch.id, 3)
    store.add_reports([
        report("OLD", "13800000001", time="2026-11-01 09:30:00"),  # before the request
        report("OTHER", "13900000000", time="2026-11-01 10:00:20"),  # not in the batch
    ], "pull")
    assert store.uncertain_evidence(batch.id) == UncertainEvidence(batch.id, 3)

    # A forged (or stray) DELIVRD pushed for a number of the batch, and a real pulled one:
    # the mids of an uncertain batch are unknown, so neither can change it.
    store.add_reports([report("FORGED", "13800000002", "DELIVRD", "2026-11-01 10:00:10")],
                      "push")
    store.add_reports([report("M1", "13800000001", "DELIVRD", "2026-11-01 10:00:20"),
                       report("M1", "13800000001", "UNDELIV", "2026-11-01 10:00:40")], "pull")
    assert store.match_reports_to_sent_messages() == []
    assert store.get_batch(batch.id).state == "uncertain"
    assert store.get_campaign(batch.campaign_id).state != "done"
    assert [(m.mid, m.status) for m in store.batch_messages(batch.id)] == [(None, "uncertain")] * 3
    # The user sees it when deciding: 2 of 3 numbers reported, both delivered, 1 by push.
    assert store.uncertain_evidence(batch.id) == UncertainEvidence(batch.id, 3, 2, 2, 1)

    # The user decides it went: now the reports are applied to its messages.
    store.resolve_uncertain_batch(batch.id, "submitted")
    matched = store.match_reports_to_sent_messages()
    assert [(r.batch_id, r.matched_messages) for r in matched] == [(batch.id, 2)]
    assert store.get_campaign(batch.campaign_id).state == "done"
    messages = store.batch_messages(batch.id)
    assert [(m.mobile, m.mid, m.status) for m in messages] == [
        ("13800000001", "M1", "failed"), ("13800000002", "FORGED", "delivered"),
        ("13800000003", None, "submitted")]

    # A later report for another number of the batch is matched too, once.
    store.add_reports([report("M3", "13800000003", time="2026-11-01 10:03:00")], "pull")
    matched = store.match_reports_to_sent_messages()
    assert [(r.batch_id, r.matched_messages) for r in matched] == [(batch.id, 1)]
    assert store.batch_messages(batch.id)[2].status == "delivered"
    assert store.match_reports_to_sent_messages() == []
    assert store.count_reports(ReportFilter(campaign_id=batch.campaign_id)) == 4


def test_a_report_changes_a_message_only_by_a_mid_the_gateway_gave_for_it(
        store: Store, clock: FakeClock) -> None:
    clock.advance(3600)
    batch = started_batch(store, "13800000001", "13800000002")
    # The answer names only the first number: the second stays uncertain.
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "M1", 0)])
    store.add_reports([report("GUESS", "13800000001", "UNDELIV", "2026-11-01 10:00:30"),
                       report("M2?", "13800000002", "DELIVRD", "2026-11-01 10:00:30")], "push")
    assert store.match_reports_to_sent_messages() == []
    messages = store.batch_messages(batch.id)
    assert [(m.mid, m.status) for m in messages] == [("M1", "submitted"), (None, "uncertain")]
    store.add_reports([report("M1", "13800000001", "DELIVRD", "2026-11-01 10:00:40")], "pull")
    assert store.batch_messages(batch.id)[0].status == "delivered"


def test_inbound_is_idempotent_and_attributed_to_the_last_campaign(
        store: Store, clock: FakeClock) -> None:
    batch = started_batch(store, "13800000001")
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "M1", 0)])
    reply = InboundMessage("I1", "13800000001", "TD", "2026-11-01 09:10:00", "10690123450",
                           raw='{"flag":0,"content":"TD"}')
    stranger = InboundMessage("I2", "13900000000", "你好", "2026-11-01 09:11:00")
    new = store.add_inbound([reply, stranger], "push")
    assert [(r.mid, r.campaign_id) for r in new] == [("I1", batch.campaign_id), ("I2", None)]
    assert new[0].raw == reply.raw and new[0].access_code == "10690123450"
    assert store.add_inbound([reply], "pull") == []
    assert store.count_inbound() == 2
    assert [r.mid for r in store.fetch_inbound(InboundFilter(campaign_id=batch.campaign_id))] \
        == ["I1"]
    assert [r.mid for r in store.fetch_inbound(InboundFilter(text="你"))] == ["I2"]


def test_opt_outs(store: Store) -> None:
    assert store.add_opt_outs(["13800000001", "13800000002", "13800000001"], "mo", "TD") == 2
    assert store.add_opt_outs(["13800000002", "13800000003"], "manual") == 1
    assert store.is_opted_out("13800000002") and not store.is_opted_out("13900000000")
    listed = store.list_opt_outs()
    assert [(o.mobile, o.source, o.note) for o in listed] == [
        ("13800000001", "mo", "TD"), ("13800000002", "mo", "TD"), ("13800000003", "manual", "")]
    many = [f"137{i:08d}" for i in range(1200)]
    assert store.add_opt_outs(many[::2], "import") == 600
    assert store.opted_out([*many, "13800000003", "13900000000"]) == {*many[::2], "13800000003"}
    assert store.count_opt_outs("1380") == 3 and store.count_opt_outs() == 603
    assert [o.mobile for o in store.list_opt_outs("137", offset=1, limit=2)] == many[2:6:2]
    assert store.remove_opt_outs(["13800000001", "13800000001", "13900000000"]) == 1
    assert store.remove_opt_outs(["13800000001"]) == 0
    assert not store.is_opted_out("13800000001")
    with pytest.raises(ValueError):
        store.add_opt_outs(["13800000009"], "web")  # type: ignore[arg-type]


# --- filtered pages, checked against a plain Python reading of the same rows ------------

STATS = ["DELIVRD"] * 6 + ["UNDELIV", "EXPIRED", "MA:0029", "DB:0101"]


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[int]]:
    rnd = random.Random(7)
    campaign_ids = []
    for c in range(3):
        mobiles = [f"13{c}{i:08d}" for i in range(40)]
        batch = started_batch(store, *mobiles)
        store.batch_submitted(batch.id, [SubmitResult(m, f"C{c}M{i}", 0)
                                         for i, m in enumerate(mobiles)])
        campaign_ids.append(batch.campaign_id)
    items = []
    for i in range(400):
        c = rnd.randrange(4)  # 3 = numbers of no campaign
        n = rnd.randrange(40)
        mobile = f"13{c}{n:08d}" if c < 3 else f"15{rnd.randrange(10**9):09d}"
        mid = f"C{c}M{n}" if c < 3 else f"X{i}"
        # Many reports share a time, so the tie-break on id is exercised.
        when = dt.datetime(2026, 11, 1 + rnd.randrange(5), rnd.randrange(24), rnd.randrange(3))
        items.append(DeliveryReport(mid, mobile, rnd.choice(STATS),
                                    when.strftime("%Y-%m-%d %H:%M:%S")))
    # A few numbers that do not start with 1 (a prefix "1" is counted as the table less
    # what lies either side of it: these must be left out, the edges exactly).
    items += [DeliveryReport(f"F{i}", mobile, "DELIVRD", "2026-11-02 10:00:00")
              for i, mobile in enumerate(("0912345678", "1", "2", "20000000000",
                                          "85291234567", "0"))]
    distinct = {(r.mid, r.mobile, r.stat, r.time) for r in items}
    assert store.add_reports(items, "pull") == len(distinct) > 350
    return store, campaign_ids


def _expected(rows: list[ReportRecord], f: ReportFilter, order: str,
              descending: bool) -> list[int]:
    def keep(r: ReportRecord) -> bool:
        return (r.mobile.startswith(f.mobile_prefix)
                and (f.stat is None or r.stat == f.stat)
                and (f.delivered is None or (r.stat == "DELIVRD") == f.delivered)
                and (f.campaign_id is None or r.campaign_id == f.campaign_id)
                and (f.since is None or r.time >= str(f.since))
                and (f.until is None or r.time < str(f.until)))

    keys = {"time": lambda r: (r.time, r.id), "mobile": lambda r: (r.mobile, r.time, r.id),
            "stat": lambda r: (r.stat, r.time, r.id)}
    return [r.id for r in sorted(filter(keep, rows), key=keys[order], reverse=descending)]


def _filters(campaign_ids: list[int]) -> list[ReportFilter]:
    return [
        ReportFilter(), ReportFilter(mobile_prefix="131"), ReportFilter(mobile_prefix="1310000001"),
        ReportFilter(stat="UNDELIV"), ReportFilter(delivered=True), ReportFilter(delivered=False),
        ReportFilter(campaign_id=campaign_ids[1]),
        ReportFilter(campaign_id=campaign_ids[0], stat="DELIVRD"),
        ReportFilter(campaign_id=campaign_ids[2], mobile_prefix="132000000"),
        ReportFilter(campaign_id=campaign_ids[2], delivered=False),
        ReportFilter(since="2026-11-02 00:00:00", until="2026-11-04 00:00:00"),
        ReportFilter(mobile_prefix="15", since="2026-11-03 00:00:00"),
        ReportFilter(stat="DELIVRD", until="2026-11-02 12:00:00"),
        ReportFilter(mobile_prefix="19"), ReportFilter(mobile_prefix="1"),
        ReportFilter(mobile_prefix="2"), ReportFilter(mobile_prefix="8"),
        ReportFilter(mobile_prefix="1", stat="DELIVRD"),
    ]


@pytest.mark.parametrize("sort_limit", [paging.SORT_MATCHES_UP_TO, 0])
def test_filtered_pages_match_a_plain_reading(filled: tuple[Store, list[int]],
                                              monkeypatch: pytest.MonkeyPatch,
                                              sort_limit: int) -> None:
    # sort_limit 0 forces the "walk the order's index" plans that large tables get.
    monkeypatch.setattr(paging, "SORT_MATCHES_UP_TO", sort_limit)
    store, campaign_ids = filled
    everything = store.fetch_reports(limit=10_000)
    assert len(everything) == store.count_reports() > 350
    for f in _filters(campaign_ids):
        orders: tuple[ReportOrder, ...] = ("time", "mobile", "stat")
        for order in orders:
            for descending in (True, False):
                expected = _expected(everything, f, order, descending)
                assert store.count_reports(f) == len(expected), f
                pages: list[int] = []
                for offset in range(0, len(expected) + 7, 7):
                    pages += [r.id for r in store.fetch_reports(
                        f, offset, 7, order, descending)]
                assert pages == expected, (f, order, descending)


def test_filters_take_datetimes(filled: tuple[Store, list[int]]) -> None:
    store, _ = filled
    since = dt.datetime(2026, 11, 2, tzinfo=CHINA_TZ)
    until = dt.datetime(2026, 11, 2, 16, tzinfo=dt.UTC)  # 2026-11-03 00:00 China time
    as_text = ReportFilter(since="2026-11-02 00:00:00", until="2026-11-03 00:00:00")
    assert store.count_reports(ReportFilter(since=since, until=until)) == \
        store.count_reports(as_text) > 0


def test_message_pages(filled: tuple[Store, list[int]]) -> None:
    store, campaign_ids = filled
    total = store.campaign_totals(campaign_ids[0])
    assert total.total == 40 and total.finished + total.submitted == 40
    f = MessageFilter(campaign_id=campaign_ids[0], statuses=("delivered",))
    delivered = store.fetch_messages(f, limit=100)
    assert len(delivered) == store.count_messages(f) == total.delivered
    assert [m.id for m in delivered] == sorted(m.id for m in delivered)
    by_mobile = store.fetch_messages(MessageFilter(campaign_id=campaign_ids[0]), 0, 100,
                                     "mobile", descending=True)
    assert [m.mobile for m in by_mobile] == sorted((m.mobile for m in by_mobile), reverse=True)
    assert [m.mobile for m in store.fetch_messages(
        MessageFilter(mobile_prefix="1310000000"))] == [f"1310000000{i}" for i in range(10)]
    batch_id = delivered[0].batch_id
    assert store.count_messages(MessageFilter(batch_id=batch_id)) == 40
    assert store.count_messages(MessageFilter(statuses=("pending",))) == 0


def test_inbound_pages(store: Store) -> None:
    items = [InboundMessage(f"I{i}", f"1380000{i % 7:04d}", f"回复{i}",
                            f"2026-11-0{1 + i % 5} 10:00:{i % 60:02d}") for i in range(60)]
    assert len(store.add_inbound(items, "pull")) == 60
    f = InboundFilter(mobile_prefix="13800000003", since="2026-11-02 00:00:00")
    expected = sorted((i for i in items if i.mobile == "13800000003" and i.time >= "2026-11-02"),
                      key=lambda i: i.time, reverse=True)
    assert store.count_inbound(f) == len(expected) > 0
    assert [r.mid for r in store.fetch_inbound(f)] == [i.mid for i in expected]
    by_mobile = store.fetch_inbound(order_by="mobile", descending=False, limit=60)
    assert [r.mobile for r in by_mobile] == sorted(i.mobile for i in items)


def test_report_stat_codes_lists_each_code_once_sorted(store: Store) -> None:
    assert store.report_stat_codes() == []
    store.add_reports([DeliveryReport(f"M{n}", f"1380000{n:04d}", stat, "2026-11-01 10:00:00")
                       for n, stat in enumerate(["DELIVRD", "UNDELIV", "DELIVRD", "MK:0001"])],
                      "pull")
    assert store.report_stat_codes() == ["DELIVRD", "MK:0001", "UNDELIV"]
