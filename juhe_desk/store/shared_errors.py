"""What can go wrong with a shared (team) database, in the user's words, both languages.

Each says what happened and what to do. None names a password; the address shown is the
one the user typed (``postgresql://user@host:port/db``), which holds none.
"""

from __future__ import annotations

from juhe_desk.store.errors import StoreError, StoreTooNewError


class SharedStoreError(StoreError):
    """Base of the shared database's failures."""


class SharedStoreUnavailableError(SharedStoreError):
    """The server cannot be reached now (down, wrong address, network gone)."""

    def __init__(self, detail: str = "", address: str = "") -> None:
        where = f" {address}" if address else ""
        super().__init__(
            f"连接不上团队共享数据库{where}。已发出的短信都已记下；在连接恢复之前不会发送新的短信。"
            "可以继续编辑短信和导入表格。请检查网络，以及放数据库的电脑是否开着。",
            message_en=f"The team's shared database{where} cannot be reached. Everything sent"
                       " so far is recorded; nothing new is sent until the connection is back."
                       " You can go on writing messages and importing sheets. Check the network"
                       " and that the computer holding the database is on.")
        self.detail = detail


class SharedStoreRefusedError(SharedStoreError):
    """The server answered, and said no: a wrong password or user, no such database."""

    WRONG_PASSWORD = "wrong_password"
    NO_DATABASE = "no_database"
    NOT_ALLOWED = "not_allowed"

    def __init__(self, reason: str, address: str, detail: str = "") -> None:
        words = {
            self.WRONG_PASSWORD: (
                f"团队共享数据库 {address} 拒绝登录：用户名或密码不对。"
                "请在“账户设置”里重新输入密码。",
                f"The team's shared database {address} refused the login: the user name or"
                " password is wrong. Enter the password again in the account settings."),
            self.NO_DATABASE: (
                f"服务器上没有 {address} 这个数据库。请检查数据库名称，或请管理员先建好它。",
                f"The server has no database called as in {address}. Check the database name,"
                " or ask whoever runs the server to create it first."),
            self.NOT_ALLOWED: (
                f"团队共享数据库 {address} 不允许这个用户使用：{detail}",
                f"The team's shared database {address} does not let this user in: {detail}"),
        }
        zh, en = words.get(reason, words[self.NOT_ALLOWED])
        super().__init__(zh, message_en=en)
        self.reason = reason
        self.detail = detail


class NotOurDatabaseError(SharedStoreError):
    """The database holds tables of some other program: never written into."""

    def __init__(self, address: str) -> None:
        super().__init__(
            f"数据库 {address} 里已经有别的程序的数据，不是 juhe-desk 的团队数据库。为了不破坏它，"
            "本程序不会使用它。请换一个空的数据库。",
            message_en=f"The database {address} already holds another program's data; it is"
                       " not a juhe-desk team database. To leave it unharmed, juhe-desk will"
                       " not use it. Please choose an empty database.")


class SharedStoreTooNewError(StoreTooNewError, SharedStoreError):
    """The shared database was set up by a newer juhe-desk than this one."""

    def __init__(self, address: str, file_version: int, known_version: int) -> None:
        StoreError.__init__(
            self,
            f"团队共享数据库 {address} 已被更新版本的 juhe-desk 使用（格式版本 {file_version}，"
            f"本程序只认识到 {known_version}）。请把这台电脑上的 juhe-desk 升级到同事用的版本，"
            "数据库没有被改动。",
            message_en=f"The team's shared database {address} is used by a newer juhe-desk"
                       f" (format version {file_version}; this one knows up to"
                       f" {known_version}). Please upgrade juhe-desk on this computer to the"
                       " version your colleagues use; the database was not changed.")
        self.file_version = file_version
        self.known_version = known_version


class SharedAddressError(SharedStoreError, ValueError):
    """A shared database address that is not ``postgresql://user@host:port/db``."""

    def __init__(self, text: str, why_zh: str, why_en: str) -> None:
        super().__init__(
            f"团队共享数据库的地址“{text}”不对：{why_zh}。格式是 postgresql://用户名@主机:端口/数据库名。",
            message_en=f"The shared database address '{text}' is not right: {why_en}. It is"
                       " postgresql://user@host:port/database.")
