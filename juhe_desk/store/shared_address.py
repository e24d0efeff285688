"""The address of a team's shared database: ``postgresql://user@host:port/db``, no password.

That text is also the keyring's user name for the password (service ``juhe-desk``; see the
automation contract), so it is written one way only (``SharedAddress.url``). A password in
an address is refused, and never repeated back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from juhe_desk.store.shared_errors import SharedAddressError

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")
_PASSWORD_IN_URL = re.compile(r"(//[^/@:]*):[^/@]*@")


@dataclass(frozen=True, slots=True)
class SharedAddress:
    user: str
    host: str
    port: int
    database: str

    @property
    def url(self) -> str:
        """``postgresql://user@host:port/db``: what the user sees and the keyring's key."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}")

    def __str__(self) -> str:
        return self.url

    @classmethod
    def parse(cls, text: str) -> SharedAddress:
        """Raises ``SharedAddressError`` (in words) for anything but the form above."""
        shown = _PASSWORD_IN_URL.sub(r"\1:***@", text.strip())
        try:
            parts = urlsplit(text.strip())
            port = parts.port
        except ValueError as exc:
            raise SharedAddressError(shown, "端口应是数字", "the port must be a number") from exc
        if parts.scheme not in SCHEMES:
            raise SharedAddressError(shown, "应以 postgresql:// 开头",
                                     "it must start with postgresql://")
        if parts.password is not None:
            raise SharedAddressError(
                shown, "地址里不能有密码（密码保存在系统钥匙串里）",
                "it must not hold a password (the password is kept in the system keyring)")
        user = unquote(parts.username or "")
        database = unquote(parts.path.lstrip("/"))
        if not user or not parts.hostname or not database or "/" in database:
            raise SharedAddressError(shown, "缺少用户名、主机或数据库名",
                                     "the user, the host or the database name is missing")
        if parts.query or parts.fragment:
            raise SharedAddressError(shown, "地址后面不能有 ? 或 # 部分",
                                     "it cannot have a ? or # part")
        return cls.of(user, parts.hostname, port or DEFAULT_PORT, database)

    @classmethod
    def of(cls, user: str, host: str, port: int, database: str) -> SharedAddress:
        """From the dialog's fields; the same checks as ``parse``."""
        user, host, database = user.strip(), host.strip().strip("[]"), database.strip()
        shown = f"postgresql://{user}@{host}:{port}/{database}"
        if not user or not host or not database:
            raise SharedAddressError(shown, "缺少用户名、主机或数据库名",
                                     "the user, the host or the database name is missing")
        if not 0 < port < 65536:
            raise SharedAddressError(shown, "端口应在 1 到 65535 之间",
                                     "the port must be between 1 and 65535")
        return cls(user, host.lower(), port, database)
