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
use here until the user chooses another (nothing is taken away mid-send). It follows from
the start, before the password is read from the keyring (or typed in, when the keyring has
none): the start then gives the password to the account of the same id, followed or not,
unless one was typed meanwhile (``password_still_wanted``).

An Account dialog open on the account in use follows too (``follow_in_dialog``), whenever
it was opened (at start, asking for the password, or later): it shows what the other desk
saved in the fields not touched there and names those typed there, so its Save never
silently undoes the other desk's change.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from juhe_desk.store import Account
from juhe_desk.store.changes import ChangeKind

if TYPE_CHECKING:
    from juhe_desk.ui.dialogs.account_dialog import AccountDialog
    from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)

FOLLOWED = ("name", "signatures", "price_li", "batch_size", "poll_interval_s", "password_mode",
            "low_balance_li", "reply_extension_digits")


def password_still_wanted(current: Account | None, read_for: Account | None,
                          known: str | None) -> bool:
    """Whether the password the start read for ``read_for`` belongs to the account in use
    now: the same account (perhaps with what another desk changed since, followed here),
    and no password typed in for it meanwhile."""
    return (current is not None and read_for is not None and current.id == read_for.id
            and not known)


class AccountFollower(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        session.changedElsewhere.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, kinds: frozenset[ChangeKind]) -> None:
        account = self.session.account
        if ChangeKind.ACCOUNT not in kinds or account is None:
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


def follow_in_dialog(dialog: AccountDialog, session: Session) -> None:
    """While ``dialog`` is open, the account in use as it changes (saved at another desk and
    followed here, or edited on the Account tab) is shown in it (``AccountDialog.follow``)."""
    from juhe_desk.ui.dialogs.account_dialog import AccountForm

    def changed() -> None:
        account = session.account
        if account is not None:
            dialog.follow(AccountForm.of(account))

    session.accountChanged.connect(changed)
    dialog.finished.connect(lambda _result: session.accountChanged.disconnect(changed))
