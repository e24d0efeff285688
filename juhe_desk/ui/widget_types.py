"""Qt's widget classes made ready for Python a few at a time, as steps of the window's start.

PySide creates a Qt class's Python type (and its enums) when the class is first used. The
first time Python is handed a widget that Qt made itself and that is a plain ``QWidget`` (a
view's viewport: every table with wrapped cell tooltips asks for its own), PySide tries
each subclass of ``QWidget`` to find its type, creating on the way every one not created
yet: 10-12 ms in one call, a frame lost just after the first paint (the Send tab's results
view). ``make_ready`` creates those types a few per turn of the event loop beforehand, so
that lookup then costs a tenth of a millisecond, whoever asks first.
"""

from __future__ import annotations

import time
from collections import deque

from juhe_desk.ui.window_start import AGAIN

# The subclasses of QWidget that PySide 6 creates at the first viewport(), as
# tests/ui/test_widget_types.py lists them, and the two the window makes before its paint.
# A name a later PySide lacks is skipped; one it adds (the test fails) would be created by
# that first lookup, as before.
WIDGET_CLASSES = (
    "QAbstractButton", "QAbstractSlider", "QAbstractSpinBox", "QCalendarWidget", "QCheckBox",
    "QColorDialog", "QColumnView", "QComboBox", "QCommandLinkButton", "QDateEdit",
    "QDateTimeEdit", "QDial", "QDialog", "QDialogButtonBox", "QDockWidget", "QDoubleSpinBox",
    "QErrorMessage", "QFileDialog", "QFocusFrame", "QFontComboBox", "QFontDialog",
    "QGraphicsView", "QGroupBox", "QHeaderView", "QInputDialog", "QKeySequenceEdit",
    "QLCDNumber", "QLabel", "QLineEdit", "QListView", "QListWidget", "QMainWindow", "QMdiArea",
    "QMdiSubWindow", "QMenu", "QMenuBar", "QMessageBox", "QPlainTextEdit", "QProgressBar",
    "QProgressDialog", "QPushButton", "QRadioButton", "QRhiWidget", "QRubberBand",
    "QScrollArea", "QScrollBar", "QSizeGrip", "QSlider", "QSpinBox", "QSplashScreen",
    "QSplitter", "QSplitterHandle", "QStackedWidget", "QStatusBar", "QTabBar", "QTabWidget",
    "QTableWidget", "QTextBrowser", "QTextEdit", "QTimeEdit", "QToolBar", "QToolBox",
    "QToolButton", "QTreeView", "QTreeWidget", "QUndoView", "QWizard", "QWizardPage",
)
STEP_BUDGET_S = 0.002  # of the GUI thread's time per turn (a class takes 0.1-1 ms)


class WidgetTypes:
    """``make_ready`` is a start step: it creates types for ``STEP_BUDGET_S`` and returns
    ``AGAIN`` until every one of ``WIDGET_CLASSES`` is created."""

    def __init__(self) -> None:
        self._left = deque(WIDGET_CLASSES)

    def make_ready(self) -> str | None:
        from PySide6 import QtWidgets

        until = time.perf_counter() + STEP_BUDGET_S
        while self._left and time.perf_counter() < until:
            getattr(QtWidgets, self._left.popleft(), None)  # created on first access
        return AGAIN if self._left else None
