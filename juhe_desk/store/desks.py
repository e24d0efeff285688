"""Several desks on one shared database: who this desk is, and who holds which role.

A role (pulling an account's reports and replies, sending a campaign) is held by one desk
at a time through a session-level advisory lock on that desk's own connection
(session_locks.py); ``desk_roles`` only remembers which desk took it last, for showing.
A desk also holds a lock of its own while it runs, so the others can tell a desk that is
gone (its in-flight batches may then be marked uncertain) from one that is still sending.

On a SQLite file there is one desk: every role is this desk's, taken without asking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from juhe_desk.store._base import StoreBase
from juhe_desk.store.advisory_locks import (
    DESKS,
    LockKey,
    campaign_key,
    desk_key,
    puller_key,
)
from juhe_desk.store.database import Database
from juhe_desk.store.desk_identity import DeskIdentity
from juhe_desk.store.errors import StoreError

if TYPE_CHECKING:
    from juhe_desk.store.session_locks import SessionLocks


@dataclass(frozen=True, slots=True)
class DeskInfo:
    """A desk as the others see it."""

    id: str
    name: str
    is_this_desk: bool


@dataclass(frozen=True, slots=True)
class CampaignDesk:
    """The desk sending a campaign now, or the one that sent it last, as the others see it."""

    desk: DeskInfo
    sending: bool  # it holds the campaign now
    on_line: bool  # it is running (a desk that is not may have left batches in flight)


class CampaignBusyError(StoreError):
    """Another desk is sending this campaign now."""

    def __init__(self, campaign_id: int, desk_name: str) -> None:
        super().__init__(
            f"这个群发任务正在由“{desk_name}”发送。请等它发完，或请那台电脑先暂停它。",
            message_en=f"This campaign is being sent by \"{desk_name}\". Wait until it is done,"
                       " or ask that desk to pause it first.")
        self.campaign_id = campaign_id
        self.desk_name = desk_name


def puller_role(account_id: str) -> str:
    return f"pull:{account_id}"


def campaign_role(campaign_id: int) -> str:
    return f"campaign:{campaign_id}"


class DesksMixin(StoreBase):
    def set_desk(self, desk: DeskIdentity) -> None:
        """This store works for ``desk`` from now on: its id goes on the campaigns and
        batches it writes; on a shared database it is recorded and marked as running."""
        self._desk = desk
        with self._db.write() as conn:
            conn.execute("INSERT INTO desks (id, name, last_seen_at) VALUES (?,?,?)"
                         " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                         " last_seen_at = excluded.last_seen_at",
                         (desk.id, desk.name, self._now()))
        locks = self._session_locks()
        if locks is not None:
            locks.hold_always(desk_key(desk.id))

    def desk_name(self, desk_id: str) -> str:
        return str(self._scalar("SELECT name FROM desks WHERE id = ?", (desk_id,)) or desk_id)

    # --- pulling --------------------------------------------------------------------------
    def try_take_puller(self, account_id: str) -> bool:
        """Become the desk that pulls ``account_id``'s reports and replies, or stay it; False
        while another desk is (or the server cannot be reached)."""
        return self._take(puller_key(account_id), puller_role(account_id))

    def release_puller(self, account_id: str) -> None:
        self._release(puller_key(account_id))

    def puller_of(self, account_id: str) -> DeskInfo | None:
        """The desk pulling ``account_id`` now; None when none is."""
        return self._holder(puller_key(account_id), puller_role(account_id))

    # --- sending --------------------------------------------------------------------------
    def claim_campaign(self, campaign_id: int) -> None:
        """This desk sends ``campaign_id`` from now on (until ``release_campaign``); raises
        ``CampaignBusyError`` naming the desk that sends it now."""
        if not self._take(campaign_key(campaign_id), campaign_role(campaign_id)):
            holder = self.campaign_sender(campaign_id)
            raise CampaignBusyError(campaign_id, holder.name if holder else "?")

    def release_campaign(self, campaign_id: int) -> None:
        self._release(campaign_key(campaign_id))

    def campaign_sender(self, campaign_id: int) -> DeskInfo | None:
        """The desk sending ``campaign_id`` now (on a shared database); None when none is.
        On a SQLite file: None (this desk's own runs are known to it)."""
        if self._session_locks() is None:
            return None
        return self._holder(campaign_key(campaign_id), campaign_role(campaign_id))

    def campaign_desks(self, campaign_ids: Iterable[int]) -> dict[int, CampaignDesk]:
        """For each of ``campaign_ids`` a desk of the team has sent: that desk, whether it
        sends it now and whether it is on line (three queries however many campaigns).
        A SQLite file has one desk: nothing. Raises when the server cannot say."""
        locks = self._session_locks()
        ids = sorted(set(campaign_ids))
        if locks is None or not ids:
            return {}
        roles = {campaign_role(i): i for i in ids}
        rows = self._rows(
            "SELECT r.role, r.desk_id, d.name FROM desk_roles r LEFT JOIN desks d"
            f" ON d.id = r.desk_id WHERE r.role IN ({','.join('?' * len(roles))})",
            tuple(roles))
        held = locks.held_by_anyone(campaign_key(i) for i in ids)
        alive = self.live_desks({row["desk_id"] for row in rows})
        own = self._desk_id()
        found: dict[int, CampaignDesk] = {}
        for row in rows:
            campaign_id, desk_id = roles[row["role"]], row["desk_id"]
            desk = DeskInfo(desk_id, row["name"] or desk_id, desk_id == own)
            found[campaign_id] = CampaignDesk(desk, campaign_key(campaign_id) in held,
                                              desk_id in alive)
        return found

    def live_desks(self, desk_ids: set[str]) -> set[str]:
        """Which of ``desk_ids`` are running now (shared database); raises when the server
        cannot say. On a SQLite file every desk counts as running."""
        locks = self._session_locks()
        if locks is None:
            return set(desk_ids)
        keys = {desk_key(d): d for d in desk_ids}
        return {keys[k] for k in locks.held_by_anyone(keys)}

    def other_desks_online(self) -> list[str]:
        """The names of the other desks running now on this database (a SQLite file: none),
        sorted; raises when the server cannot say."""
        if self._session_locks() is None:
            return []
        names = {row["id"]: row["name"] or row["id"] for row in self._rows(
            "SELECT id, name FROM desks WHERE id <> ?", (self._desk_id() or "",))}
        return sorted(names[d] for d in self.live_desks(set(names)))

    # --- helpers --------------------------------------------------------------------------
    def _session_locks(self) -> SessionLocks | None:
        if isinstance(self._db, Database):  # a SQLite file: psycopg is never imported
            return None
        from juhe_desk.store.pg_database import PgDatabase

        return self._db.session_locks() if isinstance(self._db, PgDatabase) else None

    def _take(self, key: LockKey, role: str) -> bool:
        locks = self._session_locks()
        if locks is None:
            return True
        if locks.holds(key):
            return True
        if not locks.try_lock(key):
            return False
        if self._desk is not None:  # a label for the others; the lock is what counts
            with self._db.write() as conn:
                conn.execute("INSERT INTO desk_roles (role, desk_id, since) VALUES (?,?,?)"
                             " ON CONFLICT (role) DO UPDATE SET desk_id = excluded.desk_id,"
                             " since = excluded.since", (role, self._desk.id, self._now()))
        return True

    def _release(self, key: LockKey) -> None:
        locks = self._session_locks()
        if locks is not None:
            locks.unlock(key)

    def _holder(self, key: LockKey, role: str) -> DeskInfo | None:
        locks = self._session_locks()
        if locks is None:
            desk = self._desk
            return None if desk is None else DeskInfo(desk.id, desk.name, True)
        # Who holds it: the desk whose own lock the same connection holds. The role's row
        # is written after the lock is taken, in a write that may wait behind others' (a
        # campaign being saved): read alone, it could name nobody, or the desk before.
        if not locks.held_by_anyone((key,)):
            return None
        beside = locks.held_beside(key, DESKS)
        for known in self._rows("SELECT id, name FROM desks"):
            if desk_key(known["id"]) in beside:
                this = self._desk is not None and known["id"] == self._desk.id
                return DeskInfo(known["id"], known["name"] or known["id"], this)
        row = self._row("SELECT r.desk_id, d.name FROM desk_roles r"  # a desk of no name
                        " LEFT JOIN desks d ON d.id = r.desk_id WHERE r.role = ?", (role,))
        if row is None:
            return DeskInfo("", "?", False)
        this = self._desk is not None and row["desk_id"] == self._desk.id
        return DeskInfo(row["desk_id"], row["name"] or row["desk_id"], this)
