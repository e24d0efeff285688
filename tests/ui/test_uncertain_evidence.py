"""An uncertain batch in the real window: delivery reports are shown as evidence, never
taken as a verdict; the user's "it went" applies them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from import_helpers import (
    SignedIn,
    button,
    campaign_statuses,
    checked_customers,
    start_until_paused,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.importing.outcomes import outcome_words


def test_reports_for_an_uncertain_batch_are_shown_and_the_user_decides(
        qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator, tmp_path: Path) -> None:
    window = signed_in(batch_size=5)
    page = checked_customers(qtbot, window, tmp_path, 10)
    gateway.faults.inject("reset", count=1, actions=["p2p"])  # processed, then no answer
    campaign_id = start_until_paused(qtbot, page)
    store = page.session.store
    (uncertain,) = [b for b in store.campaign_batches(campaign_id) if b.state == "uncertain"]

    gateway.flush_reports()

    def pulled() -> bool:
        page.session.poll_now()  # skipped while an earlier pull still runs
        return store.count_reports() == 10

    qtbot.waitUntil(pulled, timeout=10_000)
    assert store.get_batch(uncertain.id).state == "uncertain"  # reports settle nothing
    words = outcome_words(current_language())
    assert Counter(campaign_statuses(page).values())[words.uncertain] == 5

    settle = button(page, "resolveUncertainButton")
    qtbot.waitUntil(settle.isEnabled, timeout=5000)
    qtbot.mouseClick(settle, Qt.MouseButton.LeftButton)
    dialog = page.campaign_panel.uncertain_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.batch_list.count() == 1, timeout=5000)  # read in a job
    shown = dialog.batch_list.item(0).text()
    assert "5 / 5" in shown or "5 of 5" in shown, shown  # all its numbers reported
    with qtbot.waitSignal(dialog.answered, timeout=5000):  # written off the GUI thread
        qtbot.mouseClick(dialog.went_button, Qt.MouseButton.LeftButton)
        assert dialog.batch_list.count() == 0
    dialog.reject()
    qtbot.waitUntil(lambda: store.get_campaign(campaign_id).state == "done", timeout=5000)
    assert {m.status for m in store.batch_messages(uncertain.id)} <= {"delivered", "failed"}
    assert all(m.mid for m in store.batch_messages(uncertain.id))
