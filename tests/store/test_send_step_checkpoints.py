"""The step a send worker waits for (``start_batch``) never copies SQLite's log into the
database file; the writes beside the send (recording answers) do not either, and every
few of them the copy runs once the write lock is let go (store/unflushed.py)."""

from __future__ import annotations

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store import NewBatch, NewCampaign, NewMessage, Store
from juhe_desk.store.unflushed import CHECKPOINT_EVERY

TEXT = "【聚合】您好，本周六店庆全场八折"
CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)"


def test_no_send_step_copies_the_log_and_the_copy_runs_outside_the_write_lock(
        sqlite_store: Store) -> None:
    store = sqlite_store
    batches = [NewBatch("send", (NewMessage(f"138{i:08d}", TEXT, row_index=i),))
               for i in range(CHECKPOINT_EVERY)]
    campaign = store.create_campaign(NewCampaign("922011", "店庆", "send", content=TEXT),
                                     batches)
    conn = store._db.connection()
    # (statement, whether the write lock was held as it ran)
    seen: list[tuple[str, bool]] = []
    lock = store._db._write_lock
    conn.set_trace_callback(lambda sql: seen.append((sql, lock._is_owned())))
    try:  # as a sender does: each answer stored with the next step, then recorded
        answered = None
        for batch in store.campaign_batches(campaign.id):
            store.start_batch(batch.id, answered)
            if answered is not None:
                store.apply_answer(answered[0])
            [message] = store.batch_messages(batch.id)
            answered = (batch.id, [SubmitResult(message.mobile, f"{batch.id:016X}", 0)])
        steps = [sql for sql, _ in seen]
        assert answered is not None
        store.batch_answered(*answered)  # the last answer, stored alone
        store.apply_answer(answered[0])  # the CHECKPOINT_EVERY-th recording
    finally:
        conn.set_trace_callback(None)
    setting = "PRAGMA wal_autocheckpoint = 1000"
    for sql in steps:  # the copy at commit is off for every step and recording
        if sql.startswith("PRAGMA wal_autocheckpoint"):
            setting = sql
        elif sql == "BEGIN IMMEDIATE":
            assert setting == "PRAGMA wal_autocheckpoint = 0"
    assert steps.count("BEGIN IMMEDIATE") == 2 * CHECKPOINT_EVERY - 1
    assert CHECKPOINT not in steps
    copies = [held for sql, held in seen if sql == CHECKPOINT]
    assert copies == [False]  # once, after the last recording: not under the write lock
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_worker_holds_the_copy_off_once_for_its_run(sqlite_store: Store) -> None:
    """Inside ``checkpoints_held_off`` (a send worker's run) no step turns the copy off and
    on again, none copies the log, and the setting is back as it was after it."""
    store = sqlite_store
    batches = [NewBatch("send", (NewMessage(f"138{i:08d}", TEXT, row_index=i),))
               for i in range(3)]
    campaign = store.create_campaign(NewCampaign("922011", "店庆", "send", content=TEXT),
                                     batches)
    conn = store._db.connection()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        with store.checkpoints_held_off():
            assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
            answered = None
            for batch in store.campaign_batches(campaign.id):
                store.start_batch(batch.id, answered)
                [message] = store.batch_messages(batch.id)
                answered = (batch.id, [SubmitResult(message.mobile, f"{batch.id:016X}", 0)])
            first, second = store.campaign_batches(campaign.id)[:2]
    finally:
        conn.set_trace_callback(None)
    settings = [sql for sql in seen if sql.startswith("PRAGMA wal_autocheckpoint =")]
    assert settings == ["PRAGMA wal_autocheckpoint = 0", "PRAGMA wal_autocheckpoint = 1000"]
    assert seen.count("BEGIN IMMEDIATE") == 3 and CHECKPOINT not in seen
    assert (first.state, second.state) == ("submitted", "submitted")
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
