"""The command line of ``juhe-desk`` (see the automation contract).

Parsing imports no Qt, so ``--help`` and ``--version`` work without a display.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from juhe_desk import APP_NAME, __version__
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.store.shared_errors import SharedAddressError

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True, slots=True)
class Options:
    demo: bool
    gateway: str | None
    account: str | None
    extno: str | None
    data_dir: Path | None
    lang: str | None
    file: Path | None
    shared_db: SharedAddress | None = None
    quit_after: float | None = None
    smoke_test: Path | None = None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Send SMS campaigns through the 聚合云信 industry SMS gateway.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in gateway simulator with a demo account, and use it")
    parser.add_argument("--gateway", metavar="URL",
                        help="use this gateway (http(s)://host:port; /sms is added) for this run")
    parser.add_argument("--account", metavar="ID", help="use this gateway account for this run")
    parser.add_argument("--extno", metavar="N",
                        help="use this 接入号 (SP service number) for this run")
    parser.add_argument("--data-dir", metavar="DIR", type=Path,
                        help="keep the database, logs and settings here")
    parser.add_argument("--shared-db", metavar="postgresql://USER@HOST:PORT/DB",
                        help="use this shared PostgreSQL store (a team's desks) for this run;"
                             " its password, if any, is keyring.get_password('juhe-desk',"
                             " this address)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="interface language (default: the system's, else zh_CN)")
    # For smoke tests of builds: show the window, then quit this many seconds after its start
    # has finished (MainWindow.ready).
    parser.add_argument("--quit-after", metavar="SECONDS", type=float, help=argparse.SUPPRESS)
    # For smoke tests of installed builds (juhe_desk/ui/smoke.py): send one message in demo
    # mode, check the keyring and FILE, write result.json and a screenshot to DIR, quit.
    parser.add_argument("--smoke-test", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("file", nargs="?", metavar="FILE", type=Path,
                        help="a spreadsheet (.xlsx, .xls, .csv) to open in the bulk-import tab")
    return parser


def parse_args(argv: list[str]) -> Options:
    """Parse ``argv`` (without the program name). Exits on --help/--version/errors."""
    ns = build_parser().parse_args(argv)
    if ns.gateway and not ns.gateway.startswith(("http://", "https://")):
        build_parser().error("--gateway needs a URL starting with http:// or https://")
    if ns.smoke_test is not None and not ns.demo:
        build_parser().error("--smoke-test sends a message: only with --demo")
    shared_db = None
    if ns.shared_db is not None:
        try:
            shared_db = SharedAddress.parse(ns.shared_db)
        except SharedAddressError as exc:
            build_parser().error(exc.text("en"))
    return Options(demo=ns.demo, gateway=ns.gateway, account=ns.account, extno=ns.extno,
                   data_dir=ns.data_dir, lang=ns.lang, file=ns.file, quit_after=ns.quit_after,
                   smoke_test=ns.smoke_test, shared_db=shared_db)
