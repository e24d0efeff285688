"""Test driver: save a campaign in steps (``campaign_saving.start_saving``) and send it as
its batches are committed, as the app's worker does; killed by the test mid-save.

Prints ``started`` once the store is open, ``campaign ID`` once its first batch is saved,
``saved N`` after each later step (then holds the saving ``--hold`` seconds, a slow disk,
so that a kill lands between two steps), ``batch DONE/TOTAL`` after each batch sent and
``finished OUTCOME`` at the end. The gateway's password comes from ``JUHE_TEST_PASSWORD``
and the database's from ``JUHE_TEST_DB_PASSWORD``: acceptable for this test driver only.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Sequence

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services.campaign_saving import start_saving
from juhe_desk.services.sending import CampaignSender, SendOptions, SendProgress
from juhe_desk.store import NewBatch, NewCampaign, Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("--db", "--gateway", "--account", "--extno", "--sign"):
        parser.add_argument(name, required=True)
    parser.add_argument("--numbers", type=int, required=True)
    parser.add_argument("--batch", type=int, required=True)
    parser.add_argument("--hold", type=float, default=0.0)
    args = parser.parse_args(argv)
    print_lock = threading.Lock()

    def say(line: str) -> None:
        with print_lock:
            print(line, flush=True)

    class SlowStore(Store):
        def save_more_batches(self, campaign: NewCampaign, campaign_id: int,
                              batches: Sequence[NewBatch], *, first_seq: int) -> None:
            super().save_more_batches(campaign, campaign_id, batches, first_seq=first_seq)
            say(f"saved {first_seq + len(batches) - 1}")
            time.sleep(args.hold)

    def progress(step: SendProgress) -> None:
        say(f"batch {step.batches_done}/{step.batches_total}")

    def make_client() -> GatewayClient:
        return GatewayClient(args.gateway, args.account, os.environ["JUHE_TEST_PASSWORD"],
                             read_timeout=10.0)

    store = SlowStore.open_shared(args.db, os.environ.get("JUHE_TEST_DB_PASSWORD")) \
        if args.db.startswith("postgresql://") else SlowStore.open(args.db)
    with store:
        say("started")
        messages = [(str(13900000000 + 7 * i), f"{args.sign}尊敬的会员{i}号，周六店庆八折")
                    for i in range(args.numbers)]
        saving = start_saving(store, account_id=args.account, name="分步保存",
                              extno=args.extno, messages=messages, batch_size=args.batch)
        say(f"campaign {saving.campaign.id}")
        report = CampaignSender(store, make_client, saving.campaign.id, progress=progress,
                                options=SendOptions(parallel=2), saving=saving).run()
    say(f"finished {report.outcome}")
    return 0 if report.outcome == "done" else 2


if __name__ == "__main__":
    sys.exit(main())
