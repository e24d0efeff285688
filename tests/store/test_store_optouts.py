"""Opt-outs in the journal: looked at when a campaign is written and as each batch starts,
and likely opt-outs waiting for review."""

from __future__ import annotations

from time_support import FakeClock

from juhe_desk.gateway.models import InboundMessage, PulledItems, SubmitResult
from juhe_desk.store import (
    Campaign,
    CampaignTotals,
    InboundFilter,
    NewBatch,
    NewCampaign,
    NewMessage,
    OptOutsAdded,
    Store,
)

TEXT = "【聚合】您好，本周六店庆全场八折"


def batch(*mobiles: str) -> NewBatch:
    return NewBatch("send", tuple(NewMessage(m, TEXT, row_index=i) for i, m in enumerate(mobiles)))


def campaign(store: Store, *batches: NewBatch, included: tuple[str, ...] = ()) -> Campaign:
    return store.create_campaign(NewCampaign("922011", "店庆", "send", content=TEXT), batches,
                                 included)


def statuses(store: Store, campaign_id: int) -> dict[str, str]:
    return {m.mobile: m.status for b in store.campaign_batches(campaign_id)
            for m in store.batch_messages(b.id)}


def test_a_campaign_written_after_an_opt_out_leaves_that_number_out(store: Store) -> None:
    store.add_opt_outs(["13800000002", "13800000003"], "mo")
    made = campaign(store, batch("13800000001", "13800000002"), batch("13800000003"),
                    included=("13800000002",))  # the user included this one on purpose
    assert statuses(store, made.id) == {"13800000001": "pending", "13800000002": "pending",
                                        "13800000003": "opted_out"}
    first, second = store.campaign_batches(made.id)
    assert (first.state, second.state) == ("planned", "skipped")  # nobody left in the second
    assert store.campaign_totals(made.id) == CampaignTotals(total=3, pending=2, opted_out=1)
    assert store.batch_recipients(first.id) == [("13800000001", TEXT), ("13800000002", TEXT)]


def test_a_list_longer_than_the_campaign_is_looked_up_number_by_number(store: Store) -> None:
    # Either side may be the longer: the list is read whole only when it is the shorter.
    store.add_opt_outs([f"139{i:08d}" for i in range(50)] + ["13800000002"], "import")
    made = campaign(store, batch("13800000001", "13800000002"), batch("13900000007"),
                    included=("13900000007",))
    assert statuses(store, made.id) == {"13800000001": "pending", "13800000002": "opted_out",
                                        "13900000007": "pending"}
    assert [b.state for b in store.campaign_batches(made.id)] == ["planned", "planned"]


def test_a_campaign_whose_every_number_opted_out_is_done_unsent(store: Store) -> None:
    store.add_opt_outs(["13800000001"], "mo")
    made = campaign(store, batch("13800000001"))
    assert store.get_campaign(made.id).state == "done"
    assert [b.state for b in store.campaign_batches(made.id)] == ["skipped"]


def test_starting_a_batch_leaves_out_who_opted_out_since(store: Store, clock: FakeClock) -> None:
    made = campaign(store, batch("13800000001", "13800000002", "13800000003"))
    (only,) = store.campaign_batches(made.id)
    clock.advance(5)
    store.add_opt_outs(["13800000002"], "mo", note="reply")  # "R" arrives mid-campaign

    started = store.start_batch(only.id)

    assert started.left_out == ("13800000002",) and not started.skipped
    assert store.get_batch(only.id).state == "sending"
    assert store.batch_recipients(only.id) == [("13800000001", TEXT), ("13800000003", TEXT)]
    summary = store.batch_submitted(only.id, [SubmitResult("13800000001", "A1", 0),
                                              SubmitResult("13800000003", "A3", 0)])
    assert summary.missing == ()  # the one left out is not "unanswered", hence not uncertain
    assert statuses(store, made.id) == {"13800000001": "submitted", "13800000002": "opted_out",
                                        "13800000003": "submitted"}
    left = [m for m in store.batch_messages(only.id) if m.status == "opted_out"]
    assert left[0].updated_at == "2026-11-01 09:00:05" and left[0].mid is None
    assert store.get_campaign(made.id).state == "done"


def test_a_batch_whose_numbers_all_opted_out_is_skipped(store: Store) -> None:
    made = campaign(store, batch("13800000001"), batch("13800000002", "13800000003"))
    first, second = store.campaign_batches(made.id)
    store.start_batch(first.id)
    store.batch_submitted(first.id, [SubmitResult("13800000001", "A1", 0)])
    store.add_opt_outs(["13800000002", "13800000003"], "import")

    started = store.start_batch(second.id)

    assert started.skipped and set(started.left_out) == {"13800000002", "13800000003"}
    skipped = store.get_batch(second.id)
    assert skipped.state == "skipped" and skipped.attempts == 0
    assert skipped.request_started_at is None  # never on its way
    assert store.get_campaign(made.id).state == "done"
    assert store.campaign_totals(made.id) == CampaignTotals(total=3, submitted=1, opted_out=2)
    assert store.unfinished_batches() == []


def test_a_fresh_opt_out_outweighs_an_earlier_include(store: Store) -> None:
    store.add_opt_outs(["13800000001"], "mo")
    made = campaign(store, batch("13800000001", "13800000002"), included=("13800000001",))
    (only,) = store.campaign_batches(made.id)
    store.add_opt_outs(["13800000001"], "mo", note="reply")  # replied "R" again
    assert store.start_batch(only.id).left_out == ("13800000001",)


def test_a_batch_sent_again_after_a_refused_connection_is_looked_at_again(store: Store) -> None:
    made = campaign(store, batch("13800000001", "13800000002"))
    (only,) = store.campaign_batches(made.id)
    assert store.start_batch(only.id).left_out == ()
    store.batch_back_to_planned(only.id, "connection refused")
    store.add_opt_outs(["13800000001"], "manual")
    assert store.start_batch(only.id).left_out == ("13800000001",)
    assert store.get_batch(only.id).attempts == 2


def test_a_reply_to_a_number_left_out_is_not_attributed_to_that_campaign(store: Store) -> None:
    store.add_opt_outs(["13800000001"], "mo")
    campaign(store, batch("13800000001", "13800000002"))
    (stored,) = store.add_inbound([InboundMessage("M1", "13800000001", "?", "2026-11-01 10:00:00",
                                                  "1069")], "pull")
    assert stored.campaign_id is None


def _reply(store: Store, mobile: str, content: str, second: int) -> int:
    """A pulled reply, stored as the app stores it (one that looks like an opt-out waits
    for review)."""
    stored = store.add_items(PulledItems(inbound=(InboundMessage(
        f"M{second}", mobile, content, f"2026-11-01 10:00:{second:02d}", "1069"),),
        primary="inbound"), "pull")
    (reply,) = stored.new_inbound
    return reply.id


def test_likely_opt_outs_wait_for_review_until_added_or_dismissed(store: Store) -> None:
    stop = _reply(store, "13800000001", "别再发了", 1)
    again = _reply(store, "13800000001", "烦不烦", 2)
    maybe = _reply(store, "13800000002", "不需要", 3)
    waiting = InboundFilter(review="open")
    assert store.count_inbound(waiting) == 3

    assert store.add_opt_outs_from_replies([stop]) == OptOutsAdded(added=1, already=0)
    assert store.list_opt_outs()[0].note == "别再发了" and store.is_opted_out("13800000001")
    assert store.dismiss_review([maybe]) == 1
    assert store.count_inbound(waiting) == 0  # both replies of the added number are decided
    assert {r.id: r.review for r in store.fetch_inbound()} == {
        stop: "added", again: "added", maybe: "dismissed"}
    assert store.add_opt_outs_from_replies([again]) == OptOutsAdded(added=0, already=1)


def test_an_opt_out_by_any_route_ends_the_review_of_that_number(store: Store) -> None:
    flagged = _reply(store, "13800000001", "别发了", 1)
    assert store.fetch_inbound(InboundFilter(review="open"))[0].id == flagged
    store.add_opt_outs(["13800000001"], "mo", note="reply")  # then the customer sent "TD"
    assert store.fetch_inbound(InboundFilter(review="added"))[0].id == flagged
