"""Builds the application: data folder, logging, store, account, optional demo gateway, window.

``make_main_window(argv)`` is the in-process entry point of the automation contract;
``run(argv)`` is what the ``juhe-desk`` script calls.
"""

from __future__ import annotations

import logging
import sys

import juhe_desk.ui.pyside_import  # noqa: F401 - first: the rest is imported without its hook

# isort: split
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from juhe_desk import APP_ID, APP_NAME, __version__, dataclass_code
from juhe_desk.cli import Options, parse_args
from juhe_desk.resources import resource_path
from juhe_desk.startup_gc import collect_as_usual
from juhe_desk.ui.platform_setup import before_application, default_data_dir, use_platform_fonts

log = logging.getLogger(__name__)


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon_path = resource_path("icons", "juhe-desk.svg")
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    use_platform_fonts(app)


def make_main_window(argv: list[str]) -> QMainWindow:
    """Parse ``argv`` and build the whole application around the existing QApplication."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("make_main_window needs a QApplication")
    options = parse_args(argv)
    configure_application(app)
    data_dir = options.data_dir or default_data_dir(options.demo)
    # Imported here, once the data folder's cache of dataclass methods is read (_run): the
    # log's redaction brings the gateway's models and their 40 methods.
    from juhe_desk.logfile import setup_logging

    setup_logging(data_dir)  # before the store opens: its failures are logged too
    log.info("juhe-desk %s starting (demo=%s)", __version__, options.demo)

    # Hand the GIL over every 1 ms instead of 5 ms: the GUI thread then never waits long
    # behind a send or a pull running in a worker (measured by bench/ui_stall.py).
    sys.setswitchinterval(0.001)

    from juhe_desk.ui.i18n import install_translators
    from juhe_desk.ui.startup import build_main_window

    install_translators(app, options.lang)  # before the store: its rescue dialog speaks it
    from juhe_desk.services.team_host_files import may_host

    if may_host(data_dir):  # the hosting's modules (10 ms) only on a desk set up to host
        from juhe_desk.ui.team_hosting import start_team_host_if_enabled

        # The team database this desk hosts, if it does (and this run's store is elsewhere).
        start_team_host_if_enabled(data_dir, shared_db=options.shared_db)
    return build_main_window(options, data_dir)  # raises StartupCancelled if the user quits


def run(argv: list[str]) -> int:
    try:
        return _run(argv)
    finally:
        collect_as_usual(freeze=False)  # unless the window's start got there first


def _run(argv: list[str]) -> int:
    before_application()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    options = parse_args(argv)
    configure_application(app)
    data_dir = options.data_dir or default_data_dir(options.demo)
    # Before the window's modules: their dataclasses' methods compiled by earlier starts.
    dataclass_code.keep_in(data_dir)
    from juhe_desk.ui.main_window import MainWindow
    from juhe_desk.ui.single_instance import SingleInstance, defer_to_running_copy
    from juhe_desk.ui.startup import StartupCancelled

    instance = SingleInstance(data_dir)
    if not instance.claim():  # this data folder is open in another copy: bring that forward
        return defer_to_running_copy(app, instance, options)
    try:
        window = make_main_window(argv)
    except StartupCancelled:
        log.warning("start-up cancelled at the data file's rescue dialog")
        instance.release()
        return 1
    assert isinstance(window, MainWindow)
    instance.serve(window, lambda path: window.pages.importer.open_file(path))
    window.startupFinished.connect(collect_as_usual)
    window.show()
    smoke = None
    if options.smoke_test is not None:
        from juhe_desk.ui.smoke import start_smoke_test

        smoke = start_smoke_test(window, options.smoke_test, options.file)
    code = app.exec()
    instance.release()
    # What this run compiled anew, for the next start (not after a start that was given up:
    # the data folder then stays as it was).
    dataclass_code.save()
    return smoke.exit_code if smoke is not None else code


__all__ = ["Options", "make_main_window", "run"]
