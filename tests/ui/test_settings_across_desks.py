"""What one desk of a team changes in the shared settings shows at the others within about a
second, without a restart (LISTEN/NOTIFY, ui/live_desks.py): the send settings, the saved
texts, and which desk receives the gateway's pushes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_live_desks import two_desks
from test_push_service import free_port, local, page_of

from juhe_desk.services.push_settings import PushSettings
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.compose.content_panel import ContentPanel
from juhe_desk.ui.importing.advanced_sending import AdvancedSending
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.import_page import ImportPage

# The write's own job, the notice, the read: well within this on a busy test machine
# (tests/services/test_live_changes.py times the notice alone).
PROMPTLY_MS = 3000


def advanced(window: MainWindow) -> AdvancedSending:
    page = window.findChild(ImportPage, "importPage")
    assert page is not None
    found = page.findChild(AdvancedSending)
    assert found is not None
    return found


def templates(window: MainWindow) -> list[str]:
    panel = window.findChild(ContentPanel)
    assert panel is not None
    combo = panel.template_combo
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_the_send_settings_and_saved_texts_show_at_the_other_desk(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    front, back = two_desks(qtbot, tmp_path, team_db)
    here, there = advanced(back), advanced(front)
    assert there.parallel_spin.value() == 2
    here.parallel_spin.setValue(5)
    here.pacing_spin.setValue(1.5)
    qtbot.waitUntil(lambda: (there.parallel_spin.value(), there.pacing_spin.value())
                    == (5, 1.5), timeout=400 + PROMPTLY_MS)  # 400: the value settles first
    assert "另一台电脑" in there.status_label.text()
    assert front.session.writes.setting("campaign.parallel") == "5"
    assert not front.session.writes.busy()  # shown, not written back

    back.session.writes.submit(lambda store: store.add_template("周末", "周末全场八折"))
    qtbot.waitUntil(lambda: templates(front) == ["周末"], timeout=PROMPTLY_MS)


def test_the_desk_chosen_to_receive_pushes_takes_over_at_once(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress) -> None:
    receiving = dataclasses.replace(local(free_port()), desk_id="a-id", desk_name="前台")
    front, back = two_desks(qtbot, tmp_path, team_db)
    receiving.save(front.session.writes)  # as its dialog's OK does
    service = page_of(front).push_service
    assert service.start_from_settings()
    qtbot.waitUntil(lambda: not front.session.writes.busy(), timeout=PROMPTLY_MS)
    moved = dataclasses.replace(receiving, desk_id="b-id", desk_name="收银台")
    moved.save(back.session.writes)  # chosen at the other desk
    qtbot.waitUntil(lambda: not service.running, timeout=PROMPTLY_MS)
    assert service.received_elsewhere and "收银台" in service.last_error
    assert PushSettings.load(front.session.writes).desk_name == "收银台"
