"""The simulator in a process of its own, as a real gateway is (shared by the benches)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

READY_PREFIX = "juhe-desk simulator ready at "  # what the simulator's command line prints


@contextmanager
def gateway_process(password: str) -> Iterator[str]:
    """A simulator with a large balance whose reports are due at once: its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "juhe_desk.gateway.simulator", "--port", "0",
         # "=": a random token may begin with "-", which argparse takes for an option
         f"--password={password}", "--balance", str(10**9), "--report-delay", "0", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(READY_PREFIX):
                break
        else:
            raise RuntimeError(f"the simulator did not start (exit {process.wait(10)})")
        yield line[len(READY_PREFIX):].strip()
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
