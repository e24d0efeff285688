"""Moving a desk's SQLite history into a shared database on a real throwaway cluster: new
ids that do not collide with the other desks' rows, the links between rows kept, counts per
table, the file untouched, and a move stopped half-way and started again that doubles
nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from history_support import ACCOUNT, EXTNO, history
from store_backends import SharedCluster, StorePlace
from time_support import FakeClock

from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.recovery import recovery_report
from juhe_desk.store import (
    Account,
    NewBatch,
    NewCampaign,
    NewMessage,
    PartlySaved,
    Store,
    move_in_counts,
)
from juhe_desk.store.move_in import MoveStopped, move_history

KEY = "desk-a-file"


@pytest.fixture
def shared(shared_cluster: SharedCluster, tmp_path: Path) -> Iterator[Store]:
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    try:
        yield place.open()
    finally:
        place.close_all()


@pytest.fixture
def desk_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk-a.sqlite3"
    with Store.open(path, clock=FakeClock()) as desk:
        history(desk, "甲", [f"1380000{i:04d}" for i in range(10)])
    return path


def table_counts(store: Store) -> dict[str, int]:
    return {table: store._scalar(f"SELECT count(*) FROM {table}")
            for table in move_in_counts.TABLES}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_desks_history_moves_in_beside_another_desks_with_new_ids_and_its_links(
        shared: Store, desk_file: Path) -> None:
    other_id = history(shared, "乙", [f"1390000{i:04d}" for i in range(5)])
    before = table_counts(shared)
    file_digest = digest(desk_file)
    with Store.open(desk_file) as desk:
        expected = table_counts(desk)

    with shared.job_connection():
        result = move_history(desk_file, shared, KEY)

    assert result.complete
    assert {c.table: c.in_file for c in result.counts} == expected
    assert all(c.in_shared == c.in_file for c in result.counts)
    after = table_counts(shared)
    # conversations and opt-outs are per number: the desks' numbers differ here
    assert after == {table: before[table] + expected[table] for table in move_in_counts.TABLES}
    assert digest(desk_file) == file_digest

    moved = next(c for c in shared.list_campaigns() if c.name == "甲活动")
    assert moved.id != other_id
    assert shared.get_campaign(other_id).name == "乙活动"
    messages = [m for b in shared.campaign_batches(moved.id) for m in shared.batch_messages(b.id)]
    assert sorted(m.mobile for m in messages) == [f"1380000{i:04d}" for i in range(10)]
    # every report points at the moved message it reports on, in the moved campaign
    linked = shared._tuples(
        "SELECT r.mid, m.mid, r.campaign_id FROM reports r JOIN messages m ON m.id = r.message_id"
        " WHERE r.mobile LIKE '1380000%'")
    assert len(linked) == 10 and all(r[0] == r[1] and r[2] == moved.id for r in linked)
    conversation = shared.conversation("13800000000")
    assert [e.kind for e in conversation.entries] == ["sent", "received"]
    assert conversation.entries[1].campaign_id == moved.id
    assert shared.is_opted_out("13800000009") and shared.is_opted_out("13900000004")
    assert {t.name for t in shared.list_templates()} == {"甲模板", "乙模板"}
    assert [q.title for q in shared.list_quick_replies()] == ["乙地址", "甲地址"]


def test_a_move_stopped_half_way_goes_on_when_started_again_without_doubling(
        shared: Store, desk_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(move_in_counts, "CHUNK", 3)  # several steps for reports and replies
    with Store.open(desk_file) as desk:
        expected = table_counts(desk)
    steps = 0

    def stop_after_five() -> bool:
        nonlocal steps
        steps += 1
        return steps == 5

    with shared.job_connection():
        with pytest.raises(MoveStopped):
            move_history(desk_file, shared, KEY, should_stop=stop_after_five)
        half = table_counts(shared)
        assert 0 < sum(half.values()) < sum(expected.values())
        seen: list[tuple[int, int]] = []
        result = move_history(desk_file, shared, KEY,
                              progress=lambda done, total: seen.append((done, total)))
        assert result.complete
        assert table_counts(shared) == expected
        assert seen[-1] == (sum(expected.values()), sum(expected.values()))
        assert [done for done, _ in seen] == sorted(done for done, _ in seen)

        # moving the same file a third time adds nothing
        again = move_history(desk_file, shared, KEY)
    assert again.complete and table_counts(shared) == expected


def test_a_campaign_that_was_sending_arrives_paused_its_open_batch_uncertain(
        shared: Store, tmp_path: Path) -> None:
    path = tmp_path / "sending.sqlite3"
    with Store.open(path) as desk:
        desk.save_account(Account(ACCOUNT, "http://127.0.0.1:1", extno=EXTNO))
        campaign = create_campaign_from_messages(
            desk, account_id=ACCOUNT, name="发送中", extno=EXTNO,
            messages=[("13800000001", "【聚合云信】你好")], batch_size=200)
        desk.set_campaign_state(campaign.id, "sending")
        desk.start_batch(desk.campaign_batches(campaign.id)[0].id)

    with shared.job_connection():
        assert move_history(path, shared, KEY).complete
    moved = next(c for c in shared.list_campaigns() if c.name == "发送中")
    assert moved.state == "paused"
    assert [b.state for b in shared.campaign_batches(moved.id)] == ["uncertain"]


def test_a_campaign_moved_in_mid_save_keeps_its_mark_never_done_and_the_start_says_so(
        shared: Store, tmp_path: Path) -> None:
    path = tmp_path / "saving.sqlite3"
    campaign = NewCampaign(account_id=ACCOUNT, name="保存中", mode="p2p", extno=EXTNO)
    first = NewBatch("p2p", tuple(NewMessage(f"1380000000{i}", "【聚合云信】你好", 1, i)
                                  for i in range(2)))
    with Store.open(path) as desk:  # 3 batches of 2 to come, the first one saved
        desk.save_account(Account(ACCOUNT, "http://127.0.0.1:1", extno=EXTNO))
        desk.begin_campaign(campaign, [first], batches_total=3, messages_total=6)

    with shared.job_connection():
        assert move_history(path, shared, KEY).complete
    moved = next(c for c in shared.list_campaigns() if c.name == "保存中")
    assert shared.partly_saved() == [PartlySaved(moved.id, 1, 3, 2, 6)]
    [batch] = shared.campaign_batches(moved.id)
    shared.set_campaign_state(moved.id, "sending")
    shared.start_batch(batch.id)
    shared.batch_submitted(batch.id, [])
    assert shared.get_campaign(moved.id).state == "sending"  # never 'done' with 4 unsaved
    [told] = recovery_report(shared).campaigns
    assert (told.campaign_id, told.unsaved) == (moved.id, 4)
    assert "4 more were never saved" in told.text("en")
