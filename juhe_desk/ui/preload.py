"""What the tabs built by the window's start import from the lower layers, imported in the
background once the window is up, so that building them does not wait on the GUI thread.

Only lower layers and third-party packages are imported here, never a ``ui`` module (those
are imported on the GUI thread, as the tabs are built). The layers import one way only, so
the GUI thread, importing a tab's module meanwhile, can at most wait for one of these to
finish; it can never deadlock with this job.

The window's start waits for this job, so it holds only what the tabs import: the gateway
client (requests), keyring and libphonenumber's data, about 150 ms together, are imported by
the jobs that first use them (the first poll, reading the password, the Send tab's warm-up),
which the start never waits for.
"""

from __future__ import annotations

import importlib
import logging

from juhe_desk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

# The costly imports of the tabs built after the first paint, about 100 ms together, most
# first.
MODULES = (
    "juhe_desk.domain.sheets.isolation",  # the import tab: the reader process's side, calamine
    "juhe_desk.domain.sheets.phone_column",
    "juhe_desk.domain.sheet_check",  # the import tab's check: templates, difflib
    "juhe_desk.domain.fingerprint",
    "juhe_desk.services.quick_send",
    "juhe_desk.services.recovery",
    "juhe_desk.services.statistics",  # the account tab
    "juhe_desk.services.optout_files",  # the inbox tab
    "juhe_desk.gateway.push_receiver",  # the inbox tab: waitress
)


def preload(ctx: TaskContext) -> None:
    """Worker thread: import MODULES."""
    for name in MODULES:
        if ctx.cancelled:
            return
        importlib.import_module(name)
