"""The send journal: campaigns written whole, and the batch state machine."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterator

import pytest
from store_backends import StorePlace, integrity_errors
from time_support import FakeClock

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store import (
    Campaign,
    CampaignTotals,
    IllegalTransitionError,
    MessageFilter,
    NewBatch,
    NewCampaign,
    NewMessage,
    NotFoundError,
    Store,
)
from juhe_desk.store.dialect import SQLITE

TEXT = "【聚合】您好，本周六店庆全场八折"


def send_batch(*mobiles: str, text: str = TEXT) -> NewBatch:
    return NewBatch("send", tuple(NewMessage(m, text, row_index=i) for i, m in enumerate(mobiles)))


def make_campaign(store: Store, *batches: NewBatch, **options: object) -> Campaign:
    settings: dict[str, object] = {"content": TEXT, **options}
    return store.create_campaign(NewCampaign("922011", "店庆", "send", **settings),  # type: ignore[arg-type]
                                 batches or (send_batch("13800000001", "13800000002"),))


def table_counts(store: Store) -> tuple[int, int, int]:
    conn = store._db.connection()
    campaigns, batches, messages = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                    for t in ("campaigns", "batches", "messages"))
    return campaigns, batches, messages


def test_a_campaign_is_written_whole_before_any_request(store: Store, clock: FakeClock) -> None:
    campaign = make_campaign(store, send_batch("13800000001", "13800000002"),
                             send_batch("13800000003"), source_file="客户.xlsx", extno="01")
    assert campaign.state == "scheduled" and campaign.created_at == "2026-11-01 09:00:00"
    assert campaign.source_file == "客户.xlsx" and campaign.extno == "01"
    batches = store.campaign_batches(campaign.id)
    assert [(b.seq, b.state, b.action, b.attempts) for b in batches] == [
        (1, "planned", "send", 0), (2, "planned", "send", 0)]
    messages = store.batch_messages(batches[0].id)
    assert [(m.mobile, m.row_index, m.status, m.mid) for m in messages] == [
        ("13800000001", 0, "pending", None), ("13800000002", 1, "pending", None)]
    assert store.campaign_totals(campaign.id) == CampaignTotals(total=3, pending=3)
    assert store.unfinished_batches() == batches
    assert store.list_campaigns() == [campaign]


def test_an_exception_inside_create_campaign_leaves_nothing(store: Store) -> None:
    def batches_then_failure() -> Iterator[NewBatch]:
        yield send_batch("13800000001")
        yield send_batch("13800000002")
        raise RuntimeError("the spreadsheet reader broke")

    with pytest.raises(RuntimeError):
        store.create_campaign(NewCampaign("922011", "x", "send"), batches_then_failure())
    assert table_counts(store) == (0, 0, 0)

    # A number twice in one request is refused by the database itself, mid-way.
    with pytest.raises(integrity_errors()):
        make_campaign(store, send_batch("13800000001"), send_batch("13800000002", "13800000002"))
    assert table_counts(store) == (0, 0, 0)
    make_campaign(store)
    assert table_counts(store) == (1, 1, 2)


@pytest.mark.parametrize("variable_limit", [65535, 999, 12])
def test_every_message_is_written_as_given(store: Store, variable_limit: int) -> None:
    # The messages of a batch go in one INSERT, or in several where the database takes
    # fewer parameters (12, the most a campaign row takes, leaves one message a statement);
    # SQLite is held to the limit, so a statement binding more fails.
    store._sql = dataclasses.replace(store._sql, max_parameters=variable_limit)
    if store._sql.name == "sqlite":
        store._db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER,  # type: ignore[attr-defined]
                                        variable_limit)
    texts = ["短", "长" * 71, "很长" * 70]
    planned = [NewBatch("p2p", tuple(
        NewMessage(f"1380000{b}{i:03d}", f"{texts[i % 3]}{b}{i}", i % 3 + 1,
                   None if i % 4 == 0 else 1000 * b + i) for i in range(count)))
        for b, count in enumerate((500, 1, 250))]
    made = store.create_campaign(NewCampaign("922011", "店庆", "p2p"), planned)
    batches = store.campaign_batches(made.id)
    assert [b.seq for b in batches] == [1, 2, 3]
    for batch, written in zip(planned, batches, strict=True):
        assert [(m.mobile, m.content, m.parts, m.row_index, m.status, m.campaign_id)
                for m in store.batch_messages(written.id)] == [
            (*message, "pending", made.id) for message in batch.messages]


def test_the_page_cache_is_back_to_its_size_after_a_campaign_is_written(
        sqlite_store: Store) -> None:
    conn = sqlite_store._db.connection()
    conn.execute("PRAGMA cache_size = -1234")
    make_campaign(sqlite_store)
    with pytest.raises(sqlite3.IntegrityError):  # also when the write fails
        make_campaign(sqlite_store, send_batch("13800000001", "13800000001"))
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -1234


@pytest.mark.parametrize("bad_batch", [
    NewBatch("send", (NewMessage("13800000001", "a"), NewMessage("13800000002", "b"))),
    NewBatch("p2p", (NewMessage("13800000001", "第一行\n第二行"),)),
    NewBatch("send", ()),
    NewBatch("send", tuple(NewMessage(f"138{i:08d}", "a") for i in range(501))),
    NewBatch("fax", (NewMessage("13800000001", "a"),)),  # type: ignore[arg-type]
])
def test_impossible_batches_are_refused(store: Store, bad_batch: NewBatch) -> None:
    with pytest.raises(ValueError):
        store.create_campaign(NewCampaign("922011", "x", "p2p"), [bad_batch])
    assert table_counts(store) == (0, 0, 0)


def test_a_send_campaign_has_only_send_batches(store: Store) -> None:
    with pytest.raises(ValueError):
        store.create_campaign(NewCampaign("922011", "x", "send"),
                              [NewBatch("p2p", (NewMessage("13800000001", "a"),))])


def test_a_batch_goes_from_planned_through_sending_to_submitted(
        store: Store, clock: FakeClock) -> None:
    campaign = make_campaign(store, send_batch("13800000001", "13800000002", "13800000003",
                                               "13800000004"))
    batch = store.campaign_batches(campaign.id)[0]
    clock.advance(60)
    started = store.batch_start(batch.id)
    assert (started.state, started.attempts, started.request_started_at) == (
        "sending", 1, "2026-11-01 09:01:00")
    assert store.get_campaign(campaign.id).state == "sending"
    clock.advance(2)
    summary = store.batch_submitted(batch.id, [
        SubmitResult("13800000002", "M2", 0),  # any order: matched by mobile
        SubmitResult("13800000001", "M1", 0),
        SubmitResult("13800000003", "M3", 15),
        SubmitResult("13900000000", "MX", 0),
    ])
    assert (summary.accepted, summary.refused) == (2, 1)
    assert summary.missing == ("13800000004",) and summary.unexpected == ("13900000000",)
    done = store.get_batch(batch.id)
    assert (done.state, done.finished_at) == ("submitted", "2026-11-01 09:01:02")
    assert [(m.mobile, m.mid, m.result, m.status) for m in store.batch_messages(batch.id)] == [
        ("13800000001", "M1", 0, "submitted"), ("13800000002", "M2", 0, "submitted"),
        ("13800000003", "M3", 15, "refused"), ("13800000004", None, None, "uncertain")]
    assert store.get_campaign(campaign.id).state == "done"
    assert store.campaign_totals(campaign.id) == CampaignTotals(
        total=4, submitted=2, refused=1, uncertain=1)
    assert store.unfinished_batches() == []


def test_a_batch_answer_is_applied_row_by_row_by_primary_key(sqlite_store: Store) -> None:
    """The one-statement update must never scan the messages table (a million rows)."""
    plan = [row[3] for row in sqlite_store._db.connection().execute(
        f"EXPLAIN QUERY PLAN {SQLITE.record_results}", ("now", "[]"))]
    assert any("SEARCH messages USING INTEGER PRIMARY KEY" in step for step in plan), plan
    assert not any(step.startswith("SCAN messages") for step in plan), plan


def test_the_accepted_numbers_are_applied_row_by_row_by_primary_key(
        sqlite_store: Store) -> None:
    plan = [row[3] for row in sqlite_store._db.connection().execute(
        f"EXPLAIN QUERY PLAN {SQLITE.record_accepted}", ("now", "{}"))]
    assert any("SEARCH messages USING INTEGER PRIMARY KEY" in step for step in plan), plan
    assert not any(step.startswith("SCAN messages") for step in plan), plan


MIXED_ANSWER = [SubmitResult("13800000002", "M2", 0), SubmitResult("13800000001", "M1", 0),
                SubmitResult("13800000003", "M3", 15), SubmitResult("13800000005", "", 0),
                SubmitResult("13900000000", "MX", 0)]


@pytest.mark.parametrize("in_memory", [False, True], ids=["read back", "handed over"])
def test_an_answer_handed_over_in_memory_is_recorded_as_one_read_back(
        store: Store, in_memory: bool) -> None:
    campaign = make_campaign(store, send_batch(*(f"1380000000{i}" for i in range(1, 6))))
    batch = store.campaign_batches(campaign.id)[0]
    store.batch_start(batch.id)
    carried = [(m.id, m.mobile) for m in store.batch_messages(batch.id)]
    store.batch_answered(batch.id, MIXED_ANSWER)
    if in_memory:
        summary = store.apply_answer(batch.id, MIXED_ANSWER, carried)
    else:
        summary = store.apply_answer(batch.id)
    assert (summary.accepted, summary.refused) == (3, 1)
    assert summary.missing == ("13800000004",) and summary.unexpected == ("13900000000",)
    assert [(m.mobile, m.mid, m.result, m.status) for m in store.batch_messages(batch.id)] == [
        ("13800000001", "M1", 0, "submitted"), ("13800000002", "M2", 0, "submitted"),
        ("13800000003", "M3", 15, "refused"), ("13800000004", None, None, "uncertain"),
        ("13800000005", None, 0, "submitted")]
    assert store.answers_to_apply() == []
    with pytest.raises(IllegalTransitionError):  # applied once, either way
        store.apply_answer(batch.id, MIXED_ANSWER, carried)


@pytest.mark.parametrize("order", ["as sent", "another order", "one twice"])
def test_an_answer_accepting_every_number_gives_each_message_its_own_mid(
        store: Store, order: str) -> None:
    """Gateways answer in the order the numbers were sent: then each mid is taken by its
    place, and it must come out as when each number is looked up."""
    mobiles = [f"138000000{i:02d}" for i in range(1, 9)]
    campaign = make_campaign(store, send_batch(*mobiles))
    batch = store.campaign_batches(campaign.id)[0]
    store.batch_start(batch.id)
    carried = [(m.id, m.mobile) for m in store.batch_messages(batch.id)]
    answer = [SubmitResult(mobile, f"M{mobile[-2:]}", 0) for mobile in mobiles]
    if order == "another order":
        answer.reverse()
    elif order == "one twice":  # the last answer for a number counts; one is left out
        answer[-1] = SubmitResult(mobiles[0], "LATER", 0)
    store.batch_answered(batch.id, answer)
    summary = store.apply_answer(batch.id, answer, carried)
    expected = {mobile: f"M{mobile[-2:]}" for mobile in mobiles}
    if order == "one twice":
        expected[mobiles[0]], expected[mobiles[-1]] = "LATER", None
    assert (summary.accepted, summary.refused, summary.unexpected) == (
        len(mobiles) - (order == "one twice"), 0, ())
    assert summary.missing == ((mobiles[-1],) if order == "one twice" else ())
    assert {m.mobile: m.mid for m in store.batch_messages(batch.id)} == expected
    assert {m.status for m in store.batch_messages(batch.id) if m.mid} == {"submitted"}
    assert store.get_campaign(campaign.id).state == "done"


def test_the_campaign_is_done_only_when_every_batch_is(store: Store) -> None:
    campaign = make_campaign(store, send_batch("13800000001"), send_batch("13800000002"))
    first, second = store.campaign_batches(campaign.id)
    store.batch_start(first.id)
    store.batch_refused(first.id, 3, "帐号或密码错误")
    assert store.get_campaign(campaign.id).state == "sending"
    refused = store.get_batch(first.id)
    assert (refused.state, refused.error_code, refused.error_text) == (
        "refused", 3, "帐号或密码错误")
    assert store.batch_messages(first.id)[0].status == "refused"
    store.batch_start(second.id)
    store.batch_submitted(second.id, [SubmitResult("13800000002", "M2", 0)])
    assert store.get_campaign(campaign.id).state == "done"


def test_back_to_planned_only_for_a_request_that_never_left(store: Store) -> None:
    campaign = make_campaign(store)
    batch = store.campaign_batches(campaign.id)[0]
    store.batch_start(batch.id)
    back = store.batch_back_to_planned(batch.id, "连接被拒绝")
    assert (back.state, back.attempts, back.error_text) == ("planned", 1, "连接被拒绝")
    assert {m.status for m in store.batch_messages(batch.id)} == {"pending"}
    assert store.batch_start(batch.id).attempts == 2


Step = Callable[[Store, int], object]
START: Step = lambda s, b: s.batch_start(b)  # noqa: E731
SUBMIT: Step = lambda s, b: s.batch_submitted(b, [])  # noqa: E731
REFUSE: Step = lambda s, b: s.batch_refused(b, 21, "busy")  # noqa: E731
UNCERTAIN: Step = lambda s, b: s.batch_uncertain(b, "read timeout")  # noqa: E731
BACK: Step = lambda s, b: s.batch_back_to_planned(b)  # noqa: E731
SENT: Step = lambda s, b: s.resolve_uncertain_batch(b, "submitted")  # noqa: E731
RESEND: Step = lambda s, b: s.resolve_uncertain_batch(b, "planned")  # noqa: E731


@pytest.mark.parametrize(("path", "illegal"), [
    ((), SUBMIT), ((), REFUSE), ((), UNCERTAIN), ((), BACK), ((), SENT), ((), RESEND),
    ((START,), START), ((START,), SENT), ((START,), RESEND),
    ((START, SUBMIT), START), ((START, SUBMIT), BACK), ((START, SUBMIT), UNCERTAIN),
    ((START, SUBMIT), SENT), ((START, REFUSE), START), ((START, REFUSE), BACK),
    ((START, REFUSE), SUBMIT), ((START, UNCERTAIN), START), ((START, UNCERTAIN), BACK),
    ((START, UNCERTAIN), SUBMIT), ((START, UNCERTAIN), REFUSE),
    ((START, UNCERTAIN, SENT), RESEND),
])
def test_illegal_transitions_raise_and_change_nothing(
        store: Store, path: tuple[Step, ...], illegal: Step) -> None:
    campaign = make_campaign(store, send_batch("13800000001"), send_batch("13800000002"))
    batch_id = store.campaign_batches(campaign.id)[0].id
    for step in path:
        step(store, batch_id)
    before = (store.get_batch(batch_id), store.batch_messages(batch_id))
    with pytest.raises(IllegalTransitionError) as caught:
        illegal(store, batch_id)
    assert caught.value.current == before[0].state
    assert "批次" in caught.value.text() and "batch" in caught.value.text("en")
    assert (store.get_batch(batch_id), store.batch_messages(batch_id)) == before


def test_legal_paths_through_uncertain(store: Store) -> None:
    campaign = make_campaign(store, send_batch("13800000001"), send_batch("13800000002"))
    first, second = (b.id for b in store.campaign_batches(campaign.id))
    for batch_id in (first, second):
        START(store, batch_id)
        UNCERTAIN(store, batch_id)
        assert store.batch_messages(batch_id)[0].status == "uncertain"
    assert [b.id for b in store.uncertain_batches()] == [first, second]
    assert SENT(store, first).state == "submitted"  # type: ignore[attr-defined]
    assert store.batch_messages(first)[0].status == "submitted"
    assert RESEND(store, second).state == "planned"  # type: ignore[attr-defined]
    assert store.batch_messages(second)[0].status == "pending"
    assert store.get_campaign(campaign.id).state == "sending"
    START(store, second)
    store.batch_submitted(second, [SubmitResult("13800000002", "M2", 0)])
    assert store.get_campaign(campaign.id).state == "done"


def test_unknown_batches_and_campaigns(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.batch_start(999)
    with pytest.raises(NotFoundError):
        store.get_campaign(999)
    with pytest.raises(NotFoundError):
        store.set_campaign_state(999, "paused")


def test_a_paused_or_cancelled_campaign_sends_no_batch(store: Store) -> None:
    campaign = make_campaign(store, send_batch("13800000001"), send_batch("13800000002"))
    first, second = (b.id for b in store.campaign_batches(campaign.id))
    store.batch_start(first)
    with pytest.raises(IllegalTransitionError):
        store.set_campaign_state(campaign.id, "done")  # batches are still open
    assert store.set_campaign_state(campaign.id, "paused").state == "paused"
    store.batch_submitted(first, [SubmitResult("13800000001", "M1", 0)])  # in flight: fine
    with pytest.raises(IllegalTransitionError) as caught:
        store.batch_start(second)
    assert caught.value.kind == "campaign" and caught.value.current == "paused"
    assert store.get_batch(second).state == "planned"
    store.set_campaign_state(campaign.id, "cancelled")
    assert store.unfinished_batches() == []
    with pytest.raises(IllegalTransitionError):
        store.set_campaign_state(campaign.id, "sending")


def test_a_draft_is_not_sent_until_scheduled(store: Store) -> None:
    campaign = make_campaign(store, state="draft")
    batch = store.campaign_batches(campaign.id)[0]
    with pytest.raises(IllegalTransitionError):
        store.batch_start(batch.id)
    store.set_campaign_state(campaign.id, "scheduled")
    assert store.batch_start(batch.id).state == "sending"


def test_after_a_crash_a_sending_batch_becomes_uncertain(store_place: StorePlace,
                                                        clock: FakeClock) -> None:
    with store_place.open(clock=clock) as store:
        campaign = make_campaign(store, send_batch("13800000001"), send_batch("13800000002"))
        first, second = store.campaign_batches(campaign.id)
        store.batch_start(first.id)
    # ... the process died here, mid-request ...
    with store_place.open(clock=clock) as store:
        assert [(b.id, b.state) for b in store.unfinished_batches()] == [
            (first.id, "sending"), (second.id, "planned")]
        marked = store.recover_interrupted_batches()
        assert [(b.id, b.state) for b in marked] == [(first.id, "uncertain")]
        assert "退出" in marked[0].error_text
        assert store.batch_messages(first.id)[0].status == "uncertain"
        assert [b.state for b in store.unfinished_batches()] == ["uncertain", "planned"]
        assert store.recover_interrupted_batches() == []


def test_resend_to_failed_is_a_child_campaign(store: Store) -> None:
    parent = make_campaign(store, send_batch("13800000001", "13800000002"))
    batch = store.campaign_batches(parent.id)[0]
    store.batch_start(batch.id)
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "M1", 0),
                                     SubmitResult("13800000002", "M2", 15)])
    failed = store.fetch_messages(MessageFilter(campaign_id=parent.id,
                                                statuses=("refused", "failed")))
    assert [m.mobile for m in failed] == ["13800000002"]
    child = make_campaign(store, send_batch(*(m.mobile for m in failed)),
                          parent_campaign_id=parent.id)
    assert child.parent_campaign_id == parent.id
    assert [c.id for c in store.list_campaigns(states=("scheduled",))] == [child.id]
    assert store.list_campaigns(account_id="someone else") == []


def test_only_a_quiet_campaign_can_be_deleted(store: Store) -> None:
    draft = make_campaign(store, state="draft")
    store.delete_campaign(draft.id)
    assert table_counts(store) == (0, 0, 0)
    busy = make_campaign(store)
    store.batch_start(store.campaign_batches(busy.id)[0].id)
    with pytest.raises(IllegalTransitionError):
        store.delete_campaign(busy.id)
    assert table_counts(store) == (1, 1, 2)


def test_several_batches_start_in_one_step_all_or_none(store: Store) -> None:
    campaign = make_campaign(store, send_batch("13800000001"), send_batch("13800000002"),
                             send_batch("13800000003"), send_batch("13800000004"))
    first, second, third, fourth = store.campaign_batches(campaign.id)
    store.start_batches([(first.id, None), (second.id, None)])
    answer = [SubmitResult("13800000001", "M1", 0)]
    with pytest.raises(IllegalTransitionError):  # the second is not planned: neither starts
        store.start_batches([(third.id, (first.id, answer)), (second.id, None)])
    assert [b.state for b in store.campaign_batches(campaign.id)] == [
        "sending", "sending", "planned", "planned"]
    assert store.answers_to_apply() == []
    store.add_opt_outs(["13800000004"], "manual")
    starts = store.start_batches([(third.id, (first.id, answer)),
                                  (fourth.id, (second.id, []))])
    assert [(s.left_out, s.skipped) for s in starts] == [((), False), (("13800000004",), True)]
    assert [b.state for b in store.campaign_batches(campaign.id)] == [
        "submitted", "submitted", "sending", "skipped"]
    assert store.answers_to_apply() == [first.id, second.id]


def test_an_answer_is_stored_whole_first_and_applied_once(store: Store) -> None:
    campaign = make_campaign(store)
    batch = store.campaign_batches(campaign.id)[0]
    store.batch_start(batch.id)
    store.batch_answered(batch.id, [SubmitResult("13800000001", "M1", 0),
                                    SubmitResult("13800000002", "M2", 0)])
    assert store.get_batch(batch.id).state == "submitted"
    assert store.answers_to_apply() == [batch.id]
    assert [m.status for m in store.batch_messages(batch.id)] == ["pending", "pending"]
    summary = store.apply_answer(batch.id)
    assert (summary.accepted, summary.refused) == (2, 0)
    assert [m.mid for m in store.batch_messages(batch.id)] == ["M1", "M2"]
    assert store.answers_to_apply() == []
    with pytest.raises(IllegalTransitionError):
        store.apply_answer(batch.id)
