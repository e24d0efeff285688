"""Connecting to a shared database: the connection's settings, and the server's refusals
told apart in words (``SharedStoreRefusedError`` / ``SharedStoreUnavailableError``).

Every connection: TLS when the server offers it (``sslmode=prefer``), a short connect
timeout, TCP keepalives (a desk whose network died is noticed within about 30 s, which the
team's advisory locks rely on), ``synchronous_commit`` on (a committed journal step is on
the server's disk, as SQLite's ``synchronous=FULL`` is on ours), and a limit on how long a
transaction may sit idle (a desk that froze mid-transaction cannot hold the others' writes).
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo

from juhe_desk import APP_NAME
from juhe_desk.store.shared_address import SharedAddress
from juhe_desk.store.shared_errors import (
    SharedStoreError,
    SharedStoreRefusedError,
    SharedStoreUnavailableError,
)

CONNECT_TIMEOUT_S = 5
KEEPALIVE_IDLE_S = 10
KEEPALIVE_INTERVAL_S = 5
KEEPALIVE_COUNT = 3
IDLE_IN_TRANSACTION_TIMEOUT = "60s"

# libpq's own words are English; the server's may be in its language (zh_CN shown).
_WRONG_PASSWORD = re.compile(r"password authentication failed|no password supplied"
                             r"|Password 认证失败|口令认证失败|没有提供口令|role .* does not exist"
                             r"|角色 .* 不存在", re.IGNORECASE)
_NO_DATABASE = re.compile(r"database .* does not exist|数据库 .* 不存在", re.IGNORECASE)
_SERVER_SAID = re.compile(r"FATAL|致命错误")


def conninfo(address: SharedAddress, password: str | None) -> str:
    params: dict[str, Any] = {
        "host": address.host, "port": address.port, "dbname": address.database,
        "user": address.user, "sslmode": "prefer", "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": APP_NAME, "keepalives": 1,
        "keepalives_idle": KEEPALIVE_IDLE_S, "keepalives_interval": KEEPALIVE_INTERVAL_S,
        "keepalives_count": KEEPALIVE_COUNT,
        "options": f"-c synchronous_commit=on"
                   f" -c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT}",
    }
    if password:
        params["password"] = password
    return make_conninfo(**params)


def connect(address: SharedAddress, password: str | None) -> psycopg.Connection[Any]:
    """One connection (autocommit), or the reason there is none, in words."""
    try:
        return psycopg.connect(conninfo(address, password), autocommit=True)
    except psycopg.OperationalError as exc:
        raise refusal(exc, address) from exc


def refusal(error: psycopg.OperationalError, address: SharedAddress) -> SharedStoreError:
    """What a failed connection attempt means for the user."""
    message = str(error)
    if _WRONG_PASSWORD.search(message):
        return SharedStoreRefusedError(SharedStoreRefusedError.WRONG_PASSWORD, address.url)
    if _NO_DATABASE.search(message):
        return SharedStoreRefusedError(SharedStoreRefusedError.NO_DATABASE, address.url)
    if _SERVER_SAID.search(message):  # the server answered, and said no for another reason
        said = message.split("FATAL:", 1)[-1].strip()
        return SharedStoreRefusedError(SharedStoreRefusedError.NOT_ALLOWED, address.url, said)
    return SharedStoreUnavailableError(message, address.url)


def encrypted(conn: psycopg.Connection[Any]) -> bool:
    return bool(conn.pgconn.ssl_in_use)
