"""The file itself: creation, migrations with backup, refusal of newer files, settings,
and that no password ever reaches it."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_backends import MemoryKeyring, NoKeyring, installed_keyring

from juhe_desk import credentials
from juhe_desk.gateway.models import DeliveryReport, InboundMessage, SubmitResult
from juhe_desk.store import (
    SCHEMA_VERSION,
    Account,
    NewBatch,
    NewCampaign,
    NewMessage,
    NotFoundError,
    Store,
    StoreClosedError,
    StoreError,
    StoreOpenError,
    StoreTooNewError,
)
from juhe_desk.store.database import Database
from juhe_desk.store.schema import MIGRATIONS

PASSWORD = "S3cret-Pw-只在钥匙串"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db") as opened:
        yield opened


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _migration_backup(folder: Path, from_version: int) -> Path:
    """The one backup made before upgrading the file ``folder/juhe.db`` from a version."""
    found = list((folder / "backups").glob(f"juhe-*-before-upgrade-v{from_version}.db"))
    assert len(found) == 1, found
    return found[0]


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_fresh_file_is_private_in_wal_mode_at_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "data" / "juhe.db"
    with Store.open(path) as store:
        store.set_setting("lang", "zh_CN")  # makes SQLite create the -wal file
        conn = store._db.connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert _mode(path) == 0o600
        assert _mode(path.with_name("juhe.db-wal")) == 0o600
    assert _user_version(path) == SCHEMA_VERSION == len(MIGRATIONS)
    assert not (tmp_path / "data" / "backups").exists()


def test_no_table_has_a_password_column(store: Store) -> None:
    conn = store._db.connection()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert {"accounts", "settings", "templates", "campaigns", "batches", "messages",
            "reports", "inbound", "opt_outs"} <= set(tables)
    columns = {c[1] for t in tables for c in conn.execute(f"PRAGMA table_info({t})")}
    assert "password_mode" in columns
    assert not {c for c in columns if "password" in c} - {"password_mode"}


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "juhe.db"
    old = Database.open(path, MIGRATIONS[:1])
    with old.write() as conn:
        conn.execute("INSERT INTO accounts (id, gateway_url) VALUES ('922011', 'http://gw')")
    old.close()
    assert _user_version(path) == 1

    with Store.open(path) as store:
        assert store.get_account("922011").gateway_url == "http://gw"
        assert store.add_reports([DeliveryReport("M1", "13800000001", "DELIVRD",
                                                 "2026-11-01 10:00:00")], "pull") == 1
    backup = _migration_backup(tmp_path, 1)
    assert _user_version(path) == SCHEMA_VERSION
    assert _user_version(backup) == 1
    assert _mode(backup) == 0o600
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT id FROM accounts").fetchall() == [("922011",)]
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'reports'").fetchone() \
            is None
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "juhe.db"
    Database.open(path, MIGRATIONS[:1]).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(StoreError) as caught:
        Store.open(path, migrations=(MIGRATIONS[0], broken))
    assert "版本 2" in caught.value.text() and "version 2" in caught.value.text("en")
    assert _user_version(path) == 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchone() \
            is None
    finally:
        conn.close()
    assert _migration_backup(tmp_path, 1).exists()
    Store.open(path).close()  # the real migrations still apply afterwards
    assert _user_version(path) == SCHEMA_VERSION


def test_a_function_migration_runs_with_its_version(tmp_path: Path) -> None:
    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE templates ADD COLUMN category TEXT NOT NULL DEFAULT ''")

    path = tmp_path / "juhe.db"
    Store.open(path).close()
    with Store.open(path, migrations=(*MIGRATIONS, add_column)) as store:
        conn = store._db.connection()
        assert "category" in {c[1] for c in conn.execute("PRAGMA table_info(templates)")}
    assert _user_version(path) == SCHEMA_VERSION + 1
    assert _migration_backup(tmp_path, SCHEMA_VERSION).exists()


def test_rebuilding_messages_keeps_every_row_link_and_rule(tmp_path: Path) -> None:
    """Migration 3 rebuilds the messages table: rows, report links, cascades and the
    status rule all survive it."""
    path = tmp_path / "juhe.db"
    old = Database.open(path, MIGRATIONS[:2])  # written as version 2 wrote it
    with old.write() as conn:
        conn.execute("INSERT INTO campaigns (id, account_id, name, mode, state, created_at)"
                     " VALUES (1, '922011', 'old', 'p2p', 'done', '2026-11-01 09:00:00')")
        conn.execute("INSERT INTO batches (id, campaign_id, seq, action, state)"
                     " VALUES (1, 1, 1, 'p2p', 'submitted')")
        conn.executemany(
            "INSERT INTO messages (id, campaign_id, batch_id, row_index, mobile, content, mid,"
            " result, status, stat, updated_at) VALUES (?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(1, 4, "13800000001", "您好一", "M1", 0, "delivered", "DELIVRD", "09:01"),
             (2, 5, "13800000002", "您好二", None, 17, "refused", None, "09:01")])
        conn.execute("INSERT INTO reports (mid, mobile, stat, time, received_at, via,"
                     " campaign_id, message_id) VALUES ('M1', '13800000001', 'DELIVRD',"
                     " '2026-11-01 10:00:00', '2026-11-01 10:00:05', 'pull', 1, 1)")
        before = [tuple(m) for m in conn.execute("SELECT * FROM messages ORDER BY id")]
    old.close()

    with Store.open(path) as store:
        conn = store._db.connection()
        assert [tuple(m) for m in conn.execute("SELECT * FROM messages ORDER BY id")] == before
        assert conn.execute("SELECT message_id FROM reports").fetchone()[0] == 1
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'")}
        assert {"messages_mid", "messages_mobile", "messages_campaign_status",
                "messages_awaiting_mid"} <= indexes
        assert "messages_campaign" not in indexes
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE messages SET status = 'lost'")
        store.delete_campaign(1)  # done: its messages go with it
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
        assert conn.execute("SELECT message_id FROM reports").fetchone()[0] is None
    assert _migration_backup(tmp_path, 2).exists()


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "juhe.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreTooNewError) as caught:
        Store.open(path)
    error = caught.value
    assert isinstance(error, StoreError)
    assert error.file_version == SCHEMA_VERSION + 5 and error.known_version == SCHEMA_VERSION
    assert "更新版本" in error.text() and "升级" in error.text()
    assert "newer juhe-desk" in error.text("en")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_our_database_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "juhe.db"
    path.write_bytes(b"PK\x03\x04 a spreadsheet, not a database" * 100)
    with pytest.raises(StoreOpenError) as caught:
        Store.open(path)
    assert "无法打开数据文件" in caught.value.text()
    assert "Cannot open the data file" in caught.value.text("en")


def test_close_closes_the_connections_of_every_thread(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "juhe.db")
    seen: list[sqlite3.Connection] = []
    all_in = threading.Barrier(3)

    def work() -> None:
        with store.job_connection():
            store.set_setting(threading.current_thread().name, "x")
            seen.append(store._db.connection())
            all_in.wait(10)  # three connections at once, then idle

    threads = [threading.Thread(target=work, name=f"worker-{i}") for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    seen.append(store._db.connection())
    store.close()
    store.close()  # twice is harmless
    for conn in seen:
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
    with pytest.raises(StoreClosedError):
        store.get_setting("lang")


def test_accounts_keep_their_settings_and_one_is_active(store: Store) -> None:
    first = store.save_account(Account(
        id="922011", gateway_url="http://127.0.0.1:7862", name="主账号", extno="1069012345",
        signatures=("【聚合】", "【测试】"), price_li=45, batch_size=200, poll_interval_s=30,
        password_mode="md5", low_balance_li=10_000, is_active=True))
    assert first.signatures == ("【聚合】", "【测试】") and first.password_mode == "md5"
    store.save_account(Account(id="922012", gateway_url="https://gw.example:7862"))
    assert store.get_active_account() == first
    store.set_active_account("922012")
    active = store.get_active_account()
    assert active is not None and active.id == "922012"
    assert {a.id: a.is_active for a in store.list_accounts()} == {"922011": False,
                                                                  "922012": True}
    store.save_account(Account(id="922011", gateway_url="http://other", is_active=True))
    assert [a.id for a in store.list_accounts() if a.is_active] == ["922011"]
    assert store.get_account("922011").gateway_url == "http://other"
    with pytest.raises(NotFoundError):
        store.set_active_account("nobody")
    assert store.delete_account("922012") and not store.delete_account("922012")
    assert store.find_account("922012") is None
    with pytest.raises(NotFoundError) as caught:
        store.get_account("922012")
    assert "账号" in caught.value.text() and "account" in caught.value.text("en")
    with pytest.raises(sqlite3.IntegrityError):
        store.save_account(Account(id="x", gateway_url="http://gw", batch_size=501))


def test_settings_and_templates(store: Store) -> None:
    assert store.get_setting("lang") is None and store.get_setting("lang", "en") == "en"
    store.set_setting("lang", "zh_CN")
    store.set_setting("lang", "en")
    assert store.get_setting("lang") == "en" and store.all_settings() == {"lang": "en"}
    store.set_settings({"a": "1", "b": "2"})
    store.set_settings({"b": "3"})
    assert store.all_settings() == {"lang": "en", "a": "1", "b": "3"}  # several in one go

    greeting = store.add_template("问候", "【聚合】{姓名}您好")
    store.add_template("催缴", "请尽快缴费")
    assert [t.name for t in store.list_templates()] == sorted(["问候", "催缴"])
    changed = store.update_template(greeting.id, "问候", "【聚合】{姓名}，您好！")
    assert store.get_template(greeting.id) == changed and changed.text.endswith("您好！")
    assert store.delete_template(greeting.id) and not store.delete_template(greeting.id)
    with pytest.raises(NotFoundError):
        store.update_template(greeting.id, "x", "y")


def test_backup_to_writes_a_consistent_private_copy(store: Store, tmp_path: Path) -> None:
    store.set_setting("k", "v")
    copy = tmp_path / "copy.db"
    store.backup_to(copy)
    assert _mode(copy) == 0o600
    with Store.open(copy) as restored:
        assert restored.get_setting("k") == "v"


def _full_scenario(path: Path) -> None:
    account = Account(id="922011", gateway_url="http://127.0.0.1:7862", extno="1069012345",
                      signatures=("【聚合】",), is_active=True)
    with Store.open(path) as store:
        store.save_account(account)
        credentials.save_password(account.id, PASSWORD)
        assert credentials.load_password(account.id) == PASSWORD
        store.set_setting("last_account", account.id)
        store.add_template("t", "【聚合】您好")
        campaign = store.create_campaign(
            NewCampaign(account.id, "c", "send", content="【聚合】您好"),
            [NewBatch("send", (NewMessage("13800000001", "【聚合】您好"),
                               NewMessage("13800000002", "【聚合】您好")))])
        batch = store.campaign_batches(campaign.id)[0]
        store.batch_start(batch.id)
        store.batch_submitted(batch.id, [SubmitResult("13800000001", "A1", 0),
                                         SubmitResult("13800000002", "A2", 15)])
        store.add_reports([DeliveryReport("A1", "13800000001", "DELIVRD", "2026-11-01 10:00:00",
                                          raw='{"flag":1,"mid":"A1"}')], "push")
        store.add_inbound([InboundMessage("B1", "13800000001", "TD", "2026-11-01 10:05:00",
                                          raw='{"flag":0}')], "pull")
        store.add_opt_outs(["13800000001"], "mo")
        store.backup_to(path.with_name("backup.db"))
        credentials.delete_password(account.id)


@pytest.mark.parametrize("backend", [MemoryKeyring, NoKeyring])
def test_the_password_never_reaches_any_file(tmp_path: Path, backend: type) -> None:
    with installed_keyring(backend()):
        _full_scenario(tmp_path / "juhe.db")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "juhe.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert PASSWORD.encode(encoding) not in data, path
    assert b"13800000001" in (tmp_path / "juhe.db").read_bytes()  # the search itself works
