"""What one desk changed that the others must show: announced on the shared database.

After a write the other desks must see (reports or replies stored by the puller, the
opt-out list, a campaign's progress or state, the shared settings, the saved texts, an
account's details), the
writer sends
``NOTIFY juhe_changes, '<kind>:<id>'`` inside the same transaction (``pg_notify``): the
server delivers it when, and only if, the transaction commits, so a listener that hears
it reads the rows already there. A notification carries ids, never rows or numbers (the
listeners read what they show themselves). On a SQLite file there is one desk: nothing is
sent. services/live_changes.py listens.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from juhe_desk.store.connection import Connection
from juhe_desk.store.dialect import Dialect

CHANNEL = "juhe_changes"


class ChangeKind(StrEnum):
    REPORT = "report"  # id: the newest report stored
    REPLY = "reply"  # id: the newest reply stored
    OPT_OUT = "opt_out"  # id: how many numbers changed (the numbers stay out of it)
    CAMPAIGN = "campaign"  # id: the campaign whose progress or state changed
    SETTINGS = "settings"  # id: how many settings changed (the send settings, push, ...)
    TEMPLATE = "template"  # id: the saved text added, changed or deleted
    ACCOUNT = "account"  # id: the account saved (its price, signatures, ...) or removed


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    ident: str

    @property
    def payload(self) -> str:
        return f"{self.kind.value}:{self.ident}"

    @classmethod
    def parse(cls, payload: str) -> Change | None:
        """The change a payload names; None for one this version does not know."""
        kind, _, ident = payload.partition(":")
        try:
            return cls(ChangeKind(kind), ident)
        except ValueError:
            return None


def announce(conn: Connection, dialect: Dialect, kind: ChangeKind, ident: object) -> None:
    """Tell the other desks, once ``conn``'s transaction commits (PostgreSQL only)."""
    if dialect.name == "postgresql":
        conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, Change(kind, str(ident)).payload))
