"""The same spreadsheet sent from two desks of a team is warned like sending it twice from
one: desk B opening the sheet desk A sent gets the same ``repeatSendWarning`` naming A's
campaign, and its default button sends nothing. Two real windows on one team database."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from import_helpers import customer_rows, import_page, sent_numbers, write_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from test_repeat_campaign import (
    load,
    numbers,
    open_repeat_warning,
    send_campaign,
    start_button,
    text_of,
)
from window_ready import show_until_ready

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.main_window import MainWindow


def desk(qtbot: QtBot, tmp_path: Path, team_db: SharedAddress, name: str) -> MainWindow:
    data_dir = tmp_path / name
    data_dir.mkdir()
    (data_dir / "desk.json").write_text(f'{{"id": "{name}-id", "name": "{name}"}}',
                                        encoding="utf-8")
    window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN",
                               "--shared-db", team_db.url])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    show_until_ready(qtbot, window)
    return window


def test_the_sheet_another_desk_sent_is_warned_as_on_one_desk(
        qtbot: QtBot, tmp_path: Path, team_db: SharedAddress,
        gateway: GatewaySimulator) -> None:
    sheet = write_xlsx(tmp_path / "客户.xlsx", customer_rows(6))
    front = import_page(desk(qtbot, tmp_path, team_db, "前台"))
    load(qtbot, front, sheet, 6)
    first = send_campaign(qtbot, front)
    earlier = front.session.store.get_campaign(first)
    assert sent_numbers(gateway) == Counter(numbers(6))

    till = import_page(desk(qtbot, tmp_path, team_db, "收银台"))
    load(qtbot, till, sheet, 6)
    # The button says what it does there too: a new campaign, not the other desk's again.
    qtbot.waitUntil(lambda: start_button(till).text() == "再次群发（新建任务）(&S)…",
                    timeout=5000)
    dialog = open_repeat_warning(qtbot, till)
    same = text_of(dialog, "repeatSameSourceLabel")
    assert earlier.name in same and earlier.created_at[:10] in same
    assert text_of(dialog, "repeatHeadlineLabel").startswith("6 个号码中有 6 个")
    assert dialog.findChild(QPushButton, "repeatSendAllButton") is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button sends nothing
    qtbot.waitUntil(start_button(till).isEnabled, timeout=3000)
    assert [c.id for c in till.session.store.list_campaigns()] == [first]
    assert sent_numbers(gateway) == Counter(numbers(6))
