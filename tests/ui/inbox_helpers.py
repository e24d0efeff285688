"""Shared steps of the Inbox tests: a campaign sent to the simulator from the window's
session (so replies link to it), and a pull of what the simulator holds for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, SIGNATURE

from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.ui.session import Session

TEXT = SIGNATURE + "春季新品到店，凭短信享9折。"


def send_campaign(session: Session, name: str, mobiles: list[str], text: str = TEXT) -> int:
    """``text`` sent to ``mobiles`` as campaign ``name``, every number taken; its id."""
    campaign = create_campaign_from_messages(
        session.store, account_id=ACCOUNT, name=name, extno=EXTNO,
        messages=[(m, text) for m in mobiles], batch_size=200)
    report = CampaignSender(session.store, session.make_client, campaign.id,
                            options=SendOptions(parallel=1)).run()
    assert report.progress.accepted == len(mobiles)
    return campaign.id


def pull(session: Session, qtbot: QtBot) -> None:
    """Once the start-up work is over, one pull, until the session says it synced."""
    # Not only no job: an automatic pull whose job is done but whose answer is not yet
    # handled would make poll_now() skip, and that pull may have come before the items.
    qtbot.waitUntil(lambda: session.runner.busy() == 0 and not session.pulling, timeout=5000)
    with qtbot.waitSignal(session.synced, timeout=5000):
        session.poll_now()
