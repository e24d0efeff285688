"""Damaged data files and small or read-only disks, for the tests of what survives them.

``small_disk`` mounts a tmpfs of a given size (needs root, or CAP_SYS_ADMIN; skipped
otherwise), ``fill`` writes a file until the disk says it is full, ``read_only`` remounts
it read-only. The three ways of damaging a file are those a crash, a bad copy or a failing
disk leave: cut short, not a database at all, pages overwritten in the middle.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.store import Account, Store

PAGE = 4096


def fill_store(path: Path, reports: int = 3000) -> None:
    """A store with an account, settings and enough reports to span many pages."""
    with Store.open(path) as store:
        store.save_account(Account(id="922011", gateway_url="http://127.0.0.1:7862",
                                   extno="1069012345", signatures=("【聚合云信】",),
                                   is_active=True))
        store.set_setting("marker", "the good data")
        store.add_reports([DeliveryReport(f"M{i:08d}", f"138{i:08d}", "DELIVRD",
                                          "2026-11-01 10:00:00", raw="x" * 200)
                           for i in range(reports)], "pull")


def truncate(path: Path) -> None:
    """Cut the file short, as a copy interrupted half-way."""
    with path.open("r+b") as handle:
        handle.truncate(max(PAGE * 2, path.stat().st_size // 3))


def garbage(path: Path) -> None:
    """Replace the whole file with bytes that are no database at all."""
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def damage_middle(path: Path, pages: int = 4) -> None:
    """Overwrite a few pages in the middle of the file; page 1 and the schema stay intact,
    so the file still opens and the damage shows only when those pages are read."""
    size = path.stat().st_size
    assert size >= PAGE * 20, "too small a file to damage in the middle"
    middle = (size // PAGE // 2) * PAGE
    with path.open("r+b") as handle:
        handle.seek(middle)
        handle.write(random.Random(11).randbytes(PAGE * pages))


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``where`` for the duration."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs",
                           str(where)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def fill(folder: Path) -> Path:
    """Write ``folder/filler`` until the disk is full; returns it (delete it to free)."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("ab", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(chunk[:size])
            except OSError as exc:
                if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                    raise
    return filler


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table``: the file opens, every read of that table fails
    with SQLITE_CORRUPT, the rest of the file reads fine."""
    conn = sqlite3.connect(path)
    try:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               (table,)).fetchone()
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * PAGE)
        handle.write(random.Random(13).randbytes(PAGE))
