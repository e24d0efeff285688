"""A scheduled campaign saved at one desk of a team reaches the desks already running,
without a restart (ui/schedule_follow.py over the change channel): it shows in their
campaign list and waits for its time there too. The desk that saved it starts it at its
time; the others step in a few seconds later only if it has not started (it was closed,
say), and every number is sent once. Cancelled elsewhere, it is no longer waited for."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from import_helpers import import_page
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, SIGNATURE
from test_shared_database_window import _desk_folder, start

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Campaign
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow

WAIT_MS = 30_000
NUMBERS = [str(13800000000 + i) for i in range(60)]


def two_desks(qtbot: QtBot, tmp_path: Path, team_db: SharedAddress
              ) -> tuple[MainWindow, MainWindow]:
    front, _ = start(qtbot, _desk_folder(tmp_path, "a", "前台"), "--shared-db", team_db.url)
    back, _ = start(qtbot, _desk_folder(tmp_path, "b", "收银台"), "--shared-db", team_db.url)
    for window in (front, back):
        qtbot.waitUntil(lambda w=window: w.session.ready, timeout=WAIT_MS)  # type: ignore[misc]
    return front, back


def saved_at(window: MainWindow, due_in_s: float) -> tuple[Campaign, str]:
    """A campaign scheduled at ``window``'s desk, armed there as its saving does."""
    due = format_gateway_time(now_in_china() + dt.timedelta(seconds=due_in_s))
    campaign = create_campaign_from_messages(
        window.session.store, account_id=ACCOUNT, name="周六店庆", extno=EXTNO, batch_size=20,
        messages=[(n, f"{SIGNATURE}周六八折") for n in NUMBERS], scheduled_at=due)
    import_page(window).control.schedule(campaign.id, due)
    return campaign, due


def listed(window: MainWindow, campaign_id: int) -> bool:
    return import_page(window).campaign_panel.campaign_list.list_model.row_of(campaign_id) >= 0


def test_a_campaign_scheduled_at_one_desk_shows_and_waits_at_the_other_then_goes_once(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    front.tabs.setCurrentWidget(import_page(front))  # the bulk tab: its list is read while shown
    control = import_page(front).control
    said: list[tuple[int, str, str]] = []
    control.message.connect(lambda *message: said.append(message))
    campaign, _due = saved_at(back, due_in_s=6)
    qtbot.waitUntil(lambda: campaign.id in control.scheduler.armed(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: listed(front, campaign.id), timeout=WAIT_MS)

    # 收银台 saved it and runs: it starts it at its time; 前台 leaves it to it.
    qtbot.waitUntil(lambda: back.session.store.get_campaign(campaign.id).state == "done",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: campaign.id not in control.scheduler.armed(), timeout=WAIT_MS)
    back_control = import_page(back).control
    qtbot.waitUntil(lambda: not back_control.busy and not control.busy, timeout=WAIT_MS)
    sent = Counter(s.mobile for s in gateway.submissions(ACCOUNT))
    assert sorted(sent) == NUMBERS and set(sent.values()) == {1}
    assert [m for m in said if m[2] == "error"] == []  # 前台 never tried and failed


def test_the_other_desk_steps_in_when_the_saving_desk_has_closed(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    control = import_page(front).control
    campaign, _due = saved_at(back, due_in_s=4)
    qtbot.waitUntil(lambda: campaign.id in control.scheduler.armed(), timeout=WAIT_MS)
    back.close()  # 收银台 is closed before the time comes: 前台 sends it
    qtbot.waitUntil(lambda: front.session.store.get_campaign(campaign.id).state == "done",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not control.busy, timeout=WAIT_MS)
    sent = Counter(s.mobile for s in gateway.submissions(ACCOUNT))
    assert sorted(sent) == NUMBERS and set(sent.values()) == {1}


def test_a_campaign_cancelled_at_the_other_desk_is_no_longer_waited_for(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    control = import_page(front).control
    campaign, _due = saved_at(back, due_in_s=3600)
    qtbot.waitUntil(lambda: campaign.id in control.scheduler.armed(), timeout=WAIT_MS)
    import_page(back).control.cancel(campaign.id)
    qtbot.waitUntil(lambda: campaign.id not in control.scheduler.armed(), timeout=WAIT_MS)
    assert gateway.submissions(ACCOUNT) == []
