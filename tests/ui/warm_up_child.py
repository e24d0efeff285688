"""Child process: the real window started from nothing, to see on which thread
libphonenumber's data is first imported.

    python warm_up_child.py DATA_DIR

Numbers are typed before the start's warm-up job may run (it waits until they are checked):
their check must then go to a job too. Prints one JSON line: for each of phonenumbers and its
carrier data, whether the main (GUI) thread imported it; whether the warm-up ran; and the
recipient counts shown.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

WATCHED = ("phonenumbers", "phonenumbers.carrierdata", "juhe_desk.services.quick_send")
imported_on_gui_thread: dict[str, bool] = {}


class ImportSpy(MetaPathFinder):
    """Notes the thread of the first import of each watched module; finds nothing itself."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname in WATCHED and fullname not in imported_on_gui_thread:
            imported_on_gui_thread[fullname] = threading.current_thread() is \
                threading.main_thread()
        return None


if __name__ == "__main__":
    sys.meta_path.insert(0, ImportSpy())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

    from juhe_desk.app import make_main_window
    from juhe_desk.domain import carriers
    from juhe_desk.ui.pages.compose_page import ComposePage

    numbers_checked = threading.Event()
    warmed: list[bool] = []
    warm_up = carriers.warm_up

    def warm_up_later(with_carriers: bool = True) -> None:  # the start's job, held back
        numbers_checked.wait(30)
        warm_up(with_carriers)
        warmed.append(True)

    carriers.warm_up = warm_up_later
    app = QApplication([sys.argv[0]])
    window = make_main_window(["--data-dir", sys.argv[1], "--lang", "zh_CN"])
    window.show()
    edit = window.findChild(QPlainTextEdit, "recipientsEdit")
    counts = window.findChild(QLabel, "recipientCountsLabel")
    page = window.findChild(ComposePage)
    assert edit is not None and counts is not None and page is not None
    edit.setPlainText("13800000001\n18900000002\n15400000003")
    page.recipients.when_checked(lambda _check: numbers_checked.set())  # checks at once

    def step() -> None:
        # The start's warm-up is skipped when the numbers' check (a job) warmed the data first.
        warm = bool(warmed) or carriers.is_warm()
        if warm and "移动" in counts.text():
            print(json.dumps({"gui_thread": imported_on_gui_thread, "warmed": warm,
                              "counts": counts.text()}, ensure_ascii=False), flush=True)
            window.close()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(step)
    poll.start(20)
    QTimer.singleShot(30_000, app.quit)  # never hang the test run
    app.exec()
