"""Every error the user sees, in the user's words; never a traceback."""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QCoreApplication

from juhe_desk.gateway.errors import GatewayError
from juhe_desk.services.interrupted import SendInterrupted
from juhe_desk.store import NoRoomForBackupError
from juhe_desk.store.failures import StorageProblem, storage_problem
from juhe_desk.ui.i18n import current_language, translator_for

log = logging.getLogger(__name__)


_tr = translator_for("errors")


def explain_error(error: BaseException) -> str:
    """A plain-language sentence for any exception; unexpected ones are logged in full."""
    if isinstance(error, GatewayError):
        return error.text(current_language())
    if isinstance(error, SendInterrupted):
        return explain_interrupted_send(error)
    if isinstance(error, OSError):
        return _explain_os_error(error)
    if isinstance(error, NoRoomForBackupError):  # how much room it needs: more than "full"
        return error.text(current_language())
    problem = storage_problem(error)  # the data file: SQLite's codes, our store errors
    if problem is not None:
        if problem is StorageProblem.IO:
            log.error("data file error", exc_info=error)
        return explain_storage_problem(problem)
    text_method = getattr(error, "text", None)
    if callable(text_method):  # our own errors (store, import) speak both languages
        try:
            return str(text_method(current_language()))
        except TypeError:
            pass
    if isinstance(error, ValueError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return _tr("Something unexpected went wrong; the details are in the log file. "
               "Nothing was lost: please try again.")


def explain_storage_problem(problem: StorageProblem) -> str:
    """What went wrong with the data file, and what to do about it."""
    if problem is StorageProblem.FULL:
        return _tr("The disk is full: juhe-desk cannot save its data. Free some disk space "
                   "(delete files you no longer need, empty the recycle bin), then carry on.")
    if problem is StorageProblem.READ_ONLY:
        return _tr("The data folder cannot be written (it is read-only, or you may not write "
                   "there): juhe-desk cannot save its data. Check that the disk is not "
                   "write-protected and that you may write to the folder, then start "
                   "juhe-desk again.")
    if problem is StorageProblem.DAMAGED:
        return _tr("The data file is damaged: part of the history cannot be read. Use "
                   "File › Restore from a backup… to go back to the latest backup; the damaged "
                   "file is kept, nothing is deleted.")
    if problem is StorageProblem.BUSY:
        return _tr("The data file is in use by another program (another juhe-desk?). Close "
                   "that program, then try again.")
    return _tr("Reading or writing the data file failed: the disk may be failing, full or "
               "unplugged. Check the disk, then start juhe-desk again; the details are in "
               "the log file.")


def explain_interrupted_send(error: SendInterrupted) -> str:
    """Why a send stopped, and what became of the numbers already on their way."""
    if error.problem is not None:
        reason = explain_storage_problem(error.problem)
    elif error.database_unreachable:
        reason = _tr("The team database cannot be reached (the network, or the computer "
                     "holding it), so the send stopped before its next batch; it waits, and "
                     "you resume it once the database is back.")
    else:
        reason = _tr("An unexpected error stopped the send; the details are in the log file.")
    if error.uncertain == 0:
        outcome = _tr("Every answer received was stored; the numbers not yet sent were not "
                      "sent, and can be sent once the problem is solved.")
    elif error.uncertain is None:
        outcome = _tr("Some numbers may have received the message, but the gateway's answers "
                      "could not be stored: they are uncertain. Do not send to them again; "
                      "once the problem is solved and juhe-desk started again, wait for their "
                      "delivery reports and check them in the Delivery reports tab.")
    else:
        count = error.uncertain  # a plain name: lupdate skips a plural whose n is e.attr
        outcome = QCoreApplication.translate(
            "errors", "%Ln number(s) may have received the message, but the gateway's answers "
            "could not be stored: they are uncertain. Do not send to them again; once the "
            "problem is solved and juhe-desk started again, wait for their delivery reports "
            "and check them in the Delivery reports tab.", "", count)
    return _tr("{reason} {outcome}").format(reason=reason, outcome=outcome)


def _explain_os_error(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return _tr("The file cannot be opened: permission denied. Close it in other "
                   "programs or choose another folder.")
    if isinstance(error, FileNotFoundError):
        return _tr("The file was not found. It may have been moved or deleted.")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _tr("The disk is full: the file could not be written. Free some disk space "
                   "(delete files you no longer need, empty the recycle bin) or choose "
                   "another disk.")
    if error.errno == errno.EROFS:
        return _tr("This place cannot be written (the disk is read-only): {path}. Choose "
                   "another folder.").format(path=error.filename or "")
    return _tr("A file or network operation failed: {reason}").format(
        reason=error.strerror or str(error))
