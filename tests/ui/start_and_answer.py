"""Child process: juhe-desk's real entry point, its first rescue dialog answered.

    python start_and_answer.py BUTTON [juhe-desk arguments...]

Prints what the dialog showed as one JSON line (``{}`` if none came before the window),
clicks the button named BUTTON, and exits with the app's own status.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from rescue_support import Answer, ModalAnswerer

from juhe_desk.__main__ import main


def report_at_exit(answerer: ModalAnswerer) -> None:
    print(json.dumps(asdict(answerer.seen[0]) if answerer.seen else {}, ensure_ascii=False),
          flush=True)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    answerer = ModalAnswerer([Answer("databaseRescueDialog", sys.argv[1])])
    try:
        status = main(sys.argv[2:])
    finally:
        report_at_exit(answerer)
    sys.exit(status)
