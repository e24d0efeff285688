"""What the other tabs and the first jobs need, imported in the background once the window
is up, so that neither their building nor the first number typed waits on the GUI thread.

Only lower layers and third-party packages are imported here, never a ``ui`` module (those
are imported on the GUI thread, as the tabs are built). The layers import one way only, so
the GUI thread, importing a tab's module meanwhile, can at most wait for one of these to
finish; it can never deadlock with this job.
"""

from __future__ import annotations

import importlib
import logging

from juhe_desk.domain import carriers
from juhe_desk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

# The costly imports of the tabs built after the first paint and of the first jobs, about
# 80 ms together, most first.
MODULES = (
    "juhe_desk.domain.sheets.isolation",  # the import tab: the reader process's side, calamine
    "juhe_desk.domain.sheets.phone_column",
    "juhe_desk.domain.sheet_check",  # the import tab's check: templates, difflib
    "juhe_desk.domain.fingerprint",
    "juhe_desk.services.quick_send",  # the Send tab's check of numbers (before warm_up)
    "juhe_desk.services.recovery",
    "juhe_desk.services.statistics",  # the account tab
    "juhe_desk.services.optout_files",  # the inbox tab
    "juhe_desk.gateway.push_receiver",  # the inbox tab: waitress
    "juhe_desk.gateway.client",  # the first poll and balance: requests
    "keyring",  # the password, read in the background at start
)


def preload(ctx: TaskContext) -> None:
    """Worker thread: import MODULES, then libphonenumber's data (the first number typed
    into the Send tab is checked on the GUI thread)."""
    for name in MODULES:
        if ctx.cancelled:
            return
        importlib.import_module(name)
    if not ctx.cancelled:
        carriers.warm_up()
