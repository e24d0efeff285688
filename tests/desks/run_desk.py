"""Test driver: one desk of a team on a shared database, as the app's session runs it, with
no window: its identity in ``--data-dir``, the puller role asked for every ``--interval``
seconds (the app's TAKEOVER_CHECK_S by default), pulls through its spool while it holds it;
with ``--send ID`` it also sends that campaign, as the app's campaign runner does.

Prints (flushed): ``started``, ``puller NAME`` / ``puller -`` when who pulls changes,
``pulled R I`` after a turn that stored R new reports and I new replies, ``sent OUTCOME``
when the campaign's run ended, ``error TEXT`` when a turn failed. Ends when stdin closes.
The passwords come from ``JUHE_TEST_PASSWORD`` (the gateway's) and ``JUHE_TEST_DB_PASSWORD``
(the database's): acceptable for this test driver only.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services.puller import TAKEOVER_CHECK_S, pull_turn
from juhe_desk.services.sending import CampaignSender, ClientFactory, SendOptions
from juhe_desk.store import Store
from juhe_desk.store.desk_identity import load_or_create
from juhe_desk.store.spool import SPOOL_NAME, Spool


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("--db", "--gateway", "--account", "--name", "--data-dir"):
        parser.add_argument(name, required=True)
    parser.add_argument("--interval", type=float, default=TAKEOVER_CHECK_S)
    parser.add_argument("--send", type=int)
    args = parser.parse_args(argv)
    password = os.environ["JUHE_TEST_PASSWORD"]
    data_dir = Path(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    print_lock = threading.Lock()

    def say(line: str) -> None:
        with print_lock:
            print(line, flush=True)

    def make_client() -> GatewayClient:
        return GatewayClient(args.gateway, args.account, password, read_timeout=10.0)

    stop = threading.Event()

    def stop_at_end_of_input() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=stop_at_end_of_input, daemon=True).start()
    store = Store.open_shared(args.db, os.environ.get("JUHE_TEST_DB_PASSWORD"))
    spool = Spool(data_dir / SPOOL_NAME)
    with store:
        store.set_desk(load_or_create(data_dir, args.name))
        store.recover_interrupted_batches()
        say("started")
        if args.send is not None:
            threading.Thread(target=_send, args=(store, make_client, args.send, say),
                             daemon=True).start()
        puller = "?"
        with make_client() as client:
            while not stop.is_set():
                try:
                    turn = pull_turn(client, store, args.account, spool)
                except Exception as exc:  # noqa: BLE001 - said, and tried again next turn
                    say(f"error {type(exc).__name__}: {exc}")
                else:
                    now = "-" if turn.puller is None else turn.puller.name
                    if now != puller:
                        puller = now
                        say(f"puller {now}")
                    if turn.summary is not None and (turn.summary.new_reports
                                                     or turn.summary.new_inbound):
                        say(f"pulled {turn.summary.new_reports}"
                            f" {len(turn.summary.new_inbound)}")
                stop.wait(args.interval)
    spool.close()
    return 0


def _send(store: Store, make_client: ClientFactory, campaign_id: int,
          say: Callable[[str], None]) -> None:
    report = CampaignSender(store, make_client, campaign_id,
                            options=SendOptions(parallel=1)).run()
    say(f"sent {report.outcome}")


if __name__ == "__main__":
    sys.exit(main())
