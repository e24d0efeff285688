"""Restoring the hosted team database from one of its backups (team_backups.py), safely.

A restore replaces the whole shared history: every desk's campaigns and what they sent,
delivery reports, replies, templates, settings and opt-outs since the backup was made. A
desk running on it meanwhile would go on from a history that is no longer there (a campaign
it sent would show as never sent, and could be sent again), so ``restore_team_safely``
refuses while any desk runs on it (each running desk holds its desk lock:
store/desks.py), naming them (``DesksStillOpen``); the caller closes this desk's own window
first when it works in it, after asking whether the others run
(``refuse_while_others_run``), so a refusal is told with the window still open. What
the database holds now is backed up first (``before-restore``), kept even when the backups
are full, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from juhe_desk.services.team_backups import back_up_team, prune_team_backups, restore_team
from juhe_desk.services.team_host import TeamHost
from juhe_desk.services.team_host_errors import TeamHostError
from juhe_desk.store import Store
from juhe_desk.store.desk_identity import load_or_create

BEFORE_RESTORE = "before-restore"  # the reason in the name of the backup made first


class DesksStillOpen(TeamHostError):
    """The restore was refused: juhe-desk runs at ``names`` (nothing was changed)."""

    names: tuple[str, ...] = ()

    @classmethod
    def at(cls, names: list[str]) -> DesksStillOpen:
        error = cls.desks_still_open(names)
        assert isinstance(error, DesksStillOpen)
        error.names = tuple(names)
        return error


def desks_running(host: TeamHost, besides: str | None = None) -> list[str]:
    """The names of the desks running on the hosted database now, sorted; ``besides``: the
    id of this desk, when its own window works in it (it closes before the restore)."""
    password = host.password()
    if password is None:
        raise TeamHostError.password_lost()
    store = Store.open_shared(host.local_address(), password)
    try:
        with store.job_connection():
            running = store.other_desks_online()  # this store is no desk: every running one
            if besides is not None and store.live_desks({besides}):
                own = store.desk_name(besides)
                if own in running:
                    running.remove(own)
            return running
    finally:
        store.close()


def refuse_while_others_run(host: TeamHost) -> None:
    """Before this desk's window closes for a restore: raises ``DesksStillOpen`` naming the
    other desks running on the database, so the refusal is told with the window still open."""
    running = desks_running(host, besides=load_or_create(host.folder.parent).id)
    if running:
        raise DesksStillOpen.at(running)


def restore_team_safely(host: TeamHost, dump: Path, now: dt.datetime) -> Path:
    """Restore ``dump`` once no desk runs on the database, after backing up what it holds
    now; returns that backup. Raises ``TeamHostError`` (nothing changed) when desks run, the
    dump is unreadable or the restore fails (then all of it is rolled back)."""
    running = desks_running(host)
    if running:
        raise DesksStillOpen.at(running)
    kept = back_up_team(host, now, reason=BEFORE_RESTORE, prune_old=False)
    restore_team(host, dump)
    prune_team_backups(host)  # the newest 7 kept: the one just made among them
    return kept
