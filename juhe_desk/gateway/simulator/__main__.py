"""``python -m juhe_desk.gateway.simulator``: serve a simulated gateway until stopped.

Prints exactly one line on stdout once it listens: ``juhe-desk simulator ready at URL``.
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
import types

from .accounts import (
    DEMO_REPORT_DELAY,
    DEMO_STATIS_MIN_INTERVAL,
    SimAccount,
    demo_account,
)
from .gateway import GatewaySimulator

READY_PREFIX = "juhe-desk simulator ready at "


def build_parser() -> argparse.ArgumentParser:
    demo = demo_account()
    parser = argparse.ArgumentParser(
        prog="python -m juhe_desk.gateway.simulator",
        description="A simulated 聚合云信 SMS gateway serving /sms on this machine.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7862, help="0 picks a free port")
    parser.add_argument("--account", default=demo.account)
    parser.add_argument("--password", default=demo.password)
    parser.add_argument("--extno", default=demo.extno, help="the account's 接入号")
    parser.add_argument("--signature", action="append", dest="signatures", metavar="【…】",
                        help="a registered signature (repeatable; default 【聚合云信】)")
    parser.add_argument("--balance", type=int, default=demo.balance, help="in 厘")
    parser.add_argument("--charge-type", choices=("PRECHARGE", "POSTCHARGE"),
                        default=demo.charge_type)
    parser.add_argument("--price", type=int, default=demo.price, help="厘 per SMS part")
    parser.add_argument("--max-connections", type=int, default=demo.max_connections)
    parser.add_argument("--push-url", default=None, help="push reports and MOs here")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--report-delay", type=float, nargs=2, metavar=("MIN", "MAX"),
                        default=DEMO_REPORT_DELAY, help="seconds until a delivery report")
    parser.add_argument("--statis-interval", type=float, default=DEMO_STATIS_MIN_INTERVAL,
                        help="seconds between statis calls (else STATUS 31)")
    parser.add_argument("--seed", type=int, default=None)
    return parser


def account_from(args: argparse.Namespace) -> SimAccount:
    demo = demo_account()
    return dataclasses.replace(
        demo, account=args.account, password=args.password, extno=args.extno,
        signatures=tuple(args.signatures) if args.signatures else demo.signatures,
        balance=args.balance, charge_type=args.charge_type, price=args.price,
        max_connections=args.max_connections, push_url=args.push_url)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    simulator = GatewaySimulator(args.host, args.port, seed=args.seed,
                                 report_delay=(args.report_delay[0], args.report_delay[1]))
    simulator.add_account(account_from(args))
    simulator.faults.latency = args.latency
    simulator.statis_min_interval = args.statis_interval

    stop = threading.Event()

    def request_stop(signum: int, frame: types.FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        simulator.start()
    except OSError as error:
        print(f"cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    try:
        print(f"{READY_PREFIX}{simulator.base_url}", flush=True)
        print(f"account {args.account}, extno {args.extno}", file=sys.stderr, flush=True)
        while not stop.wait(0.5):  # a timeout, so signals are handled on every platform
            pass
    finally:
        simulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
