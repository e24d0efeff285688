"""What the hosted team database keeps on disk besides the cluster: its settings, and the
server configuration rewritten at every start (so that a fix in a new version reaches
clusters made by an old one).

Nothing here holds the password: the settings name the port, database and user; the
keyring holds the password; the cluster holds only its SCRAM verifier.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from juhe_desk.store.files import create_private_file

TEAM_FOLDER = "team-db"  # in the data folder: the settings, the cluster, its backups
SETTINGS_FILE = "host.json"
CONFIG_FILE = "juhe-desk.conf"  # included by the cluster's postgresql.conf
INCLUDE_LINE = f"include_if_exists = '{CONFIG_FILE}'"
DEFAULT_PORT = 5433  # 5432 is left to a PostgreSQL an office may run already
DEFAULT_NAME = "juhe_team"
ADMIN_USER = "juhe_admin"  # the cluster's superuser: no password, no network login
NAME_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
# Server-side keepalives: a desk that vanished (crash, cable pulled) loses its sessions,
# and so its advisory locks, within 10 + 3 * 5 = 25 s: inside the 30 s a pulling desk's
# successor may wait (issue 13, "one puller per account").
KEEPALIVE = {"tcp_keepalives_idle": 10, "tcp_keepalives_interval": 5,
             "tcp_keepalives_count": 3}


@dataclass(frozen=True, slots=True)
class HostSettings:
    """What the hosting desk chose: where the server listens and what the team connects as."""

    port: int = DEFAULT_PORT
    database: str = DEFAULT_NAME
    user: str = DEFAULT_NAME
    autostart: bool = True  # start with the app

    def __post_init__(self) -> None:
        if not 1024 <= self.port <= 65535:
            raise ValueError(f"port {self.port} is not between 1024 and 65535")
        for name in (self.database, self.user):
            if not NAME_PATTERN.fullmatch(name) or name == ADMIN_USER:
                raise ValueError(f"{name!r} cannot name the team's database or user")


def may_host(data_dir: Path) -> bool:
    """Whether this data folder was ever set up to host a team database (its settings were
    written): the start imports the hosting's modules only then."""
    return (data_dir / TEAM_FOLDER / SETTINGS_FILE).exists()


def read_settings(folder: Path) -> HostSettings | None:
    """The settings of the team database in ``folder``; None when it was never set up."""
    try:
        raw = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    known = {k: raw[k] for k in ("port", "database", "user", "autostart") if k in raw}
    return HostSettings(**known)


def write_settings(folder: Path, settings: HostSettings) -> None:
    """Replace the settings file atomically (a crash leaves the old or the new one)."""
    target = folder / SETTINGS_FILE
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(asdict(settings), handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def server_config(settings: HostSettings, platform: str = sys.platform) -> str:
    """``juhe-desk.conf``: listen on the LAN, SCRAM only, logs kept a week inside the cluster.

    Only relative paths: the server reads this file in the ANSI code page on Windows."""
    lines = [
        "# Written by juhe-desk at each start of the team database; edits are overwritten.",
        "listen_addresses = '*'",
        f"port = {settings.port}",
        "password_encryption = 'scram-sha-256'",
        "unix_socket_directories = ''",  # TCP only: a socket path can be too long
        "max_connections = 100",
        *(f"{name} = {value}" for name, value in KEEPALIVE.items()),
        "logging_collector = on",
        "log_directory = 'log'",
        "log_filename = 'postgresql-%a.log'",  # one file per weekday: a week kept
        "log_rotation_age = '1d'",
        "log_rotation_size = 0",
        "log_truncate_on_rotation = on",
        "log_connections = on",
        "log_disconnections = on",
        "log_line_prefix = '%m [%p] %q%u@%d %h '",
        "lc_messages = 'C'",
        "timezone = 'Asia/Shanghai'",
        "log_timezone = 'Asia/Shanghai'",
    ]
    if platform != "win32":  # the check needs POLLRDHUP, which Windows lacks
        lines.append("client_connection_check_interval = '5s'")
    return "\n".join(lines) + "\n"


def access_rules(settings: HostSettings) -> str:
    """``pg_hba.conf``: the team's user, to the team's database, from anywhere, by SCRAM;
    nothing else (the superuser has no way in over the network)."""
    return ("# Written by juhe-desk at each start of the team database; edits are overwritten.\n"
            f"host  {settings.database}  {settings.user}  all  scram-sha-256\n")


def write_server_files(cluster: Path, settings: HostSettings) -> None:
    (cluster / CONFIG_FILE).write_text(server_config(settings), encoding="utf-8")
    (cluster / "pg_hba.conf").write_text(access_rules(settings), encoding="utf-8")
    main_config = cluster / "postgresql.conf"
    text = main_config.read_text(encoding="utf-8")
    if INCLUDE_LINE not in text:
        main_config.write_text(text.rstrip("\n") + "\n\n" + INCLUDE_LINE + "\n",
                               encoding="utf-8")
