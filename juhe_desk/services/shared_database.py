"""Which shared (team) database this desk uses, its password, and the connection test.

The address (``postgresql://user@host:port/db``, no password) is a setting of this desk,
kept in its data folder (``shared-database.txt``) so that it is known before any database is
opened; ``--shared-db`` overrides it for one run. The password is in the OS keyring under
service ``juhe-desk`` with the address as the user name (automation contract), or in this
run's memory where no keyring works: never in a file, the address or a log.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from juhe_desk.credentials import CredentialStore, SaveResult
from juhe_desk.store import Store
from juhe_desk.store.files import create_private_file
from juhe_desk.store.shared_address import SharedAddress

if TYPE_CHECKING:
    from juhe_desk.store.pg_database import SharedProbe

ADDRESS_FILE = "shared-database.txt"


def saved_address(data_dir: Path) -> SharedAddress | None:
    """The shared database this desk joined; None when it keeps its history alone. A
    damaged file raises ``SharedAddressError``: never silently a private history."""
    try:
        text = (data_dir / ADDRESS_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return SharedAddress.parse(text) if text else None


def save_address(data_dir: Path, address: SharedAddress | None) -> None:
    """Join ``address`` from the next start on (None: keep the history on this desk)."""
    target = data_dir / ADDRESS_FILE
    if address is None:
        target.unlink(missing_ok=True)
        return
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    partial.write_text(address.url + "\n", encoding="utf-8")
    os.replace(partial, target)


def save_password(credentials: CredentialStore, address: SharedAddress,
                  password: str) -> SaveResult:
    return credentials.save_password(address.url, password)


def load_password(credentials: CredentialStore, address: SharedAddress) -> str | None:
    return credentials.load_password(address.url)


def open_shared_store(address: SharedAddress, credentials: CredentialStore) -> Store:
    """The shared store, its password from the keyring; a ``SharedStoreError`` in words
    when it cannot be used."""
    return Store.open_shared(address, load_password(credentials, address))


def probe_shared(address: SharedAddress, password: str | None) -> SharedProbe:
    """The connection test (a job): ``pg_database.SharedProbe``, or the reason in words."""
    from juhe_desk.store.pg_database import probe  # psycopg only when used

    return probe(address, password)
