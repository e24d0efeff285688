"""The list of campaigns as the services read it: counts per campaign on either backend;
on a team's database the desk that sends each, one that is gone with what it had in flight,
and a pause from another desk."""

from __future__ import annotations

from collections.abc import Iterator

from store_backends import StorePlace
from time_support import wait_until

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.services.campaign_list import campaign_rows, pause_elsewhere, totals_settled
from juhe_desk.store import DeskIdentity, NewBatch, NewCampaign, NewMessage, Store

TEXT = "【店】周六八折"
ACCOUNT = "922011"
MOBILES = ("13800000001", "13800000002", "13800000003", "13800000004")


def campaign(store: Store, name: str = "店庆") -> int:
    batches = [NewBatch("send", (NewMessage(m, TEXT),)) for m in MOBILES]
    return store.create_campaign(NewCampaign(ACCOUNT, name, "send", content=TEXT),
                                 batches).id


def test_every_campaign_newest_first_with_its_counts(store_place: StorePlace) -> None:
    store = store_place.open()
    store.set_desk(DeskIdentity.new("前台"))
    older, newer = campaign(store, "元旦"), campaign(store, "店庆")
    first = store.campaign_batches(newer)[0]
    store.start_batch(first.id)
    store.batch_submitted(first.id, [SubmitResult(MOBILES[0], "A1B2C3D4E5F60718", 0)])
    rows = campaign_rows(store, ACCOUNT)
    assert [(r.campaign_id, r.name) for r in rows] == [(newer, "店庆"), (older, "元旦")]
    row = rows[0]
    assert (row.totals.total, row.went, row.failed, row.uncertain, row.left_to_send) == (
        4, 1, 0, 0, 3)
    assert row.desk_role == "" and row.state == "sending"  # this desk's own: no desk named
    assert campaign_rows(store, "another account") == []


def test_the_desk_that_sends_is_named_and_a_gone_one_with_what_it_had_in_flight(
        two_desks: tuple[Store, Store]) -> None:
    a, b = two_desks
    campaign_id = campaign(a)
    first, second, third, _ = a.campaign_batches(campaign_id)
    a.claim_campaign(campaign_id)
    a.start_batch(first.id)
    a.batch_submitted(first.id, [SubmitResult(MOBILES[0], "A1B2C3D4E5F60718", 0)])
    a.start_batch(second.id)
    a.batch_answered(second.id, [SubmitResult(MOBILES[1], "A1B2C3D4E5F60719", 0)])
    a.start_batch(third.id)  # on the wire when desk A goes
    (row,) = campaign_rows(b, ACCOUNT)
    assert (row.desk_role, row.desk_name) == ("other", "前台")
    assert row.in_flight_batches == 0  # desk A is sending: nothing is settled here
    (own,) = campaign_rows(a, ACCOUNT)
    assert own.desk_role == ""  # desk A sees its own campaign, not another desk

    a.close()
    wait_until(lambda: campaign_rows(b, ACCOUNT)[0].desk_role == "gone", 10,
               "desk A no longer counted as on line", interval=0.05)  # a query each look
    (row,) = campaign_rows(b, ACCOUNT)
    assert row.desk_name == "前台"
    assert (row.in_flight_batches, row.in_flight_messages) == (1, 1)
    assert row.answered_messages == 1  # answered at desk A, not recorded: it went
    assert (row.went, row.uncertain, row.left_to_send) == (2, 1, 1)


def test_a_pause_from_another_desk_pauses_only_a_campaign_still_sending(
        two_desks: tuple[Store, Store]) -> None:
    a, b = two_desks
    campaign_id = campaign(a)
    a.claim_campaign(campaign_id)
    a.set_campaign_state(campaign_id, "sending")
    assert pause_elsewhere(b, campaign_id).state == "paused"
    assert campaign_rows(a, ACCOUNT)[0].state == "paused"
    a.set_campaign_state(campaign_id, "cancelled")
    assert pause_elsewhere(b, campaign_id).state == "cancelled"  # ended meanwhile: left so


def test_all_listed_totals_in_one_query_and_settled_ones_not_read_again(
        store_place: StorePlace) -> None:
    store = store_place.open()
    ended, cancelled, sending = campaign(store, "元旦"), campaign(store, "春节"), campaign(store)
    store.set_campaign_state(ended, "cancelled")  # done and cancelled end a campaign
    store.set_campaign_state(cancelled, "cancelled")
    first = store.campaign_batches(sending)[0]
    store.start_batch(first.id)
    store.batch_submitted(first.id, [SubmitResult(MOBILES[0], "A1B2C3D4E5F60718", 0)])
    assert store.campaigns_totals([ended, cancelled, sending, 999]) == {
        i: store.campaign_totals(i) for i in (ended, cancelled, sending, 999)}
    assert [c.id for c in store.recent_campaigns(ACCOUNT, 2)] == [sending, cancelled]

    asked: list[list[int]] = []
    totals = store.campaigns_totals

    def recorded(ids: Iterator[int]) -> object:
        listed = sorted(ids)
        asked.append(listed)
        return totals(listed)

    store.campaigns_totals = recorded  # type: ignore[method-assign]
    rows = campaign_rows(store, ACCOUNT)
    assert asked == [sorted((ended, cancelled, sending))]  # one query for all of them
    settled = {r.campaign_id: r.totals for r in rows if totals_settled(r)}
    assert set(settled) == {ended, cancelled}  # nothing of theirs awaits a report
    again = campaign_rows(store, ACCOUNT, settled=settled)
    assert asked[-1] == [sending]  # only what can still change
    assert again == rows
    # Kept totals count only while their campaign is ended (as read in the same turn).
    campaign_rows(store, ACCOUNT, settled={**settled, sending: settled[ended]})
    assert asked[-1] == [sending]
