"""The demo gateway's account kept in a file between runs, so ``juhe-desk --demo`` starts
where it stopped: the balance spent, and the delivery reports and replies still to come for
the messages sent before (their times kept: those due meanwhile arrive at the first check).

One JSON file in the demo's own data folder, written whole beside itself and renamed over the
old one, so a crash while writing leaves the previous state. A file that cannot be read is
set aside and the demo starts afresh: it holds nothing but demo money.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from .gateway import GatewaySimulator

log = logging.getLogger(__name__)

STATE_FILE = "demo-gateway.json"  # ui/demo_gateway.py names it too, without importing this


def save_state(simulator: GatewaySimulator, account: str, path: Path) -> None:
    data = json.dumps({"version": 1, "account": account,
                       "books": simulator.snapshot(account)}, ensure_ascii=False)
    part = path.with_name(path.name + ".part")
    with open(part, "w", encoding="utf-8") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(part, path)


def load_state(simulator: GatewaySimulator, account: str, path: Path) -> bool:
    """Restore ``account`` from ``path``; False when there was nothing (usable) to restore."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except OSError:
        log.warning("the demo gateway's state %s cannot be read: starting afresh", path,
                    exc_info=True)
        return False
    try:
        saved = json.loads(text)
        if saved.get("version") != 1 or saved.get("account") != account:
            raise ValueError("another version or account")
        simulator.restore(account, saved["books"])
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("the demo gateway's state %s is not usable: set aside, starting afresh",
                    path, exc_info=True)
        with contextlib.suppress(OSError):  # else it is set aside next time
            os.replace(path, path.with_name(path.name + ".unusable"))
        return False
    return True
