"""Keyring backends for tests: one in memory, two that fail.

Install one with ``installed_keyring(...)`` (restores the previous backend after), or, for
a subprocess, ``PYTHON_KEYRING_BACKEND=keyring_backends.MemoryKeyring`` with ``tests/`` on
``PYTHONPATH``; ``MemoryKeyring`` then starts with the entries in ``JUHE_DESK_TEST_KEYRING``
(JSON ``{"service": {"username": "password"}}``), a test-only channel.

Their priority raises unless the environment names them, so keyring never picks one of them
on its own just because a test imported this module.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
from jaraco.classes import properties

SEED_VARIABLE = "JUHE_DESK_TEST_KEYRING"


class _TestBackend(keyring.backend.KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property
        if os.environ.get("PYTHON_KEYRING_BACKEND", "").endswith("." + cls.__name__):
            return 1.0
        raise RuntimeError("a test keyring; select it explicitly")

    def __str__(self) -> str:  # the base class's shows the priority, which may raise
        return f"{type(self).__module__}.{type(self).__name__} (test backend)"


class MemoryKeyring(_TestBackend):
    """A dict; ``calls`` records (operation, service, username), never the password."""

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []
        seed = json.loads(os.environ.get(SEED_VARIABLE, "{}"))
        for service, entries in seed.items():
            for username, password in entries.items():
                self.passwords[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        try:
            del self.passwords[service, username]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


class NoKeyring(_TestBackend):
    """Behaves like keyring's ``fail`` backend: every operation raises NoKeyringError."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no recommended backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no recommended backend")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no recommended backend")


class RefusingKeyring(_TestBackend):
    """A backend that exists but refuses to store (e.g. a locked collection)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("the collection is locked")


@contextlib.contextmanager
def installed_keyring(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)
