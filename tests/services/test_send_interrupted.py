"""A send stopped by a full disk: ``SendInterrupted`` counts exactly the numbers whose
request went out but whose answer could not be stored, whatever the timing of the workers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from disk_support import fill, small_disk
from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.interrupted import SendInterrupted
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.store import Account, Store
from juhe_desk.store.failures import StorageProblem


@pytest.mark.parametrize("parallel", [1, 2])
def test_the_uncertain_count_is_what_went_out_unrecorded(gateway: GatewaySimulator,
                                                         tmp_path: Path, parallel: int) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        path = disk / "db.sqlite3"
        store = Store.open(path)
        store.save_account(Account(id=ACCOUNT, gateway_url=gateway.base_url, extno=EXTNO))
        mobiles = [str(13800000000 + i) for i in range(100)]
        campaign = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="t", extno=EXTNO,
            messages=[(m, f"{SIGN}您好") for m in mobiles], batch_size=10)
        fillers = fill_after_requests(gateway, disk, 3)

        def client() -> GatewayClient:
            return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD)

        with pytest.raises(SendInterrupted) as caught:
            CampaignSender(store, client, campaign.id,
                           options=SendOptions(parallel=parallel)).run()
        store.close()
        fillers[0].unlink()
        sent = {s.mobile for s in gateway.submissions(ACCOUNT)}
        with Store.open(path) as reopened:
            reopened.recover_interrupted_batches()
            stored = {m.mobile for b in reopened.campaign_batches(campaign.id)
                      if b.state == "submitted" for m in reopened.batch_messages(b.id)}
            uncertain = {m.mobile for b in reopened.campaign_batches(campaign.id)
                         if b.state == "uncertain" for m in reopened.batch_messages(b.id)}
    error = caught.value
    assert error.problem is StorageProblem.FULL
    assert error.uncertain == len(uncertain) == len(sent - stored) > 0
    assert uncertain == sent - stored
    assert "不确定" in error.text() and "uncertain" in error.text("en")


def fill_after_requests(gateway: GatewaySimulator, disk: Path, requests: int) -> list[Path]:
    """Fill the disk once the gateway has processed ``requests`` send requests, before its
    answer to the last of them goes back (the simulator's handler, wrapped)."""
    server = gateway._server
    assert server is not None
    respond = server.actions.respond
    seen: list[int] = []
    fillers: list[Path] = []

    def respond_then_fill(params: Mapping[str, str], delay: float = 0.0) -> Any:
        answer = respond(params, delay)
        if params.get("action") == "send":
            seen.append(1)
            if len(seen) == requests:
                fillers.append(fill(disk))
        return answer

    server.actions.respond = respond_then_fill  # type: ignore[method-assign]
    return fillers
