"""Gateway passwords in the OS keyring (service ``juhe-desk``, username = account id).

When the keyring cannot be used (no backend on a headless machine, a locked or refusing
keyring), the password is kept in this process's memory for the current run only, never on
disk, and the result says so in plain words. Nothing here logs or shows a password.

``keyring`` is imported on first use (it takes longer to import than the main window takes
to paint); the window's start first uses it in a background job.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from juhe_desk import APP_NAME

log = logging.getLogger(__name__)

SERVICE_NAME = APP_NAME

UNAVAILABLE_ZH = "系统钥匙串不可用，密码只在本次运行中保存，关闭程序后需要重新输入。"
UNAVAILABLE_EN = ("The system keyring is not available: the password is kept for this run"
                  " only and must be entered again after the app is closed.")
SAVED_ZH = "密码已保存到系统钥匙串。"
SAVED_EN = "The password was saved in the system keyring."


@dataclass(frozen=True, slots=True)
class SaveResult:
    """Where a password went: ``persisted`` True means the OS keyring holds it."""

    persisted: bool
    message: str
    message_en: str

    @property
    def session_only(self) -> bool:
        return not self.persisted

    def text(self, lang: str = "zh_CN") -> str:
        return self.message_en if lang.startswith("en") else self.message


class CredentialStore:
    """Passwords by account id: the OS keyring first, this run's memory as the fallback."""

    def __init__(self, service: str = SERVICE_NAME) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._keyring_failed = False

    def keyring_available(self) -> bool:
        """False when no keyring backend exists or the last use of it failed."""
        import keyring
        from keyring.backends import fail

        return not self._keyring_failed and not isinstance(keyring.get_keyring(), fail.Keyring)

    def save_password(self, account_id: str, password: str) -> SaveResult:
        _check_account_id(account_id)
        import keyring
        import keyring.errors

        try:
            keyring.set_password(self.service, account_id, password)
        except keyring.errors.KeyringError as exc:
            self._note_failure("save", account_id, exc)
            with self._lock:
                self._session[account_id] = password
            return SaveResult(False, UNAVAILABLE_ZH, UNAVAILABLE_EN)
        self._keyring_failed = False
        with self._lock:
            self._session.pop(account_id, None)  # the keyring holds the newer one now
        return SaveResult(True, SAVED_ZH, SAVED_EN)

    def load_password(self, account_id: str) -> str | None:
        """The password from this run's memory if it had to be kept there, else the keyring."""
        _check_account_id(account_id)
        with self._lock:
            remembered = self._session.get(account_id)
        if remembered is not None:
            return remembered
        import keyring
        import keyring.errors

        try:
            return keyring.get_password(self.service, account_id)
        except keyring.errors.KeyringError as exc:
            self._note_failure("read", account_id, exc)
            return None

    def delete_password(self, account_id: str) -> bool:
        """Forget the password everywhere; False if the keyring still holds it."""
        _check_account_id(account_id)
        with self._lock:
            self._session.pop(account_id, None)
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(self.service, account_id)
        except keyring.errors.PasswordDeleteError:
            pass  # most backends say so when there was nothing to delete
        except keyring.errors.KeyringError as exc:
            self._note_failure("delete", account_id, exc)
            return isinstance(exc, keyring.errors.NoKeyringError)
        try:
            return keyring.get_password(self.service, account_id) is None
        except keyring.errors.KeyringError:
            return False

    def _note_failure(self, action: str, account_id: str, exc: BaseException) -> None:
        self._keyring_failed = True
        # The exception's class only: a backend's message is not ours to vouch for.
        log.warning("Keyring %s for account %s failed (%s); using this run's memory",
                    action, account_id, type(exc).__name__)


def _check_account_id(account_id: str) -> None:
    if not account_id:
        raise ValueError("an account id is needed to store its password")


default_store = CredentialStore()


def keyring_available() -> bool:
    return default_store.keyring_available()


def save_password(account_id: str, password: str) -> SaveResult:
    return default_store.save_password(account_id, password)


def load_password(account_id: str) -> str | None:
    return default_store.load_password(account_id)


def delete_password(account_id: str) -> bool:
    return default_store.delete_password(account_id)
