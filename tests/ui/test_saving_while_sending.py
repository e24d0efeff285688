"""A big campaign is saved in steps while its first batches go (services/campaign_saving.py),
through the real window against the simulator: from both tabs every number goes once; the
first request leaves while the rest is still being written and the window carries on
meanwhile; pausing or closing the window while it is saved leaves a campaign saved whole,
which the next start sends.

The saving is held at its second step (until the test lets it go) so that each test sees
the campaign half saved, whatever the machine's speed."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from held_saving import HeldStep
from import_helpers import (
    SignedIn,
    button,
    checked_customers,
    commit_text,
    confirm_with_enter,
    import_page,
    open_precheck,
    schedule,
    sent_numbers,
    wait_sent,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import MessageFilter, Store
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.session import DATABASE_NAME

ROWS, BATCH = 3000, 100  # 30 batches: saved in steps of 1, 2, 4, 8 and 15
WAIT_MS = 30_000


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldStep]:
    holding = HeldStep(monkeypatch)
    yield holding
    holding.finish()  # a failed test does not leave a thread waiting


def numbers(count: int = ROWS) -> set[str]:
    return {str(13800138001 + i) for i in range(count)}


def confirmed_campaign(qtbot: QtBot, page: ImportPage) -> int:
    """The pre-send check confirmed: the campaign the bulk tab then shows."""
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    qtbot.waitUntil(lambda: page.campaign_panel.campaign_id is not None, timeout=WAIT_MS)
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    return campaign_id


def half_saved(qtbot: QtBot, held: HeldStep, store: Store, campaign_id: int) -> None:
    """The campaign is shown and its saving waits at its second step: one batch saved."""
    qtbot.waitUntil(held.reached.is_set, timeout=WAIT_MS)
    [part] = store.partly_saved(campaign_id)
    assert (part.batches_saved, part.batches_total) == (1, ROWS // BATCH)
    assert store.get_campaign(campaign_id).state not in ("done", "failed")
    # Started from a worker of Qt's pool, yet no daemon: the process never ends mid-step.
    savers = [t for t in threading.enumerate() if t.name == "save-campaign"]
    assert savers and not any(t.daemon for t in savers)


def test_the_bulk_tab_sends_while_saving_and_every_number_goes_once(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path, held: HeldStep) -> None:
    page = checked_customers(qtbot, signed_in(batch_size=BATCH), tmp_path, ROWS, timeout=WAIT_MS)
    campaign_id = confirmed_campaign(qtbot, page)
    store = page.session.store
    # The window went on to show and send the campaign without waiting for its saving:
    # its first batch reached the gateway while the other 29 are not written yet.
    qtbot.waitUntil(lambda: sum(sent_numbers(gateway).values()) == BATCH, timeout=WAIT_MS)
    half_saved(qtbot, held, store, campaign_id)
    assert page.control.busy and not page.launcher.busy

    held.go()
    wait_sent(qtbot, page, timeout=WAIT_MS)
    assert sent_numbers(gateway) == Counter(numbers())  # every number, once
    assert store.partly_saved() == []
    assert store.get_campaign(campaign_id).state == "done"
    assert store.count_messages(MessageFilter(campaign_id=campaign_id)) == ROWS


def test_the_send_tab_sends_while_saving_and_every_number_goes_once(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path, held: HeldStep) -> None:
    window = signed_in(batch_size=BATCH)
    page = window.findChild(ComposePage, "composePage")
    assert page is not None
    page.recipients.set_numbers("\n".join(sorted(numbers())))
    qtbot.waitUntil(lambda: page.recipients.up_to_date, timeout=WAIT_MS)
    content = page.findChild(QPlainTextEdit, "contentEdit")
    assert content is not None
    commit_text(content, "周末全场八折，欢迎光临")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None
                    and page.confirm_dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.confirm_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: sum(sent_numbers(gateway).values()) == BATCH, timeout=WAIT_MS)
    campaign_id = page.campaign_runner.campaign_id
    assert campaign_id is not None and page.campaign_runner.busy
    store = page.session.store
    half_saved(qtbot, held, store, campaign_id)

    with qtbot.waitSignal(page.session.sendFinished, timeout=WAIT_MS):
        held.go()
    assert sent_numbers(gateway) == Counter(numbers())
    assert store.partly_saved() == []
    assert store.get_campaign(campaign_id).state == "done"


def test_pausing_while_saving_saves_it_whole_and_resume_sends_the_rest_once(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path, held: HeldStep) -> None:
    page = checked_customers(qtbot, signed_in(batch_size=BATCH), tmp_path, ROWS, timeout=WAIT_MS)
    campaign_id = confirmed_campaign(qtbot, page)
    store = page.session.store
    half_saved(qtbot, held, store, campaign_id)
    pause = button(page, "pauseCampaignButton")
    qtbot.waitUntil(pause.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)

    held.go()  # the pause does not stop the saving
    qtbot.waitUntil(lambda: not page.control.busy, timeout=WAIT_MS)
    assert store.get_campaign(campaign_id).state == "paused"
    assert store.partly_saved() == []
    assert store.count_messages(MessageFilter(campaign_id=campaign_id)) == ROWS
    went = sent_numbers(gateway)
    assert set(went) < numbers() and max(went.values(), default=1) == 1

    page.control.resume(campaign_id)
    wait_sent(qtbot, page, timeout=WAIT_MS)
    assert sent_numbers(gateway) == Counter(numbers())  # the rest, once
    assert store.get_campaign(campaign_id).state == "done"


def test_closing_the_window_while_a_scheduled_campaign_is_saved_leaves_it_whole(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path, held: HeldStep) -> None:
    first = signed_in(batch_size=BATCH)
    page = checked_customers(qtbot, first, tmp_path, ROWS, timeout=WAIT_MS)
    schedule(qtbot, page, 3600, WAIT_MS)
    (campaign_id, _when), = page.control.scheduler.armed().items()
    half_saved(qtbot, held, page.session.store, campaign_id)
    # The user closes the window now; the saving goes on only once closing has begun.
    page.session.add_shutdown_hook(held.go)
    assert not page.control.busy
    first.close()
    assert not first.isVisible()
    assert sent_numbers(gateway) == Counter()

    with Store.open(signed_in.data_dir / DATABASE_NAME) as store:
        assert store.partly_saved() == []
        assert store.count_messages(MessageFilter(campaign_id=campaign_id)) == ROWS
        assert store.get_campaign(campaign_id).state == "scheduled"

    again = import_page(signed_in.open())
    qtbot.waitUntil(lambda: campaign_id in again.control.scheduler.armed(), timeout=WAIT_MS)
    again.control.start(campaign_id)  # "send now"
    qtbot.waitUntil(lambda: sent_numbers(gateway) == Counter(numbers()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not again.control.busy, timeout=WAIT_MS)
    assert again.session.store.get_campaign(campaign_id).state == "done"
    assert again.recovery_dialog is None  # nothing was left partly saved
