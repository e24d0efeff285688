"""What only a shared (PostgreSQL) database has: its schema beside SQLite's, the refusals
told in words, several desks writing at once, a lost connection."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import psycopg
import pytest
from pg_cluster import APP_PASSWORD, PgCluster, free_port
from store_backends import SharedCluster

from juhe_desk.store import IllegalTransitionError, NewBatch, NewCampaign, NewMessage, Store
from juhe_desk.store.pg_database import probe
from juhe_desk.store.pg_schema import BASELINE_VERSION
from juhe_desk.store.report_counts import POSTGRESQL_ONLY_TABLES
from juhe_desk.store.schema import MIGRATIONS, SCHEMA_VERSION
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.store.shared_errors import (
    NotOurDatabaseError,
    SharedAddressError,
    SharedStoreRefusedError,
    SharedStoreTooNewError,
    SharedStoreUnavailableError,
)

TEXT = "【店】周六八折"


@pytest.fixture
def cluster(shared_cluster: SharedCluster) -> PgCluster:
    return shared_cluster.get()


@pytest.fixture
def empty(cluster: PgCluster) -> SharedAddress:
    return cluster.new_database()


def campaign(store: Store, *mobiles: str) -> int:
    batches = [NewBatch("send", (NewMessage(m, TEXT),)) for m in mobiles]
    return store.create_campaign(NewCampaign("922011", "店庆", "send", content=TEXT),
                                 batches).id


def _sqlite_schema(path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'")]
        schema = {t: {r[1] for r in conn.execute(f"PRAGMA table_xinfo({t})")}  # generated too
                  for t in tables}
        schema["indexes"] = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        return schema
    finally:
        conn.close()


def _pg_schema(cluster: PgCluster, address: SharedAddress) -> dict[str, set[str]]:
    with psycopg.connect(cluster.superuser_address(address.database)) as conn:
        schema: dict[str, set[str]] = {}
        for table, column in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND table_name <> 'juhe_desk_schema'"):
            if table not in POSTGRESQL_ONLY_TABLES:  # a shared database's own (counts)
                schema.setdefault(table, set()).add(column)
        schema["indexes"] = {r[0] for r in conn.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
            " AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'")}
        return schema


def test_both_backends_have_the_same_tables_columns_and_indexes(
        tmp_path: Path, cluster: PgCluster, empty: SharedAddress) -> None:
    Store.open(tmp_path / "juhe.db").close()
    Store.open_shared(empty, APP_PASSWORD).close()
    assert _pg_schema(cluster, empty) == _sqlite_schema(tmp_path / "juhe.db")


def test_an_older_database_on_each_backend_is_migrated_to_the_same_schema(
        tmp_path: Path, cluster: PgCluster, empty: SharedAddress) -> None:
    """PostgreSQL's baseline is SQLite's schema at that version (pg_schema derives it); from
    there both take the same migrations, and what either holds is kept."""
    older = MIGRATIONS[:BASELINE_VERSION]
    path = tmp_path / "juhe.db"
    for old in (Store.open(path, migrations=older),
                Store.open_shared(empty, APP_PASSWORD, migrations=older)):
        with old, old._db.write() as conn:
            conn.execute("INSERT INTO accounts (id, gateway_url) VALUES ('922011', 'http://gw')")
    assert probe(empty, APP_PASSWORD, BASELINE_VERSION).schema_version == BASELINE_VERSION
    assert _pg_schema(cluster, empty) == _sqlite_schema(path)

    for store in (Store.open(path), Store.open_shared(empty, APP_PASSWORD)):
        with store:
            assert store.get_account("922011").gateway_url == "http://gw"
    assert probe(empty, APP_PASSWORD).schema_version == SCHEMA_VERSION
    assert _pg_schema(cluster, empty) == _sqlite_schema(path)


def test_an_empty_database_is_set_up_and_says_so(empty: SharedAddress) -> None:
    assert probe(empty, APP_PASSWORD).schema_version is None
    with Store.open_shared(empty.url, APP_PASSWORD) as store:
        assert store.shared_address == empty
        assert store.path == empty.url
    found = probe(empty, APP_PASSWORD)
    assert found.schema_version == SCHEMA_VERSION
    assert found.server_version.split(".")[0].isdigit()


def test_a_migration_after_the_baseline_runs_on_postgresql(empty: SharedAddress) -> None:
    Store.open_shared(empty, APP_PASSWORD).close()
    added = (*MIGRATIONS, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"
                          " WITHOUT ROWID;")
    with Store.open_shared(empty, APP_PASSWORD, migrations=added) as store:
        store._db.connection().execute("INSERT INTO notes (text) VALUES (?)", ("hi",))
        assert store._scalar("SELECT id FROM notes") == 1
    assert probe(empty, APP_PASSWORD, len(added)).schema_version == len(added)


def test_a_newer_schema_is_refused_in_words_and_left_alone(cluster: PgCluster,
                                                           empty: SharedAddress) -> None:
    Store.open_shared(empty, APP_PASSWORD).close()
    cluster.sql(f"UPDATE juhe_desk_schema SET version = {SCHEMA_VERSION + 1}", empty.database)
    for attempt in (lambda: Store.open_shared(empty, APP_PASSWORD),
                    lambda: probe(empty, APP_PASSWORD)):
        with pytest.raises(SharedStoreTooNewError) as refused:
            attempt()
        assert refused.value.file_version == SCHEMA_VERSION + 1
        assert "升级" in refused.value.text("zh_CN")
        assert "upgrade juhe-desk" in refused.value.text("en")
    assert cluster.sql("SELECT version FROM juhe_desk_schema", empty.database).strip() == \
        str(SCHEMA_VERSION + 1)


def test_another_programs_database_is_never_written(cluster: PgCluster,
                                                    empty: SharedAddress) -> None:
    cluster.sql("CREATE TABLE invoices (id int); GRANT ALL ON invoices TO juhe", empty.database)
    with pytest.raises(NotOurDatabaseError) as refused:
        Store.open_shared(empty, APP_PASSWORD)
    assert "别的程序" in refused.value.text("zh_CN")
    with pytest.raises(NotOurDatabaseError):
        probe(empty, APP_PASSWORD)
    assert cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                       empty.database).strip() == "1"


def test_refusals_say_what_is_wrong(empty: SharedAddress) -> None:
    with pytest.raises(SharedStoreRefusedError) as wrong:
        Store.open_shared(empty, "not the password")
    assert wrong.value.reason == SharedStoreRefusedError.WRONG_PASSWORD
    assert "密码不对" in wrong.value.text("zh_CN") and "not the password" not in str(wrong.value)
    with pytest.raises(SharedStoreRefusedError) as no_password:
        probe(empty, None)
    assert no_password.value.reason == SharedStoreRefusedError.WRONG_PASSWORD
    missing = SharedAddress(empty.user, empty.host, empty.port, "no_such_db")
    with pytest.raises(SharedStoreRefusedError) as no_db:
        probe(missing, APP_PASSWORD)
    assert no_db.value.reason == SharedStoreRefusedError.NO_DATABASE
    closed = SharedAddress(empty.user, "127.0.0.1", free_port(), empty.database)
    with pytest.raises(SharedStoreUnavailableError) as unreachable:
        Store.open_shared(closed, APP_PASSWORD)
    assert "连接不上" in unreachable.value.text("zh_CN")
    assert "cannot be reached" in unreachable.value.text("en")


@pytest.mark.parametrize("text", [
    "postgresql://juhe:secret@db.local/shop", "mysql://juhe@db.local/shop",
    "postgresql://db.local/shop", "postgresql://juhe@db.local/", "postgresql://juhe@h:99999/x"])
def test_an_address_is_the_one_form_and_never_repeats_a_password(text: str) -> None:
    with pytest.raises(SharedAddressError) as refused:
        SharedAddress.parse(text)
    assert "secret" not in refused.value.text("zh_CN") + refused.value.text("en")


def test_an_address_is_written_one_way_the_keyring_key() -> None:
    address = SharedAddress.parse("postgres://juhe@DB.Local/shop")
    assert address.url == "postgresql://juhe@db.local:5432/shop"
    assert SharedAddress.parse(address.url) == address
    assert SharedAddress.parse("postgresql://u@[::1]:6000/d").url == "postgresql://u@[::1]:6000/d"


def test_two_desks_starting_one_batch_send_it_once(store_place_pg: tuple[Store, Store]) -> None:
    desk_a, desk_b = store_place_pg
    campaign_id = campaign(desk_a, *(f"1380000{i:04d}" for i in range(40)))
    batches = desk_a.campaign_batches(campaign_id)
    started: dict[int, list[str]] = {b.id: [] for b in batches}
    gate = threading.Barrier(2)

    def desk(store: Store, name: str) -> None:
        gate.wait()
        with store.job_connection():
            for batch in batches:
                try:
                    store.start_batch(batch.id)
                except IllegalTransitionError:
                    continue
                started[batch.id].append(name)

    threads = [threading.Thread(target=desk, args=(s, n))
               for s, n in ((desk_a, "A"), (desk_b, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(len(names) == 1 for names in started.values()), started
    assert {b.state for b in desk_b.campaign_batches(campaign_id)} == {"sending"}
    assert desk_b.get_batch(batches[0].id).attempts == 1


def test_an_opt_out_at_one_desk_stops_the_next_batch_at_another(
        store_place_pg: tuple[Store, Store]) -> None:
    desk_a, desk_b = store_place_pg
    campaign_id = campaign(desk_a, "13800000001", "13800000002")
    first, second = desk_a.campaign_batches(campaign_id)
    assert desk_a.start_batch(first.id).left_out == ()
    desk_b.add_opt_outs(["13800000002"], "mo")
    start = desk_a.start_batch(second.id)
    assert start.skipped and start.left_out == ("13800000002",)


def test_a_dropped_connection_is_said_in_words_then_replaced(
        cluster: PgCluster, store_place_pg: tuple[Store, Store]) -> None:
    desk, _ = store_place_pg
    desk.set_setting("k", "v")
    address = desk.shared_address
    assert address is not None
    cluster.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                f" WHERE datname = '{address.database}' AND usename = 'juhe'")
    with pytest.raises(SharedStoreUnavailableError):
        desk.get_setting("k")
    assert desk.get_setting("k") == "v"  # a fresh connection from the pool


def test_a_server_that_goes_down_is_said_in_words_and_nothing_falls_back(
        cluster: PgCluster) -> None:
    with PgCluster.start() as own:  # a server of its own, to stop
        address = own.new_database()
        store = Store.open_shared(address, APP_PASSWORD)
        try:
            store.set_setting("k", "v")
            own.stop()
            with pytest.raises(SharedStoreUnavailableError):
                store.get_setting("k")
            with pytest.raises(SharedStoreUnavailableError), store.job_connection():
                store.set_setting("k", "w")
        finally:
            store.close()
