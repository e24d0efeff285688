"""What a desk reads from (and writes to) its store before its window opens.

On a team's shared database every store call is a round trip to its server, so the GUI
thread makes none: this runs in the start-up job that connects (``ui/startup.py``), and the
window starts from the values it returns. On the desk's own SQLite file it runs where the
file is opened, as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from juhe_desk.credentials import CredentialStore
from juhe_desk.services.shared_database import open_shared_store
from juhe_desk.store import Account, Store
from juhe_desk.store.desk_identity import DeskIdentity, load_or_create
from juhe_desk.store.shared_address import SharedAddress

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AccountChoice:
    """Which account the command line asks for (all None: the active one)."""

    demo: bool = False
    account_id: str | None = None
    gateway: str | None = None


@dataclass(frozen=True, slots=True)
class DeskStart:
    """The store's answers the window starts from."""

    account: Account | None  # as stored: this run's --gateway/--extno not applied
    # Every setting, on a shared database (the window reads them from here, not from its
    # server); None on the desk's own file, read where needed as before.
    settings: dict[str, str] | None = None
    interrupted_batches: int = 0  # marked uncertain: their requests may have gone


def prepare_desk(store: Store, desk: DeskIdentity, choice: AccountChoice) -> DeskStart:
    """Say which desk this is (before recovery: whose batches), recover what a crash left
    mid-request, choose the account, read the settings (on a shared database)."""
    store.set_desk(desk)
    interrupted = store.recover_interrupted_batches()
    if interrupted:
        log.warning("%d batch(es) were interrupted mid-request", len(interrupted))
    settings = store.all_settings() if store.shared_address is not None else None
    return DeskStart(choose_account(store, choice), settings, len(interrupted))


def choose_account(store: Store, choice: AccountChoice) -> Account | None:
    """The account to start with: the one named (saved when new and its gateway is given),
    else the active one."""
    if choice.demo or not choice.account_id:  # the demo's as the last demo run kept it
        return store.get_active_account()
    account = store.find_account(choice.account_id)
    if account is None and choice.gateway:
        account = store.save_account(Account(id=choice.account_id, gateway_url=choice.gateway))
        if store.get_active_account() is None:  # the next plain start uses it
            store.set_active_account(account.id)
    return account


def open_prepared(address: SharedAddress, credentials: CredentialStore, data_dir: Path,
                  choice: AccountChoice) -> tuple[Store, DeskStart]:
    """The team's shared store and what the window starts from (the start-up job); a
    ``SharedStoreError`` in words when it cannot be used."""
    store = open_shared_store(address, credentials)
    try:
        with store.job_connection():
            return store, prepare_desk(store, load_or_create(data_dir), choice)
    except BaseException:
        store.close()
        raise
