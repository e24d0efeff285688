"""Replacing a damaged data file: with the newest sound backup, or a new empty file; the
file replaced is always kept aside with its -wal and -shm, renamed with the date."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from disk_support import damage_middle, fill_store, garbage, truncate
from time_support import FakeClock

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store import (
    NewBatch,
    NewCampaign,
    NewMessage,
    Store,
    StoreDamagedError,
    StoreOpenError,
    StoreTooNewError,
)
from juhe_desk.store.backups import KEEP, list_backups
from juhe_desk.store.files import companions
from juhe_desk.store.rescue import (
    RESTORED_TEXT,
    NoUsableBackupError,
    restore,
    restore_latest,
    start_fresh,
)
from juhe_desk.store.schema import SCHEMA_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _marker(path: Path) -> str | None:
    with Store.open(path) as store:
        return store.get_setting("marker")


@pytest.fixture
def backed_up(tmp_path: Path, clock: FakeClock) -> Path:
    """A data file with two daily backups, the newer one holding "the newer data"."""
    path = tmp_path / "juhe-desk.sqlite3"
    fill_store(path)
    with Store.open(path, clock=clock) as store:
        store.back_up_automatically()
        clock.advance(86_400)
        store.set_setting("marker", "the newer data")
        store.back_up_automatically()
        clock.advance(3600)
    return path


def test_set_aside_keeps_the_file_with_its_wal_and_shm(tmp_path: Path,
                                                       clock: FakeClock) -> None:
    path = tmp_path / "juhe-desk.sqlite3"
    store = Store.open(path)
    store.set_setting("marker", "only in the -wal so far")
    files = {p.name[len(path.name):]: _digest(p) for p in companions(path) if p.exists()}
    assert set(files) == {"", "-wal", "-shm"}
    kept = start_fresh(path, clock())
    store.close()
    assert kept == tmp_path / "juhe-desk-damaged-20261101-090000.sqlite3"
    assert not any(p.exists() for p in companions(path))
    assert {p.name[len(kept.name):]: _digest(p) for p in companions(kept) if p.exists()} \
        == files
    assert _marker(kept) == "only in the -wal so far"  # the pair still opens as one
    assert start_fresh(path, clock()) is None  # nothing there: nothing to keep
    Store.open(path).close()
    second = start_fresh(path, clock())
    assert second == tmp_path / "juhe-desk-damaged-20261101-090000-2.sqlite3"
    assert kept.exists()


@pytest.mark.parametrize("damage", [truncate, garbage, damage_middle])
def test_the_newest_backup_replaces_a_damaged_file(backed_up: Path, clock: FakeClock,
                                                   damage) -> None:  # type: ignore[no-untyped-def]
    damage(backed_up)
    damaged = _digest(backed_up)
    used = restore_latest(backed_up, clock())
    assert used == list_backups(backed_up)[0]
    assert _marker(backed_up) == "the newer data"
    kept = backed_up.with_name("juhe-desk-damaged-20261102-100000.sqlite3")
    assert _digest(kept) == damaged
    assert len(list_backups(backed_up)) == 2  # the backups stay as they were


def test_a_damaged_backup_is_skipped_for_the_one_before(backed_up: Path,
                                                        clock: FakeClock) -> None:
    newest, older = list_backups(backed_up)
    damage_middle(newest.path)
    truncate(backed_up)
    assert restore_latest(backed_up, clock()) == older
    assert _marker(backed_up) == "the good data"


def test_when_no_backup_can_be_used_nothing_changes(backed_up: Path, clock: FakeClock) -> None:
    for backup in list_backups(backed_up):
        garbage(backup.path)
    truncate(backed_up)
    before = _digest(backed_up)
    with pytest.raises(NoUsableBackupError) as caught:
        restore_latest(backed_up, clock())
    assert caught.value.tried == 2
    assert _digest(backed_up) == before
    assert sorted(p.name for p in backed_up.parent.iterdir()) == ["backups", backed_up.name]


def test_a_chosen_file_is_checked_and_left_untouched(backed_up: Path, tmp_path: Path,
                                                     clock: FakeClock) -> None:
    chosen = tmp_path / "U盘" / "备份.sqlite3"
    chosen.parent.mkdir()
    with Store.open(backed_up) as store:
        store.set_setting("marker", "on the stick")
        store.backup_to(chosen)
        store.set_setting("marker", "current")
    before = _digest(chosen)
    kept = restore(chosen, backed_up, clock(), label="replaced")
    assert kept is not None and kept.name == "juhe-desk-replaced-20261102-100000.sqlite3"
    assert _marker(kept) == "current"
    assert _marker(backed_up) == "on the stick"
    assert _digest(chosen) == before
    assert sorted(p.name for p in chosen.parent.iterdir()) == ["备份.sqlite3"]


def test_a_live_copy_with_its_wal_is_restored_whole(tmp_path: Path, clock: FakeClock) -> None:
    source = tmp_path / "copied" / "juhe-desk.sqlite3"
    fill_store(source)
    store = Store.open(source)
    store.set_setting("marker", "in the -wal")
    path = tmp_path / "juhe-desk.sqlite3"
    restore(source, path, clock())
    store.close()
    assert _marker(path) == "in the -wal"


def test_unusable_files_are_refused_with_nothing_changed(backed_up: Path, tmp_path: Path,
                                                         clock: FakeClock) -> None:
    before = _digest(backed_up)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreOpenError):
        restore(other, backed_up, clock())
    newer = tmp_path / "newer.sqlite3"
    with Store.open(backed_up) as store:
        store.backup_to(newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreTooNewError):
        restore(newer, backed_up, clock())
    damaged = tmp_path / "damaged.sqlite3"
    fill_store(damaged)
    damage_middle(damaged)
    with pytest.raises(StoreDamagedError):
        restore(damaged, backed_up, clock())
    assert _digest(backed_up) == before
    assert not list(tmp_path.glob("juhe-desk-*")) and not list(tmp_path.glob("*.restoring*"))


def test_a_new_file_keeps_the_old_backups_out_of_the_rotation(backed_up: Path,
                                                              clock: FakeClock) -> None:
    old = [b.path.name for b in list_backups(backed_up)]
    truncate(backed_up)
    start_fresh(backed_up, clock())
    assert list_backups(backed_up) == []
    apart = backed_up.parent / "backups" / "before-new-20261102-100000"
    assert sorted(p.name for p in apart.iterdir()) == sorted(old)
    with Store.open(backed_up, clock=clock) as store:
        for _ in range(KEEP + 1):
            store.back_up_automatically()
            clock.advance(86_400)
    assert sorted(p.name for p in apart.iterdir()) == sorted(old)


def test_what_a_backup_had_not_sent_comes_back_uncertain_never_planned(
        tmp_path: Path, clock: FakeClock) -> None:
    """The backup knows nothing of sends after it: restored, its unsent batches may have
    gone since. They come back uncertain (the user decides), their campaigns paused, so
    that neither "Resume" nor a schedule sends them a second time."""
    path = tmp_path / "juhe-desk.sqlite3"
    with Store.open(path, clock=clock) as store:
        def campaign(name: str, state: str, batches: int) -> int:
            created = store.create_campaign(
                NewCampaign("922011", name, "send", state=state, content="【聚合】您好"),  # type: ignore[arg-type]
                [NewBatch("send", (NewMessage(f"1380000{b}{i:03d}", "【聚合】您好"),
                                   NewMessage(f"1390000{b}{i:03d}", "【聚合】您好")))
                 for i, b in enumerate(range(batches))])
            return created.id

        halfway = campaign("halfway", "draft", 3)
        store.set_campaign_state(halfway, "sending")
        first, second, _third = store.campaign_batches(halfway)
        store.batch_start(first.id)
        store.batch_submitted(first.id, [SubmitResult(m.mobile, f"A{m.id}", 0)
                                         for m in store.batch_messages(first.id)])
        store.batch_start(second.id)  # its request on the wire as the backup is made
        scheduled = campaign("tonight", "scheduled", 1)
        draft = campaign("about to be confirmed", "draft", 1)
        finished = campaign("finished", "draft", 1)
        store.set_campaign_state(finished, "sending")
        (only,) = store.campaign_batches(finished)
        store.batch_start(only.id)
        store.batch_submitted(only.id, [SubmitResult(m.mobile, f"B{m.id}", 0)
                                        for m in store.batch_messages(only.id)])
        store.back_up_automatically()
    truncate(path)
    clock.advance(3600)
    restore_latest(path, clock())

    with Store.open(path) as store:
        assert store.get_campaign(halfway).state == "paused"
        assert store.get_campaign(scheduled).state == "paused"  # not started by the clock
        assert store.get_campaign(finished).state == "done"
        states = [b.state for b in store.campaign_batches(halfway)]
        assert states == ["submitted", "uncertain", "uncertain"]
        held = store.campaign_batches(halfway)[2]
        assert held.error_text == RESTORED_TEXT
        assert {m.status for m in store.batch_messages(held.id)} == {"uncertain"}
        assert {m.status for m in store.batch_messages(first.id)} == {"submitted"}
        assert [b.state for b in store.campaign_batches(scheduled)] == ["uncertain"]
        assert store.get_campaign(draft).state == "paused"
        assert [b.state for b in store.campaign_batches(draft)] == ["uncertain"]
        assert not [b for c in (halfway, scheduled, draft) for b in store.campaign_batches(c)
                    if b.state == "planned"]
