"""What can go wrong hosting the team database, in the user's words (zh and en)."""

from __future__ import annotations

from pathlib import Path

from juhe_desk.explained_error import ExplainedError


class TeamHostError(ExplainedError):
    """``text(lang)`` says what happened and what to do; ``kind`` tells them apart."""

    def __init__(self, kind: str, message: str, message_en: str) -> None:
        super().__init__(message, message_en=message_en)
        self.kind = kind

    def __str__(self) -> str:
        return self.message_en  # as the log has always read it

    @classmethod
    def not_set_up(cls) -> TeamHostError:
        return cls("not-set-up", "这台电脑还没有建立团队数据库。",
                   "This computer does not host a team database yet.")

    @classmethod
    def already_set_up(cls) -> TeamHostError:
        return cls("already-set-up", "这台电脑已经建立了团队数据库，不会再建一个新的。",
                   "This computer already hosts a team database; no second one is made.")

    @classmethod
    def programs_missing(cls) -> TeamHostError:
        return cls("programs-missing",
                   "这个版本的 juhe-desk 没有带数据库程序，无法在本机建立团队数据库。"
                   "请重新安装 juhe-desk，或使用办公室已有的 PostgreSQL 服务器。",
                   "This build of juhe-desk has no database server programs, so it cannot "
                   "host the team database. Reinstall juhe-desk, or use a PostgreSQL server "
                   "your office already runs.")

    @classmethod
    def program_failed(cls, program: Path, error: BaseException) -> TeamHostError:
        return cls("program-failed",
                   f"数据库程序 {program.name} 无法运行（可能被杀毒软件拦截，或安装不完整）。"
                   "请在杀毒软件里允许 juhe-desk 的文件夹，或重新安装 juhe-desk。"
                   f"详情：{error}",
                   f"The database program {program.name} could not run (an antivirus program "
                   "may have blocked it, or the installation is incomplete). Allow juhe-desk's "
                   f"folder in the antivirus program, or reinstall juhe-desk. Details: {error}")

    @classmethod
    def unusable_path(cls, path: Path) -> TeamHostError:
        return cls("path",
                   f"数据库程序无法使用文件夹 {path}：文件夹名里有 Windows 中文编码以外的字。"
                   "请用 --data-dir 把数据放到名称只含常用汉字、字母和数字的文件夹。",
                   f"The database server cannot use the folder {path}: its name has "
                   "characters outside the Windows code page. Use --data-dir to keep the data "
                   "in a folder named with common characters, letters and digits only.")

    @classmethod
    def set_up_failed(cls, detail: str) -> TeamHostError:
        return cls("set-up-failed",
                   f"团队数据库没有建成，这台电脑上的数据没有改动。原因：{detail}",
                   f"The team database could not be set up; nothing on this computer was "
                   f"changed. Reason: {detail}")

    @classmethod
    def port_in_use(cls, port: int) -> TeamHostError:
        return cls("port-in-use",
                   f"端口 {port} 已被别的程序占用，团队数据库没有启动。请在“团队数据库”里换一个"
                   "端口（例如 5434），再让其他电脑按新端口重新加入。",
                   f"Port {port} is used by another program, so the team database did not "
                   "start. Choose another port under Team database (say 5434), then let the "
                   "other desks join again with the new port.")

    @classmethod
    def start_failed(cls, detail: str) -> TeamHostError:
        return cls("start-failed",
                   "团队数据库没有启动，其他电脑暂时无法使用共享数据。请重启 juhe-desk；"
                   f"如果还不行，请把日志文件发给技术支持。原因：{detail}",
                   "The team database did not start, so the other desks cannot use the "
                   "shared data for now. Restart juhe-desk; if that does not help, send the "
                   f"log file to support. Reason: {detail}")

    @classmethod
    def password_lost(cls) -> TeamHostError:
        return cls("password-lost",
                   "这台电脑的钥匙串里找不到团队数据库的密码。请在“团队数据库”里点“换新密码”，"
                   "再把新密码告诉其他电脑。",
                   "The team database's password is not in this computer's keyring. Choose "
                   "New password under Team database, then give the new password to the "
                   "other desks.")

    @classmethod
    def backup_failed(cls, detail: str) -> TeamHostError:
        return cls("backup-failed",
                   f"团队数据库今天的备份没有做成，以前的备份都还在。原因：{detail}",
                   "Today's backup of the team database was not made; the earlier backups "
                   f"are all still there. Reason: {detail}")

    @classmethod
    def restore_failed(cls, detail: str) -> TeamHostError:
        return cls("restore-failed",
                   f"备份没有恢复，团队数据库保持原样。原因：{detail}",
                   f"The backup was not restored; the team database is as it was. "
                   f"Reason: {detail}")


def explain_start_failure(said: str, port: int) -> TeamHostError:
    """The error for what the server said while failing to start."""
    if "Address already in use" in said or "could not bind" in said:
        return TeamHostError.port_in_use(port)
    detail = said.strip()[-200:]
    for line in said.splitlines():
        for marker in ("FATAL:", "ERROR:"):
            if marker in line:
                detail = line.split(marker, 1)[1].strip()
    return TeamHostError.start_failed(detail)
