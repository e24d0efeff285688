"""A new count in a tab repaints the count, not the whole tab (SteadyTabWidget, SteadyLabel)."""

from __future__ import annotations

import pytest
from paint_counting import PaintCounter
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from juhe_desk.ui.widgets.steady_label import SteadyLabel
from juhe_desk.ui.widgets.steady_tabs import SteadyTabWidget


def tab_with_a_count(qtbot: QtBot, tabs: QTabWidget) -> tuple[QLabel, QPushButton,
                                                                PaintCounter, PaintCounter]:
    page = QWidget()
    count, button = QLabel("1 report"), QPushButton("Export")
    layout = QVBoxLayout(page)
    layout.addWidget(count)
    layout.addWidget(button)
    tabs.addTab(page, "Reports")
    qtbot.addWidget(tabs)
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    counted, elsewhere = PaintCounter(), PaintCounter()
    count.installEventFilter(counted)
    button.installEventFilter(elsewhere)
    return count, button, counted, elsewhere


@pytest.mark.parametrize("steady", [True, False])
def test_a_new_count_repaints_only_the_count(qtbot: QtBot, steady: bool) -> None:
    """A plain QTabWidget answers the layout request the label's new text sends up by
    repainting all of itself; the steady one does not, when nothing's size would change."""
    tabs = SteadyTabWidget() if steady else QTabWidget()
    count, _button, counted, elsewhere = tab_with_a_count(qtbot, tabs)
    for number in range(2, 7):  # the first one may lay the tab out: its size hint is new
        count.setText(f"{number} reports")
        qtbot.waitUntil(lambda: counted.paints > 0, timeout=5000)
        counted.paints = 0
        if number == 2:
            elsewhere.paints = 0
    assert (elsewhere.paints == 0) == steady


def test_a_steady_label_only_grows(qtbot: QtBot) -> None:
    label = SteadyLabel()
    qtbot.addWidget(label)
    label.setText("12 reports")
    size = label.size()
    assert label.minimumSize() == label.maximumSize() == size  # nothing around it moves
    label.setText("3 reports")
    assert label.size() == size
    label.setText("1,234,567 reports · reading…")
    assert label.width() > size.width() and label.minimumSize() == label.maximumSize()
