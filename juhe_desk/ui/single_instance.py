"""One running juhe-desk per data folder.

Two copies on one database would each send what the other already sent. The first start takes
``<data folder>/juhe-desk.lock`` (QLockFile: the lock goes away with its process, and a crashed
start's lock is taken over) and, once its window has painted, listens on a local socket named
after the folder (QtNetwork, some 6 ms to load, is not loaded before the first paint; a start
that asks something first, such as the data file's rescue, listens from that dialog). A later
start with the same folder finds the lock taken, asks the first one over the socket to bring
its window forward (and open the spreadsheet it was given, as "Open with" does), then quits;
it tries again for a while when the first one is not listening yet (still starting). When the
first one does not answer (hung, or another user's), the later one says so, in words.

The request is one line of JSON, so a path with Chinese characters crosses as text.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QEvent, QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from juhe_desk.cli import Options
from juhe_desk.ui.i18n import translator_for

if TYPE_CHECKING:  # QtNetwork is loaded after the first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "juhe-desk.lock"
# The first start answers from its event loop, which runs once its window is built: seconds
# on a slow PC. Long enough for that, short enough for a hung copy to be explained soon.
ANSWER_TIMEOUT_MS = 10_000
OK = b"ok\n"
# Should no paint come (a window started minimized), the first start listens after this.
LISTEN_WITHOUT_PAINT_MS = 1000
RETRY_CONNECT_S = 0.05  # a later start, while the first one is not listening yet


_tr = translator_for("SingleInstance")


def server_name(data_dir: Path) -> str:
    """The socket's name: one per data folder (and short enough for a Unix socket path)."""
    folder = os.path.normcase(os.path.abspath(data_dir))
    # SHA-256 by Qt: hashlib would load OpenSSL before the first paint (about 5 ms).
    digest = QCryptographicHash.hash(folder.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return "juhe-desk-" + bytes(digest.toHex().data()).decode("ascii")[:24]


@dataclass(frozen=True, slots=True)
class HandOver:
    """What a later start got from the first one."""

    answered: bool
    pid: int  # the first start's process, 0 when the lock file does not say


class SingleInstance(QObject):
    """Owns the data folder for this process, or hands over to the process that does."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # Stale only when its process is gone, never by age (the default calls a lock older
        # than 30 s stale; the holder's open lock file alone then keeps a second copy out).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._open_file: Callable[[Path], None] | None = None
        self._window: QWidget | None = None
        self._waiting: list[Path | None] = []

    # --- the first start ------------------------------------------------------------------
    def claim(self) -> bool:
        """Take the folder. False when another process holds it; True also when the folder
        cannot hold a lock at all (missing, read-only, full): the start-up then says what is
        wrong with it, and no other copy can be using it either."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no lock in a data folder that cannot be made: %s", exc)
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("cannot lock the data folder (%s): going on without",
                            self._lock.error().name)
                return True
            # Qt keeps a lock whose process still runs; but a process with this very id is
            # this one, which holds no lock: an earlier copy that ended without unlocking had
            # the same id (ids are reused: after a restart on Windows, at once under Wine).
            if self.holder_pid() != os.getpid():
                return False
            log.warning("taking over a lock left with this process's id")
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(0):
                return False
        # A start that asks something first (the data file's rescue, the team's database)
        # runs its event loop in that dialog, long before a paint: it listens from there, and
        # a later start's request waits for the window (``serve``).
        QTimer.singleShot(LISTEN_WITHOUT_PAINT_MS, self, self.listen)
        return True

    def listen(self) -> None:
        """Take requests from later starts (once: the first start, after its first paint)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file a crashed start left (Unix)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            log.info("listening for later starts on %s", self.name)
        else:  # still the only copy: the lock says so; later starts are told why not
            log.warning("cannot listen for later starts: %s", server.errorString())
        self._server = server

    def serve(self, window: QWidget, open_file: Callable[[Path], None]) -> None:
        """From its first paint on, a later start brings ``window`` forward and opens its file
        there."""
        self._window, self._open_file = window, open_file
        log.info("a later start with this data folder brings this window forward")
        waiting, self._waiting = self._waiting, []
        for file in waiting:
            self._come_forward(file)
        if window.isVisible():
            QTimer.singleShot(0, self, self.listen)
        else:  # once it has painted (or a second from now, should no paint come)
            window.installEventFilter(self)
            QTimer.singleShot(LISTEN_WITHOUT_PAINT_MS, self, self.listen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.listen)  # once this paint is over
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            request = json.loads(line.decode("utf-8"))
            file = Path(request["file"]) if request.get("file") else None
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("ignored a malformed request from a later start")
            socket.disconnectFromServer()
            return
        socket.write(OK)
        socket.flush()
        if self._window is None:
            self._waiting.append(file)  # the window is still being built
        else:
            self._come_forward(file)

    def _come_forward(self, file: Path | None) -> None:
        window = self._window
        assert window is not None
        log.info("a later start asked for this window")
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        if file is not None and self._open_file is not None:
            log.info("opening %s for a later start", file.name)
            self._open_file(file)

    # --- a later start --------------------------------------------------------------------
    def holder_pid(self) -> int:
        """The process the lock file names, 0 when it names none."""
        info = self._lock.getLockInfo()  # (pid, hostname, application) when readable
        return int(info[0]) if isinstance(info, tuple) and info else 0

    def hand_over(self, file: Path | None) -> HandOver:
        """Ask the first start to come forward and open ``file``. Blocks for a few seconds at
        most, before this process has any window."""
        from PySide6.QtNetwork import QLocalSocket

        pid = self.holder_pid()
        _let_take_foreground(pid)
        socket = self._connect()
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            log.warning("the running copy (process %d) does not accept: %s", pid,
                        socket.errorString())
            return HandOver(False, pid)
        request = {"file": os.path.abspath(file) if file is not None else None}
        socket.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        answered = (socket.waitForBytesWritten(ANSWER_TIMEOUT_MS)
                    and socket.waitForReadyRead(ANSWER_TIMEOUT_MS)
                    and bytes(socket.readLine().data()) == OK)
        socket.disconnectFromServer()
        if not answered:
            log.warning("the running copy (process %d) did not answer", pid)
        return HandOver(answered, pid)

    def _connect(self) -> QLocalSocket:
        """A socket to the first start, connected unless it did not listen in time: a first
        start listens once its window has painted, so one still starting is waited for
        (this start has no window yet; nothing else is waiting on it)."""
        from PySide6.QtNetwork import QLocalSocket

        not_yet = (QLocalSocket.LocalSocketError.ServerNotFoundError,
                   QLocalSocket.LocalSocketError.ConnectionRefusedError)
        deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            left_ms = int((deadline - time.monotonic()) * 1000)
            if socket.waitForConnected(max(left_ms, 1)) or socket.error() not in not_yet \
                    or left_ms <= 0 or not self.holder_pid():
                return socket
            time.sleep(RETRY_CONNECT_S)


def refusal_box(data_dir: Path, pid: int, parent: QWidget | None = None) -> QMessageBox:
    """Why this start ends without a window, and what to do about it."""
    process = _tr("process {pid}").format(pid=pid) if pid else _tr("another process")
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("juhe-desk is already running"), _tr(
        "juhe-desk is already running with this data folder ({process}):\n{folder}\n\n"
        "It did not answer, so its window cannot be brought forward. Look for it on the "
        "taskbar. If it is not there or does not react, end “juhe-desk” in Task Manager "
        "(Ctrl+Shift+Esc), then start juhe-desk again.").format(
        process=process, folder=os.path.abspath(data_dir)), QMessageBox.StandardButton.Ok,
        parent)
    box.setObjectName("alreadyRunningBox")
    return box


def _let_take_foreground(pid: int) -> None:
    """Windows lets only the foreground process raise a window; this start is it (the user
    just launched it) and passes that right on to the first start."""
    if sys.platform == "win32" and pid > 0:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)


def defer_to_running_copy(app: QApplication, instance: SingleInstance, options: Options) -> int:
    """A later start: hand FILE over to the copy that has the folder (0), or say why not (1)."""
    handed = instance.hand_over(options.file)
    if handed.answered:
        return 0
    from juhe_desk.ui.i18n import install_translators

    install_translators(app, options.lang)
    refusal_box(instance.data_dir, handed.pid).exec()
    return 1
