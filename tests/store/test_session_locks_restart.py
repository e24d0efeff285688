"""The desk's lock connection after the shared database's server came back: the first
question about locks is answered on a new connection, not taken for the server being gone
(a campaign started just then was refused as if the database were still down)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pg_cluster import APP_PASSWORD, PgCluster
from store_backends import SharedCluster

from juhe_desk.store.pg_connect import conninfo
from juhe_desk.store.session_locks import SessionLocks
from juhe_desk.store.shared_errors import SharedStoreUnavailableError

ROLE = (7, 42)


@pytest.fixture(scope="module")
def restartable() -> Iterator[PgCluster]:
    holder = SharedCluster()  # its own: this module stops its server
    try:
        yield holder.get()
    finally:
        holder.stop()


def test_the_first_question_after_a_restart_is_answered(restartable: PgCluster) -> None:
    address = restartable.new_database()
    locks = SessionLocks(conninfo(address, APP_PASSWORD), address.url)
    try:
        assert locks.try_lock(ROLE)
        assert locks.held_by_anyone([ROLE]) == {ROLE}
        restartable.stop()
        with pytest.raises(SharedStoreUnavailableError):  # gone: said, never "nobody"
            locks.held_by_anyone([ROLE])
        restartable.start_server()
        assert locks.held_by_anyone([ROLE]) == set()  # the lock went with the old session
        assert locks.held_beside(ROLE, ROLE[0]) == set()
        assert locks.try_lock(ROLE) and locks.held_by_anyone([ROLE]) == {ROLE}
    finally:
        locks.close()


def test_a_connection_the_server_dropped_is_made_anew_for_a_question(
        restartable: PgCluster) -> None:
    address = restartable.new_database()
    locks = SessionLocks(conninfo(address, APP_PASSWORD), address.url)
    try:
        assert locks.try_lock(ROLE)
        restartable.stop()
        restartable.start_server()  # the connection is dead, and nobody has noticed yet
        assert locks.held_by_anyone([ROLE]) == set()
    finally:
        locks.close()
