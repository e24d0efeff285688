"""The main window: five tabs, a status bar with account, connection and balance (and, on a
PC whose clock is not China time, which clock the app shows), menus.

Start-up is in two parts so that the window paints soon. Before it is shown: the session on an
open data file, the window's frame and the tab shown first. After its first paint, one step
each time the event loop comes round (``window_start``, so the window answers in between):
Qt's widget types a few per turn (``widget_types``), the jobs that read the password (or start
the demo gateway) and import the tabs' lower modules, the tabs with work to do from
the start (``pages.PageKind.at_start``), the work the pages start (first of all when FILE is
given), the session's background work (polling, the balance), the data file's check and
backup, and the account dialog on a first run; the jobs all these start wait until the window
is ready (``TaskRunner.hold``). Then ``ready`` is true and
``startupFinished`` is emitted; tests and scripts that drive the window wait for it. The other
tabs are built after that, in the same small steps (or at once when first chosen or asked for:
``pages.reports``), so every widget of the automation contract comes without a click.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
)

from juhe_desk import APP_NAME
from juhe_desk.cli import Options
from juhe_desk.gateway.models import Balance
from juhe_desk.store import Account, PasswordMode
from juhe_desk.ui.data_safety import DataSafety
from juhe_desk.ui.naming import named
from juhe_desk.ui.pages import COMPOSE, IMPORT, KINDS, Pages
from juhe_desk.ui.preload import preload
from juhe_desk.ui.session import DATABASE_NAME, Session
from juhe_desk.ui.status_labels import StatusLabels
from juhe_desk.ui.widget_types import WidgetTypes
from juhe_desk.ui.widgets.demo_banner import demo_title, with_demo_banner
from juhe_desk.ui.widgets.steady_tabs import SteadyTabWidget
from juhe_desk.ui.window_start import AfterJob, HeldOutcome, Step, WindowStart

if TYPE_CHECKING:  # the dialogs are imported when first shown
    from juhe_desk.ui.dialogs.account_dialog import AccountDialog, AccountForm
    from juhe_desk.ui.dialogs.history_move_dialog import HistoryMoveDialog
    from juhe_desk.ui.dialogs.shared_database_section import SharedDatabaseSection

log = logging.getLogger(__name__)

LATER_TABS_AFTER_MS = 1000  # from the end of the start to building the tabs it left out
# Whatever happens (a step that fails...), the jobs held while the start builds its tabs
# run after this.
HOLD_JOBS_AT_MOST_MS = 1500


class MainWindow(QMainWindow):
    startupFinished = Signal()  # noqa: N815 - Qt signal naming; see ``ready``

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.account_dialog: AccountDialog | None = None
        self._ready = False
        self._start: WindowStart | None = None  # the steps after the first paint
        self.guide_dialog: QDialog | None = None

        self.tabs: QTabWidget = named(SteadyTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        demo = session.demo
        self.setCentralWidget(with_demo_banner(self.tabs) if demo else self.tabs)
        if demo:
            self.setWindowTitle(demo_title())

        status = self.statusBar()
        self.status_labels = labels = StatusLabels(status, session)
        self.account_label, self.connection_label = labels.account_label, labels.connection_label
        self.balance_label, self.puller_label = labels.balance_label, labels.puller_label
        self.shared_database_label, self.online_label = (labels.shared_database_label,
                                                         labels.online_label)

        self.data_safety = DataSafety(self, session)  # backups, restore, damage found
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.pages = Pages(session, self.tabs, file_menu, tools_menu)
        self._build_menus(file_menu, account_menu, help_menu)
        session.writes.failed.connect(lambda text: status.showMessage(text, 10_000))

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self, file_menu: QMenu, account_menu: QMenu, help_menu: QMenu) -> None:
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.pages.set_menu_end("file", file_menu.addSeparator())  # the pages' actions above
        file_menu.addActions(self.data_safety.file_actions())
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_account = QAction(self.tr("Account &settings…"), self)
        edit_account.setObjectName("accountSettingsAction")
        edit_account.triggered.connect(self.show_account_dialog)
        new_account = QAction(self.tr("&Add another account…"), self)
        new_account.setObjectName("addAccountAction")
        new_account.triggered.connect(lambda: self.show_account_dialog(new=True))
        refresh = QAction(self.tr("&Refresh balance"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.session.refresh_balance)
        check = QAction(self.tr("Check for reports and replies &now"), self)
        check.triggered.connect(self.session.poll_now)
        host_team = QAction(self.tr("&Team database on this computer…"), self)
        host_team.setObjectName("teamHostAction")
        host_team.triggered.connect(self.show_team_host_dialog)
        move_history = QAction(self.tr("&Move this desk's history into the team database…"),
                               self)
        move_history.setObjectName("moveHistoryAction")
        move_history.triggered.connect(self.show_history_move)
        for action in (edit_account, new_account, refresh, check, host_team):
            account_menu.addAction(action)
        account_menu.addSeparator()
        account_menu.addAction(move_history)

        guide = QAction(self.tr("&User guide"), self)
        guide.setObjectName("userGuideAction")
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("&About juhe-desk"), self)
        about.triggered.connect(self._show_about)
        diagnostics = QAction(self.tr("&Copy diagnostics"), self)
        diagnostics.setObjectName("copyDiagnosticsAction")
        diagnostics.triggered.connect(self.copy_diagnostics)
        help_menu.addAction(diagnostics)
        help_menu.addAction(about)
        for index in range(len(KINDS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)

    # --- start-up -------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """Every start-up step begun, the tabs with work from the start built
        (``startupFinished`` said so); the others come when first chosen or asked for."""
        return self._ready

    @property
    def starting(self) -> bool:
        """Steps of the start are still to come (the tabs it left out until after ``ready``
        among them)."""
        return self._start is not None and self._start.pending

    @property
    def start_trace(self) -> list[tuple[str, float, float, float]]:
        """The start's steps after the first paint so far: name, start (perf_counter), wall
        and GUI-thread CPU ms (bench/start_bench.py --trace)."""
        return self._start.trace if self._start is not None else []

    def open_initial_state(self, options: Options, *, checked: bool = True,
                           news: str = "") -> None:
        """Build the tab shown first (the bulk import when FILE was given) and plan the rest
        of the start for after the first paint. ``checked``, ``news``: see DataSafety.start."""
        first = IMPORT if options.file is not None else COMPOSE
        self.tabs.setCurrentIndex(first)
        self.pages.page_at(first)
        if options.quit_after is not None:  # from the end of the start, whatever its pace
            quit_ms = int(options.quit_after * 1000)
            self.startupFinished.connect(lambda: QTimer.singleShot(quit_ms, self.close))
        self._start = WindowStart(self, self._start_steps(options, first, checked, news))

    def _start_steps(self, options: Options, first: int, checked: bool, news: str
                     ) -> list[Step | AfterJob]:
        """The start after the first paint, in steps of a few ms.

        Qt's widget types first, a few per turn (8-10 ms in all), so that the Send tab's
        start (its results view's viewport) finds them made; then the start's own jobs (the
        password or the demo gateway, the tabs' imports, 50-80 ms of Python), while the
        window waits for the imports: begun first, they took Python's lock from those turns.
        Then the tabs with work from the start, the pages' own start (the Send tab's warm-up
        of libphonenumber, the bulk import's look for unfinished work, the inbox's counts),
        the data file's check, polling and the balance. Every job these submit waits
        (``TaskRunner.hold``) until the window is ready (they have begun once ``ready`` is
        said, as the first pull had before they waited): run beside its steps, they took
        Python's lock from them and the window missed frames (bench/start_bench.py); held,
        they run while the window only waits for input. Unless FILE was given: opening it,
        at once, is what the user waits for, and on a desk of a team, whose jobs wait on
        its database (and its listener never ends): held, they met it gone.
        """
        preloaded = HeldOutcome()
        runner = self.session.runner
        start_pages = partial(self.pages.start, options)
        early = options.file is not None
        held = self.session.team is None
        hold: list[Step] = [partial(runner.hold, HOLD_JOBS_AT_MOST_MS)] if held else []
        release: list[Step] = [runner.release] if held else []
        steps: list[Step | AfterJob] = [
            WidgetTypes().make_ready, self.session.begin_background_work,
            partial(self._preload, preloaded), *([start_pages] if early else hold),
            AfterJob(partial(_after_held, preloaded))]
        for index in self.pages.unbuilt_at_start():  # its modules, then the page: a few ms
            steps += [*self.pages.import_steps(index), *self.pages.build_steps(index)]
        if not early:
            steps.append(start_pages)
        steps += [partial(self.data_safety.start, options, checked=checked, news=news),
                  AfterJob(self.session.start_background_work),
                  *([] if early else release), self._session_started]
        # Then, unasked, the tabs not built yet: a first click on one finds it ready, and
        # scripts find every widget the automation contract names without clicking. After a
        # pause: their first reads (jobs) hold Python's lock for a moment, which the window,
        # just started and used at once, should not feel.
        steps.append(AfterJob(self._pause_before_later_tabs))
        for index in self.pages.unbuilt_later(first):
            steps += [*self.pages.import_steps(index), *self.pages.build_steps(index)]
        return steps

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._start is not None:
            self._start.painted()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._start is not None:
            self._start.shown()

    def _pause_before_later_tabs(self, resume: Callable[[], None]) -> None:
        QTimer.singleShot(LATER_TABS_AFTER_MS, self, resume)

    def _preload(self, preloaded: HeldOutcome) -> None:
        """Import the tabs' lower modules in a job; ``preloaded`` holds its end."""
        def failed(error: BaseException) -> None:  # the tabs then import it themselves
            log.warning("preloading failed", exc_info=error)
            preloaded.result(None)

        self.session.runner.submit(preload, on_result=preloaded.result, on_error=failed)

    def _session_started(self) -> None:
        """The last step: the session's background work has begun (the demo gateway is up)."""
        account = self.session.account
        if self.session.ready and account is not None:
            log.info("opening with account %s", account.id)
        else:
            log.info("no account with a known password yet: asking for one")
            self.show_account_dialog()
        self._ready = True
        log.info("start-up finished")
        self.startupFinished.emit()

    # --- account --------------------------------------------------------------------------
    def show_team_host_dialog(self) -> QDialog:
        """Hosting the team database here, and what other desks type to join."""
        from juhe_desk.services.team_host import TeamHost
        from juhe_desk.ui.dialogs.team_host_dialog import TeamHostDialog

        host = TeamHost(self.session.data_dir, self.session.credentials)
        dialog = TeamHostDialog(host, self.session.runner, self,
                                in_use=self.session.store.shared_address,
                                reopen=self.data_safety.reopen)
        dialog.open()
        return dialog

    def show_history_move(self) -> HistoryMoveDialog:
        """Moving this desk's own file into the team database (a dialog; the move is a job)."""
        from juhe_desk.ui.dialogs.history_move_dialog import HistoryMoveDialog

        dialog = HistoryMoveDialog(self.session.runner, self.session.store,
                                   self.session.data_dir / DATABASE_NAME, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_account_dialog(self, new: bool = False) -> AccountDialog:
        from juhe_desk.ui.account_follow import follow_in_dialog
        from juhe_desk.ui.dialogs.account_dialog import AccountDialog, AccountForm
        from juhe_desk.ui.dialogs.shared_database_section import SharedDatabaseSection

        account = None if new else self.session.account
        initial = AccountForm.of(account) if account else None
        # Editing the account in use: an empty password field keeps the password it has.
        known_password = self.session.known_password() if account is not None else None

        def test_connection(form: AccountForm, password: str) -> Balance:
            return self._test_connection(form, password or known_password or "")

        shared = SharedDatabaseSection(self.session.runner, self.session.credentials,
                                       self.session.store.shared_address)
        dialog = AccountDialog(self.session.runner, test_connection, initial, self,
                               password_known=bool(known_password),
                               keyring_available=self.session.credentials.keyring_available(),
                               extra=shared)
        dialog.accepted.connect(lambda: self._account_saved(dialog))
        dialog.accepted.connect(lambda: self._shared_database_saved(shared))
        self.account_dialog = dialog
        follow_in_dialog(dialog, self.session)  # saved at another desk meanwhile
        dialog.open()
        return dialog

    def _test_connection(self, form: AccountForm, password: str) -> Balance:
        # worker thread: uses only the values it is given
        account = _account_from_form(form)
        with self.session.make_client(account, password) as client:
            return client.balance()

    def _account_saved(self, dialog: AccountDialog) -> None:
        account = _account_from_form(dialog.form())
        password = dialog.password() or None
        current, store = self.session.account, self.session.store
        if current is not None and current.id == account.id:  # its name, as read at start
            self._use_account(replace(account, name=current.name), password)
            return

        def named_as_stored(existing: Account | None) -> None:
            # What the dialog does not show stays as it was.
            self._use_account(account if existing is None
                              else replace(account, name=existing.name), password)

        self.session.runner.submit(lambda ctx: store.find_account(account.id),
                                   on_result=named_as_stored, on_error=self._say_error)

    def _say_error(self, error: BaseException) -> None:
        from juhe_desk.ui.errors import explain_error

        self.statusBar().showMessage(explain_error(error), 15_000)

    def _use_account(self, account: Account, password: str | None) -> None:
        message = self.session.use_account(account, password)
        if message:
            self.statusBar().showMessage(message, 10_000)

    def _shared_database_saved(self, section: SharedDatabaseSection) -> None:
        """The team database this desk uses from its next start; its password in the
        keyring under its address."""
        from juhe_desk.services.shared_database import save_address, save_password
        from juhe_desk.store.shared_errors import SharedAddressError
        from juhe_desk.ui.errors import explain_error

        try:
            if not section.changed():
                return
            choice = section.choice()
        except SharedAddressError as error:
            self.statusBar().showMessage(explain_error(error), 15_000)
            return
        if choice.address is not None and choice.password:
            save_password(self.session.credentials, choice.address, choice.password)
        data_dir, address = self.session.data_dir, choice.address
        self.session.runner.submit(
            lambda ctx: save_address(data_dir, address),
            on_result=lambda _done: self.statusBar().showMessage(self.tr(
                "The team database setting was saved; it takes effect when juhe-desk starts "
                "again."), 15_000),
            on_error=lambda error: self.statusBar().showMessage(explain_error(error), 15_000))

    def copy_diagnostics(self) -> None:
        """Read in a job (the store, the keyring, the log), then put on the clipboard."""
        from juhe_desk.ui.diagnostics import diagnostics_job

        read = diagnostics_job(self.session)
        self.session.runner.submit(lambda ctx: read(), on_result=self._diagnostics_read,
                                   on_error=self._say_error)

    def _diagnostics_read(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard "
                                             "(no password is included)."), 8000)

    def show_user_guide(self) -> None:
        from juhe_desk.resources import user_guide_path
        from juhe_desk.ui.dialogs.user_guide import UserGuideDialog

        guide = user_guide_path()
        if guide is None:
            self.statusBar().showMessage(self.tr(
                "The user guide is not part of this installation; it is in the docs folder "
                "of juhe-desk's source."), 10_000)
            return
        if self.guide_dialog is None:
            self.guide_dialog = UserGuideDialog(guide, self)
        self.guide_dialog.show()

    def _show_about(self) -> None:
        from juhe_desk.ui.dialogs.about import about_text

        QMessageBox.about(self, self.tr("About juhe-desk"), about_text(self.session))

    # --- shutdown -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.pages.may_close():
            event.ignore()
            return
        if self._start is not None:
            self._start.cancel()  # what was still to start, never will
        self.session.shutdown()
        event.accept()
        app = QApplication.instance()
        log.info("main window closed (app=%s)", bool(app))


def _after_held(held: HeldOutcome, resume: Callable[[], None]) -> None:
    """An ``AfterJob`` start: ``resume`` once the job ``held`` holds the end of is over."""
    held.then(lambda _value: resume(), lambda _error: resume())


def _account_from_form(form: AccountForm) -> Account:
    mode: PasswordMode = "md5" if form.password_mode == "md5" else "plain"
    return Account(id=form.account_id, gateway_url=form.gateway_url, extno=form.extno,
                   signatures=form.signatures, price_li=form.price_li,
                   batch_size=form.batch_size, poll_interval_s=form.poll_interval_s,
                   password_mode=mode, low_balance_li=form.low_balance_li,
                   reply_extension_digits=form.reply_extension_digits)

