"""Start-up: open the data file and build the main window, never ending in a traceback.

Whatever stops the data file from opening (damage, a full or read-only disk, a file from a
newer version, anything unexpected) is logged and put to the user in
``DatabaseRescueDialog``; what they choose is done here, and the opening tried again.
Choosing "quit" raises ``StartupCancelled`` (``app.run`` then exits with status 1).

The quick check (``PRAGMA quick_check``) reads the whole file: about 1.2 ms per MB here,
0.65 s on the million-report file of bench/history_bench.py. Up to ``INLINE_CHECK_MAX_BYTES``
it runs right here, before anything uses the file, so that damage gets the dialog before
the window; a larger file is checked in the background once the window is up
(``DataSafety.start``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from juhe_desk.cli import Options
from juhe_desk.credentials import CredentialStore
from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.logfile import current_log_file
from juhe_desk.services.desk_start import DeskStart, open_prepared
from juhe_desk.services.shared_database import saved_address
from juhe_desk.store import Store, StoreError, StoreTooNewError
from juhe_desk.store.database import upgrade_pending
from juhe_desk.store.failures import StorageProblem, check_folder, storage_problem
from juhe_desk.store.files import companions
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.i18n import current_language, translator_for
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME, Session, account_choice
from juhe_desk.ui.tasks import TaskContext

if TYPE_CHECKING:  # the dialog is imported when a file cannot be used, not at every start
    from juhe_desk.ui.dialogs.database_rescue import RescueChoice, RescueSituation

# What only a shared database, an upgrade or a damaged file needs (the dialog that waits
# for a job, backups, the rescue) is imported there: the usual start paints without it.

log = logging.getLogger(__name__)

# About 20 ms of checking here: below a blink.
INLINE_CHECK_MAX_BYTES = 16 << 20


_tr = translator_for("startup")


class StartupCancelled(Exception):
    """The user chose to quit rather than open the data file as it is."""


def build_main_window(options: Options, data_dir: Path, news: str = "") -> MainWindow:
    """Open the data file (asking the user what to do when it cannot be used), then build
    the main window on it, not yet shown. ``news``: what was done to the file before, told
    in the window's status bar."""
    session, checked, done = open_session(options, data_dir)
    window = MainWindow(session)
    window.open_initial_state(options, checked=checked,
                              news=" ".join(filter(None, (news, done))))
    return window


def open_session(options: Options, data_dir: Path) -> tuple[Session, bool, str]:
    """The session on the data file, and whether the file was checked already; ``news``
    says what was done to the file on the way (a backup restored...). A desk that uses a
    team's shared database opens that instead (``open_shared_session``)."""
    shared = options.shared_db or saved_address(data_dir)
    if shared is not None:
        return open_shared_session(options, data_dir, shared), True, ""
    database = data_dir / DATABASE_NAME
    note = news = ""
    while True:
        try:
            session, checked = _open(options, data_dir, database)
            return session, checked, news
        except Exception as error:  # noqa: BLE001 - every failure at start gets the dialog
            situation = _situation(error, database, note)
        from juhe_desk.ui.dialogs.database_rescue import DatabaseRescueDialog, RescueChoice

        dialog = DatabaseRescueDialog(situation)
        dialog.exec()
        choice = dialog.choice
        log.warning("start-up: the user chose %s", choice.value)
        if choice is RescueChoice.QUIT:
            raise StartupCancelled()
        note, news = _carry_out(choice, database)


def open_shared_session(options: Options, data_dir: Path, address: SharedAddress) -> Session:
    """The session on the team's shared database (started first when this desk hosts it).
    While it cannot be used the user is told why, in words, and chooses to try again or
    quit: never a private history instead."""
    from juhe_desk.services.team_host_port import port_taken
    from juhe_desk.ui.dialogs.busy import run_while_waiting
    from juhe_desk.ui.dialogs.shared_unavailable import ask_retry_shared
    from juhe_desk.ui.dialogs.team_port_dialog import offer_other_port_at_start
    from juhe_desk.ui.team_hosting import hosted_here, keep_hosting, start_hosted_for

    credentials = CredentialStore()
    hosted = hosted_here(data_dir, address)  # this desk's own: started first, here
    choice = account_choice(options)
    while True:
        def connect(ctx: TaskContext, address: SharedAddress = address
                    ) -> tuple[Store, DeskStart]:  # the address of this turn
            if hosted is not None:
                start_hosted_for(hosted)
            return open_prepared(address, credentials, data_dir, choice)

        try:
            store, prepared = run_while_waiting(
                _tr("Connecting to the team's shared database…"), connect)
            if hosted is not None:
                keep_hosting(hosted)
            # What the window starts from was read in the job: the GUI thread never waits
            # on the shared database's server.
            return Session.start(options, data_dir, store, prepared)
        except Exception as error:
            log.error("the shared database %s cannot be used", address.url, exc_info=error)
            if hosted is not None and port_taken(error):  # another program took its port
                moved = offer_other_port_at_start(hosted, error)  # ui/dialogs/team_port_dialog
                if moved is None:
                    raise StartupCancelled() from error
                address = moved
                continue
            if not ask_retry_shared(address, explain_error(error)):
                raise StartupCancelled() from error


def _open(options: Options, data_dir: Path, database: Path) -> tuple[Session, bool]:
    data_dir.mkdir(parents=True, exist_ok=True)
    check_folder(data_dir)  # full or read-only: said before SQLite leaves files behind
    store = _open_store(database)
    try:
        size = sum(f.stat().st_size for f in companions(database) if f.exists())
        checked = size <= INLINE_CHECK_MAX_BYTES
        if checked:
            store.check_integrity()
        return Session.start(options, data_dir, store), checked
    except BaseException:
        store.close()
        raise


def _open_store(database: Path) -> Store:
    """Open the file. An upgrade (a check and a backup, then the migrations: each reads or
    rewrites the whole file) runs off the GUI thread while the user is asked to wait."""
    if not upgrade_pending(database):
        return Store.open(database)
    from juhe_desk.ui.dialogs.busy import run_while_waiting

    def upgrade(ctx: TaskContext) -> Store:
        return Store.open(database)  # its connection goes back to the store's pool

    return run_while_waiting(_tr("Upgrading the data file (a backup is made first)…"), upgrade)


def _situation(error: Exception, database: Path, note: str) -> RescueSituation:
    from juhe_desk.store.backups import list_backups
    from juhe_desk.ui.dialogs.database_rescue import RescueSituation

    problem = storage_problem(error, database.parent)
    log.error("the data file %s cannot be used (%s)", database, problem or "unexpected",
              exc_info=error)
    explanation = (error.text(current_language())
                   if isinstance(error, StoreTooNewError) else "")
    backups = list_backups(database) if problem is StorageProblem.DAMAGED else []
    detail = _root_cause(error)
    return RescueSituation(problem, database, backups[0] if backups else None,
                           current_log_file(), detail, explanation, note)


def _root_cause(error: BaseException) -> str:
    while error.__cause__ is not None:
        error = error.__cause__
    if isinstance(error, StoreError):
        return error.text("en")
    return str(error)


def _carry_out(choice: RescueChoice, database: Path) -> tuple[str, str]:
    """Do what the user chose; returns (why it did not work, what was done)."""
    from juhe_desk.ui.dialogs.database_rescue import RescueChoice

    if choice is RescueChoice.RETRY:
        return "", ""
    try:
        if choice is RescueChoice.RESTORE:
            return "", restore_latest_backup(database)
        return "", start_new_file(database)
    except Exception as error:  # told in the dialog, which comes again
        log.error("start-up: %s did not work", choice.value, exc_info=error)
        return explain_error(error), ""


def restore_latest_backup(database: Path) -> str:
    """Keep the current file aside and put the newest sound backup in its place (in the
    background, the user waiting); returns what was done, in words."""
    from juhe_desk.store.rescue import restore_latest
    from juhe_desk.ui.dialogs.busy import run_while_waiting

    def job(ctx: TaskContext) -> str:
        return restore_latest(database, now_in_china()).taken_at.strftime("%Y-%m-%d %H:%M")

    date = run_while_waiting(_tr("Restoring the backup…"), job)
    return _tr("The backup of {date} was restored; the damaged file was kept aside in the "
               "data folder.").format(date=date)


def start_new_file(database: Path) -> str:
    """Keep the current file aside; the store then starts a new one. Returns it in words."""
    from juhe_desk.store.rescue import start_fresh

    kept = start_fresh(database, now_in_china())
    name = kept.name if kept is not None else ""
    return _tr("A new, empty data file was started; the damaged one was kept as {name} in "
               "the data folder.").format(name=name)
