"""Passwords go to the OS keyring, or stay in memory for the run when there is none."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring_backends import MemoryKeyring, NoKeyring, RefusingKeyring, installed_keyring

from juhe_desk import credentials
from juhe_desk.credentials import CredentialStore

PASSWORD = "Pw-7f3a-只此一份"


@pytest.fixture
def no_keyring() -> Iterator[NoKeyring]:
    backend = NoKeyring()
    with installed_keyring(backend):
        yield backend


def test_a_working_keyring_stores_the_password_under_the_account_id(
        memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    result = store.save_password("922011", PASSWORD)
    assert result.persisted and not result.session_only
    assert memory_keyring.passwords == {("juhe-desk", "922011"): PASSWORD}
    assert keyring.get_password("juhe-desk", "922011") == PASSWORD
    assert store.load_password("922011") == PASSWORD
    assert CredentialStore().load_password("922011") == PASSWORD  # a later run finds it
    assert store.keyring_available()
    assert "钥匙串" in result.text() and "keyring" in result.text("en")


def test_deleting_forgets_the_password(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.save_password("922011", PASSWORD)
    assert store.delete_password("922011")
    assert store.load_password("922011") is None
    assert memory_keyring.passwords == {}
    assert store.delete_password("922011")  # nothing left to delete is fine


def test_without_any_backend_the_password_lives_in_memory_for_this_run(
        no_keyring: NoKeyring) -> None:
    store = CredentialStore()
    assert store.load_password("922011") is None
    result = store.save_password("922011", PASSWORD)
    assert not result.persisted and result.session_only
    assert result.message == credentials.UNAVAILABLE_ZH
    assert result.text().startswith("系统钥匙串不可用，密码只在本次运行中保存")
    assert "this run only" in result.text("en")
    assert store.load_password("922011") == PASSWORD
    assert not store.keyring_available()
    assert CredentialStore().load_password("922011") is None  # the next run has to ask
    assert store.delete_password("922011")
    assert store.load_password("922011") is None


def test_keyrings_fail_backend_counts_as_unavailable() -> None:
    with installed_keyring(fail.Keyring()):
        store = CredentialStore()
        assert not store.keyring_available()
        assert store.save_password("922011", PASSWORD).session_only
        assert store.load_password("922011") == PASSWORD


def test_a_refusing_keyring_falls_back_to_memory_and_says_so() -> None:
    with installed_keyring(RefusingKeyring()):
        store = CredentialStore()
        assert store.keyring_available()  # nothing known to be wrong yet
        result = store.save_password("922011", PASSWORD)
        assert result.session_only
        assert not store.keyring_available()
        assert store.load_password("922011") == PASSWORD
        assert not store.delete_password("922011")  # the keyring did not confirm
        assert store.load_password("922011") is None


def test_a_keyring_that_works_again_takes_over_from_memory() -> None:
    store = CredentialStore()
    with installed_keyring(NoKeyring()):
        store.save_password("922011", "old-" + PASSWORD)
    backend = MemoryKeyring()
    with installed_keyring(backend):
        assert store.save_password("922011", PASSWORD).persisted
        assert store.keyring_available()
        assert store.load_password("922011") == PASSWORD
        assert ("get", "juhe-desk", "922011") in backend.calls


def test_the_password_is_never_logged_or_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = CredentialStore()
    for backend in (NoKeyring(), RefusingKeyring(), MemoryKeyring()):
        with installed_keyring(backend):
            result = store.save_password("922011", PASSWORD)
            store.load_password("922011")
            store.delete_password("922011")
            assert PASSWORD not in repr(result) + result.text() + result.text("en")
    assert "922011" in caplog.text  # the failures were logged ...
    assert PASSWORD not in caplog.text  # ... without the password


def test_an_empty_account_id_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError):
        CredentialStore().save_password("", PASSWORD)
    assert memory_keyring.calls == []


def test_module_functions_use_the_default_store(memory_keyring: MemoryKeyring) -> None:
    try:
        assert credentials.save_password("module-test", PASSWORD).persisted
        assert credentials.load_password("module-test") == PASSWORD
        assert credentials.keyring_available()
    finally:
        assert credentials.delete_password("module-test")
    assert credentials.load_password("module-test") is None


def test_a_subprocess_can_use_the_memory_backend_with_seeded_entries() -> None:
    tests_dir = Path(__file__).parent
    env = {**os.environ, "PYTHONPATH": str(tests_dir),
           "PYTHON_KEYRING_BACKEND": "keyring_backends.MemoryKeyring",
           "JUHE_DESK_TEST_KEYRING": json.dumps({"juhe-desk": {"922011": PASSWORD}})}
    code = ("from juhe_desk import credentials as c;"
            "print(c.keyring_available(), c.load_password('922011') == " + repr(PASSWORD) + ")")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.split() == ["True", "True"]
