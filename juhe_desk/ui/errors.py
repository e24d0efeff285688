"""Every error the user sees, in the user's words; never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from juhe_desk.gateway.errors import GatewayError
from juhe_desk.ui.i18n import current_language

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def explain_error(error: BaseException) -> str:
    """A plain-language sentence for any exception; unexpected ones are logged in full."""
    if isinstance(error, GatewayError):
        return error.text(current_language())
    text_method = getattr(error, "text", None)
    if callable(text_method):  # our own errors (store, import) speak both languages
        try:
            return str(text_method(current_language()))
        except TypeError:
            pass
    if isinstance(error, PermissionError):
        return _tr("The file cannot be opened: permission denied. Close it in other "
                   "programs or choose another folder.")
    if isinstance(error, FileNotFoundError):
        return _tr("The file was not found. It may have been moved or deleted.")
    if isinstance(error, OSError):
        return _tr("A file or network operation failed: {reason}").format(
            reason=error.strerror or str(error))
    if isinstance(error, ValueError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return _tr("Something unexpected went wrong; the details are in the log file. "
               "Nothing was lost: please try again.")
