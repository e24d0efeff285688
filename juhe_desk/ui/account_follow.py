"""The account this desk uses, as another desk of the team last saved it.

An account's details (price per part, signatures, extno, batch size, low-balance warning)
are kept in the shared database. When another desk saves them it announces it
(``ChangeKind.ACCOUNT``, store/accounts.py); this desk then reads the account again, in
turn with its own writes (``StoreWrites.read``: an edit made here and not yet written is
not overwritten by what was there before it), and, when something differs, uses it from
now on and says so through ``session.accountChanged``, as after an edit made here: the
Account tab, the costs and the signature shown follow without a restart.

What follows is ``FOLLOWED``. Not the gateway's address and the extno: the command line may
set them for this run (``--gateway``, ``--extno``), and the store's would undo that. Which
account is active stays each desk's own choice, and an account deleted elsewhere stays in
use here until the user chooses another (nothing is taken away mid-send). Nothing follows
before the password is known at start (the start tells the password's account by identity).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from juhe_desk.store import Account
from juhe_desk.store.changes import ChangeKind

if TYPE_CHECKING:
    from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)

FOLLOWED = ("name", "signatures", "price_li", "batch_size", "poll_interval_s", "password_mode",
            "low_balance_li", "reply_extension_digits")


class AccountFollower(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        session.changedElsewhere.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, kinds: frozenset[ChangeKind]) -> None:
        account = self.session.account
        if ChangeKind.ACCOUNT not in kinds or account is None or not self.session.ready:
            return
        account_id = account.id
        self.session.writes.read(lambda store: store.find_account(account_id),
                                 self._read_again, self._not_read)

    def _read_again(self, saved: Account | None) -> None:
        current = self.session.account
        if saved is None or current is None or current.id != saved.id:
            return  # deleted elsewhere, or this desk switched accounts meanwhile
        fresh = dataclasses.replace(current, **{name: getattr(saved, name) for name in FOLLOWED})
        if fresh != current:
            log.info("account %s was changed at another desk", fresh.id)
            self.session.account = fresh
            self.session.accountChanged.emit()

    def _not_read(self, error: BaseException) -> None:
        log.info("the account changed elsewhere was not read again: %s", error)
