"""Test driver: send one stored campaign with ``CampaignSender``, as the app's worker does.

Run as a subprocess by the crash tests, which kill it at chosen moments. Prints ``started``
once the store is open, ``batch DONE/TOTAL`` (flushed) after each finished batch, and
``finished OUTCOME`` at the end; exits 0 when the run ended ``done``.
``--db`` is a SQLite file or a shared database's ``postgresql://`` address.
The passwords come from ``JUHE_TEST_PASSWORD`` (the gateway's) and ``JUHE_TEST_DB_PASSWORD``
(the database's): acceptable for this test driver only.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services.sending import CampaignSender, SendOptions, SendProgress
from juhe_desk.store import Store

PASSWORD_VARIABLE = "JUHE_TEST_PASSWORD"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--gateway", required=True)
    parser.add_argument("--account", required=True)
    parser.add_argument("--campaign", type=int, required=True)
    parser.add_argument("--parallel", type=int, default=2)
    args = parser.parse_args(argv)
    password = os.environ[PASSWORD_VARIABLE]
    print_lock = threading.Lock()

    def say(line: str) -> None:
        with print_lock:
            print(line, flush=True)

    def progress(step: SendProgress) -> None:
        say(f"batch {step.batches_done}/{step.batches_total} accepted={step.accepted}"
            f" uncertain={step.uncertain}")

    def make_client() -> GatewayClient:
        return GatewayClient(args.gateway, args.account, password, read_timeout=10.0)

    store = Store.open_shared(args.db, os.environ.get("JUHE_TEST_DB_PASSWORD")) \
        if args.db.startswith("postgresql://") else Store.open(args.db)
    with store:
        say("started")
        report = CampaignSender(store, make_client, args.campaign, progress=progress,
                                options=SendOptions(parallel=args.parallel)).run()
    say(f"finished {report.outcome}")
    return 0 if report.outcome == "done" else 2


if __name__ == "__main__":
    sys.exit(main())
