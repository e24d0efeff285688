"""A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server, run as the
``postgres`` system user when we are root (initdb refuses root), on a free loopback port,
its socket in a private folder; stopped with ``-m immediate`` and deleted afterwards.

    with PgCluster.start() as cluster:
        address = cluster.new_database()      # a fresh, empty database each time
        ...

Where no server is installed, ``PgCluster.start`` raises ``PgUnavailable`` saying so; the
tests then fail when ``JUHE_DESK_REQUIRE_POSTGRES=1`` (CI) and are skipped, by name, if not.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from juhe_desk.store.shared_address import SharedAddress

SUPERUSER = "postgres"
APP_USER = "juhe"
APP_PASSWORD = "pw-juhe-test"  # scram-sha-256 for the app's user; the superuser by trust


class PgUnavailable(RuntimeError):
    pass


def server_bin_dir() -> Path:
    """The newest PostgreSQL server Debian installed (/usr/lib/postgresql/N/bin)."""
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*/bin") if (p / "initdb").exists()),
                      key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    if not versions:
        raise PgUnavailable("PostgreSQL is not installed (packaging/setup.sh --test installs "
                            "Debian's postgresql)")
    return versions[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgCluster:
    bin_dir: Path
    root: Path
    port: int
    _names: Iterator[int]
    _options: str = ""

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @classmethod
    def start(cls, *, ssl: bool = False, durable: bool = False,
              also_listen: str | None = None) -> PgCluster:
        """``durable``: fsync on, as a real server (benchmarks); tests run without it.
        ``also_listen``: one more address (e.g. "10.213.7.1") to listen on, its /24's
        clients let in by password, as an office LAN's desks."""
        bin_dir = server_bin_dir()
        root = Path(tempfile.mkdtemp(prefix="juhe-pg-"))
        cluster = cls(bin_dir, root, free_port(), itertools.count(1))
        try:
            cluster._init(ssl, durable, also_listen)
        except BaseException:
            cluster.remove()
            raise
        return cluster

    def _init(self, ssl: bool, durable: bool = False, also_listen: str | None = None) -> None:
        self.socket_dir.mkdir()
        as_postgres = os.geteuid() == 0
        if as_postgres:
            entry = pwd.getpwnam(SUPERUSER)
            for path in (self.root, self.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        hba = self.data_dir / "pg_hba.conf"
        # The superuser by trust over the private socket (set-up only); the app's user with
        # a password over TCP, as on a real office server.
        self._write_as_owner(hba, "local all postgres trust\n"
                                  "host all postgres 127.0.0.1/32 trust\n"
                                  "host all all 127.0.0.1/32 scram-sha-256\n"
                                  + (f"host all all {also_listen}/24 scram-sha-256\n"
                                     if also_listen else ""))
        listen = "127.0.0.1" + (f",{also_listen}" if also_listen else "")
        options = (f"-c listen_addresses={listen} -c port={self.port}"
                   f" -c unix_socket_directories={self.socket_dir}"
                   f" -c max_connections=200"
                   " -c shared_buffers=128MB")
        if not durable:
            options += " -c fsync=off -c full_page_writes=off"
        if ssl:
            options += " -c ssl=on -c ssl_cert_file=/etc/ssl/certs/ssl-cert-snakeoil.pem" \
                       " -c ssl_key_file=/etc/ssl/private/ssl-cert-snakeoil.key"
        self._options = options
        self.start_server()
        self.sql(f"CREATE ROLE {APP_USER} LOGIN PASSWORD '{APP_PASSWORD}' CREATEDB")

    def _write_as_owner(self, path: Path, text: str) -> None:
        stat = path.stat()
        path.write_text(text)
        os.chown(path, stat.st_uid, stat.st_gid)

    def _run(self, program: str, *args: str) -> str:
        command = [str(self.bin_dir / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root,
                              check=False, timeout=120)
        if done.returncode != 0:
            raise PgUnavailable(f"{program} failed: {done.stderr or done.stdout}")
        return done.stdout

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the superuser (over the private socket)."""
        return self._run("psql", "-X", "-q", "-h", str(self.socket_dir), "-p", str(self.port),
                         "-U", SUPERUSER, "-d", database, "-v", "ON_ERROR_STOP=1", "-tAc",
                         statement)

    def new_database(self, owner: str = APP_USER) -> SharedAddress:
        """A fresh database owned by the app's user; its address (the password is
        ``APP_PASSWORD``)."""
        name = f"juhe_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} OWNER {owner} TEMPLATE template0")
        return SharedAddress(APP_USER, "127.0.0.1", self.port, name)

    def drop_database(self, address: SharedAddress) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {address.database} WITH (FORCE)")

    def superuser_address(self, database: str) -> str:
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={database}"

    def start_server(self) -> None:
        """Start the server (again, after ``stop``) on the same port and data."""
        self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.root / "server.log"),
                  "-o", self._options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        with contextlib.suppress(PgUnavailable, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PgCluster:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.remove()
