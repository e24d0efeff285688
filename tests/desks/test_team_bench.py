"""bench/team_bench.py runs with tiny numbers, so it does not rot: three app windows in
processes of their own on one shared database, items pushed and pulled, a campaign sent,
every item stored once and shown at every desk, the reports tab timed on both backends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pg_cluster import PgUnavailable, server_bin_dir
from store_backends import REQUIRE_ENV

BENCH = Path(__file__).resolve().parents[2] / "bench" / "team_bench.py"


def test_the_team_bench_runs_and_finds_every_item_stored_once() -> None:
    try:
        server_bin_dir()
    except PgUnavailable as exc:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    done = subprocess.run(
        [sys.executable, str(BENCH), "--items", "60", "--messages", "1000",
         "--reports", "3000"],
        capture_output=True, text=True, timeout=400, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert "reports  handed out      30   stored      30   twice 0   missing 0" in out, out
    assert "inbound  handed out      30   stored      30   twice 0   missing 0" in out, out
    assert "campaign messages 1,000   with a mid 1,000   numbers the gateway accepted 1,000" \
        in out, out
    for kind in ("report", "reply"):
        for via in ("pull", "push"):
            line = next(line for line in out.splitlines()
                        if line.split()[:3] == [kind, f"{via},", "other"])
            assert "never shown" not in line, line
    assert "filter by number '1'" in out and "FAILED" not in out, out
