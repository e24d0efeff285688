"""Building the table of regions in a process of its own, the first time a data folder needs it.

Building it executes libphonenumber's geodata modules: 0.3-0.6 s of Python holding the GIL,
much of it in long C steps (unmarshalling a module, building its dict) that a GUI thread in
the same process waits behind. A process of its own shares no GIL with the window: it builds
the table and keeps it in the cache (``region_file``), and the app reads the file back in a
few ms. This is every new user's first run, not only a benchmark's.

multiprocessing's "spawn" works the same on Windows, Linux and in the frozen app
(``juhe_desk.__main__`` calls ``freeze_support``, as for the sheet reader process). Should the
process not start, die or not finish in time, ``build_apart`` says False and the caller builds
the table itself, as before: slower for the window, never a missing city.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# Building takes 0.3-0.6 s here; a slow office PC, busy at its start, may take ten times that.
BUILD_TIME_LIMIT_S = 60.0


def build_apart(folder: Path, *, time_limit_s: float = BUILD_TIME_LIMIT_S,
                target: Callable[[str], None] | None = None) -> bool:
    """Build the table of regions for this installation and keep it in ``folder``, in a
    process of its own; wait for it (call from a worker thread). True when it finished well
    (the caller still reads the file, and builds itself should that fail). ``target`` is
    the child's work (``keep_built``; tests give another, which crashes or hangs)."""
    import multiprocessing  # ~7 ms, for a first build only: not with this module

    if multiprocessing.current_process().daemon:  # a reader process: it may start none
        return False
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=target or keep_built, args=(str(folder),),
                              name="juhe-desk regions", daemon=True)
    try:
        process.start()
    except (OSError, RuntimeError) as error:  # no process to be had: built here instead
        log.info("the table of regions is built in the app: no process for it (%s)", error)
        return False
    process.join(time_limit_s)
    if process.exitcode is None:
        log.warning("building the table of regions took over %.0f s: stopped", time_limit_s)
        process.kill()
        process.join(5)
        return False
    if process.exitcode != 0:
        log.warning("the process building the table of regions ended with %s",
                    process.exitcode)
        return False
    return True


def keep_built(folder: str) -> None:
    """In the child: build the table and keep it in ``folder`` (an error ends the process
    with a non-zero exit code, which the app takes as "build it yourself")."""
    from juhe_desk.domain import regions

    try:
        regions.build_and_keep(Path(folder))
    except Exception:  # noqa: BLE001 - the app builds it again and logs what failed
        raise SystemExit(1) from None
