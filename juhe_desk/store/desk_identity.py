"""Which desk this is: a stable id and a name, kept in the data folder.

The id is made once (a random UUID) and never changes, so the batches and campaigns a desk
sent stay its own across restarts; the name is the computer's, as people in the office
know it ("前台电脑"), read again at each start so a renamed computer shows its new name,
unless ``desk.json`` holds a ``name`` of its own (written there by a person or a test).
"""

from __future__ import annotations

import json
import logging
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DESK_FILE = "desk.json"
MAX_NAME_CHARS = 60


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    id: str
    name: str

    @classmethod
    def new(cls, name: str | None = None) -> DeskIdentity:
        return cls(uuid.uuid4().hex, (name or computer_name())[:MAX_NAME_CHARS])


def computer_name() -> str:
    return socket.gethostname() or "desk"


def load_or_create(data_dir: Path, name: str | None = None) -> DeskIdentity:
    """This folder's desk: the id kept in ``desk.json`` (written on first use), with the
    computer's name (or ``name``). A folder that cannot keep the file gets an id for this
    run only, said in the log."""
    path = data_dir / DESK_FILE
    desk_name = (name or computer_name())[:MAX_NAME_CHARS]
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(kept, dict) and isinstance(kept.get("id"), str) and kept["id"]:
            chosen = kept.get("name")
            if isinstance(chosen, str) and chosen.strip() and name is None:
                desk_name = chosen.strip()[:MAX_NAME_CHARS]
            return DeskIdentity(kept["id"], desk_name)
    except (OSError, ValueError):
        pass
    identity = DeskIdentity(uuid.uuid4().hex, desk_name)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"id": identity.id}), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        log.warning("the desk id cannot be kept in %s (%s): this run has its own", path, exc)
    return identity
