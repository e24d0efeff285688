"""A campaign's results keep the spreadsheet's row numbers after a restart; resuming a paused
campaign takes the "paused" words away while it sends."""

from __future__ import annotations

from pathlib import Path

from import_helpers import (
    TEMPLATE,
    SignedIn,
    button,
    checked_customers,
    confirm_with_enter,
    customer_rows,
    import_page,
    open_and_check,
    open_precheck,
    save_account,
    type_template,
    wait_checked,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.sheet_rows import SheetRows
from juhe_desk.ui.pages.import_page import ImportPage


def shown_rows(page: ImportPage) -> dict[str, str]:
    """Number -> the row the results table shows for it."""
    model = page.campaign_panel.model
    rows = {}
    for row in range(model.rowCount()):
        mobile = model.index(row, model.COL_MOBILE).data()
        if mobile not in (None, "…"):
            rows[str(mobile)] = str(model.index(row, model.COL_ROW).data())
    return rows


def test_sheet_rows_are_kept_as_runs() -> None:
    rows = SheetRows.of([3, 4, 5, 7, 8, 20])
    assert rows.runs == ((3, 3), (7, 2), (20, 1))
    assert list(rows) == [3, 4, 5, 7, 8, 20]
    assert rows[-1] == 20 and len(SheetRows.of(range(2, 100_002)).runs) == 1


def test_results_keep_the_sheet_rows_after_a_restart(qtbot: QtBot, signed_in: SignedIn,
                                                     gateway: GatewaySimulator,
                                                     tmp_path: Path) -> None:
    first = signed_in()
    page = import_page(first)
    customers = customer_rows(5)
    # A title row, the header, two customers, a blank row, three more: rows 3, 4, 6, 7, 8.
    sheet = write_xlsx(tmp_path / "客户.xlsx", [*customers[:2], (None, None, None, None),
                                              *customers[2:]])
    open_and_check(qtbot, page, sheet)
    type_template(qtbot, page, TEMPLATE)
    assert wait_checked(qtbot, page)[0] == 5
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    wait_sent(qtbot, page)
    expected = {"13800138001": "3", "13800138002": "4", "13800138003": "6",
                "13800138004": "7", "13800138005": "8"}
    qtbot.waitUntil(lambda: shown_rows(page) == expected, timeout=5000)
    first.close()
    sheet.unlink()  # the sheet is gone too: the rows come from the store

    again = import_page(signed_in.open())
    qtbot.waitUntil(lambda: shown_rows(again) == expected, timeout=5000)


def test_resume_clears_the_paused_words(qtbot: QtBot, signed_in: SignedIn,
                                        gateway: GatewaySimulator, tmp_path: Path) -> None:
    window = signed_in(batch_size=2)
    page = checked_customers(qtbot, window, tmp_path, 12, TEMPLATE)
    page.findChild(QSpinBox, "parallelSpin").setValue(1)  # type: ignore[union-attr]
    gateway.faults.latency = 0.3
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    pause = button(page, "pauseCampaignButton")
    qtbot.waitUntil(lambda: page.control.busy and pause.isEnabled()
                    and len(gateway.submissions("922011")) >= 2, timeout=5000)
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.control.busy, timeout=10_000)
    message = page.findChild(QLabel, "campaignMessageLabel")
    assert message is not None
    qtbot.waitUntil(lambda: "暂停" in message.text(), timeout=5000)

    resume = button(page, "resumeCampaignButton")
    qtbot.waitUntil(resume.isEnabled, timeout=5000)
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.control.busy, timeout=5000)
    assert "暂停" not in message.text()  # it sends now: the paused line is gone
    state = page.findChild(QLabel, "campaignStateLabel")
    assert state is not None
    qtbot.waitUntil(lambda: state.text() == "发送中", timeout=5000)
    gateway.faults.latency = 0.0
    wait_sent(qtbot, page)
    assert len(gateway.submissions("922011")) == 12


def test_advanced_sending_is_folded_and_says_what_it_did(qtbot: QtBot,
                                                         signed_in: SignedIn,
                                                         gateway: GatewaySimulator,
                                                         tmp_path: Path) -> None:
    page = import_page(signed_in())
    tabs = page.window().findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentWidget(page)
    toggle = page.findChild(QToolButton, "advancedSendingButton")
    panel = page.findChild(QWidget, "advancedSendingPanel")
    parallel = page.findChild(QSpinBox, "parallelSpin")
    pacing = page.findChild(QDoubleSpinBox, "pacingSpin")
    status = page.findChild(QLabel, "advancedSendingStatus")
    help_text = page.findChild(QLabel, "advancedSendingHelp")
    assert None not in (toggle, panel, parallel, pacing, status, help_text)
    assert toggle.text() == "高级" and toggle.isVisible() and not panel.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert panel.isVisible() and "网关" in help_text.text()

    def typed(box: QAbstractSpinBox, text: str) -> None:
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    typed(parallel, "12")  # beyond 8: refused in words, the value kept
    assert parallel.value() == 2 and "12" in status.text() and "1" in status.text()
    assert "8" in status.text()
    typed(parallel, "3")
    assert parallel.value() == 3 and "3" in status.text() and "12" not in status.text()
    qtbot.waitUntil(lambda: page.session.store.get_setting("campaign.parallel") == "3",
                    timeout=3000)
    typed(pacing, "75")
    assert pacing.value() == 0.0 and "75" in status.text() and "60" in status.text()
    typed(pacing, "1.5")
    assert pacing.value() == 1.5
    qtbot.waitUntil(lambda: page.session.store.get_setting("campaign.pacing_s") == "1.5",
                    timeout=3000)
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()


def test_the_results_splitter_stays_where_the_user_left_it(qtbot: QtBot,
                                                          signed_in: SignedIn,
                                                          gateway: GatewaySimulator) -> None:
    save_account(signed_in.data_dir, gateway)  # each window below opens on it

    def shown_splitter() -> QSplitter:
        window = signed_in.open()
        window.resize(1100, 720)
        page = import_page(window)
        tabs = window.findChild(QTabWidget, "mainTabs")
        assert tabs is not None
        tabs.setCurrentWidget(page)
        splitter = page.findChild(QSplitter, "importSplitter")
        assert splitter is not None
        qtbot.waitUntil(lambda: splitter.isVisible() and min(splitter.sizes()) > 0)
        return splitter

    splitter = shown_splitter()
    first = splitter.sizes()
    splitter.moveSplitter(first[0] - 60, 1)  # what dragging the handle up does
    moved = splitter.sizes()
    assert moved[1] > first[1] + 40
    store = splitter.window().session.store  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: store.get_setting("ui.import.splitter") is not None, timeout=3000)
    splitter.window().close()
    again = shown_splitter()
    qtbot.waitUntil(lambda: again.sizes() == moved, timeout=3000)
