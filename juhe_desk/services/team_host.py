"""One desk hosts the team database: a PostgreSQL server this app ships, in the data folder.

``team-db/`` in the data folder holds ``host.json`` (port, database, user: see
``team_host_files``), ``cluster/`` (the server's data), ``server-start.log`` and
``pg_ctl.log`` (what the server and pg_ctl said while starting). The password is
generated here, kept in the OS keyring under service ``juhe-desk`` with user name
``postgresql://USER@127.0.0.1:PORT/DB`` (the name ``--shared-db`` looks up), and given to
the server only as its SCRAM verifier, through PostgreSQL's single-user mode while no server
listens: it is never in a file, a command line or a log.

The hosting desk keeps its own history there too, reached the one way every desk reaches a
shared database (``services.shared_database``): setting up saves that address as this
desk's (``shared-database.txt``), used from its next start; the other desks type the LAN
address and the password into the account dialog's team section.

``TeamHost`` is plain Python for jobs: ``set_up``, ``start`` and ``stop`` wait for the
programs (0.3-2 s) and must not run on the GUI thread.

After a crash ``start`` copes with what is left: a server of an earlier run still going
(stopped and started again, so it runs with today's settings), a ``postmaster.pid`` naming a
process that is gone (PostgreSQL's own check) or one that now belongs to another program
(the file is set aside first), and back-ends of a killed server that have not gone yet
(waited for).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.services.pg_tools import PgTools, ServerProgramsMissing
from juhe_desk.services.shared_database import save_address, saved_address
from juhe_desk.services.team_host_errors import TeamHostError, explain_start_failure
from juhe_desk.services.team_host_files import (
    ADMIN_USER,
    TEAM_FOLDER,
    HostSettings,
    read_settings,
    write_server_files,
    write_settings,
)
from juhe_desk.services.team_host_system import (
    computer_name,
    could_be_postgres,
    lan_addresses,
    next_free_port,
    pid_in,
    port_free,
    process_exists,
)
from juhe_desk.services.team_password import new_team_password, scram_verifier
from juhe_desk.store.files import private_folder
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.store.shared_errors import SharedAddressError

log = logging.getLogger(__name__)

CLUSTER = "cluster"
START_LOG = "server-start.log"
PG_CTL_LOG = "pg_ctl.log"
LOCAL_HOST = "127.0.0.1"
LOCAL_NAMES = frozenset({LOCAL_HOST, "localhost", "::1"})
START_TIMEOUT_S = 60
# Back-ends of a killed server leave within a second or two of noticing; give them longer.
ORPHAN_WAIT_S = 15.0


class SavedPassword(Protocol):
    """Where a password went (``credentials.SaveResult``)."""

    @property
    def persisted(self) -> bool: ...  # False: kept in memory for this run only

    def text(self, lang: str = "zh_CN") -> str: ...


class PasswordKeeper(Protocol):
    """The OS keyring with its fallback (``credentials.CredentialStore``; ui passes it in)."""

    def save_password(self, account_id: str, password: str) -> SavedPassword: ...

    def load_password(self, account_id: str) -> str | None: ...

    def delete_password(self, account_id: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class HostStatus:
    set_up: bool
    running: bool
    port: int | None = None
    pid: int | None = None


@dataclass(frozen=True, slots=True)
class JoinDetails:
    """What the host shows and a joining desk types ("加入团队")."""

    computer_name: str
    lan_addresses: tuple[str, ...]  # IPv4, best first
    port: int
    database: str
    user: str
    password: str | None  # None when this desk's keyring lost it: make a new one

    def address(self, host: str) -> SharedAddress:
        return SharedAddress.of(self.user, host, self.port, self.database)


class TeamHost:
    def __init__(self, data_dir: Path, credentials: PasswordKeeper, *,
                 tools: PgTools | None = None) -> None:
        self.folder = data_dir / TEAM_FOLDER
        self.cluster = self.folder / CLUSTER
        self._tools = tools
        self.credentials = credentials

    @property
    def tools(self) -> PgTools:
        if self._tools is None:
            try:
                self._tools = PgTools.bundled()
            except ServerProgramsMissing as exc:
                raise TeamHostError.programs_missing() from exc
        return self._tools

    # --- what there is -------------------------------------------------------------------
    def is_set_up(self) -> bool:
        return read_settings(self.folder) is not None and (self.cluster / "PG_VERSION").exists()

    def settings(self) -> HostSettings:
        settings = read_settings(self.folder)
        if settings is None:
            raise TeamHostError.not_set_up()
        return settings

    def local_address(self) -> SharedAddress:
        """How this desk itself connects, as ``--shared-db`` and the account dialog's team
        section do (the keyring entry of the password is under its ``url``)."""
        return _local_address(self.settings())

    def serves(self, address: SharedAddress) -> bool:
        """Whether ``address`` is this desk's own hosted database (reached on this
        computer), which must then run before the desk's store can open."""
        if not self.is_set_up():
            return False
        local = self.local_address()
        return (address.host in LOCAL_NAMES and address.port == local.port
                and address.database == local.database and address.user == local.user)

    def used_here(self) -> bool:
        """Whether this desk keeps its own history in the hosted database (its saved
        shared-database address is the hosted one)."""
        try:
            address = saved_address(self.folder.parent)
        except SharedAddressError:
            return False
        return address is not None and self.serves(address)

    def password(self) -> str | None:
        return self.credentials.load_password(self.local_address().url)

    def join_details(self) -> JoinDetails:
        s = self.settings()
        return JoinDetails(computer_name(), lan_addresses(), s.port, s.database, s.user,
                           self.password())

    def status(self) -> HostStatus:
        if not self.is_set_up():
            return HostStatus(set_up=False, running=False)
        pid = self._live_server_pid()
        return HostStatus(True, pid is not None, self.settings().port, pid)

    # --- setting up ----------------------------------------------------------------------
    def set_up(self, settings: HostSettings | None = None) -> SavedPassword:
        """A new cluster with the team's database and user, and a new password in the
        keyring (the result says whether the keyring took it); this desk uses it from its
        next start. Does not start the server."""
        settings = settings or HostSettings()
        if self.is_set_up():
            raise TeamHostError.already_set_up()
        _check_path_for_server(self.folder)
        tools = self.tools
        _check_path_for_server(tools.bin_dir)
        private_folder(self.folder)
        tools.give_to_server_user(self.folder)
        partial = self.folder / (CLUSTER + ".partial")  # a half-made cluster is never used
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(mode=0o700)
        tools.give_to_server_user(partial)
        result = tools.run("initdb", [
            "-D", str(partial), "-U", ADMIN_USER, "-E", "UTF8", "--locale=C",
            "--auth=reject", "--no-instructions"],
            timeout=300)
        if result.returncode != 0:
            raise TeamHostError.set_up_failed(_last_lines(result.stdout))
        password = new_team_password()
        self._single_user(partial, [
            f'CREATE ROLE "{settings.user}" LOGIN PASSWORD \'{scram_verifier(password)}\';',
            f'CREATE DATABASE "{settings.database}" OWNER "{settings.user}" '
            "TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C';",
        ])
        write_server_files(partial, settings)
        address = _local_address(settings)
        saved = self.credentials.save_password(address.url, password)  # before it counts
        if self.cluster.exists():  # left by a set-up cut short: kept aside, never deleted
            aside = f"{CLUSTER}.aside-{now_in_china():%Y%m%d-%H%M%S}"
            os.replace(self.cluster, self.folder / aside)
        os.replace(partial, self.cluster)
        write_settings(self.folder, settings)
        save_address(self.folder.parent, address)  # this desk's own store, from its next start
        log.info("team database set up in %s (port %d)", self.folder, settings.port)
        return saved

    def new_password(self) -> SavedPassword:
        """Give the team's user a new password (the old one stops working: every other desk
        must join again). The server is stopped for the change and started again if it ran."""
        was_running = self.status().running
        if was_running:
            self.stop()
        password = new_team_password()
        user = self.settings().user
        self._single_user(self.cluster, [
            f'ALTER ROLE "{user}" PASSWORD \'{scram_verifier(password)}\';'])
        saved = self.credentials.save_password(self.local_address().url, password)
        if was_running:
            self.start()
        return saved

    def change_port(self, port: int) -> SavedPassword | None:
        """Listen on ``port`` from the next start; the password moves to the keyring entry
        of the new address. None when the password was not known here to move."""
        old = self.local_address()
        password = self.password()
        used_here = self.used_here()
        write_settings(self.folder, replace(self.settings(), port=port))
        if used_here:  # this desk's own store follows the server to its new port
            save_address(self.folder.parent, self.local_address())
        if password is None:
            return None
        saved = self.credentials.save_password(self.local_address().url, password)
        if saved.persisted:
            self.credentials.delete_password(old.url)
        return saved

    # --- running -------------------------------------------------------------------------
    def start(self) -> HostStatus:
        """Start the server (stopping one left by an earlier run first); returns once it
        accepts connections."""
        settings = self.settings()
        _check_path_for_server(self.folder)
        write_server_files(self.cluster, settings)
        if self._live_server_pid() is not None:
            log.warning("a team database server of an earlier run is still running: "
                        "restarting it")
            self._pg_ctl_stop()
        else:
            self._set_aside_reused_pid_file()
        if not port_free(settings.port):
            raise TeamHostError.port_in_use(settings.port, next_free_port(settings.port))
        deadline = time.monotonic() + ORPHAN_WAIT_S
        while True:
            output = self._pg_ctl_start()
            if output is None:
                break
            if "is still in use" in output and time.monotonic() < deadline:
                log.info("back-ends of the last server are still leaving; trying again")
                time.sleep(0.3)
                continue
            raise explain_start_failure(output, settings.port)
        status = self.status()
        log.info("team database running on port %d (pid %s)", settings.port, status.pid)
        return status

    def stop(self) -> None:
        """Stop the server cleanly (connected desks are disconnected); nothing if stopped."""
        if self.is_set_up() and self._live_server_pid() is not None:
            self._pg_ctl_stop()

    def _pg_ctl_start(self) -> str | None:
        """None once the server is up, else what it said."""
        start_log = self.folder / START_LOG  # what the server says until its own logs start
        start_log.write_bytes(b"")
        self.tools.give_to_server_user(start_log)
        # pg_ctl's own words go to a file: on Windows the server inherits pg_ctl's handles
        # and keeps them open, so a pipe would never reach its end.
        pg_ctl_log = self.folder / PG_CTL_LOG
        with open(pg_ctl_log, "wb") as output:
            result = self.tools.run("pg_ctl", [
                "start", "-D", str(self.cluster), "-w", "-t", str(START_TIMEOUT_S),
                "-l", str(start_log)], output=output, timeout=START_TIMEOUT_S + 30)
        said = "\n".join(path.read_text(encoding="utf-8", errors="replace")
                         for path in (start_log, pg_ctl_log))
        if result.returncode == 0 and "could not bind" in said:
            # Up on some addresses only (say IPv6, another program holding IPv4): the
            # other desks could not reach it, so it is not up for them.
            self._pg_ctl_stop()
            return said
        if result.returncode == 0:
            return None
        log.error("the team database did not start: %s", _last_lines(said))
        return said

    def _pg_ctl_stop(self) -> None:
        result = self.tools.run("pg_ctl", ["stop", "-D", str(self.cluster), "-m", "fast",
                                           "-w", "-t", "60"], timeout=90)
        if result.returncode != 0 and self._live_server_pid() is not None:
            log.warning("the team database did not stop in time: %s; stopping it at once",
                        _last_lines(result.stdout))
            self.tools.run("pg_ctl", ["stop", "-D", str(self.cluster), "-m", "immediate",
                                      "-w"], timeout=60)

    def _live_server_pid(self) -> int | None:
        """The pid of a server running on this cluster, by pg_ctl's own test (on Windows a
        signal pipe only a postgres has), and on Linux also by what the process is."""
        pid = pid_in(self.cluster)
        if pid is None:
            return None
        result = self.tools.run("pg_ctl", ["status", "-D", str(self.cluster)], timeout=30)
        if result.returncode != 0 or not could_be_postgres(pid):
            return None
        return pid

    def _set_aside_reused_pid_file(self) -> None:
        """A postmaster.pid whose pid now belongs to another program would stop the server
        starting ("is another postmaster running?"): typical after a power cut."""
        pid = pid_in(self.cluster)
        if pid is not None and process_exists(pid) and not could_be_postgres(pid):
            log.warning("postmaster.pid names process %d, which is not a server: set aside",
                        pid)
            os.replace(self.cluster / "postmaster.pid", self.cluster / "postmaster.pid.stale")

    def _single_user(self, cluster: Path, statements: list[str]) -> None:
        """Run SQL in PostgreSQL's single-user mode: no server, no network, no password."""
        result = self.tools.run("postgres", ["--single", "-D", str(cluster), "postgres"],
                                stdin_text="\n".join(statements) + "\n", timeout=120)
        errors = [line for line in result.stdout.splitlines()
                  if ("ERROR:" in line or "FATAL:" in line)]  # never the STATEMENT lines
        if result.returncode != 0 or errors:
            raise TeamHostError.set_up_failed("; ".join(errors) or _last_lines(result.stdout))


def _local_address(settings: HostSettings) -> SharedAddress:
    return SharedAddress.of(settings.user, LOCAL_HOST, settings.port, settings.database)


def _check_path_for_server(path: Path) -> None:
    """PostgreSQL on Windows takes paths in the ANSI code page (GBK on a Chinese Windows):
    a folder name outside it (say 𠮷) cannot be passed to it at all."""
    if sys.platform != "win32":
        return
    try:
        str(path).encode("mbcs", "strict")
    except UnicodeEncodeError as exc:
        raise TeamHostError.unusable_path(path) from exc


def _last_lines(text: str, count: int = 3) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return " / ".join(lines[-count:])
