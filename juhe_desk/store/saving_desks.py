"""Which desk of a team is saving a campaign in steps now (campaign_saving.py).

A campaign marked as partly saved is one of two things: a save still under way (its batches
keep coming) or a save that ended without its last batches (the desk died, the disk or the
server failed), whose missing messages were never saved and so are never sent. Within one
process ``services.campaign_saving.being_saved`` tells them apart; across the desks of a team
the saving desk holds a session-level advisory lock per campaign while its saving thread runs
(``hold_saving`` / ``release_saving``), which the server lets go when that desk quits, crashes
or loses its network, so another desk can tell "still being saved at 前台" from "never saved".

On a SQLite file there is one desk: nothing is held, and nothing is being saved elsewhere.
"""

from __future__ import annotations

from juhe_desk.store.advisory_locks import saving_key
from juhe_desk.store.desks import DeskInfo, DesksMixin
from juhe_desk.store.errors import StoreClosedError


class SavingDesksMixin(DesksMixin):
    def hold_saving(self, campaign_id: int) -> None:
        """This desk is saving ``campaign_id`` in steps from now on (the other desks see it).
        Best effort: with the server unreachable the saving fails anyway."""
        locks = self._session_locks()
        if locks is not None:
            locks.try_lock(saving_key(campaign_id))

    def release_saving(self, campaign_id: int) -> None:
        """The saving of ``campaign_id`` ended here, whole or not (a store closed meanwhile
        has let go of it already)."""
        try:
            locks = self._session_locks()
        except StoreClosedError:
            return
        if locks is not None:
            locks.unlock(saving_key(campaign_id))

    def saving_elsewhere(self, campaign_id: int) -> DeskInfo | None:
        """The other desk saving ``campaign_id`` now, or None (none is, or this desk is:
        ``being_saved`` knows its own). Raises when the server cannot say."""
        locks = self._session_locks()
        if locks is None or locks.holds(saving_key(campaign_id)):
            return None
        if not locks.held_by_anyone((saving_key(campaign_id),)):
            return None
        row = self._row("SELECT c.desk_id, d.name FROM campaigns c LEFT JOIN desks d"
                        " ON d.id = c.desk_id WHERE c.id = ?", (campaign_id,))
        desk_id = "" if row is None else str(row["desk_id"] or "")
        name = "" if row is None else str(row["name"] or desk_id)
        return DeskInfo(desk_id, name or "?", False)
