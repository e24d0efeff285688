"""Entry point of the ``juhe-desk`` GUI script and of ``python -m juhe_desk``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = before_qt(sys.argv[1:] if argv is None else argv)
    from juhe_desk.app import run

    return run(args)


def before_qt(args: list[str]) -> list[str]:
    """What the start does before it imports Qt (bench/start_bench.py does it too); returns
    ``args``. Exits on --help, --version and bad options."""
    # In the frozen app a spreadsheet reader process is this same program started by
    # multiprocessing: freeze_support runs it (and never returns) before anything else. It
    # does nothing unless frozen, where importing multiprocessing costs the start ~7 ms.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from juhe_desk import dataclass_code

    dataclass_code.install()  # before the app's first dataclass (app.run: keep_in, save)
    from juhe_desk.startup_gc import collect_less

    collect_less()  # until the window's start has finished (app.run)
    from juhe_desk.cli import parse_args

    parse_args(args)  # --help, --version and bad options end here, before Qt loads
    return args


if __name__ == "__main__":
    sys.exit(main())
