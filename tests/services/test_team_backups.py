"""Backups of the hosted team database with its own pg_dump: daily, checked, 7 kept, and
restored into a fresh cluster; the password in no file and no log line."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from team_host_support import (
    Hosts,
    connect,
)

from juhe_desk.services.team_backups import (
    back_up_team,
    restore_team,
    team_backup_due,
    team_backups,
)
from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_host_errors import TeamHostError
from juhe_desk.store.backups import KEEP, backups_folder

MORNING = dt.datetime(2026, 12, 5, 8, 0, 0)


def _fill(host: TeamHost) -> None:
    with connect(host) as conn:
        conn.execute("CREATE TABLE opt_outs (mobile text PRIMARY KEY, note text)")
        conn.execute("INSERT INTO opt_outs SELECT '138' || lpad(i::text, 8, '0'), '退订'"
                     " FROM generate_series(1, 2000) AS i")


def test_a_backup_restores_into_a_fresh_cluster(team_hosts: Hosts) -> None:
    source = team_hosts.set_up()
    source.start()
    _fill(source)
    assert team_backup_due(source, MORNING)
    dump = back_up_team(source, MORNING)
    assert dump.name == "juhe-team-20261205-080000-daily.dump"
    assert dump.parent == backups_folder(source.folder.parent / "juhe-desk.sqlite3")
    assert [b.path for b in team_backups(source)] == [dump]
    assert not team_backup_due(source, MORNING.replace(hour=17))
    assert team_backup_due(source, MORNING + dt.timedelta(days=1))
    assert not list(dump.parent.glob("*.partial"))

    fresh = team_hosts.set_up("另一台电脑")  # its own cluster, user and password
    fresh.start()
    restore_team(fresh, dump)
    with connect(fresh) as conn:
        count, owner = conn.execute(
            "SELECT count(*), (SELECT tableowner FROM pg_tables WHERE tablename = 'opt_outs')"
            " FROM opt_outs WHERE note = '退订'").fetchone() or (0, "")
    assert (count, owner) == (2000, "juhe_team")


def test_only_the_newest_seven_are_kept_and_the_single_desk_backups_are_left_alone(
        team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    host.start()
    sqlite_backup = backups_folder(host.folder.parent / "juhe-desk.sqlite3") / (
        "juhe-desk-20261101-080000-daily.sqlite3")
    made = [back_up_team(host, MORNING + dt.timedelta(days=day)) for day in range(KEEP + 2)]
    sqlite_backup.write_bytes(b"not ours")  # made by the single-desk backups meanwhile
    back_up_team(host, MORNING + dt.timedelta(days=KEEP + 2))
    kept = [b.path for b in team_backups(host)]
    assert len(kept) == KEEP
    assert kept[-1] == made[3] and not made[2].exists()
    assert sqlite_backup.exists()


def test_a_failed_backup_keeps_the_earlier_ones_and_says_why(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    host.start()
    earlier = back_up_team(host, MORNING)
    host.stop()
    with pytest.raises(TeamHostError) as caught:
        back_up_team(host, MORNING + dt.timedelta(days=1))
    assert caught.value.kind == "backup-failed"
    assert "以前的备份都还在" in caught.value.text("zh_CN")
    assert [b.path for b in team_backups(host)] == [earlier]
    assert not list(earlier.parent.glob("*.partial"))


def test_a_damaged_backup_is_refused_before_anything_is_replaced(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    host.start()
    _fill(host)
    dump = back_up_team(host, MORNING)
    damaged = dump.with_name("damaged.dump")
    data = dump.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(TeamHostError):
        restore_team(host, damaged)
    with connect(host) as conn:
        assert conn.execute("SELECT count(*) FROM opt_outs").fetchone() == (2000,)


def test_the_password_is_in_no_file_and_no_log_line(
        team_hosts: Hosts, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    host = team_hosts.set_up()
    first = host.password()
    host.start()
    _fill(host)
    back_up_team(host, MORNING)
    host.new_password()
    second = host.password()
    back_up_team(host, MORNING + dt.timedelta(days=1))
    host.stop()
    host.start()
    host.stop()
    assert first and second and first != second
    for password in (first, second):
        needles = {password.encode(), password.encode("utf-16-le")}
        for path in _all_files(host.folder.parent):
            content = path.read_bytes()
            assert not any(needle in content for needle in needles), path
        assert all(password not in record.getMessage() for record in caplog.records)


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]
