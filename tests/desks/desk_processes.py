"""Desks of a team as real processes (run_desk.py) on one shared database and one gateway
account (the simulator, in the test process, so its record survives a desk's kill)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import time_support
from pg_cluster import APP_PASSWORD
from sim_gateway import ACCOUNT, PASSWORD

DRIVER = Path(__file__).with_name("run_desk.py")


class Desk:
    """``run_desk.py`` (or another ``driver`` taking its arguments, e.g. the real app's
    window in bench/team_desk.py) in a subprocess; its output lines read as they come."""

    def __init__(self, name: str, db: str, gateway: str, data_dir: Path, *,
                 interval: float | None = None, send: int | None = None,
                 driver: Path = DRIVER) -> None:
        self.name = name
        command = [sys.executable, str(driver), "--db", db, "--gateway", gateway,
                   "--account", ACCOUNT, "--name", name, "--data-dir", str(data_dir)]
        if interval is not None:
            command += ["--interval", str(interval)]
        if send is not None:
            command += ["--send", str(send)]
        env = {**os.environ, "JUHE_TEST_PASSWORD": PASSWORD,
               "JUHE_TEST_DB_PASSWORD": APP_PASSWORD}
        data_dir.mkdir(parents=True, exist_ok=True)
        self.stderr_path = data_dir / "stderr.log"
        with self.stderr_path.open("w") as stderr:  # a file: a full pipe would block it
            self.process = subprocess.Popen(command, stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=stderr, text=True,
                                            env=env)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, wanted: Callable[[str], bool], timeout: float = 30.0) -> str:
        """The first line (from now on) that ``wanted`` accepts."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"desk {self.name}: no such line in {timeout} s;"
                                     f" seen {self.seen[-10:]}")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(f"desk {self.name} ended: {self.seen[-10:]}"
                                     f" {self._stderr()}")
            self.seen.append(line)
            if wanted(line):
                return line

    def drain(self) -> list[str]:
        """Every line printed so far and not yet read."""
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return self.seen
            if line is None:
                self.lines.put(None)
                return self.seen
            self.seen.append(line)

    def kill(self) -> None:
        """kill -9: no goodbye to the database or the gateway."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()  # ends the driver's loop
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None and not stream.closed:
                stream.close()

    def _stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-2000:]


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Poll ``condition`` (the database's or the simulator's state) until it holds; the
    seconds it took. Every 50 ms: each look is a query to the shared database."""
    return time_support.wait_until(condition, timeout, what, interval=0.05)
