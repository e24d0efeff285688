"""Start the bundled program as the frozen app starts a process of its own, and have it build
the table of cities: run as ``python -c "$(cat frozen_spawn.py)" PROGRAM FOLDER`` (no main
script for the child to run again).

A frozen app's multiprocessing starts ``PROGRAM --multiprocessing-fork …`` and hands the child
its own ``sys.path`` (the bundle's); the program's ``freeze_support`` then runs the child's
work from the bundle. This parent plays the frozen app: ``sys.frozen``, ``sys.executable`` and
``sys.path`` as the bundle has them, once what it needs itself is imported. Exit code 0 when
``build_apart`` said it built the table.
"""

from __future__ import annotations

# What the parent needs of multiprocessing, imported before sys.path becomes the bundle's.
import multiprocessing.connection
import multiprocessing.popen_spawn_posix
import multiprocessing.resource_tracker
import multiprocessing.spawn
import sys
from pathlib import Path

from juhe_desk.domain import region_builder


def main(program: Path, folder: Path) -> int:
    multiprocessing.resource_tracker.ensure_running()  # the frozen app's own, already running
    sys.frozen = True  # type: ignore[attr-defined]
    sys.executable = str(program)
    multiprocessing.spawn.set_executable(str(program))
    internal = program.parent / "_internal"
    sys.path[:] = [str(internal / "base_library.zip"),
                   str(internal / f"python{sys.version_info.major}.{sys.version_info.minor}"
                       / "lib-dynload"), str(internal)]
    return 0 if region_builder.build_apart(folder, time_limit_s=60) else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
