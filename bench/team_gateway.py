"""The gateway of bench/team_bench.py, in a process of its own: the simulator, told on stdin
what to do, noting when it hands each report and reply out.

    python bench/team_gateway.py LOG_FILE --account ID --password PW --extno N --signature S

Prints ``ready URL`` once it serves. Lines it reads on stdin:
- ``push URL``: hand out by pushing to URL from now on; ``pull``: by pull again;
- ``inject R M``: R delivery reports (of messages sent before; numbers 1370000xxxx) and M
  replies (from 1590000xxxx) become due now;
- ``state``: answers one JSON line: what is queued, pushed, accepted.
At the end of input it writes LOG_FILE, one line per item handed out:
``KIND MID VIA MONOTONIC`` (report|reply, pull|push, the time ``time.monotonic()`` gave as
the item left: taken by a pull, or taken for the push that the receiver answered OK), and
exits. The campaign's own reports are due a day later: not handed out during the bench.

The hand-out times come from wrapping the simulator's books (``_ledger``): a bench's
look inside, nothing the app or the tests rely on.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.gateway.simulator.__main__ import demo_account

READY = "ready "
CAMPAIGN_REPORT_DELAY_S = 86_400.0


class HandOutLog:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self._taken: dict[str, float] = {}  # mid -> when it was taken for a push

    def note(self, items: list[dict[str, Any]], via: str, moment: float) -> None:
        with self._lock:
            self.lines += [f"{'report' if i['flag'] == 1 else 'reply'} {i['mid']} {via} {moment}"
                           for i in items]

    def watch(self, simulator: GatewaySimulator) -> None:
        ledger = simulator._ledger
        pull, take_push, settle_push = ledger.pull, ledger.take_push, ledger.settle_push

        def pulled(*args: Any, **kwargs: Any) -> Any:
            items = pull(*args, **kwargs)
            self.note(items, "pull", time.monotonic())
            return items

        def taken(*args: Any, **kwargs: Any) -> Any:
            batches = take_push(*args, **kwargs)
            moment = time.monotonic()
            with self._lock:
                for _account, _url, items in batches:
                    self._taken.update((i["mid"], moment) for i in items)
            return batches

        def settled(account: str, items: list[dict[str, Any]], delivered: bool) -> None:
            settle_push(account, items, delivered)
            if delivered:
                with self._lock:
                    moments = [self._taken.pop(i["mid"], time.monotonic()) for i in items]
                for item, moment in zip(items, moments, strict=True):
                    self.note([item], "push", moment)

        ledger.pull, ledger.take_push, ledger.settle_push = pulled, taken, settled  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--account", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--extno", required=True)
    parser.add_argument("--signature", required=True)
    args = parser.parse_args()
    log = HandOutLog()
    account = dataclasses.replace(demo_account(), account=args.account, password=args.password,
                                  extno=args.extno, signatures=(args.signature,),
                                  balance=10**10, max_connections=50)
    simulator = GatewaySimulator(port=0, seed=1,
                                 report_delay=(CAMPAIGN_REPORT_DELAY_S, CAMPAIGN_REPORT_DELAY_S))
    simulator.add_account(account)
    simulator.push_backoff = (0.05, 0.5)
    log.watch(simulator)
    reports, replies = itertools.count(), itertools.count()
    with simulator:
        print(f"{READY}{simulator.base_url}", flush=True)
        for line in sys.stdin:
            command, *words = line.split()
            if command == "push":
                simulator.set_push_url(args.account, words[0])
            elif command == "pull":
                simulator.set_push_url(args.account, None)
            elif command == "inject":
                for _ in range(int(words[0])):
                    simulator.inject_report(args.account, f"137{next(reports):08d}")
                for _ in range(int(words[1])):
                    n = next(replies)
                    simulator.inject_mo(args.account, f"159{n:08d}", f"收到，谢谢（{n}）")
            elif command == "state":
                state = simulator.state(args.account)
                print(json.dumps({"queued_reports": state.queued_reports,
                                  "queued_replies": state.queued_inbound,
                                  "pushed": state.pushed, "accepted": state.submitted}),
                      flush=True)
    args.log.write_text("".join(f"{line}\n" for line in log.lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
