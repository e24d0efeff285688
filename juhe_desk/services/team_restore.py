"""Restoring the hosted team database from one of its backups (team_backups.py), safely.

A restore replaces the whole shared history: every desk's campaigns and what they sent,
delivery reports, replies, templates, settings and opt-outs since the backup was made. A
desk running on it meanwhile would go on from a history that is no longer there (a campaign
it sent would show as never sent, and could be sent again), so ``restore_team_safely``
refuses while any desk runs on it (each running desk holds its desk lock:
store/desks.py), naming them; the caller closes this desk's own window first when it works
in it. What the database holds now is backed up first (``before-restore``), kept even when
the backups are full, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from juhe_desk.services.team_backups import back_up_team, prune_team_backups, restore_team
from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_host_errors import TeamHostError
from juhe_desk.store import Store

BEFORE_RESTORE = "before-restore"  # the reason in the name of the backup made first


def desks_running(host: TeamHost) -> list[str]:
    """The names of the desks running on the hosted database now, sorted."""
    password = host.password()
    if password is None:
        raise TeamHostError.password_lost()
    store = Store.open_shared(host.local_address(), password)
    try:
        with store.job_connection():
            return store.other_desks_online()  # this store is no desk: every running one
    finally:
        store.close()


def restore_team_safely(host: TeamHost, dump: Path, now: dt.datetime) -> Path:
    """Restore ``dump`` once no desk runs on the database, after backing up what it holds
    now; returns that backup. Raises ``TeamHostError`` (nothing changed) when desks run, the
    dump is unreadable or the restore fails (then all of it is rolled back)."""
    running = desks_running(host)
    if running:
        raise TeamHostError.desks_still_open(running)
    kept = back_up_team(host, now, reason=BEFORE_RESTORE, prune_old=False)
    restore_team(host, dump)
    prune_team_backups(host)  # the newest 7 kept: the one just made among them
    return kept
