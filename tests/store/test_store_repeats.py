"""What went out lately (store.recent_repeats) and campaigns by sheet fingerprint."""

from __future__ import annotations

import pytest
from store_support import FakeClock

from juhe_desk.gateway.models import DeliveryReport, SubmitResult
from juhe_desk.store import Campaign, NewBatch, NewCampaign, NewMessage, RepeatCheck, Store
from juhe_desk.store import repeats as repeats_module
from juhe_desk.store.dialect import SQLITE
from juhe_desk.store.repeats import _SENT_SINCE, _SENT_TO_NUMBERS

TEXT = "【聚合】本周六店庆全场八折"
OTHER = "【聚合】下周一照常营业"


def campaign(store: Store, name: str, *mobiles: str, text: str = TEXT,
             source_file: str | None = None, fingerprint: str | None = None,
             account: str = "922011") -> Campaign:
    """One send campaign, one batch per number (so each can meet its own fate)."""
    batches = [NewBatch("send", (NewMessage(m, text),)) for m in mobiles]
    return store.create_campaign(NewCampaign(account, name, "send", content=text,
                                             source_file=source_file,
                                             source_fingerprint=fingerprint), batches)


def submit(store: Store, campaign_id: int, result: int = 0) -> None:
    for batch in store.campaign_batches(campaign_id):
        store.batch_start(batch.id)
        mobile = store.batch_messages(batch.id)[0].mobile
        store.batch_submitted(batch.id, [SubmitResult(mobile, f"M{batch.id:04d}", result)])


def check(store: Store, *mobiles: str, text: str = TEXT) -> RepeatCheck:
    return store.recent_repeats([(m, text) for m in mobiles])


@pytest.fixture(params=["by number", "by window"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of reading the journal must give the same answer."""
    if request.param == "by window":
        monkeypatch.setattr(repeats_module, "BY_NUMBER_LIMIT", 0)
    return str(request.param)


def test_numbers_that_got_the_same_text_are_found_with_their_campaign(
        store: Store, clock: FakeClock, strategy: str) -> None:
    first = campaign(store, "快速发送 09:00", "13800000001", "13800000002")
    submit(store, first.id)
    clock.advance(3600)
    second = campaign(store, "客户.xlsx", "13800000002", "13800000003",
                      source_file="客户.xlsx")
    submit(store, second.id)
    clock.advance(60)

    found = check(store, "13800000001", "13800000002", "13800000003", "13800000004")
    assert found.repeated == {("13800000001", TEXT), ("13800000002", TEXT),
                              ("13800000003", TEXT)}
    assert found.numbers == 3 and found.found
    assert found.since == "2026-10-31 10:01:00"
    latest, earliest = found.earlier
    assert (latest.campaign_id, latest.name, latest.numbers, latest.quick_send) == (
        second.id, "客户.xlsx", 2, False)
    assert (latest.first_sent_at, latest.last_sent_at) == ("2026-11-01 10:00:00",
                                                           "2026-11-01 10:00:00")
    assert (earliest.campaign_id, earliest.numbers, earliest.quick_send) == (first.id, 2, True)
    assert earliest.created_at == "2026-11-01 09:00:00"


def test_only_the_same_text_to_the_same_number_counts(store: Store, strategy: str) -> None:
    submit(store, campaign(store, "a", "13800000001").id)
    submit(store, campaign(store, "b", "13800000002", text=OTHER).id)
    assert not check(store, "13800000002").found  # same number, another text
    assert not check(store, "13800000009").found  # same text, another number
    p2p = store.recent_repeats([("13800000001", TEXT), ("13800000002", TEXT),
                                ("13800000002", OTHER)])
    assert p2p.repeated == {("13800000001", TEXT), ("13800000002", OTHER)}
    assert p2p.numbers == 2
    assert not store.recent_repeats([]).found


def test_what_was_never_sent_or_did_not_arrive_does_not_count(
        store: Store, strategy: str) -> None:
    planned = campaign(store, "planned", "13800000001")
    never_left = campaign(store, "refused connection", "13800000002")
    batch = store.campaign_batches(never_left.id)[0]
    store.batch_start(batch.id)
    store.batch_back_to_planned(batch.id, "连接被拒绝")
    refused_whole = campaign(store, "status 21", "13800000003")
    batch = store.campaign_batches(refused_whole.id)[0]
    store.batch_start(batch.id)
    store.batch_refused(batch.id, 21, "busy")
    refused_number = campaign(store, "RESULT 17", "13800000004")
    submit(store, refused_number.id, result=17)
    failed = campaign(store, "undelivered", "13800000005")
    submit(store, failed.id)
    failed_batch = store.campaign_batches(failed.id)[0].id
    store.add_reports([DeliveryReport(f"M{failed_batch:04d}", "13800000005", "UNDELIV",
                                      "2026-11-01 09:00:05")], "pull")
    assert {m.status for m in store.batch_messages(failed_batch)} == {"failed"}
    assert planned.state == "scheduled"
    assert not check(store, *(f"1380000000{i}" for i in range(1, 6))).found


def test_what_may_have_gone_counts(store: Store, strategy: str) -> None:
    in_flight = campaign(store, "in flight", "13800000001")
    store.batch_start(store.campaign_batches(in_flight.id)[0].id)
    uncertain = campaign(store, "timed out", "13800000002")
    batch = store.campaign_batches(uncertain.id)[0]
    store.batch_start(batch.id)
    store.batch_uncertain(batch.id, "read timeout")
    delivered = campaign(store, "delivered", "13800000003")
    submit(store, delivered.id)
    mid = f"M{store.campaign_batches(delivered.id)[0].id:04d}"
    store.add_reports([DeliveryReport(mid, "13800000003", "DELIVRD", "2026-11-01 09:00:05")],
                      "pull")
    found = check(store, "13800000001", "13800000002", "13800000003")
    assert found.numbers == 3
    assert {e.name for e in found.earlier} == {"in flight", "timed out", "delivered"}


def test_the_window_is_the_last_24_hours(store: Store, clock: FakeClock, strategy: str) -> None:
    submit(store, campaign(store, "yesterday", "13800000001").id)
    clock.advance(24 * 3600 - 1)
    assert check(store, "13800000001").found
    clock.advance(1)
    assert check(store, "13800000001").found  # exactly 24 hours ago: still inside
    clock.advance(1)
    assert not check(store, "13800000001").found


def test_the_journal_is_read_through_indexes(sqlite_store: Store) -> None:
    """Neither way may pass over every message or every batch (a million rows): SQLite's
    plans (PostgreSQL plans from its statistics)."""
    conn = sqlite_store._db.connection()
    by_number = [r[3] for r in conn.execute(
        f"EXPLAIN QUERY PLAN {_SENT_TO_NUMBERS.format(numbers=SQLITE.json_texts('w'))}",
        ("[]", "x"))]
    assert "SEARCH m USING INDEX messages_mobile (mobile=?)" in by_number, by_number
    assert "SEARCH b USING INTEGER PRIMARY KEY (rowid=?)" in by_number, by_number
    by_window = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {_SENT_SINCE}", ("x",))]
    assert by_window == [
        "SEARCH b USING INDEX batches_request_started (request_started_at>?)",
        "SEARCH m USING INDEX sqlite_autoindex_messages_1 (batch_id=?)"], by_window
    for plan in (by_number, by_window):
        assert not any(step.startswith(("SCAN m", "SCAN b")) for step in plan), plan


def test_a_campaign_remembers_the_sheet_and_message_it_was_made_from(store: Store) -> None:
    first = campaign(store, "客户.xlsx 1", "13800000001", fingerprint="F1")
    campaign(store, "other", "13800000001", fingerprint="F2")
    campaign(store, "quick", "13800000001")
    again = campaign(store, "客户.xlsx 2", "13800000001", fingerprint="F1")
    elsewhere = campaign(store, "客户.xlsx 3", "13800000001", fingerprint="F1", account="5555")
    assert [c.id for c in store.campaigns_from_source("F1", "922011")] == [again.id, first.id]
    assert [c.id for c in store.campaigns_from_source("F1")] == [elsewhere.id, again.id, first.id]
    assert store.campaigns_from_source("F3") == []
    store.set_campaign_state(first.id, "cancelled")
    store.delete_campaign(first.id)
    assert [c.id for c in store.campaigns_from_source("F1", "922011")] == [again.id]
