"""One desk of bench/team_bench.py: the real app (its main window, offscreen) on a team's
shared database, saying on stdout when its screens change.

    python bench/team_desk.py --db URL --gateway URL --account ID --name NAME \
        --data-dir DIR [--send CAMPAIGN_ID]

Started as tests/desks/desk_processes.py starts its desks (same arguments and password
variables). Prints (flushed): ``started T`` once the window is ready; ``puller NAME`` /
``puller -`` when the desk that pulls changes; ``reports T N`` and ``replies T N`` each time
the reports tab's or the inbox's table changes (T: ``time.monotonic()``, which all processes
of this machine share; N: its rows); ``sent OUTCOME T`` when the campaign ``--send`` named
has been sent; ``failed TEXT`` if it could not. Ends (closing the window as a user would)
when stdin closes. The reports tab is the one shown: a hidden tab reads again only when
shown, as on a real desk.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring_backends.MemoryKeyring"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("--db", "--gateway", "--account", "--name", "--data-dir"):
        parser.add_argument(name, required=True)
    parser.add_argument("--interval", type=float)  # the test harness's; pulls follow the account
    parser.add_argument("--send", type=int)
    args = parser.parse_args()
    os.environ["JUHE_DESK_TEST_KEYRING"] = json.dumps({"juhe-desk": {
        args.account: os.environ["JUHE_TEST_PASSWORD"],
        args.db: os.environ["JUHE_TEST_DB_PASSWORD"]}})

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTabWidget

    from juhe_desk.app import make_main_window
    from juhe_desk.services.sending import SendOptions
    from juhe_desk.store.desk_identity import DESK_FILE
    from juhe_desk.ui.campaign_runner import CampaignRunner
    from juhe_desk.ui.main_window import MainWindow

    def say(line: str) -> None:
        print(line, flush=True)

    data_dir = Path(args.data_dir)
    desk_file = data_dir / DESK_FILE  # the desk's name as a user would have set it
    if not desk_file.exists():
        desk_file.write_text(json.dumps({"id": uuid.uuid4().hex, "name": args.name}),
                             encoding="utf-8")
    app = QApplication([sys.argv[0]])
    window = make_main_window(["--data-dir", str(data_dir), "--shared-db", args.db,
                               "--gateway", args.gateway, "--account", args.account,
                               "--lang", "zh_CN"])
    assert isinstance(window, MainWindow)
    session = window.session
    reports, inbox = window.pages.reports, window.pages.inbox
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentWidget(reports)

    def rows_of(kind: str, model: object) -> None:
        def changed(*_args: object) -> None:
            say(f"{kind} {time.monotonic()} {model.rowCount()}")  # type: ignore[attr-defined]

        for signal in ("modelReset", "rowsInserted", "rowsRemoved"):
            getattr(model, signal).connect(changed)

    rows_of("reports", reports.model)
    rows_of("replies", inbox.model)
    session.pullerChanged.connect(
        lambda desk: say(f"puller {'-' if desk is None else desk.name}"))
    runner = CampaignRunner(session, window)
    runner.finished.connect(lambda report: say(f"sent {report.outcome} {time.monotonic()}"))
    runner.failed.connect(lambda _id, text: say(f"failed {text}"))

    ended = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), ended.set()), daemon=True).start()
    started = False

    def step() -> None:  # the GUI thread looks at the flags; it never waits
        nonlocal started
        if not started and window.ready:
            started = True
            say(f"started {time.monotonic()}")
            if args.send is not None:
                runner.start(args.send, SendOptions(parallel=4))
        if ended.is_set():
            window.close()
            app.quit()

    watch = QTimer()
    watch.timeout.connect(step)
    watch.start(50)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
