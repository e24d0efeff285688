"""Hosting the team database: a real PostgreSQL server from the bundled programs, reached
over TCP with the generated password; crashes and what they leave behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from keyring_backends import NoKeyring, installed_keyring
from store_backends import SharedCluster
from team_host_support import (
    Hosts,
    connect,
    free_port,
    listening_elsewhere,
    server_user,
)
from time_support import wait_until

from juhe_desk.credentials import CredentialStore
from juhe_desk.services.pg_tools import PgTools
from juhe_desk.services.shared_database import saved_address
from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_host_errors import TeamHostError
from juhe_desk.services.team_host_files import HostSettings, read_settings
from juhe_desk.services.team_password import ALPHABET
from juhe_desk.store.shared_address import SharedAddress


def test_a_hosted_database_takes_the_team_user_by_password_over_tcp(team_hosts: Hosts) -> None:
    host = team_hosts.make()
    assert host.status().set_up is False
    saved = host.set_up(HostSettings(port=free_port()))
    assert saved.persisted
    address = host.local_address()
    assert address.url == f"postgresql://juhe_team@127.0.0.1:{address.port}/juhe_team"
    password = host.credentials.load_password(address.url)  # the automation contract's name
    assert password is not None and len(password) == 19
    assert set(password.replace("-", "")) <= set(ALPHABET)
    assert host.status().running is False

    status = host.start()
    assert status.running and status.port == address.port and status.pid is not None
    with connect(host) as conn:
        row = conn.execute("SELECT current_user, current_database(), "
                           "current_setting('listen_addresses'), "
                           "current_setting('password_encryption'), "
                           "current_setting('server_version_num')::int").fetchone()
    assert row == ("juhe_team", "juhe_team", "*", "scram-sha-256", row[4])
    assert row[4] >= 180000

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect(host, password="ABCD-EFGH-JKLM-NPQR")
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry"):
        connect(host, user="juhe_admin", dbname="postgres")  # the superuser has no way in
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry"):
        connect(host, dbname="postgres")

    host.stop()
    assert host.status().running is False
    assert not (host.cluster / "postmaster.pid").exists()
    with pytest.raises(psycopg.OperationalError):
        connect(host)


def test_the_server_comes_back_after_kill_9_and_keeps_what_was_committed(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    host.start()
    with connect(host) as conn:
        conn.execute("CREATE TABLE kept (id int PRIMARY KEY, note text)")
        conn.execute("INSERT INTO kept VALUES (1, '退订')")
    pid = host.status().pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)  # the whole machine lost power, as far as it knows
    _wait_gone(pid)
    assert (host.cluster / "postmaster.pid").exists()  # stale: nobody removed it
    assert host.status().running is False

    restarted = TeamHost(host.folder.parent, host.credentials, tools=host.tools).start()
    assert restarted.running and restarted.pid != pid
    with connect(host) as conn:
        assert conn.execute("SELECT note FROM kept").fetchall() == [("退订",)]


def test_a_pid_file_naming_another_program_is_set_aside(team_hosts: Hosts) -> None:
    """After a power cut the old pid may belong to anything: the server must still start."""
    host = team_hosts.set_up()
    host.start()
    host.stop()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (host.cluster / "postmaster.pid").write_text(
            f"{other.pid}\n{host.cluster}\n1700000000\n{host.settings().port}\n\n*\n"
            "  5433001         0\nready   \n")
        assert host.status().running is False  # a live process, but not a server
        assert host.start().running
        assert (host.cluster / "postmaster.pid.stale").exists()
        with connect(host) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        other.kill()
        other.wait()


def test_a_server_left_running_by_a_crashed_app_is_restarted_by_the_next(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    first = host.start()
    again = TeamHost(host.folder.parent, host.credentials, tools=host.tools)
    second = again.start()
    assert second.running and second.pid != first.pid
    _wait_gone(first.pid or 0)
    with connect(again) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_a_port_taken_by_another_program_is_said_in_words(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    port = host.settings().port
    with listening_elsewhere(port), pytest.raises(TeamHostError) as caught:
        host.start()
    assert caught.value.kind == "port-in-use"
    assert str(port) in caught.value.text("zh_CN") and "端口" in caught.value.text("zh_CN")
    assert host.status().running is False
    host.start()  # once the port is free again
    assert host.status().running


def test_changing_the_port_moves_the_password_to_the_new_address(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    old = host.local_address()
    assert saved_address(host.folder.parent) == old and host.used_here()
    password = host.password()
    host.change_port(free_port())
    assert host.credentials.load_password(old.url) is None
    assert host.password() == password
    new = host.local_address()
    assert saved_address(host.folder.parent) == new  # this desk's own store follows it
    assert host.serves(SharedAddress.parse(f"postgresql://juhe_team@localhost:{new.port}"
                                           "/juhe_team"))
    assert not host.serves(old) and not host.serves(replace(new, host="192.0.2.7"))
    host.start()
    with connect(host) as conn:
        assert conn.execute("SELECT current_setting('port')::int").fetchone() == (
            host.settings().port,)


def test_a_new_password_locks_the_old_one_out(team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    host.start()
    old = host.password()
    host.new_password()
    assert host.status().running  # started again after the change
    new = host.password()
    assert new != old
    with connect(host, password=new) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect(host, password=old)


def test_without_a_keyring_the_password_lasts_this_run_and_the_user_is_told(
        team_hosts: Hosts) -> None:
    host = team_hosts.make()
    with installed_keyring(NoKeyring()):
        saved = host.set_up(HostSettings(port=free_port()))
        assert not saved.persisted and "本次运行" in saved.text("zh_CN")
        host.start()
        with connect(host) as conn:  # the password is in this run's memory
            assert conn.execute("SELECT 1").fetchone() == (1,)
        assert TeamHost(host.folder.parent, CredentialStore()).password() is None


def test_setting_up_twice_is_refused_and_a_broken_set_up_leaves_nothing(
        team_hosts: Hosts) -> None:
    host = team_hosts.set_up()
    with pytest.raises(TeamHostError) as caught:
        host.set_up()
    assert caught.value.kind == "already-set-up"

    programs = team_hosts.root / "broken"
    programs.mkdir(mode=0o755)
    broken = PgTools(programs, host.tools.server_user)  # programs that fail at once
    for name in ("initdb", "postgres", "pg_ctl"):
        program = broken.program(name)
        program.write_text("#!/bin/sh\necho 'initdb: error: the disk said no' >&2\nexit 1\n")
        program.chmod(0o755)
    other = team_hosts.make("其他", tools=broken)
    with pytest.raises(TeamHostError) as failed:
        other.set_up()
    assert failed.value.kind == "set-up-failed" and "the disk said no" in failed.value.message
    assert read_settings(other.folder) is None and not other.cluster.exists()
    assert other.status().set_up is False

    cut_short = team_hosts.make("断电")  # a set-up cut off after initdb, before host.json
    (cut_short.cluster / "base").mkdir(parents=True)
    cut_short.set_up(HostSettings(port=free_port()))
    assert cut_short.start().running
    assert [p.name.startswith("cluster.aside-") for p in cut_short.folder.iterdir()
            if p.name.startswith("cluster.")] == [True]

    broken.program("initdb").unlink()  # gone (or blocked by an antivirus program)
    with pytest.raises(TeamHostError) as missing:
        other.set_up()
    assert missing.value.kind == "program-failed" and "initdb" in missing.value.message


def test_debians_postgresql_serves_the_same_way(team_hosts: Hosts,
                                                shared_cluster: SharedCluster) -> None:
    """The fallback if the wheel goes unmaintained: the same code on Debian's server (the
    programs the other PostgreSQL tests run, tests/pg_cluster.py)."""
    bin_dir = shared_cluster.get().bin_dir
    host = team_hosts.set_up("debian", tools=PgTools(bin_dir, server_user()))
    host.start()
    with connect(host) as conn:
        version = conn.execute("SELECT current_setting('server_version_num')::int / 10000"
                               ).fetchone()
    assert version == (int(bin_dir.parent.name),)


def _wait_gone(pid: int) -> None:
    """Until ``pid`` is gone (a killed process our test started is reaped by init)."""

    def gone() -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        return state == "Z"  # dead, waiting for a parent that may never reap it

    wait_until(gone, 30, f"process {pid} gone", interval=0.02)
