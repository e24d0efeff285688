"""Backups of the hosted team database: its own ``pg_dump``, on the single-desk schedule.

Daily, checked, the newest 7 kept, in the same ``backups/`` folder as the data file's, named
``juhe-team-<YYYYMMDD-HHMMSS>-<reason>.dump`` so that ``store.backups`` lists, dates and
prunes them by the same rules. "Checked" here means: ``pg_dump`` read every row (PostgreSQL
checks each page's checksum as it reads), then ``pg_restore`` read the whole new archive
back, before it replaced anything; a failed dump leaves the older backups as they were.

``pg_dump`` is given the password in its environment (``PGPASSWORD``), the one way libpq
takes it that is neither a file nor a command line; only this child process sees it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from pathlib import Path

from juhe_desk.services.team_host import LOCAL_HOST, TeamHost
from juhe_desk.services.team_host_errors import TeamHostError
from juhe_desk.store.backups import (
    SPARE_BYTES,
    STAMP,
    BackupFile,
    backups_folder,
    daily_backup_due,
    list_backups,
    prune,
)
from juhe_desk.store.errors import NoRoomForBackupError
from juhe_desk.store.files import create_private_file, private_folder

log = logging.getLogger(__name__)

# Not a file: the name ``store.backups`` derives the folder and the backups' names from.
DUMP_STEM = "juhe-team"
DUMP_SUFFIX = ".dump"
DUMP_TIMEOUT_S = 3600


def _naming(host: TeamHost) -> Path:
    return host.folder.parent / f"{DUMP_STEM}{DUMP_SUFFIX}"


def team_backups(host: TeamHost) -> list[BackupFile]:
    """The team database's automatic backups, newest first."""
    return list_backups(_naming(host))


def prune_team_backups(host: TeamHost) -> None:
    """Keep the newest 7 backups (after one made with ``prune_old=False``)."""
    prune(_naming(host))


def team_backup_due(host: TeamHost, now: dt.datetime) -> bool:
    return daily_backup_due(_naming(host), now)


def back_up_team(host: TeamHost, now: dt.datetime, reason: str = "daily", *,
                 prune_old: bool = True) -> Path:
    """Dump the running team database into a new checked backup; keep the newest 7
    (``prune_old=False``: all, until the next backup; team_restore.py)."""
    password = _password(host)
    folder = private_folder(backups_folder(_naming(host)))
    _ensure_room(folder, host.cluster)
    destination = folder / f"{DUMP_STEM}-{now.strftime(STAMP)}-{reason}{DUMP_SUFFIX}"
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        address = host.local_address()
        result = host.tools.run("pg_dump", [
            "--format=custom", "--no-password", f"--file={partial}",
            f"--host={LOCAL_HOST}", f"--port={address.port}", f"--username={address.user}",
            f"--dbname={address.database}"],
            env=_with_password(password), timeout=DUMP_TIMEOUT_S)
        if result.returncode != 0:
            raise TeamHostError.backup_failed(_said(result.stdout))
        check_dump(host, partial)
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("backed up the team database to %s", destination)
    if prune_old:
        prune(_naming(host))
    return destination


def check_dump(host: TeamHost, dump: Path) -> None:
    """Read the whole archive back (its table of contents and every table's data)."""
    result = host.tools.run("pg_restore", [f"--file={os.devnull}", str(dump)],
                            timeout=DUMP_TIMEOUT_S)
    if result.returncode != 0:
        raise TeamHostError.backup_failed(_said(result.stdout))


def restore_team(host: TeamHost, dump: Path) -> None:
    """Load ``dump`` into the running team database, replacing what it holds, in one
    transaction (all or nothing). The objects become the team user's, whatever cluster
    and user the dump came from."""
    check_dump(host, dump)
    address = host.local_address()
    result = host.tools.run("pg_restore", [
        "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
        "--exit-on-error", "--no-password", f"--host={LOCAL_HOST}", f"--port={address.port}",
        f"--username={address.user}", f"--dbname={address.database}", str(dump)],
        env=_with_password(_password(host)), timeout=DUMP_TIMEOUT_S)
    if result.returncode != 0:
        raise TeamHostError.restore_failed(_said(result.stdout))
    log.info("restored the team database from %s", dump)


def _password(host: TeamHost) -> str:
    password = host.password()
    if password is None:
        raise TeamHostError.password_lost()
    return password


def _with_password(password: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PGPASSWORD=password, PGCONNECT_TIMEOUT="15", PGAPPNAME="juhe-desk backup",
               PGSSLMODE="disable")  # loopback, and the bundled server has no TLS
    return env


def _ensure_room(folder: Path, cluster: Path) -> None:
    """A dump is smaller than the cluster's files (no indexes, compressed): ask for that."""
    size = 0
    for root, _dirs, files in os.walk(cluster / "base"):
        for name in files:
            try:
                size += os.stat(os.path.join(root, name)).st_size
            except OSError:  # a file the server dropped meanwhile
                continue
    free = shutil.disk_usage(folder).free
    if free < size + SPARE_BYTES:
        raise NoRoomForBackupError(size + SPARE_BYTES, free)


def _said(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1] if lines else ""
