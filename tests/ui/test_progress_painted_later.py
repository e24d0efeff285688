"""A progress bar moved on (the file read, the campaign's batches) is painted with the
window's next paint, not at once: QProgressBar repaints in the middle of the slot that moved
it, a paint of its own per step while a sheet is checked and a campaign sends."""

from __future__ import annotations

from paint_counting import PaintCounter
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from juhe_desk.ui.importing.file_panel import show_progress


def test_a_step_is_painted_with_the_next_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    bar = QProgressBar()
    QVBoxLayout(window).addWidget(bar)
    bar.setRange(0, 100)
    bar.setValue(1)
    counter = PaintCounter()
    bar.installEventFilter(counter)
    window.show()
    qtbot.waitUntil(lambda: counter.paints > 0)  # shown and painted once
    counter.paints = 0
    bar.setValue(5)
    assert counter.paints == 1  # what Qt does by itself: a paint inside setValue
    show_progress(bar, 40)
    show_progress(bar, 7, 20)  # another campaign's batches: the range too
    assert counter.paints == 1 and (bar.value(), bar.maximum()) == (7, 20)
    qtbot.waitUntil(lambda: counter.paints == 2)
    show_progress(bar, 7, 20)  # as it is: nothing to paint
    bar.removeEventFilter(counter)
