"""Errors of the local store, each with a plain-language zh/en explanation."""

from __future__ import annotations

from juhe_desk.explained_error import ExplainedError


class StoreError(ExplainedError):
    """Base of every store failure; ``text(lang)`` gives the user's language."""


class StoreTooNewError(StoreError):
    """The file was written by a newer juhe-desk than this one."""

    def __init__(self, path: str, file_version: int, known_version: int) -> None:
        super().__init__(
            f"数据文件 {path} 来自更新版本的程序（格式版本 {file_version}，本程序只认识到"
            f" {known_version}）。请升级 juhe-desk 后再打开，文件没有被改动。",
            message_en=(
                f"The data file {path} was written by a newer juhe-desk (format version"
                f" {file_version}; this one knows up to {known_version}). Please upgrade"
                " juhe-desk to open it; the file was not changed."
            ),
        )
        self.file_version = file_version
        self.known_version = known_version


class StoreOpenError(StoreError):
    """The file cannot be opened as our database (not SQLite, damaged, unreadable)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"无法打开数据文件 {path}：{reason}",
                         message_en=f"Cannot open the data file {path}: {reason}")


MAX_PROBLEMS = 20


class StoreDamagedError(StoreError):
    """The file opens, but SQLite's check finds damaged pages in it."""

    def __init__(self, path: str, problems: list[str]) -> None:
        # quick_check's rows may hold several lines each, and there may be thousands.
        lines = [line for p in problems[:MAX_PROBLEMS] for line in p.splitlines()
                 if line.strip() and not line.startswith("*** ")]
        first = lines[0] if lines else ""
        super().__init__(f"数据文件 {path} 已损坏：{first}",
                         message_en=f"The data file {path} is damaged: {first}")
        self.path = path
        self.problems = lines[:MAX_PROBLEMS]


class NoRoomForBackupError(StoreError):
    """The disk has too little space left for another copy of the data file."""

    def __init__(self, needed: int, free: int) -> None:
        mb_needed, mb_free = -(-needed // (1 << 20)), free // (1 << 20)
        super().__init__(
            f"磁盘空间不足，没有做备份：需要约 {mb_needed} MB，只剩 {mb_free} MB。"
            "请清理磁盘空间（删除不需要的文件、清空回收站）。",
            message_en=f"Not enough disk space for a backup: it needs about {mb_needed} MB,"
                       f" {mb_free} MB are free. Please free some disk space (delete files you"
                       " do not need, empty the recycle bin).")
        self.needed = needed
        self.free = free


class StoreClosedError(StoreError):
    def __init__(self) -> None:
        super().__init__("数据文件已经关闭。", message_en="The data file is already closed.")


class OutsideJobConnectionError(RuntimeError):
    """A thread other than the GUI thread used the store outside ``Store.job_connection()``:
    a bug (the connection would stay open), never the user's doing."""

    def __init__(self, thread_name: str) -> None:
        super().__init__(f"thread {thread_name!r} used the store outside Store.job_connection()")


class NotFoundError(StoreError):
    """A record that the caller named does not exist."""

    def __init__(self, kind: str, key: object) -> None:
        super().__init__(f"找不到{_KIND_ZH.get(kind, kind)} {key}。",
                         message_en=f"No {kind} {key} in the data file.")
        self.kind = kind
        self.key = key


class IllegalTransitionError(StoreError):
    """A state change the journal does not allow (e.g. resending a submitted batch)."""

    def __init__(self, kind: str, key: object, current: str, wanted: str) -> None:
        super().__init__(
            f"{_KIND_ZH.get(kind, kind)} {key} 当前状态是“{current}”，不能改为“{wanted}”。",
            message_en=f"The {kind} {key} is '{current}' and cannot become '{wanted}'.",
        )
        self.kind = kind
        self.key = key
        self.current = current
        self.wanted = wanted


_KIND_ZH = {
    "account": "账号",
    "batch": "批次",
    "campaign": "群发任务",
    "template": "模板",
}
